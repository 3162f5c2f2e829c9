package consent

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

func TestRequireCoveredCallsAtOnceWithoutDialog(t *testing.T) {
	f := uitest.NewFixture(t)
	_ = f.S.Change(func(c *model.Case) error {
		c.Consents = append(c.Consents, model.Consent{ID: model.NewID(), Partner: f.Doctor.UID,
			Categories: cats(model.InfoContact, model.InfoHealth), GivenOn: uitest.Today.AddDays(-20), Form: model.FormWritten})
		return nil
	})
	called := 0
	Require(f.S, f.Doctor.UID, cats(model.InfoHealth), uitest.Today, func() { called++ })
	if called != 1 {
		t.Fatalf("covered disclosure: onCovered called %d times, want 1", called)
	}
	if f.Overlay() != nil {
		t.Error("a covered disclosure must not show a dialog")
	}
}

func TestRequireUncoveredShowsDialogNamingPartnerAndMissing(t *testing.T) {
	f := uitest.NewFixture(t)
	addConsent(f, f.Doctor.UID, model.InfoContact)
	called := false
	Require(f.S, f.Doctor.UID, cats(model.InfoContact, model.InfoHealth, model.InfoWork), uitest.Today, func() { called = true })
	if called {
		t.Fatal("onCovered ran although consent for health and work is missing")
	}
	o := f.Dialog()
	got := uitest.Texts(o)
	for _, want := range []string{"Einwilligung fehlt", "„Hausarztpraxis Dr. Beispiel“", "10.03.2025", "Gesundheit und Diagnosen · Arbeit und Beschäftigung\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("dialog does not say %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Kontaktdaten ·") {
		t.Errorf("contact data is covered and must not be listed as missing:\n%s", got)
	}
	// The missing categories are ticked, the covered one is not.
	for _, c := range uitest.All[*kit.KeyCheck](o) {
		want := c.Text == "Gesundheit und Diagnosen" || c.Text == "Arbeit und Beschäftigung"
		if c.Checked != want {
			t.Errorf("category %q ticked = %v, want %v", c.Text, c.Checked, want)
		}
	}
	confirm := uitest.Button(t, o, "Einwilligung erfassen und weitergeben")
	if !confirm.Disabled() {
		t.Error("confirm must be disabled until the form (written/oral) is chosen")
	}
	if !strings.Contains(got, "schriftlich oder mündlich") {
		t.Errorf("the dialog must say what is missing:\n%s", got)
	}
}

func addConsent(f *uitest.Fixture, partner string, cs ...model.InfoCategory) {
	_ = f.S.Change(func(c *model.Case) error {
		c.Consents = append(c.Consents, model.Consent{ID: model.NewID(), Partner: partner, Categories: cs,
			GivenOn: uitest.Today.AddDays(-20), Form: model.FormOral})
		return nil
	})
}

func TestRequireCancelRecordsNothing(t *testing.T) {
	for _, how := range []string{"button", "escape"} {
		t.Run(how, func(t *testing.T) {
			f := uitest.NewFixture(t)
			addConsent(f, f.Doctor.UID, model.InfoContact)
			called := false
			Require(f.S, f.Doctor.UID, cats(model.InfoHealth), uitest.Today, func() { called = true })
			o := f.Overlay()
			uitest.SelectWith(t, o, "Schriftlich").SetSelected("Schriftlich")
			test.Type(uitest.All[*kit.Entry](o)[0], "Befundaustausch")
			if how == "button" {
				test.Tap(uitest.Button(t, o, "Abbrechen"))
			} else {
				f.Win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			}
			if f.Overlay() != nil {
				t.Error("the dialog is still open after cancelling")
			}
			if called {
				t.Error("onCovered ran after cancel")
			}
			if got := f.Stored().Consents; len(got) != 1 {
				t.Errorf("after cancel the store has %d consents, want the 1 from before", len(got))
			}
			if len(f.S.Case.Consents) != 1 {
				t.Errorf("after cancel the case in memory has %d consents", len(f.S.Case.Consents))
			}
		})
	}
}

func TestConfirmNeedsDateAndForm(t *testing.T) {
	f := uitest.NewFixture(t)
	Require(f.S, f.Doctor.UID, cats(model.InfoHealth), uitest.Today, func() {})
	o := f.Overlay()
	confirm := uitest.Button(t, o, "Einwilligung erfassen und weitergeben")
	form := uitest.SelectWith(t, o, "Mündlich")
	entries := uitest.All[*kit.Entry](o) // purpose, given on, valid until
	given := entries[1]
	if given.Text != "10.03.2025" {
		t.Errorf("given on defaults to %q, want today", given.Text)
	}
	form.SetSelected("Mündlich")
	if confirm.Disabled() {
		t.Fatal("date and form set: confirm must be enabled")
	}
	given.SetText("")
	if !confirm.Disabled() {
		t.Error("without the date it was given, confirm must be disabled")
	}
	given.SetText("31.02.2025")
	if !confirm.Disabled() {
		t.Error("with a date that does not exist, confirm must be disabled")
	}
	given.SetText("11.03.2025")
	if !confirm.Disabled() {
		t.Error("a consent given tomorrow does not cover today's disclosure")
	}
	// Enter does nothing while confirming is not possible.
	f.Win.Canvas().Focus(given)
	given.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if f.Overlay() == nil || len(f.S.Case.Consents) != 0 {
		t.Fatal("Enter confirmed an incomplete consent")
	}
	given.SetText("09.03.2025")
	for _, c := range uitest.All[*kit.KeyCheck](o) {
		c.SetChecked(false)
	}
	if !confirm.Disabled() {
		t.Error("with the missing category unticked the consent would not cover: confirm must be disabled")
	}
}

