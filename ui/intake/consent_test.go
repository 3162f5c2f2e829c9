package intake

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

func TestConsentDialogRecordsOnlyWhenComplete(t *testing.T) {
	f := open(t, newCase())
	v := f.w.consent
	if !uitest.Shown(f.w.root, v.record) || uitest.Shown(f.w.root, v.withdraw) || uitest.Shown(f.w.root, v.details) {
		t.Fatal("without a consent only “Zustimmung erfassen …” is offered")
	}
	if !strings.Contains(v.status.label.Text, "Noch keine Zustimmung") {
		t.Errorf("status %q", v.status.label.Text)
	}
	test.Tap(v.record)
	d := v.recordDlg
	if d == nil || !d.m.Open() {
		t.Fatal("the button must open the consent dialog")
	}
	if d.date.Text != uitest.Today.German() {
		t.Errorf("the date must default to today, got %q", d.date.Text)
	}
	if f.Win.Canvas().Focused() != d.date {
		t.Error("the date field must have the focus")
	}
	confirm := d.m.ConfirmButton()
	if !confirm.Disabled() {
		t.Fatal("confirm must be disabled before form and information are given")
	}
	test.Tap(d.forms[0]) // schriftlich
	if !confirm.Disabled() || d.hint.Text != f.S.T("Intake.GapInformed") {
		t.Errorf("without „Fallmanagement“ ticked confirm must stay disabled (hint %q)", d.hint.Text)
	}
	test.Tap(d.informed[1]) // data protection only
	if !confirm.Disabled() {
		t.Error("data protection alone is not enough")
	}
	test.Tap(d.informed[0]) // case management
	if confirm.Disabled() {
		t.Fatalf("complete consent, confirm still disabled (hint %q)", d.hint.Text)
	}
	typeDate(d.date, "31.02.2025")
	if !confirm.Disabled() || d.hint.Text != f.S.T("Intake.GapDate") {
		t.Errorf("an impossible date must disable confirm (hint %q)", d.hint.Text)
	}
	typeDate(d.date, uitest.Today.AddDays(1).German())
	if !confirm.Disabled() || d.hint.Text != f.S.T("Intake.GapFuture") {
		t.Errorf("a future date must disable confirm (hint %q)", d.hint.Text)
	}
	typeDate(d.date, "02.03.2025")
	if confirm.Disabled() {
		t.Fatal("confirm disabled with a valid date")
	}
	if f.Saved().CMConsent.GivenOn.Valid() {
		t.Fatal("nothing may be stored before confirming")
	}
	test.Tap(confirm)
	if d.m.Open() {
		t.Error("the dialog stays open after confirming")
	}
	got := f.Saved().CMConsent
	want := model.CaseManagementConsent{GivenOn: model.NewDate(2025, 3, 2), Form: model.FormWritten, InformedCM: true, InformedDataProtect: true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stored consent %+v, want %+v", got, want)
	}
	if !strings.Contains(v.status.label.Text, "liegt vor") || !strings.Contains(v.status.label.Text, "02.03.2025") {
		t.Errorf("status after recording: %q", v.status.label.Text)
	}
	if uitest.Shown(f.w.root, v.record) || !uitest.Shown(f.w.root, v.withdraw) || !uitest.Shown(f.w.root, v.details) {
		t.Error("a recorded consent shows read-only with “Widerruf erfassen …”")
	}
	if v.givenOn.Text != "02.03.2025" || v.form.Text != "Schriftlich" {
		t.Errorf("details %q / %q", v.givenOn.Text, v.form.Text)
	}
	if !strings.Contains(v.informed[2].label.Text, "nicht vermerkt") {
		t.Errorf("rights not informed: %q", v.informed[2].label.Text)
	}
}

// „alle drei Punkte“ ticks the three the client was informed of at once;
// it is ticked exactly while all three are.
func TestConsentDialogTicksAllThreeAtOnce(t *testing.T) {
	f := open(t, newCase())
	v := f.w.consent
	test.Tap(v.record)
	d := v.recordDlg
	if d.all.Text != "alle drei Punkte" || d.all.Checked {
		t.Fatalf("the tick for all reads %q, ticked %v", d.all.Text, d.all.Checked)
	}
	test.Tap(d.forms[0])
	test.Tap(d.all)
	for _, o := range d.informed {
		if !o.Checked {
			t.Errorf("„alle drei Punkte“ left %q unticked", o.Text)
		}
	}
	if d.m.ConfirmButton().Disabled() {
		t.Fatalf("all three ticked, confirm still disabled (hint %q)", d.hint.Text)
	}
	test.Tap(d.informed[2])
	if d.all.Checked {
		t.Error("with the rights unticked „alle drei Punkte“ stays ticked")
	}
	test.Tap(d.informed[2])
	if !d.all.Checked {
		t.Error("with all three ticked one by one „alle drei Punkte“ is not ticked")
	}
	test.Tap(d.m.ConfirmButton())
	if got := f.Saved().CMConsent; !got.InformedCM || !got.InformedDataProtect || !got.InformedRights {
		t.Errorf("stored %+v", got)
	}
}

