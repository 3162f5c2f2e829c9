package pdf

import (
	"io"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// An item of § 19 (2) that applies to only some cases prints "entfällt"
// while it does not apply, and a gap once it applies but is not written.
func TestSection19TellsNotApplicableFromMissing(t *testing.T) {
	c, ps, s, loc := richCase(), testPartners(), testSettings(), locales.New("de")
	x := &c.CurrentPlan().Section19
	x.JobcenterInvolved, x.Jobcenter = true, ""
	x.BAOpinionApplies, x.BAOpinion = true, "Eignung für Tätigkeiten ohne schweres Heben bestätigt"
	x.PublicBodiesApply, x.PublicBodies = false, "Notiz aus einem früheren Stand"
	text := flat(printedText(t, func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) }))
	mustContain(t, "§ 19", text, "4 Gutachterliche Stellungnahme der Eignung für Tätigkeiten ohne schweres Heben bestätigt",
		"10 Mitteilungen anderer öffentlicher Stellen entfällt", "Einbeziehung des Jobcenters — nicht dokumentiert —")
	mustLack(t, "the text of an item that does not apply is printed", text, "Notiz aus einem früheren Stand")
}

// A client who cares for no relative has no concerns as a caring relative
// (Nr. 11), and a Teilhabeplankonferenz recorded as not held has neither
// results nor a consent to it (Nr. 9): "entfällt", no red gap. An empty
// Nr. 11 without that flag stays a gap.
func TestSection19ItemsThatDoNotApply(t *testing.T) {
	c, ps, s, loc := richCase(), testPartners(), testSettings(), locales.New("de")
	p := c.CurrentPlan()
	p.Section19.CaringRelativesNeeds, p.Section19.NoCaringRelative = "", true
	p.Section19.ConferenceResults = ""
	p.Conference = model.Conference{NotHeld: true, NotHeldReason: "Nur ein Träger beteiligt"}
	text := flat(printedText(t, func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) }))
	s19 := text[strings.Index(text, "Angabe nach § 19"):]
	mustContain(t, "§ 19", s19, "9 Zustimmung zur Teilhabeplankonferenz entfällt", "9 Ergebnisse der Teilhabeplankonferenz entfällt",
		"11 Besondere Belange pflegender entfällt")
	if strings.Contains(s19[:strings.Index(s19, "Einbeziehung des Jobcenters")], "nicht dokumentiert") {
		t.Errorf("§ 19 items that do not apply print a gap:\n%s", s19)
	}
	p.Section19.NoCaringRelative = false
	text = flat(strings.Join(pages(t, writePDF(t, t.TempDir(), "gap.pdf", func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) })), "\n"))
	if !strings.Contains(text[strings.Index(text, "Angabe nach § 19"):], "11 Besondere Belange pflegender — nicht dokumentiert —") {
		t.Error("an empty Nr. 11 of a caring relative is no gap")
	}
}
