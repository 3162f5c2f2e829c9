package locales_test

import (
	"fmt"
	"regexp"
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
		{de, "Count.Entries", 1, "1 Eintrag"},
		{en, "Count.Entries", 1, "1 entry"},
		{de, "Count.NewPartners", 1, "1 neuer Netzwerkpartner"},
		{de, "Count.NewPartners", 0, "0 neue Netzwerkpartner"},
		{en, "Count.NewPartners", 2, "2 new network partners"},
		{de, "Count.Findings", 1, "1 Befund"},
		{en, "Count.Findings", 3, "3 findings"},
		{de, "Eval.Tile.TScoreSub", 1, "aus 1 Abschluss"},
		{de, "Eval.Tile.TScoreSub", 4, "aus 4 Abschlüssen"},
		{en, "Eval.Tile.TScoreSub", 1, "from 1 closing"},
	} {
		if got := c.l.N(c.id, c.count); got != c.want {
			t.Errorf("%s N(%s, %d) = %q, want %q", c.l.Lang(), c.id, c.count, got, c.want)
		}
	}
	if got := de.N("Due.More", 1); got[:len("Ein weiterer Fall")] != "Ein weiterer Fall" {
		t.Errorf("Due.More for one case: %q", got)
	}
	for _, c := range []struct {
		l     *locales.Localizer
		id    string
		count int
		kv    []any
		want  string
	}{
		{de, "Partners.CountFound", 1, []any{"Found", 1}, "1 von 1 Eintrag"},
		{de, "Partners.CountFound", 12, []any{"Found", 3}, "3 von 12 Einträgen"},
		{en, "Partners.CountFound", 1, []any{"Found", 0}, "0 of 1 entry"},
		{de, "Closure.Rated", 1, []any{"Rated", 1}, "1 von 1 Handlungsziel bewertet"},
		{en, "Closure.Rated", 2, []any{"Rated", 1}, "1 of 2 operational goals rated"},
	} {
		if got := c.l.N(c.id, c.count, c.kv...); got != c.want {
			t.Errorf("%s N(%s, %d) = %q, want %q", c.l.Lang(), c.id, c.count, got, c.want)
		}
	}
	// A count embedded with its noun in the right form.
	if got := de.T("Partners.CountAll", "Entries", de.N("Count.Entries", 1)); got != "1 Eintrag im Verzeichnis" {
		t.Errorf("Partners.CountAll for one entry: %q", got)
	}
	if got := en.T("CLI.DemoDone", "Cases", en.N("Count.Cases", 1), "Partners", en.N("Count.NewPartners", 1)); got != "Fictitious sample cases added: 1 case, and 1 new network partner." {
		t.Errorf("CLI.DemoDone for one case: %q", got)
	}
}

// No message dodges the plural with "Befund(e)" or "finding(s)": a count
// takes the plural form of its language (Localizer.N).
func TestNoParenthesisedPlurals(t *testing.T) {
	for name, msgs := range messageFiles(t) {
		for id, m := range msgs {
			if text := fmt.Sprint(m); parenPlural.MatchString(text) {
				t.Errorf("%s %s: %q dodges the plural form", name, id, text)
			}
		}
	}
}

var parenPlural = regexp.MustCompile(`\p{L}\((e|n|en|s|es)\)`)

func TestDate(t *testing.T) {
	d := model.Date{Y: 2026, M: 12, D: 3}
	if got := locales.New("de").Date(d); got != "03.12.2026" {
		t.Errorf("German date %q", got)
	}
	if got := locales.New("en").Date(d); got != "3 Dec 2026" {
		t.Errorf("English date %q", got)
	}
	// What an English screen shows can be typed back into a date field.
	for _, lang := range locales.Languages {
		shown := locales.New(lang).Date(d)
		if back, err := model.ParseDate(shown); err != nil || back != d {
			t.Errorf("%s: %q parses to %v, %v; want %v", lang, shown, back, err, d)
		}
	}
	if got := locales.New("en").Date(model.Date{}); got != "" {
		t.Errorf("no date: %q", got)
	}
	if got := locales.New("en").Date(model.Date{Raw: "Frühjahr 2025"}); got != "Frühjahr 2025" {
		t.Errorf("a text that is no date: %q", got)
	}
}
