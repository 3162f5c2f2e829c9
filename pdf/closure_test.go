package pdf

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

func TestClosurePrintsEveryElement(t *testing.T) {
	c, ps, s, loc := richCase(), testPartners(), testSettings(), locales.New("de")
	pp := checkedPages(t, t.TempDir(), "closure.pdf", loc, func(w io.Writer) error { return Closure(w, c, ps, s, loc, printed) })
	text := strings.Join(pp, "\n")

	mustContain(t, "headings", text, "Abschlussdokumentation", "Versicherte Person und Fall", "Phasenverlauf im Regelkreis",
		"Dokumentationsstand", "Form der Beendigung", "Ergebnisse", "Grad der Zielerreichung",
		"Bewertung durch die versicherte Person", "Weiterführende Unterstützung")
	mustContain(t, "case data", text, "Jürgen Größe-Äßling", "10.04.1990", "10010490A443", "Lindenstraße 12",
		"Möbelwerk Österreicher GmbH", "Fall eröffnet am", "15.01.2024", "Erstgespräch am 22.01.2024",
		"Information eingegangen am 10.01.2024", loc.Enum("AccessRoute", model.RouteEmployer), "Auftraggebender Träger", "Rentenversicherung")

	// The timeline: one box per stay with its dates, loops marked.
	for _, v := range c.Visits() {
		mustContain(t, "timeline", text, model.DateOf(v.From).German())
	}
	mustContain(t, "timeline", text, "– 20.08.2024", "Rücksprünge im Regelkreis (Schleifen): 2", "↺",
		"Arbeitsversuch abgebrochen", loc.Enum("TransitionKind", model.KindReplan), loc.Enum("TransitionKind", model.KindReassess))
	if n := strings.Count(text, "↺"); n < 5+1 { // five stays entered again, and the legend
		t.Errorf("%d loop marks, want 6", n)
	}
	mustContain(t, "acknowledged gaps", text, loc.T(model.CheckAgreement.MessageID()))

	// The checklist of every phase with done and missing items.
	for _, ph := range model.LoopPhases {
		cl := model.ChecklistFor(c, ph)
		mustContain(t, "checklist", text, fmt.Sprintf("Phase %d: %s – %d von %d dokumentiert", ph.Number(), loc.Enum("Phase", ph), cl.Applicable()-len(cl.Missing()), cl.Applicable()))
		for _, it := range cl {
			state := "✓ dokumentiert"
			switch {
			case it.NotApplicable:
				state = "– entfällt"
			case !it.Done:
				state = "✗ fehlt"
			}
			mustContain(t, "checklist "+string(it.Key), text, loc.T(it.Key.MessageID())+" "+state)
		}
	}
	if !strings.Contains(text, "✗ fehlt") {
		t.Error("the rich case has documentation gaps, none printed")
	}
	// A closed case has no next review: not applicable, never missing.
	mustContain(t, "checklist", text, loc.T(model.CheckNextReview.MessageID())+" – entfällt",
		"Dokumentationspunkt (Mindestanforderung des Fachkonzepts)", "Dokumentationspunkt (Empfehlung des Programms")
	if strings.Contains(flat(text), loc.T(model.CheckNextReview.MessageID())+" ✗") {
		t.Error("the closed case's next review is printed as missing")
	}

	mustContain(t, "closure record", text, "Abschluss am 31.03.2025",
		"Form "+loc.Enum("EndingForm", model.EndingRegular), "Grund "+loc.Enum("EndingReason", model.ReasonGoalsReached),
		loc.Enum("WorkAbility", model.WorkAbilityPartly), loc.Enum("Reintegration", model.ReintegrationAdapted))

	// Goal attainment: baseline and final level per goal, and the T-score.
	mustContain(t, "attainment", text,
		"1.1 Regelmäßige Teilnahme an der −1 0",
		"2.1 Stufenweise Wiedereingliederung mit −2 +1",
		"2.2 Arbeitsplatz mit höhenverstellbarer −1 +2",
		"3.1 Kinderbetreuung an zwei Nachmittagen — fehlt — −1")
	score, ok := c.ClosureTScore()
	if !ok {
		t.Fatal("no T-score")
	}
	want := strings.Replace(fmt.Sprintf("%.1f", score), ".", ",", 1)
	mustContain(t, "T-score", text, "GAS-T-Wert: "+want, "61,4", "über 4 Handlungsziele")
	mustContain(t, "evaluation", text, c.Closure.Summary, c.Closure.Helped, c.Closure.Changed, c.Closure.FurtherSupport,
		"An die DRV übermittelt am 01.04.2025", "Unterschrift Fallmanager*in")
	mustContain(t, "intensity", text, "Abschließender Intensitätstyp "+firstWords(loc.Enum("Intensity", model.IntensityB), 3))
}

