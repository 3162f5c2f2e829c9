package kit_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// contactDraft is what a dialog edits in the tests: a copy, committed on
// confirm.
type contactDraft struct {
	Name  string
	On    model.Date
	Hours int
	Sure  bool
	Phase model.EndingReason
}

// openDraft shows a dialog over a window with a draft of v; committed
// receives the value on confirm.
func openDraft(t *testing.T, v contactDraft, committed *[]contactDraft) (*kit.Dialog, *kit.Draft, *contactDraft, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewWindow(container.NewStack())
	w.Resize(fyne.NewSize(900, 700))
	t.Cleanup(w.Close)
	env := &kit.Env{Loc: locales.New("de"), Win: w, Now: time.Now}
	draft := v
	var dlg *kit.Dialog
	dlg = kit.NewDialog(w, "Titel", "Speichern", "Abbrechen", func() {
		*committed = append(*committed, draft)
		dlg.Hide()
	}, nil)
	d := kit.NewDraft(env, dlg)
	return dlg, d, &draft, w
}

func TestDraftCommitsOnlyOnConfirm(t *testing.T) {
	var got []contactDraft
	orig := contactDraft{Name: "Alt", On: model.NewDate(2026, 3, 2), Hours: 2}
	dlg, d, v, _ := openDraft(t, orig, &got)
	name, on, hours := d.Text(&v.Name), d.Date(&v.On), d.Int(&v.Hours, 0, 40)
	sure := d.Check("Kit.Cancel", &v.Sure)
	phase := kit.DraftSelect(d, "EndingReason", model.EndingReasons, &v.Phase)
	d.Validate(func() bool { return v.Name != "" })
	dlg.SetContent(container.NewVBox(name, on, hours, sure, phase))
	dlg.FocusFirst(name)
	dlg.Show()

	name.SetText("")
	if !dlg.ConfirmButton().Disabled() {
		t.Fatal("an empty name fails Validate: confirm must be disabled")
	}
	test.Type(name, "Neu")
	on.SetText("31.02.2026")
	if !dlg.ConfirmButton().Disabled() {
		t.Fatal("a text that is not a date must disable confirm")
	}
	if v.On != orig.On {
		t.Errorf("the draft took an impossible date: %v", v.On)
	}
	on.SetText("01.04.2026")
	hours.SetText("41")
	if !dlg.ConfirmButton().Disabled() {
		t.Fatal("a number out of range must disable confirm")
	}
	hours.SetText("12")
	test.Tap(sure)
	phase.SetSelectedIndex(2)
	if dlg.ConfirmButton().Disabled() {
		t.Fatal("every field valid, confirm still disabled")
	}
	if len(got) != 0 || orig.Name != "Alt" {
		t.Fatal("nothing is committed before confirming")
	}
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter in a one-line entry confirms
	want := contactDraft{Name: "Neu", On: model.NewDate(2026, 4, 1), Hours: 12, Sure: true, Phase: model.EndingReasons[1]}
	if len(got) != 1 || got[0] != want {
		t.Fatalf("committed %+v, want %+v", got, want)
	}
	if dlg.Open() {
		t.Error("the dialog stays open after confirming")
	}
}

func TestDraftEscapeCancelsAndEnterWaitsForValidInput(t *testing.T) {
	var got []contactDraft
	cancelled := 0
	test.NewTempApp(t)
	w := test.NewWindow(container.NewStack())
	t.Cleanup(w.Close)
	draft := contactDraft{}
	dlg := kit.NewDialog(w, "Titel", "Speichern", "Abbrechen", func() { got = append(got, draft) }, func() { cancelled++ })
	d := kit.NewDraft(&kit.Env{Loc: locales.New("de"), Win: w, Now: time.Now}, dlg)
	on := d.Date(&draft.On)
	dlg.SetContent(on)
	dlg.Show()
	on.SetText("kein Datum")
	on.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(got) != 0 {
		t.Fatal("Enter confirmed a date that is none")
	}
	on.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if dlg.Open() || cancelled != 1 {
		t.Errorf("Escape in an entry must cancel the dialog (open %v, cancelled %d)", dlg.Open(), cancelled)
	}
	if w.Canvas().OnTypedKey() != nil {
		t.Error("the dialog must give the window its key handler back")
	}
}

