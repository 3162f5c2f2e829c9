package pdf

import (
	"io"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// A held conference where nothing was shared says "keine", not a gap; a
// draft plan leaves the day it is discussed and the copy's handover to be
// written in by hand, a final one only the handover (it goes with the
// print) — neither is a red gap.
func TestWhatIsWrittenInByHandIsNoGap(t *testing.T) {
	c, ps, s, loc := richCase(), testPartners(), testSettings(), locales.New("de")
	p := c.CurrentPlan()
	p.Conference.Shared = nil
	p.DiscussedOn, p.CopyHandedOn = model.Date{}, model.Date{}
	text := flat(strings.Join(pages(t, writePDF(t, t.TempDir(), "final.pdf", func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) })), "\n"))
	mustContain(t, "final plan", text, "Besprochene Informationen keine", "Ausfertigung ausgehändigt am __________")
	if !strings.Contains(text, "besprochen am — nicht dokumentiert —") && !strings.Contains(text, "Mit der versicherten Person — nicht dokumentiert —") {
		t.Error("a final plan never discussed with the client shows no gap")
	}
	c.StartPlanVersion(day(2025, 1, 10), "Neue Ziele")
	draft := flat(printedText(t, func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) }))
	agreement := draft[strings.Index(draft, loc.T("PDF.plan.sectionAgreement")):]
	if strings.Contains(agreement, "nicht dokumentiert") || strings.Count(agreement, "__________") < 2 {
		t.Errorf("the draft's discussion and handover are gaps:\n%s", agreement)
	}
}
