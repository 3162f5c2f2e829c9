// Package localeenv mends locale settings Fyne cannot parse, before Fyne
// reads them.
//
// Fyne takes the UI locale from LC_ALL, LC_MESSAGES or LANG (then
// LANGUAGE) and logs "Fyne error: Error parsing user locale" for values
// such as C.UTF-8, the default of many Linux installations and containers,
// or de_DE@euro — three times at start-up, before main runs. Go initialises
// this package before Fyne's lang package: it imports only the standard
// library, and lang waits for text/template, whose import path sorts after
// this one. So the mended value is in place when Fyne first looks.
//
// The mend sets LANGUAGE (which Fyne reads after a non-C LC_*/LANG, and
// which the program's own language choice ignores) to the plain language
// tags; C and POSIX become "en", the language they stand for. LC_ALL and
// LANG stay as they are, so programs started from here keep their
// character set.
package localeenv

import (
	"os"
	"strings"
)

func init() { Mend() }

// Mend sets LANGUAGE when the locale Fyne would read does not parse as a
// language tag. It reports the value set, or "" when nothing needed mending.
func Mend() string {
	locale := ""
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = os.Getenv(v); locale != "" {
			break
		}
	}
	if locale == "" || locale == "C" || locale == "POSIX" {
		return "" // Fyne falls back to English without complaint
	}
	list := locale
	if l := os.Getenv("LANGUAGE"); l != "" {
		list = l
	}
	var tags []string
	changed := false
	for _, l := range strings.Split(list, ":") {
		tag := Tag(l)
		if tag != l {
			changed = true
		}
		if tag != "" {
			tags = append(tags, tag)
		}
	}
	if !changed {
		return ""
	}
	mended := strings.Join(tags, ":")
	if mended == "" {
		mended = "en"
	}
	os.Setenv("LANGUAGE", mended)
	return mended
}

// Tag is a POSIX locale name as a BCP 47 tag Fyne parses: "de_DE.UTF-8"
// is "de_DE" (which Fyne reads itself), "de_DE@euro" is "de_DE", "C.UTF-8"
// is "en", and anything that is no language at all is "".
func Tag(locale string) string {
	base := locale
	if i := strings.IndexAny(base, ".@"); i >= 0 {
		base = base[:i]
	}
	lang, region, _ := strings.Cut(base, "_")
	switch {
	case lang == "C" || lang == "POSIX":
		return "en"
	case !letters(lang, 2, 3) || (region != "" && !letters(region, 2, 3) && !digits(region, 3)):
		return ""
	case locale == base || strings.HasPrefix(locale[len(base):], ".") && !strings.Contains(locale, "@"):
		return locale // Fyne cuts the encoding itself
	}
	return base
}

func letters(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

func digits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
