package consent

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// conferenceFixture is the fixture's case with one case conference not yet
// recorded, a sister in the client's circle and the employer's consent for
// contact data, work and capability.
func conferenceFixture(t *testing.T) (*uitest.Fixture, func(*model.Case) *model.Conference) {
	f := uitest.NewFixture(t)
	_ = f.S.Change(func(c *model.Case) error {
		c.Consents = []model.Consent{{ID: "k-emp", Partner: f.Employer.UID, Categories: cats(model.InfoContact, model.InfoWork, model.InfoCapability),
			GivenOn: uitest.Today.AddDays(-10), Form: model.FormWritten}}
		c.Client.Relatives = []model.Person{{Name: "Lena Mustermann", Relation: "Schwester"}}
		c.Assessments = []model.Assessment{{ID: "a1", Date: uitest.Today.AddDays(-5), Conferences: []model.Conference{{Notes: "vorbereitet"}}}}
		return nil
	})
	return f, func(c *model.Case) *model.Conference { return &c.Assessments[0].Conferences[0] }
}

// A conference with the employer (covered) and the family doctor (no
// consent) that discussed work: saving asks for the doctor's consent with
// the consent dialog of a disclosure; cancelling it saves nothing and the
// conference dialog stays; recording it saves the conference with its
// attendees and one disclosure per partner, and keeps the notes.
func TestConferenceAsksConsentForEachPartner(t *testing.T) {
	f, put := conferenceFixture(t)
	EditConference(f.S, "Fallkonferenz", put)
	dlg := f.Overlay()
	uitest.Field[*widget.RadioGroup](t, dlg, "Durchführung").SetSelected("durchgeführt")
	uitest.SelectWith(t, dlg, f.Employer.Name).SetSelected(f.Employer.Name)
	uitest.SelectWith(t, f.Overlay(), f.Doctor.Name).SetSelected(f.Doctor.Name)
	uitest.SelectWith(t, f.Overlay(), "Lena Mustermann (Schwester)").SetSelected("Lena Mustermann (Schwester)")
	test.Tap(uitest.KeyCheckWith(t, f.Overlay(), "Arbeit und Beschäftigung"))
	if got := uitest.Texts(f.Overlay()); !strings.Contains(got, "fehlt noch eine Einwilligung") || !strings.Contains(got, f.Doctor.Name) {
		t.Errorf("the dialog does not say before saving whose consent is missing:\n%s", got)
	}

	test.Tap(uitest.Button(t, f.Overlay(), "Speichern"))
	ask := f.Overlay()
	if got := uitest.Texts(ask); !strings.Contains(got, "Einwilligung fehlt") || !strings.Contains(got, "„"+f.Doctor.Name+"“") {
		t.Fatalf("saving does not ask for the doctor's consent:\n%s", got)
	}
	test.Tap(uitest.Button(t, ask, "Abbrechen"))
	if k := f.Stored().Assessments[0].Conferences[0]; len(k.Attendees) != 0 || k.Held {
		t.Fatalf("a cancelled consent dialog saved the conference: %+v", k)
	}
	if got := uitest.Texts(f.Overlay()); !strings.Contains(got, "Teilnehmende und Besprochenes") {
		t.Fatalf("the conference dialog closed with the consent dialog:\n%s", got)
	}

	test.Tap(uitest.Button(t, f.Overlay(), "Speichern"))
	ask = f.Overlay()
	uitest.SelectWith(t, ask, "Schriftlich").SetSelected("Schriftlich")
	test.Tap(uitest.Button(t, ask, "Einwilligung erfassen und weitergeben"))
	if f.Overlay() != nil {
		t.Fatalf("a dialog is still open after the consent was recorded:\n%s", uitest.Texts(f.Overlay()))
	}

	got := f.Stored()
	k := got.Assessments[0].Conferences[0]
	want := []model.Attendee{{Partner: f.Employer.UID}, {Partner: f.Doctor.UID}, {Person: "Lena Mustermann"}}
	if !k.Held || k.Date != uitest.Today || !slices.Equal(k.Attendees, want) || !slices.Equal(k.Shared, cats(model.InfoWork)) || k.Notes != "vorbereitet" || k.ID == "" {
		t.Errorf("stored conference: %+v", k)
	}
	var to []string
	for _, d := range got.Disclosures {
		if d.ConferenceID == k.ID && d.Date == uitest.Today && d.Channel == "Fallkonferenz" && slices.Equal(d.Categories, cats(model.InfoWork)) {
			to = append(to, d.Partner)
		}
	}
	if !slices.Equal(to, []string{f.Employer.UID, f.Doctor.UID}) {
		t.Errorf("the sharing is recorded as disclosures to %v, want employer and doctor (not the sister): %+v", to, got.Disclosures)
	}
	if len(got.Consents) != 2 || got.Consents[1].Partner != f.Doctor.UID {
		t.Errorf("the doctor's consent was not recorded: %+v", got.Consents)
	}
	// (The fixture's case skips the intake; only the consent rule is asked.)
	for _, p := range model.CheckCase(got).Hard {
		if p.Code == model.CodeRuleConferenceNotCovered || p.Code == model.CodeRuleNotCovered {
			t.Errorf("the case as saved breaks the consent rule: %v", p)
		}
	}
}

