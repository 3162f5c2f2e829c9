package ui

import (
	"bytes"
	"strings"
	"testing"

	"teilhabelotse/model"
)

// The assessment workspace prints the Bedarfsermittlung: its button
// first lists what the Fachkonzept's minimum still lacks, then saves; the
// document is that of the assessment on screen, named and logged as such.
func TestAssessmentWorkspacePrintsTheBedarfsermittlung(t *testing.T) {
	store := openStore(t)
	c := addCase(t, store, "Aylin", "Musterfrau", "", model.Event{Kind: model.KindAdvance, From: model.PhaseIntake, To: model.PhaseAssessment})
	u := newTestUI(t, store)
	u.list.selectCase(c.ID)
	s := u.view.sess
	if err := s.Change(func(c *model.Case) error {
		c.StartAssessment(u.today(), "")
		a := c.CurrentAssessment()
		a.ClientView = "Ich schaffe das, wenn die Schicht passt."
		a.Profile = []model.ProfileItem{{Item: "Heben und Tragen", Capability: 2, Requirement: 4, ActionNeed: "Hebehilfe beantragen"}}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	u.view.work.rebuildSelected()

	tapText(t, u, u.loc.T("Assessment.Print"))
	top := strings.Join(subtreeTexts(u.win.Canvas().Overlays().Top()), " ")
	if !strings.Contains(top, u.loc.T("Export.MissingIntro")) || !strings.Contains(top, u.loc.T("Check.health")) {
		t.Fatalf("the dialog lists the missing minimum items first: %s", top)
	}
	tapText(t, u, u.loc.T("Export.Anyway"))

	d := document{kind: docAssessment, version: 1}
	if name := d.fileName(u.env, s.Case); name != "Bedarfsermittlung_Musterfrau_1_"+u.today().ISO()+".pdf" {
		t.Errorf("file name %q", name)
	}
	if a := d.audit(s.Case); a.Detail["document"] != model.DocAssessment || a.Detail["version"] != "1" {
		t.Errorf("audit entry %+v", a)
	}
	var buf bytes.Buffer
	if err := d.render(&buf, u.env, s.Case); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(pdfText(t, buf.Bytes())), " ")
	for _, want := range []string{"Bedarfsermittlung", "Aylin Musterfrau", "Ich schaffe das, wenn die Schicht passt.",
		"Heben und Tragen", "2 Hebehilfe beantragen"} {
		if !strings.Contains(text, want) {
			t.Errorf("the document lacks %q", want)
		}
	}
}
