package masterdata

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// correction is the dialog "Name, Geburtsdatum oder RV-Nummer berichtigen"
// after intake: a draft of the client's identity, committed with its
// reason on confirm.
type correction struct {
	s      *kit.Session
	dlg    *kit.Dialog
	draft  *kit.Draft
	after  model.Client
	reason model.IdentityReason
	warn   *widget.Label
	why    *widget.Label
}

func openCorrection(s *kit.Session) *correction {
	k := &correction{s: s, after: s.Case.Client}
	k.dlg = kit.NewDialog(s.Env.Win, s.T("Master.CorrectTitle"), s.T("Master.CorrectSave"), s.T("Kit.Cancel"), k.save, nil)
	k.draft = kit.NewDraft(s.Env, k.dlg)
	d := k.draft
	first := d.Text(&k.after.FirstName)
	k.warn = kit.Wrapped(s.T("Master.RVNRBirthMismatch"))
	k.warn.Importance = widget.WarningImportance
	k.why = kit.Wrapped("")
	k.why.Importance = widget.WarningImportance
	k.dlg.SetContent(container.NewVBox(
		kit.Wrapped(s.T("Master.CorrectIntro")),
		s.Form(
			kit.Row{LabelID: "Master.FirstName", Field: first},
			kit.Row{LabelID: "Master.LastName", Field: d.Checked(&k.after.LastName, checkLastName)},
			kit.Row{LabelID: "Master.BirthDate", Field: d.Date(&k.after.BirthDate)},
			kit.Row{LabelID: "Master.RVNR", Field: container.NewVBox(d.Checked(&k.after.RVNR, model.ParseRVNR), k.warn)},
			kit.Row{LabelID: "Master.Reason", Field: kit.DraftSelect(d, "IdentityReason", model.IdentityReasons, &k.reason)},
		),
	))
	k.dlg.SetFooter(k.why)
	d.Validate(k.ready)
	k.dlg.FocusFirst(first)
	k.dlg.Show()
	return k
}

// ready says what keeps the correction from being saved and reports
// whether it can be.
func (k *correction) ready() bool {
	msg := ""
	switch {
	case len(model.IdentityChanged(k.s.Case.Client, k.after)) == 0:
		msg = k.s.T("Master.CorrectNothing")
	case k.reason == "":
		msg = k.s.T("Master.CorrectNeedReason")
	}
	k.why.SetText(msg)
	k.why.Hidden = msg == ""
	k.warn.Hidden = !mismatch(k.after)
	k.dlg.Refit()
	return msg == ""
}

func (k *correction) save() {
	if !k.draft.Valid() {
		return
	}
	if err := saveCorrection(k.s, k.after, k.reason); err != nil {
		k.s.ShowError(err)
		return
	}
	k.dlg.Hide()
}
