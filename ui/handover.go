package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/consent"
	"teilhabelotse/ui/kit"
)

// handOverPlan gives the plan to a network partner. Passing the plan on is
// a disclosure: it is recorded only when the client's consent covers the
// partner and the category "plan", and the consent dialog asks for it
// otherwise; cancelling it records and prints nothing.
func handOverPlan(s *kit.Session) {
	loc, env := s.Env.Loc, s.Env
	if len(env.Partners) == 0 {
		dialog.ShowInformation(loc.T("Handover.Title"), loc.T("Handover.NoPartners"), env.Win)
		return
	}
	var partner string
	pick := kit.PartnerSelect(s, &partner)
	channel := widget.NewEntry()
	channel.SetPlaceHolder(loc.T("Handover.ChannelHint"))
	var dlg dialog.Dialog
	next := widget.NewButton(loc.T("Handover.Next"), func() {
		dlg.Hide()
		d := model.Disclosure{
			Date: env.Today(), Partner: partner, Categories: []model.InfoCategory{model.InfoPlan},
			Channel: channel.Text, Note: loc.T("Handover.Note", "Version", len(s.Case.Plans)),
		}
		consent.RecordDisclosure(s, d, func() { exportDocument(s, document{kind: docPlan}) })
	})
	next.Importance = widget.HighImportance
	next.Disable()
	pick.OnChanged = func(string) {
		i := pick.SelectedIndex()
		partner = ""
		if i > 0 {
			partner = env.Partners[i-1].UID
			next.Enable()
		} else {
			next.Disable()
		}
	}
	cancel := widget.NewButton(loc.T("Kit.Cancel"), func() { dlg.Hide() })
	form := widget.NewForm(
		widget.NewFormItem(loc.T("Handover.Partner"), pick),
		widget.NewFormItem(loc.T("Handover.Channel"), channel),
	)
	body := container.NewBorder(kit.Wrapped(loc.T("Handover.Intro")), container.NewHBox(cancel, next), nil, nil, form)
	dlg = dialog.NewCustomWithoutButtons(loc.T("Handover.Title"), body, env.Win)
	dlg.Resize(fyne.NewSize(520, 300))
	dlg.Show()
}
