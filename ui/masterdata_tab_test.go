package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// The case header leads to the Stammdaten, and a new case gets the
// default commissioning carrier of the settings.
func TestHeaderOpensMasterDataAndNewCaseGetsTheCarrier(t *testing.T) {
	db := uitest.Store(t)
	u := newTestUI(t, db)
	u.env.Settings.Carrier = "Deutsche Rentenversicherung Hessen"
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, uitest.Clock())
	if err := u.onCreateCase(c); err != nil {
		t.Fatal(err)
	}
	stored, err := db.LoadCase(u.ctx(), c.ID)
	if err != nil || stored.Commission.Carrier != "Deutsche Rentenversicherung Hessen" {
		t.Fatalf("new case's commission %+v, %v", stored.Commission, err)
	}
	if u.view.c == nil || u.view.c.ID != c.ID {
		t.Fatal("the new case is not open")
	}
	test.Tap(uitest.OneButton(t, u.view.body, "Stammdaten"))
	if got := u.view.work.tabs.Selected().Text; got != "Stammdaten" {
		t.Errorf("the header opened %q", got)
	}
}
