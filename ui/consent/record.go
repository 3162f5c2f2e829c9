package consent

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// showRecordDialog records a consent to disclosure given by the client,
// before any disclosure asks for it.
func showRecordDialog(s *kit.Session) *kit.Dialog {
	k := model.Consent{ID: model.NewID(), GivenOn: s.Env.Today()}
	var dlg *kit.Dialog
	hint := hintLabel()
	update := func() {
		text := ""
		if gaps := model.ConsentGaps(k, s.Env.Today()); len(gaps) > 0 {
			text = GapText(s, gaps[0])
		}
		setHint(hint, text)
		dlg.SetConfirmEnabled(text == "")
	}
	dlg = kit.NewDialog(s.Env.Win, s.T("Consent.RecordTitle"), s.T("Consent.RecordConfirm"), s.T("Consent.Cancel"), func() {
		if len(model.ConsentGaps(k, s.Env.Today())) > 0 {
			return
		}
		dlg.Hide()
		rec := k
		rec.Categories = append([]model.InfoCategory(nil), k.Categories...)
		_ = s.Change(func(c *model.Case) error {
			c.Consents = append(c.Consents, rec)
			return nil
		})
	}, nil)
	fields := newConsentFields(s, dlg, &k, false, func() { update() })
	dlg.SetContent(container.NewVBox(kit.Wrapped(s.T("Consent.RecordIntro")), fields.obj))
	dlg.SetFooter(hint)
	if OnPrint != nil {
		dlg.SetExtraButtons(widget.NewButtonWithIcon(s.T("Consent.Print"), theme.DocumentPrintIcon(), func() { OnPrint(s, k) }))
	}
	dlg.SetWidth(680)
	dlg.FocusFirst(fields.first())
	update()
	dlg.Show()
	return dlg
}