func TestConfirmRecordsConsentThenDisclosure(t *testing.T) {
	f := uitest.NewFixture(t)
	addConsent(f, f.Employer.UID, model.InfoContact)
	var atDisclosure int // consents in the store when the disclosure went ahead
	done := false
	d := model.Disclosure{Date: uitest.Today, Partner: f.Employer.UID, Categories: cats(model.InfoContact, model.InfoWork, model.InfoCapability), Channel: "Telefon"}
	Require(f.S, d.Partner, d.Categories, d.Date, func() {
		atDisclosure = len(f.Stored().Consents)
		RecordDisclosure(f.S, d, func() { done = true })
	})
	o := f.Overlay()
	uitest.SelectWith(t, o, "Schriftlich").SetSelected("Schriftlich")
	purpose := uitest.All[*kit.Entry](o)[0]
	test.Type(purpose, "Stufenweise Wiedereingliederung abstimmen")
	f.Win.Canvas().Focus(purpose)
	purpose.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter confirms
	if !done {
		t.Fatal("the disclosure was not recorded after the consent")
	}
	if atDisclosure != 2 {
		t.Errorf("when the disclosure went ahead the store had %d consents, want the new one saved first (2)", atDisclosure)
	}
	got := f.Stored()
	if len(got.Consents) != 2 || len(got.Disclosures) != 1 {
		t.Fatalf("stored %d consents, %d disclosures", len(got.Consents), len(got.Disclosures))
	}
	k := got.Consents[1]
	if k.Partner != f.Employer.UID || k.Form != model.FormWritten || k.GivenOn != uitest.Today || k.Purpose != "Stufenweise Wiedereingliederung abstimmen" {
		t.Errorf("stored consent %+v", k)
	}
	if strings.Join(catStrings(k.Categories), ",") != "work,capability" {
		t.Errorf("new consent covers %v, want the missing work,capability", k.Categories)
	}
	if dd := got.Disclosures[0]; dd.Partner != f.Employer.UID || dd.Channel != "Telefon" || len(dd.Categories) != 3 {
		t.Errorf("stored disclosure %+v", dd)
	}
	if !model.CheckCoverage(got, d.Partner, d.Categories, uitest.Today).Covered {
		t.Error("after confirming, the disclosure must be covered")
	}
	if f.Overlay() != nil {
		t.Error("the consent dialog is still open")
	}
}

func TestRecordDisclosureCoveredGoesStraightIn(t *testing.T) {
	f := uitest.NewFixture(t)
	addConsent(f, f.Doctor.UID, model.InfoContact, model.InfoHealth)
	done := false
	RecordDisclosure(f.S, model.Disclosure{Date: uitest.Today, Partner: f.Doctor.UID, Categories: cats(model.InfoHealth), Channel: "Fax"}, func() { done = true })
	if !done || f.Overlay() != nil {
		t.Fatalf("covered: done %v, dialog %v", done, f.Overlay() != nil)
	}
	if got := f.Stored().Disclosures; len(got) != 1 || got[0].ID == "" {
		t.Errorf("stored disclosures %+v", got)
	}
}

func TestRecordDisclosureCancelledRecordsNothing(t *testing.T) {
	f := uitest.NewFixture(t)
	done := false
	extra := false
	RecordDisclosureWith(f.S, model.Disclosure{Date: uitest.Today, Partner: f.Doctor.UID, Categories: cats(model.InfoHealth), Channel: "Fax"},
		func(*model.Case) { extra = true }, func() { done = true })
	test.Tap(uitest.Button(t, f.Overlay(), "Abbrechen"))
	got := f.Stored()
	if done || extra || len(got.Disclosures) != 0 || len(got.Consents) != 0 || len(f.S.Case.Disclosures) != 0 {
		t.Errorf("cancelled: done %v, with %v, stored %d disclosures %d consents", done, extra, len(got.Disclosures), len(got.Consents))
	}
}

func TestRequireIncompleteRequestShowsNoConsentDialog(t *testing.T) {
	f := uitest.NewFixture(t)
	called := false
	Require(f.S, f.Doctor.UID, nil, uitest.Today, func() { called = true })
	if called {
		t.Fatal("a disclosure of nothing is never covered")
	}
	o := f.Overlay()
	if o == nil || !strings.Contains(uitest.Texts(o), "Weitergabe unvollständig") {
		t.Errorf("want the 'incomplete' message, got:\n%s", uitest.Texts(o))
	}
}

func catStrings(cs []model.InfoCategory) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c)
	}
	return out
}

// While the consent to case management is withdrawn nothing is passed on,
// even with a covering disclosure consent: the window says why and
// records nothing.
func TestRequireRefusesWhileWithdrawn(t *testing.T) {
	f := uitest.NewFixture(t)
	addConsent(f, f.Doctor.UID, model.InfoContact)
	_ = f.S.Change(func(c *model.Case) error {
		c.CMConsent.GivenOn = uitest.Today.AddDays(-30)
		c.CMConsent.WithdrawnOn = uitest.Today.AddDays(-1)
		return nil
	})
	called := false
	RecordDisclosure(f.S, model.Disclosure{Date: uitest.Today, Partner: f.Doctor.UID, Categories: cats(model.InfoContact), Channel: "Telefon"},
		func() { called = true })
	if called || len(f.S.Case.Disclosures) != 0 {
		t.Fatal("a disclosure was recorded after the withdrawal")
	}
	o := f.Overlay()
	if o == nil || !strings.Contains(uitest.Texts(o), "widerrufen") || !strings.Contains(uitest.Texts(o), "vorzeitige Beendigung") {
		t.Fatalf("no message saying why and what remains: %v", o)
	}
}
