package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

const newCaseWidth = 600

// newCaseForm is the dialog "Neuer Fall": the client's identity and how the
// referral arrived, a kit.Draft like every dialog. What is wrong appears
// under the field it concerns once the user leaves the field, and "Fall
// anlegen" waits until everything is valid.
type newCaseForm struct {
	loc    *locales.Localizer
	win    fyne.Window
	now    func() time.Time
	create func(*model.Case) error // stores the case; on error the dialog stays

	client   model.Client
	referral model.Referral

	first, last, birth, rvnr, received *kit.Entry
	route                              *kit.KeySelect
	rvnrWarning                        *widget.Label
	createButton                       *widget.Button
	dlg                                *kit.Dialog
	closed                             func()
}

func newNewCaseForm(loc *locales.Localizer, win fyne.Window, now func() time.Time, create func(*model.Case) error) *newCaseForm {
	return &newCaseForm{loc: loc, win: win, now: now, create: create}
}

// show opens the dialog over the main window; closed is called when it
// closes. Enter creates the case, Escape cancels, from any of its fields.
func (f *newCaseForm) show(closed func()) {
	f.closed = closed
	f.referral.ReceivedOn = model.DateOf(f.now())
	f.dlg = kit.NewDialog(f.win, f.loc.T("NewCase.Title"), f.loc.T("NewCase.Create"), f.loc.T("NewCase.Cancel"), f.onCreate, closed)
	d := kit.NewDraft(&kit.Env{Loc: f.loc, Win: f.win, Now: f.now}, f.dlg)
	f.first = d.Text(&f.client.FirstName)
	f.last = d.Required(&f.client.LastName)
	f.birth = d.Date(&f.client.BirthDate)
	f.rvnr = d.Checked(&f.client.RVNR, model.ParseRVNR)
	f.rvnr.SetPlaceHolder(f.loc.T("NewCase.RVNRPlaceholder"))
	f.received = d.RequiredDate(&f.referral.ReceivedOn)
	f.route = kit.DraftSelect(d, "AccessRoute", model.AccessRoutes, &f.referral.Route)
	f.rvnrWarning = &widget.Label{Text: f.loc.T("NewCase.RVNRBirthMismatch"), Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord, SizeName: captionSize}
	f.rvnrWarning.Hide()
	form := d.Form(
		kit.Row{LabelID: "NewCase.FirstName", Field: f.first},
		kit.Row{LabelID: "NewCase.LastName", Field: f.last, HintID: "NewCase.Required"},
		kit.Row{LabelID: "NewCase.BirthDate", Field: f.birth, HintID: "NewCase.BirthDateHint"},
		kit.Row{LabelID: "NewCase.RVNR", Field: container.NewVBox(f.rvnr, f.rvnrWarning), HintID: "NewCase.RVNRHint"},
		kit.Row{LabelID: "NewCase.Route", Field: f.route},
		kit.Row{LabelID: "NewCase.Received", Field: f.received, HintID: "NewCase.ReceivedHint"},
	)
	d.Validate(f.valid)
	f.dlg.SetWidth(newCaseWidth)
	f.dlg.SetContent(container.NewVBox(&widget.Label{Text: f.loc.T("NewCase.Intro"), Wrapping: fyne.TextWrapWord}, form))
	f.createButton = f.dlg.ConfirmButton()
	f.dlg.FocusFirst(f.first)
	f.dlg.Show()
}

// valid reports whether the case can be created, and warns when the
// RV-Nummer does not fit the birth date (which does not stop it).
func (f *newCaseForm) valid() bool {
	c := f.client
	f.rvnrWarning.Hidden = c.RVNR == "" || !c.BirthDate.Valid() || model.RVNRMatchesBirth(c.RVNR, c.BirthDate)
	f.rvnrWarning.Refresh()
	return c.LastName != "" && f.referral.ReceivedOn.Valid()
}

// onCreate stores the case. When storing fails the dialog stays open with
// everything typed, and the error is shown over it.
func (f *newCaseForm) onCreate() {
	c := model.NewCase(f.client, f.now())
	c.Intake.Referral = f.referral
	if err := f.create(c); err != nil {
		showError(f.loc, err, f.win)
		return
	}
	f.dlg.Hide()
	if f.closed != nil {
		f.closed()
	}
}
