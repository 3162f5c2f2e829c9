package ui

import (
	"context"
	"strings"
	"testing"

	"teilhabelotse/ui/kit"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// Handing the plan to a partner is a disclosure: without the client's
// consent the consent dialog asks for it, and cancelling records nothing;
// with consent the disclosure is recorded and the document is created.
func TestHandOverPlanGoesThroughConsent(t *testing.T) {
	u, s, p := planWithPartner(t)
	store, c := u.store, s.Case

	handOverPlan(s)
	choosePartner(t, u, 0)
	tapText(t, u, u.loc.T("Handover.Next"))
	top := strings.Join(uitest.Strings(u.win.Canvas().Overlays().Top()), " ")
	if !strings.Contains(top, u.loc.T("Consent.RequireTitle")) || !strings.Contains(top, p.Name) || !strings.Contains(top, u.loc.Enum("InfoCategory", model.InfoPlan)) {
		t.Fatalf("the consent dialog names partner and category: %s", top)
	}
	tapText(t, u, u.loc.T("Consent.Cancel"))
	if len(s.Case.Disclosures) != 0 {
		t.Fatal("a cancelled consent dialog recorded a disclosure")
	}

	s.Case.Consents = append(s.Case.Consents, model.Consent{ID: "k1", Partner: p.UID, Categories: []model.InfoCategory{model.InfoPlan}, GivenOn: u.today(), Form: model.FormWritten})
	handOverPlan(s)
	choosePartner(t, u, 0)
	tapText(t, u, u.loc.T("Handover.Next"))
	if len(s.Case.Disclosures) != 1 || s.Case.Disclosures[0].Partner != p.UID {
		t.Fatalf("covered hand-over records the disclosure, have %+v", s.Case.Disclosures)
	}
	// The plan is not fully documented: the export dialog says so first.
	top = strings.Join(uitest.Strings(u.win.Canvas().Overlays().Top()), " ")
	if !strings.Contains(top, u.loc.T("Export.MissingIntro")) {
		t.Errorf("the document dialog lists the gaps: %s", top)
	}
	got, _ := store.LoadCase(context.Background(), c.ID)
	if len(got.Disclosures) != 1 {
		t.Errorf("stored disclosures: %d", len(got.Disclosures))
	}
}

// choosePartner picks entry i of the drop-down in the open dialog.
func choosePartner(t *testing.T, u *UI, i int) {
	t.Helper()
	var sel *kit.KeySelect
	if sels := uitest.All[*kit.KeySelect](u.win.Canvas().Overlays().Top()); len(sels) > 0 {
		sel = sels[0]
	}
	if sel == nil {
		t.Fatal("the dialog has no partner drop-down")
	}
	sel.SetSelectedIndex(i)
}

// The closure documentation's dialog records a transmission to the DRV
// only when the counselor ticks it, and then with the date she gives:
// merely looking at the PDF once recorded one.
func TestClosureExportDoesNotPresumeTransmission(t *testing.T) {
	u := openCase(t)
	s := u.view.sess

	exportDocument(s, doc(model.DocClosure))
	top := u.win.Canvas().Overlays().Top()
	var check *kit.KeyCheck
	uitest.WalkDeep(top, func(o fyne.CanvasObject) {
		if c, ok := o.(*kit.KeyCheck); ok && c.Text == u.loc.T("Export.ToDRV") {
			check = c
		}
	})
	if check == nil {
		t.Fatal("the dialog offers no choice to record the transmission")
	}
	if check.Checked {
		t.Fatal("the transmission to the DRV is ticked before the counselor chose it")
	}
	date := uitest.Field[*kit.Entry](t, top, u.loc.T("Export.ToDRVOn"))
	if !date.Disabled() {
		t.Error("the transmission date is editable before the transmission is ticked")
	}
	test.Tap(check)
	if date.Disabled() {
		t.Fatal("ticking the transmission lets the date be given")
	}
	date.SetText("")
	uitest.TypeInto(t, date, "28.11.2026")
	if date.Text != "28.11.2026" {
		t.Fatalf("date field holds %q", date.Text)
	}
	// Not before the closure: the model's order of the closure record.
	closed := s.Env.Today().AddDays(-3)
	s.Case.Closure.Date = closed
	date.SetText(closed.AddDays(-1).German())
	confirm := uitest.Button(t, top, u.loc.T("Export.Anyway")) // the fresh case has gaps
	if !confirm.Disabled() {
		t.Error("a transmission before the closure date can be recorded")
	}
	if !strings.Contains(uitest.Texts(top), "nicht vor dem Abschluss") {
		t.Error("the dialog does not say why the day is refused")
	}
	date.SetText(closed.German())
	if confirm.Disabled() {
		t.Error("a transmission on the closure's day is refused")
	}
	date.SetText(s.Env.Today().AddDays(1).German())
	if !confirm.Disabled() {
		t.Error("a transmission tomorrow can be recorded")
	}
}
