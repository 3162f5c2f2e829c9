package pdf

import (
	"io"
	"strings"
	"testing"

	"teilhabelotse/locales"
)

// An item of § 19 (2) that applies to only some cases prints "entfällt"
// while it does not apply, and a gap once it applies but is not written.
func TestSection19TellsNotApplicableFromMissing(t *testing.T) {
	c, ps, s, loc := richCase(), testPartners(), testSettings(), locales.New("de")
	x := &c.CurrentPlan().Section19
	x.JobcenterInvolved, x.Jobcenter = true, ""
	x.BAOpinionApplies, x.BAOpinion = true, "Eignung für Tätigkeiten ohne schweres Heben bestätigt"
	x.PublicBodiesApply, x.PublicBodies = false, "Notiz aus einem früheren Stand"
	path := writePDF(t, t.TempDir(), "s19.pdf", func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) })
	qpdfCheck(t, path)
	text := flat(strings.Join(pages(t, path), "\n"))
	mustContain(t, "§ 19", text, "4 Gutachterliche Stellungnahme der Eignung für Tätigkeiten ohne schweres Heben bestätigt",
		"10 Mitteilungen anderer öffentlicher Stellen entfällt", "Einbeziehung des Jobcenters — nicht dokumentiert —")
	if strings.Contains(text, "Notiz aus einem früheren Stand") {
		t.Error("the text of an item that does not apply is printed")
	}
}
