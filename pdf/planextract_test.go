package pdf

import (
	"io"
	"strings"
	"testing"

	"teilhabelotse/locales"
)

// The extract leaves out every health field of the plan and says on page
// one and in every footer what it is; everything else is printed as in the
// full plan.
func TestPlanExtractLeavesOutHealth(t *testing.T) {
	c, ps, s := richCase(), testPartners(), testSettings()
	p := c.CurrentPlan()
	for _, lang := range []string{"de", "en"} {
		loc := locales.New(lang)
		path := writePDF(t, t.TempDir(), "extract.pdf", func(w io.Writer) error { return PlanExtract(w, c, 0, ps, s, loc, printed) })
		qpdfCheck(t, path)
		pp := pages(t, path)
		text := strings.Join(pp, "\n")
		mark := loc.T("PDF.extract.mark")
		mustContain(t, "mark on page one", flat(pp[0]), mark, firstWords(loc.T("PDF.extract.why"), 5))
		mustContain(t, "in place of the health section", flat(text), loc.T("PDF.extract.omitted"))
		for i, pg := range pp {
			if !strings.Contains(flat(pg), mark) {
				t.Errorf("%s: page %d has no extract mark in its footer", lang, i+1)
			}
		}
		for _, health := range []string{p.Disorder, p.Consequences, p.FacilitatingFactors, p.HinderingFactors, "b130", "d850", "Psychotherapie", "Praxis für Ergotherapie", flat(p.Goals[1].Text)} {
			if strings.Contains(flat(text), flat(health)) {
				t.Errorf("%s: the extract prints health data %q", lang, firstWords(health, 6))
			}
		}
		// Goals, measures and the conference are still there.
		mustContain(t, "rest of the plan", flat(text), flat(p.Goals[0].Text), "Stufenplan einvernehmlich beschlossen")
	}
	// The full plan has no mark.
	loc := locales.New("de")
	full := strings.Join(pages(t, writePDF(t, t.TempDir(), "plan.pdf", func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) })), "\n")
	if strings.Contains(flat(full), loc.T("PDF.extract.mark")) {
		t.Error("the full plan says it is an extract")
	}
}

// The § 19 table of the extract keeps its rows — the reader sees what the
// full plan holds — but every item that records the need, its findings or
// the services for it says it is not contained; the procedural facts stay.
func TestPlanExtractLeavesOutSection19Health(t *testing.T) {
	c, ps, s := richCase(), testPartners(), testSettings()
	s19 := c.CurrentPlan().Section19
	s19.BAOpinionApplies, s19.BAOpinion = true, "Stellungnahme des Ärztlichen Dienstes: vollschichtig leistungsfähig"
	s19.JobcenterInvolved, s19.Jobcenter = true, "Jobcenter Musterstadt, Team 3"
	c.CurrentPlan().Section19 = s19
	health := []string{s19.InvolvedCarriers, s19.Instruments, s19.BAOpinion, s19.Services, s19.WishesChoices,
		s19.AgreedFindings, s19.ConferenceResults, s19.PublicBodies, s19.CaringRelativesNeeds}
	for _, lang := range []string{"de", "en"} {
		loc := locales.New(lang)
		text := flat(printedText(t, func(w io.Writer) error { return PlanExtract(w, c, 0, ps, s, loc, printed) }))
		for _, h := range health {
			if strings.Contains(text, firstWords(h, 3)) {
				t.Errorf("%s: the extract's § 19 table prints %q", lang, h)
			}
		}
		rows := strings.ReplaceAll(text, loc.T("PDF.extract.omitted"), "")
		if n := strings.Count(rows, loc.T("PDF.extract.omittedItem")); n != 10 {
			t.Errorf("%s: %d § 19 items say they are not contained, want 10", lang, n)
		}
		mustContain(t, lang+" § 19 of the extract", text, s19.LeadCarrier, s19.Jobcenter, loc.Date(s19.ApplicationDate), firstWords(loc.T("PDF.s19.conferenceConsent"), 2))

		full := flat(strings.Join(pages(t, writePDF(t, t.TempDir(), "plan.pdf", func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) })), "\n"))
		for _, h := range health {
			mustContain(t, lang+" § 19 of the full plan", full, firstWords(h, 3))
		}
		if strings.Contains(full, loc.T("PDF.extract.omittedItem")) {
			t.Errorf("%s: the full plan leaves § 19 items out", lang)
		}
	}
}