func TestClosureOfAnEmptyCaseShowsGaps(t *testing.T) {
	c := model.NewCase(model.Client{LastName: "Weiß"}, at(2025, 1, 2))
	text := printedText(t, func(w io.Writer) error {
		return Closure(w, c, nil, model.Settings{}, locales.New("de"), printed)
	})
	mustContain(t, "empty closure", text, "Entfällt: Es wurden keine Handlungsziele vereinbart", "Form — nicht dokumentiert —",
		"Wiederherstellung der", "Rücksprünge im Regelkreis (Schleifen): 0", "02.01.2025")
	if strings.Contains(text, "✓ dokumentiert") && !strings.Contains(text, "✗ fehlt") {
		t.Error("an empty case shows no missing items")
	}
}

func TestTimelineWrapsLongCourses(t *testing.T) {
	c := richCase()
	// Twelve more rounds of monitoring and re-planning: 35 stays.
	last := c.Events[len(c.Events)-1].At
	c.Events = c.Events[:len(c.Events)-2]
	for i := 0; i < 12; i++ {
		c.Events = append(c.Events,
			model.Event{At: last.AddDate(0, 0, 2*i+1), Kind: model.KindReplan, From: model.PhaseMonitoring, To: model.PhasePlanning, Reason: fmt.Sprintf("Runde %d", i)},
			model.Event{At: last.AddDate(0, 0, 2*i+2), Kind: model.KindAdvance, From: model.PhasePlanning, To: model.PhaseMonitoring})
	}
	path := writePDF(t, t.TempDir(), "long.pdf", func(w io.Writer) error {
		return Closure(w, c, testPartners(), testSettings(), locales.New("de"), printed)
	})
	qpdfCheck(t, path)
	insidePage(t, path)
	mustContain(t, "long timeline", strings.Join(pages(t, path), "\n"), "Rücksprünge im Regelkreis (Schleifen): 14", "Runde 11")
}

// prematureCase is the rich case ended early from monitoring because the
// client fell ill.
func prematureCase() *model.Case {
	c := richCase()
	n := len(c.Events)
	c.Events[n-2].Kind, c.Events[n-2].Reason = model.KindClosePremature, "Klinikaufenthalt ab März"
	c.Closure.Form, c.Closure.Reason, c.Closure.ReasonText = model.EndingPremature, model.ReasonIllness, "Stationäre Behandlung auf unbestimmte Zeit"
	return c
}

// TestPrematureEndIsDrawnWithItsReason: the timeline of a premature end
// marks the closure stay and says when and why; a regular end does not.
func TestPrematureEndIsDrawnWithItsReason(t *testing.T) {
	dir := os.Getenv("PDFSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		path := writePDF(t, dir, lang+"-premature.pdf", func(w io.Writer) error {
			return Closure(w, prematureCase(), testPartners(), testSettings(), loc, printed)
		})
		qpdfCheck(t, path)
		text := strings.Join(pages(t, path), "\n")
		want := "! " + loc.T("PDF.timeline.premature", "Date", loc.Date(day(2025, 3, 20)),
			"Reason", loc.Enum("EndingReason", model.ReasonIllness)+" – Klinikaufenthalt ab März")
		mustContain(t, lang+" premature closure", text, want)
		regular := strings.Join(pages(t, writePDF(t, dir, lang+"-regular.pdf", func(w io.Writer) error {
			return Closure(w, richCase(), testPartners(), testSettings(), loc, printed)
		})), "\n")
		if strings.Contains(regular, firstWords(loc.T("PDF.timeline.premature", "Date", "", "Reason", ""), 2)) {
			t.Errorf("%s: a regular end is said to be premature", lang)
		}
	}
}
