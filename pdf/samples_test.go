//go:build screenshots

package pdf

import (
	"io"
	"os"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// TestWriteSamples writes the documents of the rich case, a draft, a
// 40-goal plan and a crowded header into $PDFSHOTS for looking at them:
//
//	PDFSHOTS=/tmp/pdfshots go test ./pdf -run WriteSamples
//	cd /tmp/pdfshots && for f in *.pdf; do pdftoppm -png -r 60 $f ${f%.pdf}; done
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("PDFSHOTS")
	if dir == "" {
		t.Skip("set PDFSHOTS to a directory to write sample documents")
	}
	ps, s := testPartners(), fullSettings()
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		c := commissioned()
		writePDF(t, dir, lang+"-plan.pdf", func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) })
		writePDF(t, dir, lang+"-closure.pdf", func(w io.Writer) error { return Closure(w, c, ps, s, loc, printed) })
		writePDF(t, dir, lang+"-assessment.pdf", func(w io.Writer) error { return Assessment(w, assessed(), 0, ps, s, loc, printed) })
		writePDF(t, dir, lang+"-agreement.pdf", func(w io.Writer) error { return Agreement(w, interpretedCase(), ps, s, loc, printed) })
		writePDF(t, dir, lang+"-info.pdf", func(w io.Writer) error { return InfoSheet(w, interpretedCase(), s, loc, printed) })
		writePDF(t, dir, lang+"-consent.pdf", func(w io.Writer) error { return ConsentForm(w, c, testConsent(), ps, s, loc, printed) })
		writePDF(t, dir, lang+"-extract.pdf", func(w io.Writer) error { return PlanExtract(w, c, 0, ps, s, loc, printed) })
		writePDF(t, dir, lang+"-feedback.pdf", func(w io.Writer) error { return Feedback(w, notAdmitted(), ps, s, loc, printed) })
		writePDF(t, dir, lang+"-progress.pdf", func(w io.Writer) error { return Progress(w, inMonitoring(), ps, s, loc, printed) })
		writePDF(t, dir, lang+"-premature.pdf", func(w io.Writer) error { return Closure(w, prematureCase(), ps, s, loc, printed) })
	}
	loc := locales.New("de")
	na := commissioned() // no employer, the Teilhabekonferenz not held
	na.Client.Employer, na.Client.EmployerContact, na.Client.NoEmployer = "", "", true
	na.CurrentPlan().Conference = model.Conference{NotHeld: true, NotHeldReason: "Nur ein Träger beteiligt; alle Absprachen bilateral getroffen"}
	writePDF(t, dir, "de-notheld.pdf", func(w io.Writer) error { return Plan(w, na, 0, ps, s, loc, printed) })
	draft := richCase()
	draft.StartPlanVersion(day(2025, 1, 10), "Neue Ziele nach Re-Assessment")
	writePDF(t, dir, "de-draft.pdf", func(w io.Writer) error { return Plan(w, draft, 0, ps, s, loc, printed) })
	writePDF(t, dir, "de-big.pdf", func(w io.Writer) error { return Plan(w, bigPlan(40, 80, longNote()), 0, ps, s, loc, printed) })
	crowded := s
	crowded.Organisation = "Berufsförderungswerk Musterstadt gGmbH – Integrationsfachdienst und Fallmanagement für die Deutsche Rentenversicherung Region Nord"
	crowded.Address = "Sehr lange Straße der Republik 123a, Hinterhaus, 3. Obergeschoss\n12345 Musterstadt-Überlingen-Süd\nPostfach 12 34 56"
	crowded.LogoPath = "../assets/icon.png"
	writePDF(t, dir, "de-header.pdf", func(w io.Writer) error { return Plan(w, draft, 0, ps, crowded, loc, printed) })
}
