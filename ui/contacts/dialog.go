package contacts

import (
	"fmt"
	"slices"
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
	draft    *kit.Draft
	disc     *consent.DisclosureFields
	discBox  *fyne.Container
	passed   *kit.KeyRadio
	hint     *widget.Label
}

func showContactDialog(s *kit.Session) *contactDialog {
	cd := &contactDialog{s: s, c: model.Contact{Date: s.Env.Today()}}
	cd.dlg = kit.NewDialog(s.Env.Win, s.T("Contacts.DialogTitle"), s.T("Contacts.Save"), s.T("Contacts.Cancel"), cd.save, nil)
	dlg := cd.dlg
	d := kit.NewDraft(s.Env, dlg)
	cd.draft = d

	minutes := d.Int(&cd.c.Minutes, 0, model.MaxContactMinutes)
	minutes.SetPlaceHolder(s.T("Contacts.MinutesPlaceholder"))
	kind := kit.DraftSelect(d, "ContactKind", model.ContactKinds, &cd.c.Kind)
	with := d.Text(&cd.c.With)
	with.SetPlaceHolder(s.T("Contacts.WithPlaceholder"))
	partners := partnerPicker(s, &cd.c.Partners, d.Edited, func(options []string) (fyne.CanvasObject, *widget.Select) {
		sel := dlg.Select(options, nil)
		return sel, &sel.Select
	})

	cd.disc = consent.NewDisclosureFields(d, &cd.d, false)
	cd.discBox = container.NewVBox(cd.disc.Object)
	cd.discBox.Hide()
	// Whether information about the client went to a partner is asked,
	// not presumed: a contact with a partner is not saved without the
	// answer, and "yes" goes through the consent rule.
	yes, no := s.T("Contacts.PassedYes"), s.T("Contacts.PassedNo")
	passed := kit.NewRadio([]string{yes, no}, func(v string) {
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
		d.Edited()
		cd.dlg.Refit()
	})
	passed.Horizontal = true
	cd.passed = passed

	cd.hint = widget.NewLabel("")
	cd.hint.Wrapping = fyne.TextWrapWord
	cd.hint.Importance = widget.WarningImportance

	form := d.Form(
		kit.Row{LabelID: "Contacts.Date", Field: d.Date(&cd.c.Date)},
		kit.Row{LabelID: "Contacts.Minutes", Field: minutes},
		kit.Row{LabelID: "Contacts.Kind", Field: kind},
		kit.Row{LabelID: "Contacts.With", Field: with},
		kit.Row{LabelID: "Contacts.Partners", Field: partners},
		kit.Row{LabelID: "Contacts.Notes", Field: d.Note(&cd.c.Notes)},
		kit.Row{LabelID: "Contacts.Roles", Field: kit.DraftChecks(d, "Role", model.Roles, &cd.c.Roles)},
	)
	passedForm := widget.NewForm(widget.NewFormItem(s.T("Contacts.Passed"), passed))
	dlg.SetContent(container.NewVBox(form, widget.NewSeparator(), passedForm, kit.Explanation(s.T("Contacts.PassedHint")), cd.discBox))
	dlg.SetFooter(cd.hint)
	dlg.SetWidth(700)
	dlg.FocusFirst(kind)
	d.Validate(cd.update)
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

// update says what the contact still lacks; confirming waits for it.
func (cd *contactDialog) update() bool {
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
	return text == ""
}

// save logs the contact. With a disclosure, the consent rule decides first;
// contact and disclosure are then written together.
func (cd *contactDialog) save() {
	if !cd.draft.Valid() {
		return
	}
	s := cd.s
	k := cd.c
	k.ID = model.NewID()
	k.With = strings.TrimSpace(k.With)
	k.Partners = slices.Clone(cd.c.Partners)
	k.Roles = slices.Clone(cd.c.Roles)
	if !cd.disclose {
		cd.dlg.Hide()
		_ = s.Change(func(c *model.Case) error {
			c.Contacts = append(c.Contacts, k)
			return nil
		})
		return
	}
	k.Passed = model.AnswerYes
	d := cd.disc.Committed()
	d.Date, d.ContactID = k.Date, k.ID
	if !slices.Contains(k.Partners, d.Partner) {
		k.Partners = append(k.Partners, d.Partner)
	}
	consent.RecordDisclosureWith(s, d, func(c *model.Case) {
		c.Contacts = append(c.Contacts, k)
	}, cd.dlg.Hide)
}
