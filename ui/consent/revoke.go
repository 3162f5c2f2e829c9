package consent

import (
	"fyne.io/fyne/v2/container"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// showRevokeDialog records the client's revocation of consent id. From
// that day on the consent covers no disclosure; those made before stay
// documented as they were.
func showRevokeDialog(s *kit.Session, id string) *kit.Dialog {
	var k model.Consent
	for _, x := range s.Case.Consents {
		if x.ID == id {
			k = x
		}
	}
	on := s.Env.Today()
	var dlg *kit.Dialog
	dlg = kit.NewDialog(s.Env.Win, s.T("Consent.RevokeTitle"), s.T("Consent.RevokeConfirm"), s.T("Consent.Cancel"), func() {
		if len(model.RevocationGaps(k, on, s.Env.Today())) > 0 {
			return
		}
		dlg.Hide()
		day := on
		_ = s.Change(func(c *model.Case) error {
			for i := range c.Consents {
				if c.Consents[i].ID == id {
					c.Consents[i].RevokedOn = day
					return nil
				}
			}
			return model.ErrNotFound
		})
	}, nil)
	draft := kit.NewDraft(s.Env, dlg)
	date := draft.Date(&on)
	hint := hintLabel()
	draft.Validate(func() bool {
		text := ""
		if gaps := model.RevocationGaps(k, on, s.Env.Today()); len(gaps) > 0 {
			text = GapText(s, gaps[0])
		}
		setHint(hint, text)
		return text == ""
	})
	text := kit.Wrapped(s.T("Consent.RevokeText", "Partner", s.Env.PartnerName(k.Partner), "Categories", categoryList(s, k.Categories)))
	dlg.SetContent(container.NewVBox(text, draft.Form(kit.Row{LabelID: "Consent.RevokedOnLabel", Field: date})))
	dlg.SetFooter(hint)
	dlg.SetWidth(520)
	dlg.FocusFirst(date)
	dlg.Show()
	return dlg
}
