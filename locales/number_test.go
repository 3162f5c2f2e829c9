package locales

import "testing"

func TestNumberUsesTheLanguagesDecimalMark(t *testing.T) {
	for _, c := range []struct {
		lang     string
		v        float64
		decimals int
		want     string
	}{
		{"de", 61.4, 1, "61,4"},
		{"en", 61.4, 1, "61.4"},
		{"de", 50, 2, "50,00"},
		{"de", 1.25, -1, "1,25"},
		{"en", 1.25, -1, "1.25"},
		{"de", 2, -1, "2"},
		{"de", -0.05, 1, "-0,1"},
		{"de", 1234.5, 1, "1234,5"},
	} {
		if got := New(c.lang).Number(c.v, c.decimals); got != c.want {
			t.Errorf("%s Number(%v, %d) = %q, want %q", c.lang, c.v, c.decimals, got, c.want)
		}
	}
}