// A dialog without a cancel text is a notice: one button, Escape closes it.
func TestNoticeHasOnlyConfirm(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(container.NewStack())
	t.Cleanup(w.Close)
	closed := 0
	dlg := kit.NewDialog(w, "Titel", "Verstanden", "", func() {}, func() { closed++ })
	dlg.SetContent(kit.Wrapped("Text"))
	dlg.Show()
	var buttons []string
	for _, b := range uitest.All[*kit.Button](w.Canvas().Overlays().Top()) {
		buttons = append(buttons, b.Text)
	}
	if len(buttons) != 1 || buttons[0] != "Verstanden" {
		t.Errorf("a notice has the buttons %q, want only „Verstanden“", buttons)
	}
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if dlg.Open() || closed != 1 {
		t.Error("Escape must close a notice")
	}
}

// The checklist shows each item with its state and counts them; shown
// again with fewer items (the transition dialog's open ones), it shows
// only those.
func TestChecklist(t *testing.T) {
	test.NewTempApp(t)
	s := kit.NewSession(&kit.Env{Loc: locales.New("de"), Now: time.Now}, nil)
	cl := s.Checklist(model.PhaseAssessment, 2)
	cl.Set([]model.CheckItem{{Key: model.CheckReferral, Done: true}, {Key: model.CheckReview}, {Key: model.CheckScreening}})
	if cl.Len() != 3 || cl.Summary.Text != "1 von 3 Mindestpunkten des Fachkonzepts dokumentiert" {
		t.Fatalf("%d items, summary %q", cl.Len(), cl.Summary.Text)
	}
	if text, done := cl.Item(0); !done || text != s.T(model.CheckReferral.MessageID()) {
		t.Errorf("item 0: %q %v", text, done)
	}
	if _, done := cl.Item(1); done {
		t.Error("item 1 is open")
	}
	cl.Set([]model.CheckItem{{Key: model.CheckReview, Done: true}})
	if cl.Len() != 1 || cl.Summary.Text != "Alle Mindestpunkte des Fachkonzepts sind dokumentiert." {
		t.Errorf("%d items, summary %q", cl.Len(), cl.Summary.Text)
	}
	shown := 0
	for _, l := range uitest.All[*widget.Label](cl.Object()) {
		if l != cl.Summary && l.Text != "" {
			shown++
		}
	}
	if shown != 1 {
		t.Errorf("%d item labels shown, want 1", shown)
	}
}

// The program's own lists (intake, monitoring) say they are advice, and an
// item that does not apply is neither counted nor open.
func TestChecklistSaysAdviceAndWhatDoesNotApply(t *testing.T) {
	test.NewTempApp(t)
	s := kit.NewSession(&kit.Env{Loc: locales.New("de"), Now: time.Now}, nil)
	cl := s.Checklist(model.PhaseMonitoring, 1)
	cl.Set([]model.CheckItem{{Key: model.CheckReview, Done: true}, {Key: model.CheckNextReview, NotApplicable: true}})
	if want := "Alle empfohlenen Punkte sind dokumentiert (Empfehlung des Programms, keine Vorgabe des Fachkonzepts)."; cl.Summary.Text != want {
		t.Errorf("summary %q, want %q", cl.Summary.Text, want)
	}
	if text, done := cl.Item(1); done || !cl.NotApplicable(1) || text != s.T(model.CheckNextReview.MessageID())+" – entfällt" {
		t.Errorf("item 1: %q done=%v", text, done)
	}
	cl.Set([]model.CheckItem{{Key: model.CheckReview}, {Key: model.CheckNextReview, NotApplicable: true}})
	if !strings.HasPrefix(cl.Summary.Text, "0 von 1 empfohlenen Punkten") {
		t.Errorf("summary %q", cl.Summary.Text)
	}
}
