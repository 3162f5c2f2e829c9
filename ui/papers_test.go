package ui

import (
	"bytes"
	"strings"
	"testing"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// The assessment workspace prints the Bedarfsermittlung: its button
// first lists what the Fachkonzept's minimum still lacks, then saves; the
// document is that of the assessment on screen, named and logged as such.
func TestAssessmentWorkspacePrintsTheBedarfsermittlung(t *testing.T) {
	store := uitest.Store(t)
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
	top := strings.Join(uitest.Strings(u.win.Canvas().Overlays().Top()), " ")
	if !strings.Contains(top, u.loc.T("Export.MissingIntro")) || !strings.Contains(top, u.loc.T(model.CheckHealth.MessageID())) {
		t.Fatalf("the dialog lists the missing minimum items first: %s", top)
	}
	tapText(t, u, u.loc.T("Export.Anyway"))

	d := document{Document: app.Document{Kind: model.DocAssessment, Version: 1}}
	if name := d.fileName(u.env, s.Case); name != "Bedarfsermittlung_Musterfrau_1_"+u.today().ISO()+".pdf" {
		t.Errorf("file name %q", name)
	}
	if a := d.Audit(s.Case); a.Detail["document"] != string(model.DocAssessment) || a.Detail["version"] != "1" {
		t.Errorf("audit entry %+v", a)
	}
	var buf bytes.Buffer
	if err := d.Render(&buf, s.Case, inputs(u.env)); err != nil {
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

// The intake's print buttons make the consent and agreement and the
// information sheet of the open case, named and logged as such; what the
// master data say about the interpreter is printed on both.
func TestIntakePrintsAgreementAndInfoSheet(t *testing.T) {
	store := uitest.Store(t)
	c := addCase(t, store, "Aylin", "Musterfrau", "")
	u := newTestUI(t, store)
	u.env.Settings.Name, u.env.Settings.Organisation = "Sabine Lotse", "IFD Hafenstadt"
	u.list.selectCase(c.ID)
	s := u.view.sess
	if err := s.Change(func(c *model.Case) error {
		c.Client.Interpreter, c.Client.InterpreterLanguage, c.Client.InterpreterName = true, "Türkisch", "Deniz Yıldız"
		c.Intake.Agreement.Notes = "Termine alle zwei Wochen"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	u.view.work.rebuildSelected()

	for _, k := range []struct {
		button string
		doc    document
		file   string
		want   []string
	}{
		{u.loc.T("Intake.PrintAgreement"), doc(model.DocAgreement), "Zustimmung_Vereinbarung_Musterfrau_",
			[]string{"Zustimmung und Vereinbarung zum Fallmanagement", "Aylin Musterfrau", "Sabine Lotse", "Termine alle zwei Wochen",
				"mündlich übersetzt in Türkisch, Dolmetscher*in: Deniz Yıldız", "Unterschrift Dolmetscher*in"}},
		{u.loc.T("Intake.PrintInfoSheet"), doc(model.DocInfoSheet), "Informationsblatt_Musterfrau_",
			[]string{"Fallmanagement – Informationen für Sie", "Sabine Lotse", "Sie machen freiwillig mit.",
				"mündlich übersetzt in Türkisch, Dolmetscher*in: Deniz Yıldız"}},
	} {
		// Nothing is missing for these papers: the button goes straight to
		// the save dialog.
		tapText(t, u, k.button)
		if top := strings.Join(uitest.Strings(u.win.Canvas().Overlays().Top()), " "); strings.Contains(top, u.loc.T("Export.Title")) ||
			!strings.Contains(top, strings.TrimSuffix(k.file, "_")) {
			t.Errorf("%s: the save dialog with the file name does not open at once: %s", k.button, top)
		}
		u.win.Canvas().Overlays().Top().Hide()
		u.win.Canvas().Overlays().Remove(u.win.Canvas().Overlays().Top())
		if name := k.doc.fileName(u.env, s.Case); !strings.HasPrefix(name, k.file) {
			t.Errorf("file name %q", name)
		}
		var buf bytes.Buffer
		if err := k.doc.Render(&buf, s.Case, inputs(u.env)); err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(pdfText(t, buf.Bytes())), " ")
		for _, want := range k.want {
			if !strings.Contains(text, want) {
				t.Errorf("%s lacks %q", k.button, want)
			}
		}
	}
	if a := (doc(model.DocAgreement)).Audit(s.Case); a.Detail["document"] != string(model.DocAgreement) {
		t.Errorf("audit %+v", a)
	}
}
