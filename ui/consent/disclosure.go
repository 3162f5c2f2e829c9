package consent

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

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
	Date    *kit.Entry // nil unless standalone
	Partner *kit.KeySelect
	Checks  map[model.InfoCategory]*kit.KeyCheck
	Channel *kit.KeySelectEntry
	Note    *kit.Entry // nil unless standalone
}

// NewDisclosureFields edits the draft d inside dlg; changed runs after
// every edit.
func NewDisclosureFields(s *kit.Session, dlg *kit.Dialog, d *model.Disclosure, standalone bool, changed func()) *DisclosureFields {
	f := &DisclosureFields{D: d}
	var items []*widget.FormItem
	if standalone {
		f.Date = dateEntry(s, dlg, &d.Date, changed)
		items = append(items, &widget.FormItem{Text: s.T("Consent.DisclosureDate"), Widget: f.Date})
	}
	f.Partner = partnerChoice(s, dlg, &d.Partner, changed)
	var cats fyne.CanvasObject
	cats, f.Checks = categoryChecks(s, dlg, &d.Categories, changed)
	channels := make([]string, len(channelKeys))
	for i, k := range channelKeys {
		channels[i] = s.T("Consent.Channel." + k)
	}
	f.Channel = dlg.SelectEntry(channels)
	f.Channel.SetPlaceHolder(s.T("Consent.ChannelPlaceholder"))
	f.Channel.SetText(d.Channel)
	f.Channel.OnChanged = func(v string) { d.Channel = strings.TrimSpace(v); changed() }
	items = append(items,
		&widget.FormItem{Text: s.T("Consent.Recipient"), Widget: f.Partner},
		&widget.FormItem{Text: s.T("Consent.DisclosedCategories"), Widget: cats},
		&widget.FormItem{Text: s.T("Consent.ChannelLabel"), Widget: f.Channel},
	)
	if standalone {
		f.Note = dlg.NoteEntry()
		f.Note.SetPlaceHolder(s.T("Consent.DisclosureNotePlaceholder"))
		f.Note.SetText(d.Note)
		f.Note.OnChanged = func(v string) { d.Note = v; changed() }
		items = append(items, &widget.FormItem{Text: s.T("Consent.DisclosureNote"), Widget: f.Note})
	}
	f.Object = &widget.Form{Items: items}
	return f
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
	hint := hintLabel()
	update := func() {
		text := ""
		if gaps := fields.Gaps(); len(gaps) > 0 {
			text = GapText(s, gaps[0])
		}
		setHint(hint, text)
		dlg.SetConfirmEnabled(text == "")
	}
	dlg = kit.NewDialog(s.Env.Win, s.T("Consent.DisclosureTitle"), s.T("Consent.DisclosureConfirm"), s.T("Consent.Cancel"), func() {
		rec := *fields.D
		rec.Categories = append([]model.InfoCategory(nil), rec.Categories...)
		RecordDisclosure(s, rec, dlg.Hide)
	}, nil)
	fields = NewDisclosureFields(s, dlg, &d, true, func() { update() })
	dlg.SetContent(container.NewVBox(kit.Wrapped(s.T("Consent.DisclosureIntro")), fields.Object))
	dlg.SetFooter(hint)
	dlg.FocusFirst(fields.Partner)
	update()
	dlg.Show()
	return dlg
}