func TestConsentDialogKeys(t *testing.T) {
	f := open(t, newCase())
	v := f.w.consent
	test.Tap(v.record)
	d := v.recordDlg
	f.press(fyne.KeyReturn)
	if !d.m.Open() {
		t.Fatal("Enter must not confirm an incomplete consent")
	}
	f.press(fyne.KeyEscape)
	if d.m.Open() {
		t.Fatal("Escape must cancel")
	}
	if f.Saved().CMConsent.GivenOn.Valid() {
		t.Fatal("a cancelled dialog stored a consent")
	}

	test.Tap(v.record)
	d = v.recordDlg
	test.Tap(d.forms[1]) // mündlich, takes the focus
	test.Tap(d.informed[0])
	f.press(fyne.KeyReturn)
	if d.m.Open() {
		t.Fatal("Enter on a ticked box must confirm a complete consent")
	}
	if got := f.Saved().CMConsent; got.GivenOn != uitest.Today || got.Form != model.FormOral || !got.InformedCM {
		t.Errorf("stored %+v", got)
	}
	if f.Win.Canvas().OnTypedKey() != nil {
		t.Error("the dialog must give the window its key handler back")
	}
}

func TestWithdrawal(t *testing.T) {
	c := newCase()
	c.CMConsent = model.CaseManagementConsent{GivenOn: uitest.Today.AddDays(-10), Form: model.FormWritten, InformedCM: true}
	f := open(t, c)
	v := f.w.consent
	if !strings.Contains(v.status.label.Text, "liegt vor") {
		t.Errorf("status %q", v.status.label.Text)
	}
	test.Tap(v.withdraw)
	d := v.withdrawDlg
	if d == nil || d.m.ConfirmButton().Disabled() {
		t.Fatal("withdrawing today is possible at once")
	}
	typeDate(d.date, uitest.Today.AddDays(-11).German())
	if !d.m.ConfirmButton().Disabled() || !strings.Contains(d.hint.Text, uitest.Today.AddDays(-10).German()) {
		t.Errorf("a withdrawal before the consent must be refused (hint %q)", d.hint.Text)
	}
	typeDate(d.date, uitest.Today.AddDays(-1).German())
	f.press(fyne.KeyReturn)
	if d.m.Open() {
		t.Fatal("Enter must confirm")
	}
	got := f.Saved().CMConsent
	if got.WithdrawnOn != uitest.Today.AddDays(-1) || got.GivenOn != uitest.Today.AddDays(-10) {
		t.Errorf("stored %+v", got)
	}
	if v.status.label.Importance != widget.DangerImportance || !strings.Contains(v.status.label.Text, "widerrufen") {
		t.Errorf("status after withdrawal: %q", v.status.label.Text)
	}
	if !uitest.Shown(f.w.root, v.renew) || uitest.Shown(f.w.root, v.withdraw) || uitest.Shown(f.w.root, v.correct) {
		t.Error("after a withdrawal only a new consent can be recorded")
	}

	// The client consents again: the new consent is in force, the
	// withdrawn one stays in the history and the card lists it.
	test.Tap(v.renew)
	r := v.recordDlg
	test.Tap(r.forms[0])
	for _, o := range r.informed {
		test.Tap(o)
	}
	test.Tap(r.m.ConfirmButton())
	got = f.Saved().CMConsent
	if got.GivenOn != uitest.Today || got.WithdrawnOn.Valid() || len(got.Earlier) != 1 ||
		got.Earlier[0].GivenOn != uitest.Today.AddDays(-10) || got.Earlier[0].WithdrawnOn != uitest.Today.AddDays(-1) {
		t.Fatalf("renewed consent stored as %+v", got)
	}
	if want := "erteilt am " + uitest.Today.AddDays(-10).German(); !strings.Contains(v.history.Text, want) ||
		!strings.Contains(v.history.Text, "widerrufen am "+uitest.Today.AddDays(-1).German()) {
		t.Errorf("history %q, want the withdrawn consent", v.history.Text)
	}
	if !strings.Contains(v.status.label.Text, "liegt vor") {
		t.Errorf("status after the renewal: %q", v.status.label.Text)
	}
}

func TestCorrectConsentStartsFromRecord(t *testing.T) {
	c := newCase()
	c.CMConsent = model.CaseManagementConsent{GivenOn: uitest.Today.AddDays(-3), Form: model.FormOral, InformedCM: true, InformedRights: true}
	f := open(t, c)
	test.Tap(f.w.consent.correct)
	d := f.w.consent.recordDlg
	if d.date.Text != uitest.Today.AddDays(-3).German() || !d.forms[1].Checked || !d.informed[0].Checked || d.informed[1].Checked || !d.informed[2].Checked {
		t.Fatal("the correction dialog must show the recorded consent")
	}
	test.Tap(d.forms[0])
	test.Tap(d.m.ConfirmButton())
	if got := f.Saved().CMConsent; got.Form != model.FormWritten || got.GivenOn != uitest.Today.AddDays(-3) || !got.InformedRights {
		t.Errorf("stored %+v", got)
	}
}
