package consent

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// The inputs of the consent and disclosure forms. They edit a draft that
// is not part of the case yet, so they are plain dialog inputs rather than
// the session's bound widgets: nothing reaches the case before the consent
// rule allows it.

// dateEntry edits *p in TT.MM.JJJJ; a text that is not a date is kept in
// p.Raw so that the form knows the date is missing.
func dateEntry(s *kit.Session, d *kit.Dialog, p *model.Date, changed func()) *kit.Entry {
	e := d.Entry()
	e.SetPlaceHolder(s.T("Kit.DatePlaceholder"))
	e.SetText(p.German())
	e.Validator = func(v string) error {
		if _, err := model.ParseDate(v); err != nil {
			return errors.New(s.Env.Loc.Error(err))
		}
		return nil
	}
	e.OnChanged = func(v string) {
		dt, err := model.ParseDate(v)
		if err != nil {
			dt = model.Date{Raw: v}
		}
		*p = dt
		changed()
	}
	return e
}

// categoryChecks ticks the information categories in *p, kept in the order
// of model.InfoCategories.
func categoryChecks(s *kit.Session, d *kit.Dialog, p *[]model.InfoCategory, changed func()) (fyne.CanvasObject, map[model.InfoCategory]*kit.KeyCheck) {
	checks := map[model.InfoCategory]*kit.KeyCheck{}
	var objs []fyne.CanvasObject
	for _, cat := range model.InfoCategories {
		cat := cat
		c := d.Check(s.Env.Loc.Enum("InfoCategory", cat), nil)
		c.Checked = slices.Contains(*p, cat)
		c.OnChanged = func(bool) {
			var out []model.InfoCategory
			for _, v := range model.InfoCategories {
				if checks[v].Checked {
					out = append(out, v)
				}
			}
			*p = out
			changed()
		}
		checks[cat] = c
		objs = append(objs, c)
	}
	return container.NewGridWithColumns(2, objs...), checks
}

// partnerChoice picks a directory partner for the UID *p.
func partnerChoice(s *kit.Session, d *kit.Dialog, p *string, changed func()) *kit.KeySelect {
	names := make([]string, len(s.Env.Partners))
	for i, pt := range s.Env.Partners {
		names[i] = pt.Name
	}
	sel := d.Select(names, nil)
	sel.PlaceHolder = s.T("Consent.ChoosePartner")
	for i, pt := range s.Env.Partners {
		if pt.UID == *p {
			sel.SetSelectedIndex(i)
		}
	}
	sel.OnChanged = func(string) {
		if i := sel.SelectedIndex(); i >= 0 && i < len(s.Env.Partners) {
			*p = s.Env.Partners[i].UID
		} else {
			*p = ""
		}
		changed()
	}
	return sel
}

// formChoice picks written or oral.
func formChoice(s *kit.Session, d *kit.Dialog, p *model.ConsentForm, changed func()) *kit.KeySelect {
	labels := make([]string, len(model.ConsentForms))
	for i, f := range model.ConsentForms {
		labels[i] = s.Env.Loc.Enum("ConsentForm", f)
	}
	sel := d.Select(labels, nil)
	sel.PlaceHolder = s.Env.Loc.Enum("ConsentForm", "")
	for i, f := range model.ConsentForms {
		if f == *p {
			sel.SetSelectedIndex(i)
		}
	}
	sel.OnChanged = func(string) {
		if i := sel.SelectedIndex(); i >= 0 {
			*p = model.ConsentForms[i]
		} else {
			*p = ""
		}
		changed()
	}
	return sel
}

// consentFields is the form of a consent to disclosure being recorded.
type consentFields struct {
	k        *model.Consent
	obj      fyne.CanvasObject
	partner  *kit.KeySelect // nil when the recipient is fixed
	checks   map[model.InfoCategory]*kit.KeyCheck
	planNote *widget.Label // the plan without health data: a warning
	purpose  *kit.Entry
	given    *kit.Entry
	until    *kit.Entry
	form     *kit.KeySelect
}

// newConsentFields edits the draft k; with fixedPartner the recipient is
// shown, not chosen (the consent dialog of a disclosure).
func newConsentFields(s *kit.Session, d *kit.Dialog, k *model.Consent, fixedPartner bool, changed func()) *consentFields {
	f := &consentFields{k: k}
	var recipient fyne.CanvasObject
	if fixedPartner {
		recipient = kit.Heading(s.Env.PartnerName(k.Partner))
	} else {
		f.partner = partnerChoice(s, d, &k.Partner, changed)
		recipient = f.partner
	}
	var cats fyne.CanvasObject
	f.planNote = kit.Wrapped(s.T("Consent.PlanWithoutHealth"))
	f.planNote.Importance = widget.WarningImportance
	note := func() {
		if model.PlanWithoutHealth(k.Categories) {
			f.planNote.Show()
		} else {
			f.planNote.Hide()
		}
	}
	cats, f.checks = categoryChecks(s, d, &k.Categories, func() { note(); changed() })
	note()
	cats = container.NewVBox(cats, f.planNote)
	f.purpose = d.Entry()
	f.purpose.SetPlaceHolder(s.T("Consent.PurposePlaceholder"))
	f.purpose.SetText(k.Purpose)
	f.purpose.OnChanged = func(v string) { k.Purpose = strings.TrimSpace(v); changed() }
	f.given = dateEntry(s, d, &k.GivenOn, changed)
	f.until = dateEntry(s, d, &k.ValidUntil, changed)
	f.form = formChoice(s, d, &k.Form, changed)
	f.obj = &widget.Form{Items: []*widget.FormItem{
		{Text: s.T("Consent.Recipient"), Widget: recipient},
		{Text: s.T("Consent.Categories"), Widget: cats, HintText: s.T("Consent.CategoriesHint")},
		{Text: s.T("Consent.Purpose"), Widget: f.purpose},
		{Text: s.T("Consent.GivenOn"), Widget: f.given},
		{Text: s.T("Consent.ValidUntil"), Widget: f.until, HintText: s.T("Consent.ValidUntilHint")},
		{Text: s.T("Consent.Form"), Widget: f.form},
	}}
	return f
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
