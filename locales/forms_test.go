package locales_test

import (
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

func TestPluralForms(t *testing.T) {
	de, en := locales.New("de"), locales.New("en")
	for _, c := range []struct {
		l     *locales.Localizer
		id    string
		count int
		want  string
	}{
		{de, "Restore.Cases", 1, "1 Fall"},
		{de, "Restore.Cases", 2, "2 Fälle"},
		{de, "Restore.Cases", 0, "0 Fälle"},
		{en, "Restore.Cases", 1, "1 case"},
		{en, "Restore.Cases", 14, "14 cases"},
		{de, "Monitoring.EveryWeeks", 1, "1 Woche"},
		{en, "Monitoring.EveryDays", 1, "1 day"},
		{en, "Monitoring.EveryDays", 10, "10 days"},
	} {
		if got := c.l.N(c.id, c.count); got != c.want {
			t.Errorf("%s N(%s, %d) = %q, want %q", c.l.Lang(), c.id, c.count, got, c.want)
		}
	}
	if got := de.N("Due.More", 1); got[:len("Ein weiterer Fall")] != "Ein weiterer Fall" {
		t.Errorf("Due.More for one case: %q", got)
	}
}

func TestDate(t *testing.T) {
	d := model.Date{Y: 2026, M: 12, D: 3}
	if got := locales.New("de").Date(d); got != "03.12.2026" {
		t.Errorf("German date %q", got)
	}
	if got := locales.New("en").Date(d); got != "3 Dec 2026" {
		t.Errorf("English date %q", got)
	}
	if got := locales.New("en").Date(model.Date{}); got != "" {
		t.Errorf("no date: %q", got)
	}
	if got := locales.New("en").Date(model.Date{Raw: "Frühjahr 2025"}); got != "Frühjahr 2025" {
		t.Errorf("a text that is no date: %q", got)
	}
}
