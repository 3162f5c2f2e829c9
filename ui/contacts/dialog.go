package contacts

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/consent"
	"teilhabelotse/ui/kit"
)

// contactDialog logs a new contact. The contact is a draft until it is
// saved; if information was passed on, saving goes through the consent
// rule, and a cancelled consent dialog leaves this dialog open with
// everything typed so far.
type contactDialog struct {
	s        *kit.Session
	c        model.Contact
	disclose bool
	d        model.Disclosure
	dlg      *kit.Dialog
	disc     *consent.DisclosureFields
	discBox  *fyne.Container
	passed   *widget.RadioGroup
	hint     *widget.Label
}

func showContactDialog(s *kit.Session) *contactDialog {
	cd := &contactDialog{s: s, c: model.Contact{Date: s.Env.Today()}}
	cd.dlg = kit.NewDialog(s.Env.Win, s.T("Contacts.DialogTitle"), s.T("Contacts.Save"), s.T("Contacts.Cancel"), cd.save, nil)
	dlg := cd.dlg

	date := dlg.Entry()
	date.SetPlaceHolder(s.T("Kit.DatePlaceholder"))
	date.SetText(cd.c.Date.German())
	date.Validator = func(v string) error {
		if _, err := model.ParseDate(v); err != nil {
			return errors.New(s.Env.Loc.Error(err))
		}
		return nil
	}
	date.OnChanged = func(v string) {
		d, err := model.ParseDate(v)
		if err != nil {
			d = model.Date{Raw: v}
		}
		cd.c.Date = d
		cd.update()
	}

	minutes := dlg.Entry()
	minutes.SetPlaceHolder(s.T("Contacts.MinutesPlaceholder"))
	minutes.OnChanged = func(v string) {
		v = strings.TrimSpace(v)
		n, err := strconv.Atoi(v)
		switch {
		case v == "":
			n = 0
		case err != nil || n < 0:
			n = -1 // unreadable: model.ContactGaps reports it
		}
		cd.c.Minutes = n
		cd.update()
	}

	kinds := make([]string, len(model.ContactKinds))
	for i, k := range model.ContactKinds {
		kinds[i] = s.Env.Loc.Enum("ContactKind", k)
	}
	kind := dlg.Select(kinds, nil)
	kind.PlaceHolder = s.Env.Loc.Enum("ContactKind", "")
	kind.OnChanged = func(string) {
		if i := kind.SelectedIndex(); i >= 0 {
			cd.c.Kind = model.ContactKinds[i]
		}
		cd.update()
	}

	with := dlg.Entry()
	with.SetPlaceHolder(s.T("Contacts.WithPlaceholder"))
	with.OnChanged = func(v string) { cd.c.With = strings.TrimSpace(v) }

	partners := partnerPicker(s, &cd.c.Partners, func() { cd.update() }, func(options []string, picked func(int)) fyne.CanvasObject {
		sel := dlg.Select(options, nil)
		sel.PlaceHolder = s.T("Contacts.AddPartner")
		sel.OnChanged = func(string) {
			if i := sel.SelectedIndex(); i >= 0 {
				picked(i)
			}
		}
		return sel
	})

	notes := dlg.NoteEntry()
	notes.OnChanged = func(v string) { cd.c.Notes = v }

	roleChecks := make([]fyne.CanvasObject, len(model.Roles))
	checked := map[model.Role]bool{}
	for i, r := range model.Roles {
		r := r
		roleChecks[i] = dlg.Check(s.Env.Loc.Enum("Role", r), func(on bool) {
			checked[r] = on
			cd.c.Roles = nil
			for _, x := range model.Roles {
				if checked[x] {
					cd.c.Roles = append(cd.c.Roles, x)
				}
			}
		})
	}

	cd.disc = consent.NewDisclosureFields(s, dlg, &cd.d, false, cd.update)
	cd.discBox = container.NewVBox(cd.disc.Object)
	cd.discBox.Hide()
	// Whether information about the client went to a partner is asked,
	// not presumed: a contact with a partner is not saved without the
	// answer, and "yes" goes through the consent rule.
	yes, no := s.T("Contacts.PassedYes"), s.T("Contacts.PassedNo")
	passed := widget.NewRadioGroup([]string{yes, no}, func(v string) {
		switch v {
		case yes:
			cd.c.Passed = model.AnswerYes
		case no:
			cd.c.Passed = model.AnswerNo
		default:
			cd.c.Passed = ""
		}
		cd.disclose = cd.c.Passed == model.AnswerYes
		if cd.disclose {
			cd.discBox.Show()
		} else {
			cd.discBox.Hide()
		}
		cd.update()
		cd.dlg.Refit()
	})
	passed.Horizontal = true
	cd.passed = passed

	cd.hint = widget.NewLabel("")
	cd.hint.Wrapping = fyne.TextWrapWord
	cd.hint.Importance = widget.WarningImportance

	form := &widget.Form{Items: []*widget.FormItem{
		{Text: s.T("Contacts.Date"), Widget: date},
		{Text: s.T("Contacts.Minutes"), Widget: minutes},
		{Text: s.T("Contacts.Kind"), Widget: kind},
		{Text: s.T("Contacts.With"), Widget: with},
		{Text: s.T("Contacts.Partners"), Widget: partners},
		{Text: s.T("Contacts.Notes"), Widget: notes},
		{Text: s.T("Contacts.Roles"), Widget: container.NewGridWithColumns(2, roleChecks...)},
	}}
	passedForm := widget.NewForm(widget.NewFormItem(s.T("Contacts.Passed"), passed))
	dlg.SetContent(container.NewVBox(form, widget.NewSeparator(), passedForm, kit.Explanation(s.T("Contacts.PassedHint")), cd.discBox))
	dlg.SetFooter(cd.hint)
	dlg.SetWidth(700)
	dlg.FocusFirst(kind)
	cd.update()
	dlg.Show()
	return cd
}

