package locales_test

import (
	"testing"
	"time"

	"teilhabelotse/locales"
)

// A moment reads as its language writes it, in the time's own location.
func TestDateTime(t *testing.T) {
	at := time.Date(2026, 12, 3, 9, 5, 0, 0, time.FixedZone("CET", 3600))
	for lang, want := range map[string]string{"de": "03.12.2026, 09:05 Uhr", "en": "3 Dec 2026, 09:05"} {
		if got := locales.New(lang).DateTime(at); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}
