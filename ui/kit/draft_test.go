package kit_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// recipientDraft is what a disclosure dialog edits.
type recipientDraft struct {
	Partner    string
	Categories []model.InfoCategory
	Channel    string
}

// The set, partner and free-text binders of a dialog edit the draft only,
// keep a set in the order of its values, and pass Enter and Escape to the
// dialog like every input of it.
func TestDraftChecksPartnerAndSelectEntry(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(container.NewStack())
	w.Resize(fyne.NewSize(900, 700))
	t.Cleanup(w.Close)
	partners := []model.Partner{{UID: "p-a", Name: "Arbeitgeber"}, {UID: "p-b", Name: "Beratungsstelle"}}
	env := &kit.Env{Loc: locales.New("de"), Win: w, Now: time.Now, Partners: partners}
	v := recipientDraft{Categories: []model.InfoCategory{model.InfoPlan}}
	var got []recipientDraft
	var dlg *kit.Dialog
	dlg = kit.NewDialog(w, "Titel", "Speichern", "Abbrechen", func() { got = append(got, v); dlg.Hide() }, nil)
	d := kit.NewDraft(env, dlg)
	partner := d.PartnerSelect(&v.Partner, "Consent.ChoosePartner")
	checks := kit.DraftChecks(d, "InfoCategory", model.InfoCategories, &v.Categories)
	channel := d.SelectEntry(&v.Channel, []string{"Telefon", "E-Mail"})
	d.Validate(func() bool { return v.Partner != "" && len(v.Categories) > 0 && v.Channel != "" })
	dlg.SetContent(container.NewVBox(partner, checks, channel))
	dlg.Show()

	if partner.Options[0] != env.Loc.T("Consent.ChoosePartner") || partner.SelectedIndex() != 0 {
		t.Errorf("the partner drop-down starts at %q of %v", partner.Selected, partner.Options)
	}
	boxes := uitest.All[*kit.KeyCheck](checks)
	if len(boxes) != len(model.InfoCategories) {
		t.Fatalf("%d check boxes for %d categories", len(boxes), len(model.InfoCategories))
	}
	for i, c := range model.InfoCategories {
		if boxes[i].Checked != (c == model.InfoPlan) {
			t.Errorf("%s ticked %v at the start", c, boxes[i].Checked)
		}
	}
	partner.SetSelected("Beratungsstelle")
	test.Tap(boxes[1]) // ticked after the plan, kept in the values' order
	test.Tap(boxes[0])
	if !dlg.ConfirmButton().Disabled() {
		t.Fatal("no channel yet: confirm must be disabled")
	}
	test.Type(channel, "Telefon")
	if dlg.ConfirmButton().Disabled() {
		t.Fatal("everything given: confirm must be enabled")
	}
	want := []model.InfoCategory{model.InfoContact, model.InfoHealth, model.InfoPlan}
	if !slices.Equal(v.Categories, want) {
		t.Errorf("categories %v, want %v", v.Categories, want)
	}
	if len(got) != 0 {
		t.Fatal("committed before confirming")
	}
	channel.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(got) != 1 || got[0].Partner != "p-b" || got[0].Channel != "Telefon" {
		t.Fatalf("Enter in the channel committed %+v", got)
	}
	partner.SetSelectedIndex(0)
	if v.Partner != "" {
		t.Errorf("the first entry clears the partner, got %q", v.Partner)
	}
}

// What is wrong with a field's text is said in its own line once the user
// leaves the field, not while they are still typing it; a correction clears
// the line at once; a required field left empty says so only after the
// user was in it.
func TestFieldSaysItsProblemOnceLeft(t *testing.T) {
	var got []contactDraft
	dlg, d, v, w := openDraft(t, contactDraft{}, &got)
	name, on := d.Required(&v.Name), d.Date(&v.On)
	dlg.SetContent(d.Form(kit.Row{LabelID: "Kit.Cancel", Field: name}, kit.Row{LabelID: "Kit.Cancel", Field: on}))
	dlg.Show()
	c := w.Canvas()

	if name.Line() != "" || on.Line() != "" {
		t.Fatalf("untouched fields say %q, %q", name.Line(), on.Line())
	}
	c.Focus(on)
	test.Type(on, "3.")
	if on.Line() != "" {
		t.Errorf("while typing the date says %q", on.Line())
	}
	c.Focus(name) // leaves the date
	if !strings.Contains(on.Line(), "kein gültiges Datum") {
		t.Errorf("left with half a date, the field says %q", on.Line())
	}
	if name.Line() != "" {
		t.Errorf("the empty name says %q before it was left", name.Line())
	}
	c.Focus(on)
	test.Type(on, "4.2026")
	if on.Line() != "" || v.On != model.NewDate(2026, 4, 3) {
		t.Errorf("corrected, the date says %q and holds %v", on.Line(), v.On)
	}
	c.Unfocus() // leaves the name empty behind
	if name.Line() != "Diese Angabe fehlt noch. Bitte ausfüllen." {
		t.Errorf("the empty required name, left, says %q", name.Line())
	}
	on.SetText("31.02.2026") // set from outside: judged at once
	if !strings.Contains(on.Line(), "„31.02.2026“") || !dlg.ConfirmButton().Disabled() {
		t.Errorf("a date set from outside says %q", on.Line())
	}
}
