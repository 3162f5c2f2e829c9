package localeenv

import "testing"

func TestTag(t *testing.T) {
	for in, want := range map[string]string{
		"de_DE.UTF-8":      "de_DE.UTF-8",
		"de_DE":            "de_DE",
		"de":               "de",
		"en_GB.utf8":       "en_GB.utf8",
		"de_DE@euro":       "de_DE",
		"de_DE.UTF-8@euro": "de_DE",
		"C.UTF-8":          "en",
		"C.utf8":           "en",
		"POSIX.UTF-8":      "en",
		"es_419":           "es_419",
		"/bin/sh":          "",
		"x":                "",
	} {
		if got := Tag(in); got != want {
			t.Errorf("Tag(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMend(t *testing.T) {
	for _, c := range []struct{ lcAll, lang, language, want string }{
		{"", "C.UTF-8", "", "en"},
		{"", "de_DE@euro", "", "de_DE"},
		{"", "de_DE.UTF-8", "", ""},
		{"", "C", "", ""},
		{"", "", "", ""},
		{"C.UTF-8", "de_DE.UTF-8", "", "en"},
		{"", "de_DE.UTF-8", "de_DE@euro:en", "de_DE:en"},
		{"", "de_DE.UTF-8", "de:en", ""},
	} {
		t.Setenv("LC_ALL", c.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.lang)
		t.Setenv("LANGUAGE", c.language)
		if got := Mend(); got != c.want {
			t.Errorf("LC_ALL=%q LANG=%q LANGUAGE=%q: Mend() = %q, want %q", c.lcAll, c.lang, c.language, got, c.want)
		}
	}
}
