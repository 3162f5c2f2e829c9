package intake

import (
	"fyne.io/fyne/v2"
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
	datedDialog
	s     *kit.Session
	draft model.CaseManagementConsent

	forms    []*option // written, oral
	informed []*option // case management, data protection, rights
	all      *option   // all three at once
}

// datedDialog is what both consent dialogs are built of: a kit.Dialog of
// dialogWidth whose Draft begins with a day, and a hint at its end that
// says what is still missing.
type datedDialog struct {
	m      *kit.Dialog
	fields *kit.Draft
	date   *kit.Entry
	hint   *widget.Label
}

// newDatedDialog makes the dialog with the field of day; confirm runs once
// it is closed by its confirm button.
func newDatedDialog(s *kit.Session, titleID, confirmID string, day *model.Date, confirm func()) datedDialog {
	var d datedDialog
	d.m = kit.NewDialog(s.Env.Win, s.T(titleID), s.T(confirmID), s.T("Intake.Cancel"), func() {
		d.m.Hide()
		confirm()
	}, nil)
	d.m.SetWidth(dialogWidth)
	d.fields = kit.NewDraft(s.Env, d.m)
	d.date = d.fields.Date(day)
	d.hint = kit.Wrapped("")
	return d
}

// show shows content with the hint under it, lets ready say the hint and
// whether confirming is possible, and puts the focus on the day.
func (d datedDialog) show(ready func() bool, content ...fyne.CanvasObject) {
	d.m.SetContent(container.NewVBox(append(content, widget.NewSeparator(), d.hint)...))
	d.fields.Validate(ready)
	d.m.FocusFirst(d.date)
	d.m.Show()
}

func newConsentDialog(s *kit.Session, base model.CaseManagementConsent, titleID, introID string, record func(model.CaseManagementConsent)) *consentDialog {
	d := &consentDialog{s: s, draft: base}
	d.datedDialog = newDatedDialog(s, titleID, "Intake.ConsentConfirm", &d.draft.GivenOn, func() { record(d.draft) })

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
	// „alle drei Punkte“ ticks the three at once, as the counselor who
	// informed of all three says so; each stays a tick of its own, and
	// the one for all is ticked exactly while all three are.
	allTicked := func() bool { return d.draft.InformedCM && d.draft.InformedDataProtect && d.draft.InformedRights }
	for _, f := range flags {
		o := newOption(s.T(f.id), false, func(v bool) {
			*f.p = v
			d.all.SetChecked(allTicked())
			d.fields.Edited()
		})
		o.Checked = *f.p
		o.OnKey = d.m.Key
		d.informed = append(d.informed, o)
	}
	d.all = newOption(s.T("Intake.InformedAll"), false, func(v bool) {
		for i, f := range flags {
			*f.p = v
			d.informed[i].SetChecked(v)
		}
		d.fields.Edited()
	})
	d.all.Checked = allTicked()
	d.all.OnKey = d.m.Key

	d.show(d.ready,
		kit.Wrapped(s.T(introID)),
		s.Form(
			kit.Row{LabelID: "Intake.ConsentGivenOn", Field: d.date},
			kit.Row{LabelID: "Intake.ConsentForm", Field: column(d.forms)},
		),
		kit.Heading(s.T("Intake.ConsentDialogInformed")),
		column(append([]*option{d.all}, d.informed...)),
	)
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
	datedDialog
	s   *kit.Session
	k   model.CaseManagementConsent
	day model.Date
}

func newWithdrawDialog(s *kit.Session, k model.CaseManagementConsent, record func(model.Date)) *withdrawDialog {
	d := &withdrawDialog{s: s, k: k, day: s.Env.Today()}
	d.datedDialog = newDatedDialog(s, "Intake.WithdrawTitle", "Intake.WithdrawConfirm", &d.day, func() { record(d.day) })
	d.show(d.ready,
		kit.Wrapped(s.T("Intake.WithdrawIntro")),
		s.Form(kit.Row{LabelID: "Intake.ConsentWithdrawnOn", Field: d.date}),
	)
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
