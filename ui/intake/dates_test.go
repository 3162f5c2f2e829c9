package intake

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// The first meeting's date is typed once: the consent dialog offers it,
// choosing the decision and ticking the agreement fill it in.
func TestIntakeDatesDefaultToTheFirstMeeting(t *testing.T) {
	f := open(t, newCase())
	met := model.DateOf(uitest.Now).AddDays(-6)
	typeDate(f.w.meeting.date, met.German())

	test.Tap(f.w.consent.record)
	if d := f.w.consent.recordDlg; d == nil || d.date.Text != met.German() {
		t.Fatalf("the consent dialog offers %q, want the meeting's day %s", d.date.Text, met.German())
	}
	f.w.consent.recordDlg.m.Cancel()

	d := f.w.decision
	d.need.SetSelected(f.S.Env.Loc.Enum("Answer", model.AnswerYes))
	test.Tap(d.concluded)
	in := f.Saved().Intake
	if in.Decision.DecidedOn != met || in.Agreement.Date != met {
		t.Errorf("decided on %v, agreement on %v, want both on the meeting's day %v", in.Decision.DecidedOn, in.Agreement.Date, met)
	}
	if d.decidedOn.Text != met.German() || d.agreementDate.Text != met.German() {
		t.Errorf("the fields show %q and %q", d.decidedOn.Text, d.agreementDate.Text)
	}
	// A date already there is kept.
	typeDate(d.decidedOn, met.AddDays(1).German())
	test.Tap(d.concluded)
	test.Tap(d.concluded)
	if got := f.Saved().Intake; got.Decision.DecidedOn != met.AddDays(1) || got.Agreement.Date != met {
		t.Errorf("a typed date was replaced: %v / %v", got.Decision.DecidedOn, got.Agreement.Date)
	}
}

// A date before the referral arrived is refused in the field, with the
// reason under it, and the stored date stays.
func TestIntakeDateBeforeTheReferralIsRefused(t *testing.T) {
	f := open(t, newCase())
	d := f.w.decision
	received := f.S.Case.Intake.Referral.ReceivedOn
	typeDate(d.decidedOn, received.AddDays(1).German())
	d.decidedOn.SetText(received.AddDays(-1).German()) // typed over the old date
	if got := f.Saved().Intake.Decision.DecidedOn; got != received.AddDays(1) {
		t.Errorf("stored %v, want the last valid day %v", got, received.AddDays(1))
	}
	if line := d.decidedOn.Line(); !strings.Contains(line, "Eingang der Information") {
		t.Fatalf("no reason under the field: %q", line)
	}
	if !f.S.Unsaved() {
		t.Error("the refused date is not marked as not saved")
	}
	typeDate(d.decidedOn, received.German())
	if got := f.Saved().Intake.Decision.DecidedOn; got != received || f.S.Unsaved() {
		t.Errorf("the corrected date is not saved: %v", got)
	}
}

func TestConsentNotBeforeTheReferral(t *testing.T) {
	f := open(t, newCase())
	test.Tap(f.w.consent.record)
	d := f.w.consent.recordDlg
	test.Tap(d.forms[0])
	for _, o := range d.informed {
		test.Tap(o)
	}
	if d.m.ConfirmButton().Disabled() {
		t.Fatalf("a complete consent today cannot be recorded: %q", d.hint.Text)
	}
	typeDate(d.date, f.S.Case.Intake.Referral.ReceivedOn.AddDays(-1).German())
	if !d.m.ConfirmButton().Disabled() || !strings.Contains(d.hint.Text, "Eingang der Information") {
		t.Errorf("a consent before the referral: confirm enabled %v, hint %q", !d.m.ConfirmButton().Disabled(), d.hint.Text)
	}
}

// "Informiert über" is one set: the first meeting's topics tick the
// consent dialog's boxes, and a recorded consent ticks the topics.
func TestInformedIsOneSet(t *testing.T) {
	f := open(t, newCase())
	m := f.w.meeting
	for i, topic := range model.Topics {
		if topic == model.TopicCMInformed || topic == model.TopicDataProtection {
			test.Tap(m.topics[i])
		}
	}
	test.Tap(f.w.consent.record)
	d := f.w.consent.recordDlg
	if !d.informed[0].Checked || !d.informed[1].Checked || d.informed[2].Checked {
		t.Fatalf("the dialog's boxes do not follow the meeting's topics: %v %v %v", d.informed[0].Checked, d.informed[1].Checked, d.informed[2].Checked)
	}
	test.Tap(d.forms[0])
	test.Tap(d.informed[2]) // rights and obligations, said in the dialog
	test.Tap(d.m.ConfirmButton())
	got := f.Saved()
	if !got.CMConsent.InformedRights || !slices.Contains(got.Intake.FirstMeeting.Topics, model.TopicRightsObligation) {
		t.Errorf("consent %+v, topics %v", got.CMConsent, got.Intake.FirstMeeting.Topics)
	}
	want := []model.Topic{model.TopicCMInformed, model.TopicDataProtection, model.TopicRightsObligation}
	if !slices.Equal(got.Intake.FirstMeeting.Topics, want) {
		t.Errorf("topics %v, want %v in the list's order", got.Intake.FirstMeeting.Topics, want)
	}
}
