package ui

import (
	"errors"
	"strings"
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
// referral arrived. What is wrong appears under the field it concerns once
// the user leaves the field; "Fall anlegen" refuses until everything is
// valid and then points at every field that still needs attention.
type newCaseForm struct {
	loc    *locales.Localizer
	win    fyne.Window
	now    func() time.Time
	create func(*model.Case) error // stores the case; on error the dialog stays

	first, last, birth, rvnr, received *formField
	route                              *widget.Select
	rvnrWarning                        *widget.Label
	createButton                       *widget.Button
	dlg                                *kit.Dialog
	closed                             func()
}

func newNewCaseForm(loc *locales.Localizer, win fyne.Window, now func() time.Time, create func(*model.Case) error) *newCaseForm {
	return &newCaseForm{loc: loc, win: win, now: now, create: create}
}

func (f *newCaseForm) buildUI() fyne.CanvasObject {
	f.first = newFormField("", nil, f.onChanged)
	f.last = newFormField(f.loc.T("NewCase.Required"), f.validateLastName, f.onChanged)
	f.birth = newFormField(f.loc.T("NewCase.BirthDateHint"), f.validateBirth, f.onChanged)
	f.birth.PlaceHolder = f.loc.T("NewCase.DatePlaceholder")
	f.rvnr = newFormField(f.loc.T("NewCase.RVNRHint"), f.validateRVNR, f.onChanged)
	f.rvnr.PlaceHolder = f.loc.T("NewCase.RVNRPlaceholder")
	f.received = newFormField(f.loc.T("NewCase.ReceivedHint"), f.validateReceived, f.onChanged)
	f.received.PlaceHolder = f.loc.T("NewCase.DatePlaceholder")
	f.received.Text = model.DateOf(f.now()).German()
	routes := make([]string, len(model.AccessRoutes))
	for i, r := range model.AccessRoutes {
		routes[i] = f.loc.Enum("AccessRoute", r)
	}
	f.route = &widget.Select{Options: routes, PlaceHolder: f.loc.T("NewCase.RoutePlaceholder"), OnChanged: f.onChanged}
	f.route.ExtendBaseWidget(f.route)

	f.rvnrWarning = &widget.Label{Text: f.loc.T("NewCase.RVNRBirthMismatch"), Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord, SizeName: captionSize}
	f.rvnrWarning.Hide()

	form := widget.NewForm(
		widget.NewFormItem(f.loc.T("NewCase.FirstName"), f.first.box),
		widget.NewFormItem(f.loc.T("NewCase.LastName"), f.last.box),
		widget.NewFormItem(f.loc.T("NewCase.BirthDate"), f.birth.box),
		widget.NewFormItem(f.loc.T("NewCase.RVNR"), container.NewVBox(f.rvnr.box, f.rvnrWarning)),
		widget.NewFormItem(f.loc.T("NewCase.Route"), f.route),
		widget.NewFormItem(f.loc.T("NewCase.Received"), f.received.box),
	)
	intro := &widget.Label{Text: f.loc.T("NewCase.Intro"), Wrapping: fyne.TextWrapWord}
	return container.NewVBox(intro, form)
}

// fields are the text fields in the order of the form.
func (f *newCaseForm) fields() []*formField {
	return []*formField{f.first, f.last, f.birth, f.rvnr, f.received}
}

// show opens the dialog over the main window; closed is called when it
// closes. Like every dialog it is a kit.Dialog: Enter creates the case,
// Escape cancels, from any of its fields.
func (f *newCaseForm) show(closed func()) {
	content := f.buildUI()
	f.closed = closed
	f.dlg = kit.NewDialog(f.win, f.loc.T("NewCase.Title"), f.loc.T("NewCase.Create"), f.loc.T("NewCase.Cancel"), f.onCreate, closed)
	f.dlg.SetWidth(newCaseWidth)
	f.dlg.SetContent(content)
	for _, e := range f.fields() {
		e.keys = f.dlg.Key
	}
	f.createButton = f.dlg.ConfirmButton()
	f.dlg.FocusFirst(f.first)
	f.dlg.Show()
}

func (f *newCaseForm) fieldError(err error) error {
	return errors.New(f.loc.Error(err))
}

func (f *newCaseForm) validateLastName(s string) error {
	if strings.TrimSpace(s) == "" {
		return f.fieldError(&model.Problem{Code: model.CodeRequired})
	}
	return nil
}

func (f *newCaseForm) validateBirth(s string) error {
	if _, err := model.ParseDate(s); err != nil {
		return f.fieldError(err)
	}
	return nil
}

func (f *newCaseForm) validateRVNR(s string) error {
	if _, err := parseRVNR(s); err != nil {
		return f.fieldError(err)
	}
	return nil
}

func (f *newCaseForm) validateReceived(s string) error {
	if _, err := parseReceived(s); err != nil {
		return f.fieldError(err)
	}
	return nil
}

// parseRVNR returns the normalised number; empty input is allowed.
func parseRVNR(s string) (string, error) {
	n := model.NormalizeRVNR(s)
	if n == "" {
		return "", nil
	}
	if err := model.ValidateRVNR(s); err != nil {
		return "", err
	}
	return n, nil
}

// parseReceived reads the date the referral arrived; it is required.
func parseReceived(s string) (model.Date, error) {
	d, err := model.ParseDate(s)
	if err != nil {
		return model.Date{}, err
	}
	if !d.Valid() {
		return model.Date{}, &model.Problem{Code: model.CodeRequired}
	}
	return d, nil
}

// values reads the form; err is the first problem of any field.
func (f *newCaseForm) values() (model.Client, model.Referral, error) {
	var c model.Client
	var r model.Referral
	c.FirstName = strings.TrimSpace(f.first.Text)
	c.LastName = strings.TrimSpace(f.last.Text)
	if c.LastName == "" {
		return c, r, &model.Problem{Code: model.CodeRequired}
	}
	var err error
	if c.BirthDate, err = model.ParseDate(f.birth.Text); err != nil {
		return c, r, err
	}
	if c.RVNR, err = parseRVNR(f.rvnr.Text); err != nil {
		return c, r, err
	}
	if r.ReceivedOn, err = parseReceived(f.received.Text); err != nil {
		return c, r, err
	}
	if i := f.route.SelectedIndex(); i >= 0 && i < len(model.AccessRoutes) {
		r.Route = model.AccessRoutes[i]
	}
	return c, r, nil
}

// onChanged keeps the messages under the fields current and warns when
// the RV-Nummer does not fit the birth date.
func (f *newCaseForm) onChanged(string) {
	if f.rvnrWarning == nil {
		return // still building
	}
	for _, e := range f.fields() {
		e.showMessage()
	}
	birth, berr := model.ParseDate(f.birth.Text)
	nr, rerr := parseRVNR(f.rvnr.Text)
	if berr == nil && rerr == nil && nr != "" && birth.Valid() && !model.RVNRMatchesBirth(nr, birth) {
		f.rvnrWarning.Show()
	} else {
		f.rvnrWarning.Hide()
	}
}

// onCreate stores the case. When storing fails the dialog stays open with
// everything typed, and the error is shown over it.
func (f *newCaseForm) onCreate() {
	client, referral, err := f.values()
	if err != nil {
		f.revealProblems()
		return
	}
	c := model.NewCase(client, f.now())
	c.Intake.Referral = referral
	if err := f.create(c); err != nil {
		showError(f.loc, err, f.win)
		return
	}
	f.dlg.Hide()
	if f.closed != nil {
		f.closed()
	}
}

// revealProblems shows the message under every field that is not valid
// and puts the cursor into the first of them.
func (f *newCaseForm) revealProblems() {
	var first *formField
	for _, e := range f.fields() {
		if e.err() == nil {
			continue
		}
		e.reveal()
		if first == nil {
			first = e
		}
	}
	if first != nil {
		f.win.Canvas().Focus(first)
	}
}