// gaps lists what the contact and, when ticked, its disclosure still lack.
func (cd *contactDialog) gaps() []model.RecordGap {
	gaps := model.ContactGaps(cd.c)
	if cd.disclose {
		cd.d.Date = cd.c.Date
		for _, g := range cd.disc.Gaps() {
			if g != model.GapDate { // the contact's date, reported above
				gaps = append(gaps, g)
			}
		}
	}
	return gaps
}

// datePath is where the new contact's date will be in the case.
func (cd *contactDialog) datePath() string {
	return fmt.Sprintf("contacts[%d].date", len(cd.s.Case.Contacts))
}

// dateOrder is what the model's order of dates says against the contact's
// day: nothing with the client happens before the referral arrived.
func (cd *contactDialog) dateOrder() model.Problems {
	return model.DateProblemsIf(cd.s.Case, func(c *model.Case) { c.Contacts = append(c.Contacts, cd.c) }, cd.datePath())
}

func (cd *contactDialog) update() {
	text := ""
	if gaps := cd.gaps(); len(gaps) > 0 {
		text = consent.GapText(cd.s, gaps[0])
	} else if ps := cd.dateOrder(); len(ps) > 0 {
		text = kit.DateMessage(cd.s.Env.Loc, ps[0], cd.datePath())
	}
	cd.hint.SetText(text)
	if text == "" {
		cd.hint.Hide()
	} else {
		cd.hint.Show()
	}
	cd.dlg.SetConfirmEnabled(text == "")
}

// save logs the contact. With a disclosure, the consent rule decides first;
// contact and disclosure are then written together.
func (cd *contactDialog) save() {
	if len(cd.gaps()) > 0 || len(cd.dateOrder()) > 0 {
		cd.update()
		return
	}
	s := cd.s
	k := cd.c
	k.ID = model.NewID()
	k.Partners = append([]string(nil), cd.c.Partners...)
	k.Roles = append([]model.Role(nil), cd.c.Roles...)
	if !cd.disclose {
		cd.dlg.Hide()
		_ = s.Change(func(c *model.Case) error {
			c.Contacts = append(c.Contacts, k)
			return nil
		})
		return
	}
	k.Passed = model.AnswerYes
	d := cd.d
	d.Date, d.ContactID = k.Date, k.ID
	d.Categories = append([]model.InfoCategory(nil), cd.d.Categories...)
	if !slices.Contains(k.Partners, d.Partner) {
		k.Partners = append(k.Partners, d.Partner)
	}
	consent.RecordDisclosureWith(s, d, func(c *model.Case) {
		c.Contacts = append(c.Contacts, k)
	}, cd.dlg.Hide)
}
