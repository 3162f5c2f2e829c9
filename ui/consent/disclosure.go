package consent

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// channelKeys are the usual ways information travels; the channel stays
// free text, these are only offered.
var channelKeys = []string{"phone", "email", "letter", "inPerson", "video", "conference", "fax"}

// DisclosureFields is the part of a form that describes an
// Informationsweitergabe — recipient, categories and channel, and on its
// own (standalone) also the date and a note; inside the contact form the
// contact has those. The contact form embeds it; the consents workspace
// uses it on its own.
type DisclosureFields struct {
	D       *model.Disclosure
	Object  fyne.CanvasObject
	Partner *kit.KeySelect
}

// NewDisclosureFields edits the disclosure d in the dialog of draft.
func NewDisclosureFields(draft *kit.Draft, d *model.Disclosure, standalone bool) *DisclosureFields {
	f := &DisclosureFields{D: d}
	var rows []kit.Row
	if standalone {
		rows = append(rows, kit.Row{LabelID: "Consent.DisclosureDate", Field: draft.Date(&d.Date)})
	}
	f.Partner = draft.PartnerSelect(&d.Partner, "Consent.ChoosePartner")
	channels := make([]string, len(channelKeys))
	for i, k := range channelKeys {
		channels[i] = draft.T("Consent.Channel." + k)
	}
	channel := draft.SelectEntry(&d.Channel, channels)
	channel.SetPlaceHolder(draft.T("Consent.ChannelPlaceholder"))
	rows = append(rows,
		kit.Row{LabelID: "Consent.Recipient", Field: f.Partner},
		kit.Row{LabelID: "Consent.DisclosedCategories", Field: kit.DraftChecks(draft, "InfoCategory", model.InfoCategories, &d.Categories)},
		kit.Row{LabelID: "Consent.ChannelLabel", Field: channel},
	)
	if standalone {
		note := draft.Note(&d.Note)
		note.SetPlaceHolder(draft.T("Consent.DisclosureNotePlaceholder"))
		rows = append(rows, kit.Row{LabelID: "Consent.DisclosureNote", Field: note})
	}
	f.Object = draft.Form(rows...)
	return f
}

// Committed is the disclosure as it is recorded: its own copy of the
// categories, the channel without surrounding blanks.
func (f *DisclosureFields) Committed() model.Disclosure {
	d := *f.D
	d.Categories = slices.Clone(d.Categories)
	d.Channel = strings.TrimSpace(d.Channel)
	return d
}

// Gaps lists what the disclosure still lacks (model.DisclosureGaps).
func (f *DisclosureFields) Gaps() []model.RecordGap { return model.DisclosureGaps(*f.D) }

// showDisclosureDialog records an Informationsweitergabe that is not tied
// to a logged contact. It goes through the consent rule; the dialog stays
// open with its text when the consent dialog is cancelled.
func showDisclosureDialog(s *kit.Session) *kit.Dialog {
	d := model.Disclosure{Date: s.Env.Today()}
	var dlg *kit.Dialog
	var fields *DisclosureFields
	dlg = kit.NewDialog(s.Env.Win, s.T("Consent.DisclosureTitle"), s.T("Consent.DisclosureConfirm"), s.T("Consent.Cancel"), func() {
		RecordDisclosure(s, fields.Committed(), dlg.Hide)
	}, nil)
	draft := kit.NewDraft(s.Env, dlg)
	fields = NewDisclosureFields(draft, &d, true)
	hint := hintLabel()
	draft.Validate(func() bool {
		text := ""
		if gaps := fields.Gaps(); len(gaps) > 0 {
			text = GapText(s, gaps[0])
		}
		setHint(hint, text)
		return text == ""
	})
	dlg.SetContent(container.NewVBox(kit.Wrapped(s.T("Consent.DisclosureIntro")), fields.Object))
	dlg.SetFooter(hint)
	dlg.FocusFirst(fields.Partner)
	dlg.Show()
	return dlg
}
