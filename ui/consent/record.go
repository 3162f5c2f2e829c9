package consent

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// showRecordDialog records a consent to disclosure given by the client,
// before any disclosure asks for it.
func showRecordDialog(s *kit.Session) *kit.Dialog {
	k := model.Consent{ID: model.NewID(), GivenOn: s.Env.Today()}
	var dlg *kit.Dialog
	dlg = kit.NewDialog(s.Env.Win, s.T("Consent.RecordTitle"), s.T("Consent.RecordConfirm"), s.T("Consent.Cancel"), func() {
		if len(model.ConsentGaps(k, s.Env.Today())) > 0 {
			return
		}
		dlg.Hide()
		rec := committed(k)
		_ = s.Change(func(c *model.Case) error {
			c.Consents = append(c.Consents, rec)
			return nil
		})
	}, nil)
	draft := kit.NewDraft(s.Env, dlg)
	fields := newConsentFields(draft, &k, false)
	// Two directions: passing information on, or releasing a doctor or
	// clinic from confidentiality to obtain reports (model/release.go).
	kinds := make([]string, len(model.AllConsentKinds))
	for i, kind := range model.AllConsentKinds {
		kinds[i] = kindLabel(s, kind)
	}
	kindHint := kit.Explanation(s.T("Consent.KindHint.disclosure"))
	kind := dlg.Select(kinds, nil)
	kind.SetSelectedIndex(0)
	kind.OnChanged = func(string) {
		if i := kind.SelectedIndex(); i >= 0 {
			k.Kind = model.AllConsentKinds[i]
		}
		kindHint.SetText(s.T("Consent.KindHint." + kindKey(k.Kind)))
		draft.Edited()
	}
	kindForm := widget.NewForm(widget.NewFormItem(s.T("Consent.Kind"), container.NewVBox(kind, kindHint)))
	hint := hintLabel()
	draft.Validate(func() bool {
		fields.update()
		text := ""
		if gaps := model.ConsentGaps(k, s.Env.Today()); len(gaps) > 0 {
			text = GapText(s, gaps[0])
		}
		setHint(hint, text)
		return text == ""
	})
	dlg.SetContent(container.NewVBox(kit.Wrapped(s.T("Consent.RecordIntro")), kindForm, fields.obj))
	dlg.SetFooter(hint)
	if s.Env.Print != nil {
		dlg.SetExtraButtons(printButton(s, k))
	}
	dlg.SetWidth(680)
	dlg.FocusFirst(fields.first())
	dlg.Show()
	return dlg
}

// kindKey names a consent kind in message IDs ("disclosure", "release").
func kindKey(k model.ConsentKind) string {
	if k == model.ConsentRelease {
		return "release"
	}
	return "disclosure"
}

// kindLabel is how a consent kind reads: Einwilligung zur Weitergabe or
// Entbindung von der Schweigepflicht.
func kindLabel(s *kit.Session, k model.ConsentKind) string {
	return s.T("Consent.Kind." + kindKey(k))
}
