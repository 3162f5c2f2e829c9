package masterdata

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// correction is the dialog "Name, Geburtsdatum oder RV-Nummer berichtigen"
// after intake. It uses the consent package's dialog until ui/kit has its
// own (issue #11).
type correction struct {
	s      *kit.Session
	dlg    *kit.Dialog
	after  model.Client
	reason model.IdentityReason

	first, last, birth, rvnr *kit.Entry
	reasons                  *kit.KeySelect
	warn, why                *widget.Label
}

func openCorrection(s *kit.Session) *correction {
	k := &correction{s: s, after: s.Case.Client}
	k.dlg = kit.NewDialog(s.Env.Win, s.T("Master.CorrectTitle"), s.T("Master.CorrectSave"), s.T("Kit.Cancel"), k.save, nil)
	entry := func(v string) *kit.Entry {
		e := k.dlg.Entry()
		e.SetText(v)
		e.OnChanged = func(string) { k.update() }
		return e
	}
	cl := s.Case.Client
	k.first, k.last = entry(cl.FirstName), entry(cl.LastName)
	k.birth, k.rvnr = entry(cl.BirthDate.German()), entry(cl.RVNR)
	k.birth.SetPlaceHolder(s.T("Kit.DatePlaceholder"))
	k.last.Validator = func(v string) error { _, err := checkLastName(v); return k.fieldErr(err) }
	k.birth.Validator = func(v string) error { _, err := model.ParseDate(v); return k.fieldErr(err) }
	k.rvnr.Validator = func(v string) error { _, err := checkRVNR(v); return k.fieldErr(err) }

	labels := make([]string, len(model.IdentityReasons))
	for i, r := range model.IdentityReasons {
		labels[i] = s.Env.Loc.Enum("IdentityReason", r)
	}
	k.reasons = k.dlg.Select(labels, func(string) {
		if i := k.reasons.SelectedIndex(); i >= 0 {
			k.reason = model.IdentityReasons[i]
		}
		k.update()
	})
	k.reasons.PlaceHolder = s.T("Master.ReasonPlaceholder")
	k.warn = kit.Wrapped(s.T("Master.RVNRBirthMismatch"))
	k.warn.Importance = widget.WarningImportance
	k.why = kit.Wrapped("")
	k.why.Importance = widget.WarningImportance

	k.dlg.SetContent(container.NewVBox(
		kit.Wrapped(s.T("Master.CorrectIntro")),
		widget.NewForm(
			widget.NewFormItem(s.T("Master.FirstName"), k.first),
			widget.NewFormItem(s.T("Master.LastName"), k.last),
			widget.NewFormItem(s.T("Master.BirthDate"), k.birth),
			widget.NewFormItem(s.T("Master.RVNR"), container.NewVBox(k.rvnr, k.warn)),
			widget.NewFormItem(s.T("Master.Reason"), k.reasons),
		),
	))
	k.dlg.SetFooter(k.why)
	k.dlg.FocusFirst(k.first)
	k.update()
	k.dlg.Show()
	return k
}

func (k *correction) fieldErr(err error) error {
	if err == nil {
		return nil
	}
	return errText(k.s.Env.Loc.Error(err))
}

type errText string

func (e errText) Error() string { return string(e) }

// read takes the dialog's fields; the message says what keeps it from
// being saved, "" when it can be.
func (k *correction) read() string {
	a := k.s.Case.Client
	a.FirstName = strings.TrimSpace(k.first.Text)
	var err error
	if a.LastName, err = checkLastName(k.last.Text); err != nil {
		return k.s.T("Master.CorrectNeedLastName")
	}
	if a.BirthDate, err = model.ParseDate(k.birth.Text); err != nil {
		return k.s.Env.Loc.Error(err)
	}
	if a.RVNR, err = checkRVNR(k.rvnr.Text); err != nil {
		return k.s.Env.Loc.Error(err)
	}
	k.after = a
	switch {
	case len(model.IdentityChanged(k.s.Case.Client, a)) == 0:
		return k.s.T("Master.CorrectNothing")
	case k.reason == "":
		return k.s.T("Master.CorrectNeedReason")
	}
	return ""
}

func (k *correction) update() {
	msg := k.read()
	k.why.SetText(msg)
	k.why.Hidden = msg == ""
	if mismatch(k.after) {
		k.warn.Show()
	} else {
		k.warn.Hide()
	}
	k.dlg.SetConfirmEnabled(msg == "")
	k.dlg.Refit()
}

func (k *correction) save() {
	if k.read() != "" {
		return
	}
	if err := saveCorrection(k.s, k.after, k.reason); err != nil {
		k.s.ShowError(err)
		return
	}
	k.dlg.Hide()
}

var _ fyne.Widget = (*kit.Entry)(nil)
