package intake

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
)

func TestConsentDialogRecordsOnlyWhenComplete(t *testing.T) {
	f := open(t, newCase())
	v := f.w.consent
	if !visible(f.w.root, v.record) || visible(f.w.root, v.withdraw) || visible(f.w.root, v.details) {
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
	if d.date.Text != today.German() {
		t.Errorf("the date must default to today, got %q", d.date.Text)
	}
	if f.win.Canvas().Focused() != d.date {
		t.Error("the date field must have the focus")
	}
	confirm := d.m.ConfirmButton()
	if !confirm.Disabled() {
		t.Fatal("confirm must be disabled before form and information are given")
	}
	test.Tap(d.forms[0]) // schriftlich
	if !confirm.Disabled() || d.hint.Text != f.s.T("Intake.GapInformed") {
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
	if !confirm.Disabled() || d.hint.Text != f.s.T("Intake.GapDate") {
		t.Errorf("an impossible date must disable confirm (hint %q)", d.hint.Text)
	}
	typeDate(d.date, today.AddDays(1).German())
	if !confirm.Disabled() || d.hint.Text != f.s.T("Intake.GapFuture") {
		t.Errorf("a future date must disable confirm (hint %q)", d.hint.Text)
	}
	typeDate(d.date, "02.03.2025")
	if confirm.Disabled() {
		t.Fatal("confirm disabled with a valid date")
	}
	if f.stored().CMConsent.GivenOn.Valid() {
		t.Fatal("nothing may be stored before confirming")
	}
	test.Tap(confirm)
	if d.m.Open() {
		t.Error("the dialog stays open after confirming")
	}
	got := f.stored().CMConsent
	want := model.CaseManagementConsent{GivenOn: model.NewDate(2025, 3, 2), Form: model.FormWritten, InformedCM: true, InformedDataProtect: true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stored consent %+v, want %+v", got, want)
	}
	if !strings.Contains(v.status.label.Text, "liegt vor") || !strings.Contains(v.status.label.Text, "02.03.2025") {
		t.Errorf("status after recording: %q", v.status.label.Text)
	}
	if visible(f.w.root, v.record) || !visible(f.w.root, v.withdraw) || !visible(f.w.root, v.details) {
		t.Error("a recorded consent shows read-only with “Widerruf erfassen …”")
	}
	if v.givenOn.Text != "02.03.2025" || v.form.Text != "Schriftlich" {
		t.Errorf("details %q / %q", v.givenOn.Text, v.form.Text)
	}
	if !strings.Contains(v.informed[2].label.Text, "nicht vermerkt") {
		t.Errorf("rights not informed: %q", v.informed[2].label.Text)
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
	if f.stored().CMConsent.GivenOn.Valid() {
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
	if got := f.stored().CMConsent; got.GivenOn != today || got.Form != model.FormOral || !got.InformedCM {
		t.Errorf("stored %+v", got)
	}
	if f.win.Canvas().OnTypedKey() != nil {
		t.Error("the dialog must give the window its key handler back")
	}
}

func TestWithdrawal(t *testing.T) {
	c := newCase()
	c.CMConsent = model.CaseManagementConsent{GivenOn: today.AddDays(-10), Form: model.FormWritten, InformedCM: true}
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
	typeDate(d.date, today.AddDays(-11).German())
	if !d.m.ConfirmButton().Disabled() || !strings.Contains(d.hint.Text, today.AddDays(-10).German()) {
		t.Errorf("a withdrawal before the consent must be refused (hint %q)", d.hint.Text)
	}
	typeDate(d.date, today.AddDays(-1).German())
	f.press(fyne.KeyReturn)
	if d.m.Open() {
		t.Fatal("Enter must confirm")
	}
	got := f.stored().CMConsent
	if got.WithdrawnOn != today.AddDays(-1) || got.GivenOn != today.AddDays(-10) {
		t.Errorf("stored %+v", got)
	}
	if v.status.label.Importance != widget.DangerImportance || !strings.Contains(v.status.label.Text, "widerrufen") {
		t.Errorf("status after withdrawal: %q", v.status.label.Text)
	}
	if !visible(f.w.root, v.renew) || visible(f.w.root, v.withdraw) || visible(f.w.root, v.correct) {
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
	got = f.stored().CMConsent
	if got.GivenOn != today || got.WithdrawnOn.Valid() || len(got.Earlier) != 1 ||
		got.Earlier[0].GivenOn != today.AddDays(-10) || got.Earlier[0].WithdrawnOn != today.AddDays(-1) {
		t.Fatalf("renewed consent stored as %+v", got)
	}
	if want := "erteilt am " + today.AddDays(-10).German(); !strings.Contains(v.history.Text, want) ||
		!strings.Contains(v.history.Text, "widerrufen am "+today.AddDays(-1).German()) {
		t.Errorf("history %q, want the withdrawn consent", v.history.Text)
	}
	if !strings.Contains(v.status.label.Text, "liegt vor") {
		t.Errorf("status after the renewal: %q", v.status.label.Text)
	}
}

func TestCorrectConsentStartsFromRecord(t *testing.T) {
	c := newCase()
	c.CMConsent = model.CaseManagementConsent{GivenOn: today.AddDays(-3), Form: model.FormOral, InformedCM: true, InformedRights: true}
	f := open(t, c)
	test.Tap(f.w.consent.correct)
	d := f.w.consent.recordDlg
	if d.date.Text != today.AddDays(-3).German() || !d.forms[1].Checked || !d.informed[0].Checked || d.informed[1].Checked || !d.informed[2].Checked {
		t.Fatal("the correction dialog must show the recorded consent")
	}
	test.Tap(d.forms[0])
	test.Tap(d.m.ConfirmButton())
	if got := f.stored().CMConsent; got.Form != model.FormWritten || got.GivenOn != today.AddDays(-3) || !got.InformedRights {
		t.Errorf("stored %+v", got)
	}
}
