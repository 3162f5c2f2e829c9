// Package consent is the consent workspace of a case — the Einwilligungen
// zur Weitergabe with their status, revocation and the recorded
// Informationsweitergaben — and the consent rule of the user interface:
// Require and RecordDisclosure, through which every disclosure of every
// screen is recorded, so that nothing is passed on without an active
// consent (Fachkonzept: "Wenn Fallmanager*innen … personenbezogene
// Informationen … an Dritte weitergeben, ist vorher die Einwilligung
// einzuholen").
package consent

import (
	"slices"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// New is the consents workspace of the open case.
func New(s *kit.Session) fyne.CanvasObject {
	w := &workspace{s: s}
	return w.build()
}

type workspace struct {
	s *kit.Session
}

func (w *workspace) build() fyne.CanvasObject {
	s := w.s
	record := kit.NewButton(s.T("Consent.Record"), theme.ContentAddIcon(), func() { showRecordDialog(s) })
	record.Importance = widget.HighImportance
	consents := kit.List(container.NewVBox(w.cmConsentLine(), container.NewHBox(record)), s.T("Consent.None"), w.consentRows()...)

	disclose := kit.NewButton(s.T("Consent.RecordDisclosure"), theme.MailForwardIcon(), func() { showDisclosureDialog(s) })
	disclosures := kit.List(container.NewVBox(container.NewHBox(disclose)), s.T("Consent.NoDisclosures"), w.disclosureRows()...)
	return container.NewVBox(
		s.Section("Consent.Title", "Consent.Subtitle", consents),
		s.Section("Consent.DisclosuresTitle", "Consent.DisclosuresSubtitle", disclosures),
	)
}

// cmConsentLine recalls the consent to case management, recorded at
// intake: it covers reports to the commissioning carrier, nothing else.
func (w *workspace) cmConsentLine() fyne.CanvasObject {
	s, k := w.s, w.s.Case.CMConsent
	var text string
	switch {
	case k.WithdrawnOn.Valid():
		text = s.T("Consent.CMWithdrawn", "Date", s.Env.Loc.Date(k.WithdrawnOn))
	case k.GivenOn.Valid():
		form := string(k.Form)
		if !slices.Contains(model.ConsentForms, k.Form) {
			form = "none"
		}
		text = s.T("Consent.CMGiven."+form, "Date", s.Env.Loc.Date(k.GivenOn))
	default:
		text = s.T("Consent.CMMissing")
	}
	return kit.Wrapped(text)
}

// statusOrder puts consents in force first, revoked ones last.
var statusOrder = map[model.ConsentStatus]int{
	model.ConsentActive: 0, model.ConsentNotYet: 1, model.ConsentIncomplete: 2, model.ConsentExpired: 3, model.ConsentRevoked: 4,
}

func (w *workspace) consentRows() []fyne.CanvasObject {
	s := w.s
	today := s.Env.Today()
	idx := make([]int, len(s.Case.Consents))
	for i := range idx {
		idx[i] = i
	}
	ks := s.Case.Consents
	sort.SliceStable(idx, func(a, b int) bool {
		ka, kb := ks[idx[a]], ks[idx[b]]
		if oa, ob := statusOrder[ka.Status(today)], statusOrder[kb.Status(today)]; oa != ob {
			return oa < ob
		}
		return ka.GivenOn.After(kb.GivenOn)
	})
	rows := make([]fyne.CanvasObject, len(idx))
	for n, i := range idx {
		rows[n] = w.consentRow(ks[i])
	}
	return rows
}

// consentRow shows one consent: recipient and status, what it covers, for
// what, since and until when, and the actions.
func (w *workspace) consentRow(k model.Consent) fyne.CanvasObject {
	s := w.s
	today := s.Env.Today()
	st := k.Status(today)
	status := widget.NewLabelWithStyle(s.T("Consent.Status."+string(st)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	switch st {
	case model.ConsentActive:
		status.Importance = widget.SuccessImportance
		if k.ExpiresSoon(today, s.Env.Settings) {
			status.Text = s.T("Consent.ExpiresSoon", "Date", s.Env.Loc.Date(k.ValidUntil))
			status.Importance = widget.WarningImportance
		}
	case model.ConsentRevoked:
		status.Text = s.T("Consent.RevokedOn", "Date", s.Env.Loc.Date(k.RevokedOn))
		status.Importance = widget.DangerImportance
	case model.ConsentExpired:
		status.Text = s.T("Consent.ExpiredOn", "Date", s.Env.Loc.Date(k.ValidUntil))
		status.Importance = widget.DangerImportance
	default:
		status.Importance = widget.WarningImportance
	}
	// A partner's name can be long: it wraps, the status keeps its place
	// on the right (in one row, a long name made the tab wider than the
	// window).
	name := kit.Wrapped(s.Env.PartnerName(k.Partner))
	name.TextStyle.Bold = true
	marks := container.NewHBox(status)
	if k.Kind == model.ConsentRelease {
		marks.Add(lowLabel(kindLabel(s, k.Kind)))
	}
	head := container.NewBorder(nil, nil, nil, marks, name)

	body := container.NewVBox(kit.Wrapped(s.T("Consent.CoversLine", "Categories", categoryList(s, k.Categories))))
	if k.Purpose != "" {
		body.Add(kit.Wrapped(s.T("Consent.PurposeLine", "Purpose", k.Purpose)))
	}
	until := s.T("Consent.Unlimited")
	if k.ValidUntil.Valid() {
		until = s.T("Consent.UntilLine", "Date", s.Env.Loc.Date(k.ValidUntil))
	}
	form := string(k.Form)
	if !slices.Contains(model.ConsentForms, k.Form) {
		form = "none"
	}
	body.Add(widget.NewLabel(s.T("Consent.GivenLine."+form, "Date", s.Env.Loc.Date(k.GivenOn), "Until", until)))

	var actions []fyne.CanvasObject
	// A revoked consent is not offered for signature again.
	if s.Env.Print != nil && !k.RevokedOn.Valid() {
		actions = append(actions, printButton(s, k))
	}
	if !k.RevokedOn.Valid() {
		id := k.ID
		revoke := kit.NewButton(s.T("Consent.Revoke"), theme.CancelIcon(), func() { showRevokeDialog(s, id) })
		actions = append(actions, revoke)
	}
	return kit.Border(head, nil, nil, container.NewVBox(actions...), body)
}

// disclosureRows lists the Informationsweitergaben, newest first.
func (w *workspace) disclosureRows() []fyne.CanvasObject {
	s := w.s
	ds := s.Case.Disclosures
	idx := make([]int, len(ds))
	for i := range idx {
		idx[i] = len(ds) - 1 - i // later entries first among the same day
	}
	sort.SliceStable(idx, func(a, b int) bool { return ds[idx[a]].Date.After(ds[idx[b]].Date) })
	rows := make([]fyne.CanvasObject, len(idx))
	for n, i := range idx {
		d := ds[i]
		date := widget.NewLabelWithStyle(s.Env.Loc.Date(d.Date), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		line := s.T("Consent.DisclosedTo", "Partner", s.Env.PartnerName(d.Partner))
		if d.Channel != "" {
			line = s.T("Consent.DisclosedToVia", "Partner", s.Env.PartnerName(d.Partner), "Channel", d.Channel)
		}
		head := kit.Wrapped(line) // a partner's name can be long
		head.TextStyle.Bold = true
		body := container.NewVBox(head, kit.Wrapped(categoryList(s, d.Categories)))
		if d.Note != "" {
			body.Add(kit.Wrapped(d.Note))
		}
		if c := w.contact(d.ContactID); c != nil {
			body.Add(italic(s.T("Consent.FromContact", "Date", s.Env.Loc.Date(c.Date), "Kind", s.Env.Loc.Enum("ContactKind", c.Kind))))
		}
		rows[n] = container.NewBorder(nil, nil, container.NewVBox(date), nil, body)
	}
	return rows
}

func (w *workspace) contact(id string) *model.Contact {
	if id == "" {
		return nil
	}
	for i := range w.s.Case.Contacts {
		if w.s.Case.Contacts[i].ID == id {
			return &w.s.Case.Contacts[i]
		}
	}
	return nil
}

func lowLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Importance = widget.LowImportance
	return l
}

func italic(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
}

// printButton prints consent k's form (Einwilligung zur Weitergabe or
// Schweigepflichtentbindung) for signature.
func printButton(s *kit.Session, k model.Consent) *kit.Button {
	return kit.NewButton(s.T("Consent.Print"), theme.DocumentPrintIcon(), func() { printConsent(s, k) })
}

func printConsent(s *kit.Session, k model.Consent) {
	s.Env.Print(s, app.Document{Kind: model.DocConsent, Consent: k})
}