// While the consent to case management is withdrawn, a conference shares
// nothing: saving says so and stores nothing.
func TestConferenceAfterWithdrawal(t *testing.T) {
	f, put := conferenceFixture(t)
	_ = f.S.Change(func(c *model.Case) error {
		c.CMConsent = model.CaseManagementConsent{GivenOn: uitest.Today.AddDays(-20), Form: model.FormWritten, WithdrawnOn: uitest.Today.AddDays(-1)}
		return nil
	})
	EditConference(f.S, "Fallkonferenz", put)
	uitest.Field[*widget.RadioGroup](t, f.Overlay(), "Durchführung").SetSelected("durchgeführt")
	uitest.SelectWith(t, f.Overlay(), f.Employer.Name).SetSelected(f.Employer.Name)
	test.Tap(uitest.KeyCheckWith(t, f.Overlay(), "Arbeit und Beschäftigung"))
	test.Tap(uitest.Button(t, f.Overlay(), "Speichern"))
	if got := uitest.Texts(f.Overlay()); !strings.Contains(got, "Keine Weitergabe nach dem Widerruf") {
		t.Errorf("saving after the withdrawal does not say why nothing is shared:\n%s", got)
	}
	if k := f.Stored().Assessments[0].Conferences[0]; len(k.Attendees) != 0 || len(f.Stored().Disclosures) != 0 {
		t.Errorf("a conference after the withdrawal was stored: %+v", k)
	}
}

// A conference that shared nothing, or with persons of the circle only,
// saves at once without any consent dialog.
func TestConferenceWithoutSharingSavesAtOnce(t *testing.T) {
	f, put := conferenceFixture(t)
	EditConference(f.S, "Fallkonferenz", put)
	uitest.Field[*widget.RadioGroup](t, f.Overlay(), "Durchführung").SetSelected("durchgeführt")
	uitest.SelectWith(t, f.Overlay(), f.Doctor.Name).SetSelected(f.Doctor.Name)
	test.Tap(uitest.Button(t, f.Overlay(), "Speichern"))
	if f.Overlay() != nil {
		t.Fatalf("a conference that shared nothing asked:\n%s", uitest.Texts(f.Overlay()))
	}
	if k := f.Stored().Assessments[0].Conferences[0]; !k.Held || len(k.Attendees) != 1 || len(f.Stored().Disclosures) != 0 {
		t.Errorf("stored %+v with %d disclosures", k, len(f.Stored().Disclosures))
	}
}

// A conference not held is recorded with its reason, and nothing else:
// the dialog does not save it without the reason, leaves out attendees
// and sharing chosen before the state was changed, and the workspace's
// checklist item then does not apply.
func TestConferenceNotHeldNeedsAReason(t *testing.T) {
	f, put := conferenceFixture(t)
	EditConference(f.S, "Fallkonferenz", put)
	dlg := f.Overlay()
	state := uitest.Field[*widget.RadioGroup](t, dlg, "Durchführung")
	state.SetSelected("durchgeführt")
	uitest.SelectWith(t, dlg, f.Employer.Name).SetSelected(f.Employer.Name)
	test.Tap(uitest.KeyCheckWith(t, f.Overlay(), "Arbeit und Beschäftigung"))
	state.SetSelected("nicht durchgeführt")
	save := uitest.Button(t, f.Overlay(), "Speichern")
	if !save.Disabled() || !strings.Contains(uitest.Texts(f.Overlay()), "Bitte den Grund nennen") {
		t.Fatalf("a conference not held can be saved without its reason:\n%s", uitest.Texts(f.Overlay()))
	}
	test.Type(uitest.Field[*kit.Entry](t, f.Overlay(), "Grund"), "Nur ein Träger beteiligt")
	if save.Disabled() {
		t.Fatal("the reason given, saving is still disabled")
	}
	test.Tap(save)
	if f.Overlay() != nil {
		t.Fatalf("a conference not held asked:\n%s", uitest.Texts(f.Overlay()))
	}
	got := f.Stored()
	k := got.Assessments[0].Conferences[0]
	if !k.NotHeld || k.Held || k.NotHeldReason != "Nur ein Träger beteiligt" || len(k.Attendees) != 0 || len(k.Shared) != 0 || k.Notes != "vorbereitet" {
		t.Errorf("stored conference not held: %+v", k)
	}
	if len(got.Disclosures) != 0 {
		t.Errorf("a conference not held recorded disclosures: %+v", got.Disclosures)
	}
	if ps := got.Validate(nil); len(ps) != 0 {
		t.Errorf("the window stored what Validate refuses: %v", ps)
	}
	if s := ConferenceSummary(f.S, k); !strings.Contains(s, "Nicht durchgeführt: Nur ein Träger beteiligt") {
		t.Errorf("the workspace's summary: %q", s)
	}

	// Opened again, it shows its state and reason; back to held, the
	// reason is not kept.
	EditConference(f.S, "Fallkonferenz", put)
	state = uitest.Field[*widget.RadioGroup](t, f.Overlay(), "Durchführung")
	if state.Selected != "nicht durchgeführt" || uitest.Field[*kit.Entry](t, f.Overlay(), "Grund").Text != "Nur ein Träger beteiligt" {
		t.Fatalf("reopened: state %q", state.Selected)
	}
	state.SetSelected("durchgeführt")
	test.Tap(uitest.Button(t, f.Overlay(), "Speichern"))
	if k := f.Stored().Assessments[0].Conferences[0]; !k.Held || k.NotHeld || k.NotHeldReason != "" {
		t.Errorf("held after all: %+v", k)
	}
}
