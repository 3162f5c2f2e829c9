package consent

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// Require is the consent rule in the user interface. It asks the model
// whether the case's active consents cover passing cats to partner on day;
// if so it calls onCovered at once. Otherwise it shows the consent dialog,
// which names the recipient and the missing categories and offers to record
// the missing consent now: confirming appends the consent (saved at once)
// and then calls onCovered; cancelling records nothing and never calls it.
//
// A request without recipient or categories is never covered and cannot be
// made so by a consent; it is answered with a message, not the dialog.
func Require(s *kit.Session, partner string, cats []model.InfoCategory, day model.Date, onCovered func()) {
	// While the client has withdrawn the consent to case management
	// nothing is passed on, whatever disclosure consents there are.
	if day.Valid() && s.Case.CMConsent.Withdrawn(day) {
		if s.Env.Win != nil {
			var d *kit.Dialog
			d = kit.NewDialog(s.Env.Win, s.T("Consent.WithdrawnTitle"), s.T("Transition.Close"), "", func() { d.Hide() }, nil)
			d.SetContent(kit.Wrapped(s.Env.Loc.Error(&model.Problem{Code: model.CodeGateWithdrawn,
				Value: s.Case.CMConsent.LastWithdrawal(day).ISO()})))
			d.SetWidth(520)
			d.Show()
		}
		return
	}
	cov := model.CheckCoverage(s.Case, partner, cats, day)
	if cov.Covered {
		if onCovered != nil {
			onCovered()
		}
		return
	}
	if s.Env.Win == nil {
		return
	}
	if partner == "" || len(cats) == 0 || !day.Valid() {
		kit.ShowDialog(dialog.NewInformation(s.T("Consent.IncompleteTitle"), s.T("Consent.IncompleteText"), s.Env.Win), s.Env.Win)
		return
	}
	newRequireDialog(s, partner, cats, day, cov.Missing, onCovered).d.Show()
}

// requireDialog is the consent dialog of one disclosure.
type requireDialog struct {
	s       *kit.Session
	partner string
	cats    []model.InfoCategory
	day     model.Date
	missing []model.InfoCategory
	k       model.Consent
	d       *kit.Dialog
	draft   *kit.Draft
	fields  *consentFields
	hint    *widget.Label
}

func newRequireDialog(s *kit.Session, partner string, cats []model.InfoCategory, day model.Date, missing []model.InfoCategory, onCovered func()) *requireDialog {
	r := &requireDialog{s: s, partner: partner, cats: cats, day: day, missing: missing}
	// The consent must be in force on the day of the disclosure: given on
	// that day at the latest, and never in the future.
	given := s.Env.Today()
	if day.Before(given) {
		given = day
	}
	r.k = model.Consent{
		ID: model.NewID(), Partner: partner, GivenOn: given,
		Categories: append([]model.InfoCategory(nil), missing...),
	}
	r.d = kit.NewDialog(s.Env.Win, s.T("Consent.RequireTitle"), s.T("Consent.RequireConfirm"), s.T("Consent.Cancel"),
		func() { r.confirm(onCovered) }, nil)
	r.draft = kit.NewDraft(s.Env, r.d)
	r.fields = newConsentFields(r.draft, &r.k, true)
	r.hint = hintLabel()

	intro := kit.Wrapped(s.T("Consent.RequireText", "Partner", s.Env.PartnerName(partner), "Date", s.Env.Loc.Date(day)))
	list := kit.Wrapped(strings.Join(labels(s, missing), " · "))
	list.TextStyle = fyne.TextStyle{Bold: true}
	list.Importance = widget.DangerImportance
	rule := kit.Wrapped(s.T("Consent.RuleQuote"))
	rule.TextStyle = fyne.TextStyle{Italic: true}
	r.d.SetContent(container.NewVBox(
		intro, list, rule,
		widget.NewSeparator(),
		kit.Heading(s.T("Consent.RecordNowHeading")),
		r.fields.obj,
	))
	r.d.SetFooter(r.hint)
	if s.Env.Print != nil {
		r.d.SetExtraButtons(kit.NewButton(s.T("Consent.Print"), theme.DocumentPrintIcon(), func() { printConsent(s, r.k) }))
	}
	r.d.SetWidth(680)
	r.d.FocusFirst(r.fields.first())
	r.draft.Validate(r.update)
	return r
}

// with is the case as it would be with the draft consent recorded.
func (r *requireDialog) with() *model.Case {
	c := *r.s.Case
	c.Consents = append(append([]model.Consent(nil), r.s.Case.Consents...), r.k)
	return &c
}

// update allows confirming only when the draft is complete and would
// cover the disclosure, and says what is missing otherwise.
func (r *requireDialog) update() bool {
	r.fields.update()
	setHint(r.hint, r.problem())
	return r.hint.Text == ""
}

func (r *requireDialog) problem() string {
	if gaps := model.ConsentGaps(r.k, r.s.Env.Today()); len(gaps) > 0 {
		return GapText(r.s, gaps[0])
	}
	cov := model.CheckCoverage(r.with(), r.partner, r.cats, r.day)
	if cov.Covered {
		return ""
	}
	var unticked []model.InfoCategory
	for _, c := range cov.Missing {
		if !slices.Contains(r.k.Categories, c) {
			unticked = append(unticked, c)
		}
	}
	switch {
	case len(unticked) > 0:
		return r.s.T("Consent.HintTickMissing", "Categories", categoryList(r.s, unticked))
	case r.k.GivenOn.After(r.day):
		return r.s.T("Consent.HintGivenAfter", "Date", r.s.Env.Loc.Date(r.day))
	case r.k.ValidUntil.Valid() && r.k.ValidUntil.Before(r.day):
		return r.s.T("Consent.HintUntilBefore", "Date", r.s.Env.Loc.Date(r.day))
	}
	return r.s.T("Consent.HintNotCovering")
}

// confirm records the consent, saved at once, and then lets the disclosure
// go ahead — only if the case now really covers it.
func (r *requireDialog) confirm(onCovered func()) {
	if !r.draft.Valid() {
		return
	}
	r.d.Hide()
	k := committed(r.k)
	applied := false
	_ = r.s.Change(func(c *model.Case) error {
		c.Consents = append(c.Consents, k)
		applied = true
		return nil
	})
	// A failed write keeps the consent in the case and retries with the
	// next save (kit.Session); the consent was given, so go ahead.
	if applied && model.CheckCoverage(r.s.Case, r.partner, r.cats, r.day).Covered && onCovered != nil {
		onCovered()
	}
}

// RecordDisclosure records d through the consent rule: Require first, then
// the disclosure is added to the case and saved. onDone (may be nil) runs
// after it was recorded; when the consent dialog is cancelled nothing is
// recorded and onDone never runs.
func RecordDisclosure(s *kit.Session, d model.Disclosure, onDone func()) {
	RecordDisclosureWith(s, d, nil, onDone)
}

// RecordDisclosureWith is RecordDisclosure with a change that belongs to the
// disclosure — the contact that passed the information on: with runs in
// the same write, after the disclosure entered the case, so the two are
// stored together or not at all (a disclosure's contactId must name a
// contact of the case).
func RecordDisclosureWith(s *kit.Session, d model.Disclosure, with func(c *model.Case), onDone func()) {
	Require(s, d.Partner, d.Categories, d.Date, func() {
		applied := false
		_ = s.Change(func(c *model.Case) error {
			if _, err := c.RecordDisclosure(d); err != nil {
				return err
			}
			if with != nil {
				with(c)
			}
			applied = true
			return nil
		})
		if applied && onDone != nil {
			onDone()
		}
	})
}
