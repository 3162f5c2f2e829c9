package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/ui/consent"
	"teilhabelotse/ui/kit"
)

// handOverPlan gives the plan to a network partner. Passing the plan on is
// a disclosure: it is recorded only when the client's consent covers the
// partner and the category "plan", and the consent dialog asks for it
// otherwise; cancelling it records and prints nothing. A consent without
// health data gets the extract without the health section
// (model.PlanHandover).
func handOverPlan(s *kit.Session) {
	loc, env := s.Env.Loc, s.Env
	if len(env.Partners) == 0 {
		kit.ShowDialog(dialog.NewInformation(loc.T("Handover.Title"), loc.T("Handover.NoPartners"), env.Win), env.Win)
		return
	}
	var partner string
	var dlg *kit.Dialog
	var pick *kit.KeySelect
	var channel *kit.Entry
	// Enter goes on once a recipient is chosen, Escape cancels.
	dlg = kit.NewDialog(env.Win, loc.T("Handover.Title"), loc.T("Handover.Next"), loc.T("Kit.Cancel"), func() {
		dlg.Hide()
		day := env.Today()
		// The plan is covered first (the consent dialog asks for it and
		// warns when health data is left out); what the consents then
		// cover decides between the whole plan and the extract.
		consent.Require(s, partner, []model.InfoCategory{model.InfoPlan}, day, func() {
			cats, extract, _ := model.PlanHandover(s.Case, partner, day)
			note := loc.T("Handover.Note", "Version", len(s.Case.Plans))
			if extract {
				note = loc.T("Handover.NoteExtract", "Version", len(s.Case.Plans))
			}
			d := model.Disclosure{Date: day, Partner: partner, Categories: cats, Channel: channel.Text, Note: note}
			consent.RecordDisclosure(s, d, func() {
				exportDocument(s, document{Document: app.Document{Kind: model.DocPlan, Extract: extract}, handedOver: true})
			})
		})
	}, nil)
	names := make([]string, len(env.Partners))
	for i, p := range env.Partners {
		names[i] = p.Name
	}
	pick = dlg.Select(names, func(string) {
		partner = ""
		if i := pick.SelectedIndex(); i >= 0 {
			partner = env.Partners[i].UID
		}
		dlg.SetConfirmEnabled(partner != "")
	})
	channel = dlg.Entry()
	channel.SetPlaceHolder(loc.T("Handover.ChannelHint"))
	dlg.SetContent(container.NewVBox(kit.Wrapped(loc.T("Handover.Intro")), widget.NewForm(
		widget.NewFormItem(loc.T("Handover.Partner"), pick),
		widget.NewFormItem(loc.T("Handover.Channel"), channel),
	)))
	dlg.SetConfirmEnabled(false)
	dlg.FocusFirst(pick)
	dlg.Show()
}
