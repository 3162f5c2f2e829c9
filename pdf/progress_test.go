package pdf

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// inMonitoring is the rich case before its closure: in monitoring after
// two loops, with two reviews.
func inMonitoring() *model.Case {
	c := richCase()
	c.Events = c.Events[:len(c.Events)-2]
	c.Phase, c.Closure = model.PhaseMonitoring, model.Closure{}
	c.Reviews = []model.Review{
		{ID: "r1", Date: day(2024, 10, 1), Decision: model.DecisionContinue,
			Levels:   []model.GoalLevel{{GoalID: "og-sw", Level: -1}},
			Measures: []model.MeasureState{{MeasureID: "m3", Status: model.MeasureRunning}}},
		{ID: "r2", Date: day(2025, 1, 15), Decision: model.DecisionContinue, Deviations: "Therapeut zwei Wochen im Urlaub",
			Reports: "Bericht der Ergotherapie vom 10.01.2025", Levels: []model.GoalLevel{{GoalID: "og-sw", Level: 1}, {GoalID: "og-ther", Level: 0}}},
	}
	c.NextReview = day(2025, 4, 15)
	return c
}

func TestProgressReportOfAnOpenCase(t *testing.T) {
	c, ps, s := inMonitoring(), testPartners(), fullSettings()
	dir := os.Getenv("PDFSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		pp := checkedPages(t, dir, lang+"-progress.pdf", loc, func(w io.Writer) error { return Progress(w, c, ps, s, loc, printed) })
		text := strings.Join(pp, "\n")
		mustContain(t, lang+" progress", text, loc.T("PDF.progress.title"), "Größe-Äßling",
			loc.T("PDF.timeline.loops", "N", 2), // the course so far with its loops
			loc.T("PDF.progress.planVersion", "N", 2, "Date", loc.Date(day(2024, 9, 9))),
			"Wiedereingliederung", "+1", loc.Date(day(2025, 1, 15)), // latest level and its review
			firstWords(loc.T("PDF.progress.notRated"), 1),                 // og-erg and og-fam were never rated
			"Therapeut zwei Wochen im Urlaub", "Bericht der Ergotherapie", // the reviews
			loc.Enum("Decision", model.DecisionContinue),
			loc.T("PDF.progress.nextReview")+" "+loc.Date(day(2025, 4, 15)),
			"Stufenplan mit Betriebsarzt", "Psychotherapie wöchentlich", // open measures
		)
		// Done and cancelled measures are not open.
		for _, gone := range []string{"Antrag auf Arbeitsplatzausstattung", "Kontakt zur Familienberatung"} {
			if strings.Contains(flat(text), gone) {
				t.Errorf("%s: the progress report lists the measure %q, which is not open", lang, gone)
			}
		}
		// The therapy was set running in the first review: its status now.
		mustContain(t, lang+" progress", text, loc.Enum("MeasureStatus", model.MeasureRunning))
	}
	// A closed case has its Abschlussdokumentation instead.
	if err := Progress(io.Discard, richCase(), ps, s, nil, printed); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("progress report of a closed case: %v", err)
	}
	// Early on: nothing planned yet is said, not shown as a gap.
	early := model.NewCase(model.Client{LastName: "Neu"}, at(2025, 3, 1))
	early.Phase = model.PhaseAssessment
	text := strings.Join(pages(t, writePDF(t, dir, "progress-early.pdf", func(w io.Writer) error {
		return Progress(w, early, nil, s, locales.New("de"), printed)
	})), "\n")
	mustContain(t, "early progress", text, "Es gibt noch keinen Reha- und Teilhabeplan", "Bisher keine Überprüfung.", "Keine offenen Maßnahmen.")
}

// The Verlaufsbericht dates the case's opening as the Abschlussdokumentation
// does: the day the referral was received, not the day it was typed in.
func TestProgressReportOpensOnTheReferral(t *testing.T) {
	c, loc := inMonitoring(), locales.New("de")
	received := c.Intake.Referral.ReceivedOn
	typed := model.DateOf(c.Created)
	if received == typed {
		t.Fatal("the fixture's referral arrived on the day the case was created")
	}
	pp := pages(t, writePDF(t, t.TempDir(), "progress.pdf", func(w io.Writer) error { return Progress(w, c, testPartners(), fullSettings(), loc, printed) }))
	box := pp[0][:strings.Index(pp[0], loc.T("PDF.carrier"))] // the facts box above the commission
	if !strings.Contains(box, loc.Date(received)) || strings.Contains(box, loc.Date(typed)) {
		t.Errorf("the facts box does not date the opening %s (typed in %s):\n%s", loc.Date(received), loc.Date(typed), box)
	}
}
