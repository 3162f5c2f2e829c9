package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// extractCheck finds the choice "Auszug ohne Angaben zur Gesundheit" in
// the open document dialog.
func extractCheck(t *testing.T, u *UI) *kit.KeyCheck {
	t.Helper()
	var check *kit.KeyCheck
	uitest.WalkDeep(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if c, ok := o.(*kit.KeyCheck); ok && c.Text == u.loc.T("Export.Extract") {
			check = c
		}
	})
	if check == nil {
		t.Fatal("the document dialog offers no extract without health data")
	}
	return check
}

// planWithPartner opens a case with a draft plan and one partner in the
// directory.
func planWithPartner(t *testing.T) (*UI, *kit.Session, model.Partner) {
	t.Helper()
	store := uitest.Store(t)
	p := model.Partner{Name: "Muster Logistik GmbH", Category: model.PartnerEmployer}
	if err := store.SavePartner(context.Background(), &p); err != nil {
		t.Fatal(err)
	}
	c := addCase(t, store, "Erika", "Mustermann", "")
	u := newTestUI(t, store)
	u.list.selectCase(c.ID)
	s := u.view.sess
	s.Case.StartPlanVersion(u.today(), "")
	return u, s, p
}

// Handing the plan over: the recipient's consent decides between the
// whole plan and the extract, the disclosure says which categories went,
// and the document dialog shows the decision fixed.
func TestHandOverPlanExtractByConsent(t *testing.T) {
	u, s, p := planWithPartner(t)
	for _, tc := range []struct {
		cats    []model.InfoCategory
		extract bool
		says    string
	}{
		{[]model.InfoCategory{model.InfoPlan, model.InfoWork}, true, "Export.ExtractByConsent"},
		{[]model.InfoCategory{model.InfoPlan, model.InfoHealth}, false, "Export.WholeByConsent"},
	} {
		s.Case.Consents = []model.Consent{{ID: "k", Partner: p.UID, Categories: tc.cats, GivenOn: u.today(), Form: model.FormWritten}}
		s.Case.Disclosures = nil
		handOverPlan(s)
		choosePartner(t, u, 0)
		tapText(t, u, u.loc.T("Handover.Next"))
		if len(s.Case.Disclosures) != 1 {
			t.Fatalf("consent %v: the hand-over recorded %d disclosures", tc.cats, len(s.Case.Disclosures))
		}
		got := s.Case.Disclosures[0].Categories
		if want := slices.Contains(tc.cats, model.InfoHealth); slices.Contains(got, model.InfoHealth) != want {
			t.Errorf("consent %v: disclosed %v — health goes exactly with the whole plan", tc.cats, got)
		}
		check := extractCheck(t, u)
		if check.Checked != tc.extract || !check.Disabled() {
			t.Errorf("consent %v: extract ticked=%v disabled=%v, want ticked=%v and fixed", tc.cats, check.Checked, check.Disabled(), tc.extract)
		}
		if top := strings.Join(uitest.Strings(u.win.Canvas().Overlays().Top()), " "); !strings.Contains(top, u.loc.T(tc.says)) {
			t.Errorf("consent %v: the dialog does not say why: %s", tc.cats, top)
		}
		tapText(t, u, u.loc.T("Export.Back"))
	}
}

// Printing the plan offers the extract; ticking it names the file as one.
func TestPrintPlanOffersExtract(t *testing.T) {
	u := openCase(t)
	s := u.view.sess
	s.Case.StartPlanVersion(u.today(), "")

	exportDocument(s, doc(model.DocPlan))
	check := extractCheck(t, u)
	if check.Checked || check.Disabled() {
		t.Fatalf("printing: the extract is a free choice, unticked at first (ticked=%v disabled=%v)", check.Checked, check.Disabled())
	}
	test.Tap(check)
	tapText(t, u, u.loc.T("Export.Anyway"))
	// The save dialog proposes the extract's file name.
	name := (document{Document: app.Document{Kind: model.DocPlan, Extract: true}}).fileName(u.env, s.Case)
	if !strings.Contains(name, "Auszug") {
		t.Fatalf("the extract's file name %q does not say so", name)
	}
	var found bool
	uitest.WalkDeep(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		for _, txt := range uitest.Strings(o) {
			if strings.Contains(txt, name) {
				found = true
			}
		}
	})
	if !found {
		t.Errorf("the save dialog does not propose %q", name)
	}
}
