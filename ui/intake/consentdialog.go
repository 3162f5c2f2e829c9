package intake

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// dialogWidth keeps the consent dialogs wide enough for their wrapped
// explanations to read as sentences, not as columns of single words.
const dialogWidth = 520

// consentDialog asks for the Zustimmung zum Fallmanagement: the day it was
// given (today unless changed), written or oral, and what the client was
// informed of. Confirming is possible only once the model's CheckRecord
// finds nothing missing.
type consentDialog struct {
	s     *kit.Session
	draft model.CaseManagementConsent

	date     *kit.Entry
	forms    []*option // written, oral
	informed []*option // case management, data protection, rights
	hint     *widget.Label
	m        *kit.Dialog
	fields   *kit.Draft
}

func newConsentDialog(s *kit.Session, base model.CaseManagementConsent, titleID, introID string, record func(model.CaseManagementConsent)) *consentDialog {
	d := &consentDialog{s: s, draft: base, hint: kit.Wrapped("")}
	d.m = kit.NewDialog(s.Env.Win, s.T(titleID), s.T("Intake.ConsentConfirm"), s.T("Intake.Cancel"), func() {
		d.m.Hide()
		record(d.draft)
	}, nil)
	d.m.SetWidth(dialogWidth)
	d.fields = kit.NewDraft(s.Env, d.m)
	d.date = d.fields.Date(&d.draft.GivenOn)

	for i, f := range model.ConsentForms {
		o := newOption(s.Env.Loc.Enum("ConsentForm", f), true, func(bool) {
			for j, other := range d.forms {
				if j != i {
					other.SetChecked(false)
				}
			}
			d.draft.Form = f
			d.fields.Edited()
		})
		o.Checked = base.Form == f
		o.OnKey = d.m.Key
		d.forms = append(d.forms, o)
	}

	flags := []struct {
		id string
		p  *bool
	}{{"Intake.InformedCM", &d.draft.InformedCM}, {"Intake.InformedData", &d.draft.InformedDataProtect}, {"Intake.InformedRights", &d.draft.InformedRights}}
	for _, f := range flags {
		o := newOption(s.T(f.id), false, func(v bool) { *f.p = v; d.fields.Edited() })
		o.Checked = *f.p
		o.OnKey = d.m.Key
		d.informed = append(d.informed, o)
	}

	d.m.SetContent(container.NewVBox(
		kit.Wrapped(s.T(introID)),
		s.Form(
			kit.Row{LabelID: "Intake.ConsentGivenOn", Field: d.date},
			kit.Row{LabelID: "Intake.ConsentForm", Field: column(d.forms)},
		),
		kit.Heading(s.T("Intake.ConsentDialogInformed")),
		column(d.informed),
		widget.NewSeparator(),
		d.hint,
	))
	d.fields.Validate(d.ready)
	d.m.FocusFirst(d.date)
	d.m.Show()
	return d
}

// ready reports whether the consent is complete and otherwise says what
// is still missing, the first gap first.
func (d *consentDialog) ready() bool {
	chk := d.draft.CheckRecord(d.s.Env.Today())
	id := "Intake.DialogReady"
	switch {
	case chk.NoDate || d.fields.Unsaved(): // empty, or not a date
		id = "Intake.GapDate"
	case chk.FutureDate:
		id = "Intake.GapFuture"
	case chk.NoForm:
		id = "Intake.GapForm"
	case chk.NotInformed:
		id = "Intake.GapInformed"
	}
	text := d.s.T(id)
	// Nothing of the case comes before the referral arrived: the model's
	// order of dates, asked of the consent as it would be recorded.
	order := model.DateProblemsIf(d.s.Case, func(c *model.Case) { c.CMConsent = d.draft }, "cmConsent.givenOn")
	if id == "Intake.DialogReady" && len(order) > 0 {
		text = kit.DateMessage(d.s.Env.Loc, order[0], "cmConsent.givenOn")
	}
	d.hint.SetText(text)
	return chk.OK() && len(order) == 0
}

// withdrawDialog asks for the day the client withdrew the consent.
type withdrawDialog struct {
	s      *kit.Session
	k      model.CaseManagementConsent
	day    model.Date
	date   *kit.Entry
	hint   *widget.Label
	m      *kit.Dialog
	fields *kit.Draft
}

func newWithdrawDialog(s *kit.Session, k model.CaseManagementConsent, record func(model.Date)) *withdrawDialog {
	d := &withdrawDialog{s: s, k: k, day: s.Env.Today(), hint: kit.Wrapped("")}
	d.m = kit.NewDialog(s.Env.Win, s.T("Intake.WithdrawTitle"), s.T("Intake.WithdrawConfirm"), s.T("Intake.Cancel"), func() {
		d.m.Hide()
		record(d.day)
	}, nil)
	d.m.SetWidth(dialogWidth)
	d.fields = kit.NewDraft(s.Env, d.m)
	d.date = d.fields.Date(&d.day)
	d.m.SetContent(container.NewVBox(
		kit.Wrapped(s.T("Intake.WithdrawIntro")),
		s.Form(kit.Row{LabelID: "Intake.ConsentWithdrawnOn", Field: d.date}),
		widget.NewSeparator(),
		d.hint,
	))
	d.fields.Validate(d.ready)
	d.m.FocusFirst(d.date)
	d.m.Show()
	return d
}

func (d *withdrawDialog) ready() bool {
	chk := d.k.CheckWithdrawal(d.day, d.s.Env.Today())
	text := d.s.T("Intake.DialogReady")
	switch {
	case chk.NotGiven:
		text = d.s.T("Intake.GapNothingToWithdraw")
	case chk.NoDate || d.fields.Unsaved():
		text = d.s.T("Intake.GapWithdrawDate")
	case chk.BeforeGiven:
		text = d.s.T("Intake.GapWithdrawBefore", "Date", d.s.Env.Loc.Date(d.k.GivenOn))
	case chk.FutureDate:
		text = d.s.T("Intake.GapWithdrawFuture")
	}
	d.hint.SetText(text)
	return chk.OK()
}
