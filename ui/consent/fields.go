package consent

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// The consent and disclosure forms edit a draft that is not part of the
// case yet (kit.Draft): nothing reaches the case before the consent rule
// allows it.

// consentFields is the form of a consent to disclosure being recorded.
type consentFields struct {
	k        *model.Consent
	obj      fyne.CanvasObject
	partner  *kit.KeySelect // nil when the recipient is fixed
	planNote *widget.Label  // the plan without health data: a warning
	purpose  *kit.Entry
}

// newConsentFields edits the draft k; with fixedPartner the recipient is
// shown, not chosen (the consent dialog of a disclosure).
func newConsentFields(d *kit.Draft, k *model.Consent, fixedPartner bool) *consentFields {
	f := &consentFields{k: k}
	var recipient fyne.CanvasObject
	if fixedPartner {
		recipient = kit.Heading(d.Env.PartnerName(k.Partner))
	} else {
		f.partner = d.PartnerSelect(&k.Partner, "Consent.ChoosePartner")
		recipient = f.partner
	}
	f.planNote = kit.Wrapped(d.T("Consent.PlanWithoutHealth"))
	f.planNote.Importance = widget.WarningImportance
	f.planNote.Hidden = !model.PlanWithoutHealth(k.Categories)
	cats := container.NewVBox(kit.DraftChecks(d, "InfoCategory", model.InfoCategories, &k.Categories), f.planNote)
	f.purpose = d.Text(&k.Purpose)
	f.purpose.SetPlaceHolder(d.T("Consent.PurposePlaceholder"))
	f.obj = d.Form(
		kit.Row{LabelID: "Consent.Recipient", Field: recipient},
		kit.Row{LabelID: "Consent.Categories", Field: cats, HintID: "Consent.CategoriesHint"},
		kit.Row{LabelID: "Consent.Purpose", Field: f.purpose},
		kit.Row{LabelID: "Consent.GivenOn", Field: d.Date(&k.GivenOn)},
		kit.Row{LabelID: "Consent.ValidUntil", Field: d.Date(&k.ValidUntil), HintID: "Consent.ValidUntilHint"},
		kit.Row{LabelID: "Consent.Form", Field: kit.DraftSelect(d, "ConsentForm", model.ConsentForms, &k.Form)},
	)
	return f
}

// update shows the warning about the plan without health data when the
// ticked categories call for it; the dialog runs it after every edit.
func (f *consentFields) update() {
	if model.PlanWithoutHealth(f.k.Categories) {
		f.planNote.Show()
	} else {
		f.planNote.Hide()
	}
}

// committed is the consent as it is recorded: its own copy of the
// categories, the purpose without surrounding blanks.
func committed(k model.Consent) model.Consent {
	k.Categories = slices.Clone(k.Categories)
	k.Purpose = strings.TrimSpace(k.Purpose)
	return k
}

// first is the input the dialog focuses when it opens.
func (f *consentFields) first() fyne.Focusable {
	if f.partner != nil {
		return f.partner
	}
	return f.purpose
}

// GapText says in the user's language what a form still lacks.
func GapText(s *kit.Session, g model.RecordGap) string {
	return s.T("Consent.Gap." + string(g))
}

// labels are the texts of cats in their order.
func labels(s *kit.Session, cats []model.InfoCategory) []string {
	out := make([]string, len(cats))
	for i, c := range cats {
		out[i] = s.Env.Loc.Enum("InfoCategory", c)
	}
	return out
}

// categoryList joins the labels of cats in their order.
func categoryList(s *kit.Session, cats []model.InfoCategory) string {
	return strings.Join(labels(s, cats), ", ")
}

// hintLabel is the line below a form that says why confirming is not yet
// possible.
func hintLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	return l
}

// setHint shows text, or hides the line when there is nothing to say.
func setHint(l *widget.Label, text string) {
	l.SetText(text)
	if text == "" {
		l.Hide()
	} else {
		l.Show()
	}
}
