package intake

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// consentDialog asks for the Zustimmung zum Fallmanagement: the day it was
// given (today unless changed), written or oral, and what the client was
// informed of. Confirming is possible only once the model's CheckRecord
// finds nothing missing.
type consentDialog struct {
	s     *kit.Session
	draft model.CaseManagementConsent

	date     *keyEntry
	forms    []*option // written, oral
	informed []*option // case management, data protection, rights
	hint     *widget.Label
	m        *modal
}

func newConsentDialog(s *kit.Session, base model.CaseManagementConsent, titleID, introID string, record func(model.CaseManagementConsent)) *consentDialog {
	d := &consentDialog{s: s, draft: base, hint: kit.Wrapped("")}
	key := func(k *fyne.KeyEvent) bool { return d.m.key(k) }

	d.date = newKeyEntry(key)
	d.date.SetPlaceHolder(s.T("Kit.DatePlaceholder"))
	d.date.SetText(base.GivenOn.German())
	d.date.Validator = dateValidator(s)
	d.date.OnChanged = func(text string) {
		d.draft.GivenOn = parseDay(text)
		d.update()
	}

	for i, f := range model.ConsentForms {
		o := newOption(s.Env.Loc.Enum("ConsentForm", f), true, func(bool) {
			for j, other := range d.forms {
				if j != i {
					other.SetChecked(false)
				}
			}
			d.draft.Form = f
			d.update()
		})
		o.Checked = base.Form == f
		o.OnKey = key
		d.forms = append(d.forms, o)
	}

	flags := []struct {
		id string
		p  *bool
	}{{"Intake.InformedCM", &d.draft.InformedCM}, {"Intake.InformedData", &d.draft.InformedDataProtect}, {"Intake.InformedRights", &d.draft.InformedRights}}
	for _, f := range flags {
		o := newOption(s.T(f.id), false, func(v bool) { *f.p = v; d.update() })
		o.Checked = *f.p
		o.OnKey = key
		d.informed = append(d.informed, o)
	}

	content := container.NewVBox(
		kit.Wrapped(s.T(introID)),
		s.Form(
			kit.Row{LabelID: "Intake.ConsentGivenOn", Field: d.date},
			kit.Row{LabelID: "Intake.ConsentForm", Field: column(d.forms)},
		),
		kit.Heading(s.T("Intake.ConsentDialogInformed")),
		column(d.informed),
		widget.NewSeparator(),
		d.hint,
	)
	d.m = newModal(s, titleID, "Intake.ConsentConfirm", content, func() { record(d.draft) })
	d.update()
	d.m.show(d.date)
	return d
}

// update enables confirming when the consent is complete and otherwise
// says what is still missing, the first gap first.
func (d *consentDialog) update() {
	chk := d.draft.CheckRecord(d.s.Env.Today())
	d.m.allow(chk.OK())
	id := "Intake.DialogReady"
	switch {
	case chk.NoDate:
		id = "Intake.GapDate"
	case chk.FutureDate:
		id = "Intake.GapFuture"
	case chk.NoForm:
		id = "Intake.GapForm"
	case chk.NotInformed:
		id = "Intake.GapInformed"
	}
	d.hint.SetText(d.s.T(id))
}

// withdrawDialog asks for the day the client withdrew the consent.
type withdrawDialog struct {
	s    *kit.Session
	k    model.CaseManagementConsent
	day  model.Date
	date *keyEntry
	hint *widget.Label
	m    *modal
}

func newWithdrawDialog(s *kit.Session, k model.CaseManagementConsent, record func(model.Date)) *withdrawDialog {
	d := &withdrawDialog{s: s, k: k, day: s.Env.Today(), hint: kit.Wrapped("")}
	d.date = newKeyEntry(func(ev *fyne.KeyEvent) bool { return d.m.key(ev) })
	d.date.SetPlaceHolder(s.T("Kit.DatePlaceholder"))
	d.date.SetText(d.day.German())
	d.date.Validator = dateValidator(s)
	d.date.OnChanged = func(text string) {
		d.day = parseDay(text)
		d.update()
	}
	content := container.NewVBox(
		kit.Wrapped(s.T("Intake.WithdrawIntro")),
		s.Form(kit.Row{LabelID: "Intake.ConsentWithdrawnOn", Field: d.date}),
		widget.NewSeparator(),
		d.hint,
	)
	d.m = newModal(s, "Intake.WithdrawTitle", "Intake.WithdrawConfirm", content, func() { record(d.day) })
	d.update()
	d.m.show(d.date)
	return d
}

func (d *withdrawDialog) update() {
	chk := d.k.CheckWithdrawal(d.day, d.s.Env.Today())
	d.m.allow(chk.OK())
	text := d.s.T("Intake.DialogReady")
	switch {
	case chk.NotGiven:
		text = d.s.T("Intake.GapNothingToWithdraw")
	case chk.NoDate:
		text = d.s.T("Intake.GapWithdrawDate")
	case chk.BeforeGiven:
		text = d.s.T("Intake.GapWithdrawBefore", "Date", d.s.Env.Loc.Date(d.k.GivenOn))
	case chk.FutureDate:
		text = d.s.T("Intake.GapWithdrawFuture")
	}
	d.hint.SetText(text)
}

// parseDay reads a typed day; text that is not a date is kept as Raw, so
// the checks see it as no valid date.
func parseDay(text string) model.Date {
	d, err := model.ParseDate(text)
	if err != nil {
		return model.Date{Raw: text}
	}
	return d
}

// dateValidator marks text that is not a date at the field, in the user's
// language, as kit's date fields do.
func dateValidator(s *kit.Session) fyne.StringValidator {
	return func(text string) error {
		if _, err := model.ParseDate(text); err != nil {
			return dateError(s.Env.Loc.Error(err))
		}
		return nil
	}
}

type dateError string

func (e dateError) Error() string { return string(e) }
