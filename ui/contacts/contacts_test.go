package contacts

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// newContact shows the contact log and the dialog of a new contact,
// filled in (fill).
func newContact(t *testing.T, f *uitest.Fixture) fyne.CanvasObject {
	t.Helper()
	f.Put(New(f.S))
	o := f.TapDialog("Kontakt erfassen …")
	fill(t, f, o)
	return o
}

// fill types a contact into the open contact dialog: a phone call of 20
// minutes with notes and the broker role.
func fill(t *testing.T, f *uitest.Fixture, o fyne.CanvasObject) {
	t.Helper()
	uitest.SelectWith(t, o, "Telefonat").SetSelected("Telefonat")
	entries := uitest.All[*kit.Entry](o) // date, minutes, with, notes
	test.Type(entries[1], "20")
	test.Type(entries[2], "Oliver Beispiel")
	test.Type(entries[3], "Stufenweise Wiedereingliederung besprochen.")
	test.Tap(uitest.KeyCheckWith(t, o, "Vermittler*in"))
}

func TestLogContactWithoutDisclosure(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Put(New(f.S))
	o := f.TapDialog("Kontakt erfassen …")
	save := uitest.Button(t, o, "Kontakt speichern")
	if !save.Disabled() {
		t.Error("save must wait for the kind of contact")
	}
	fill(t, f, o)
	test.Tap(save)
	got := f.Stored().Contacts
	if len(got) != 1 {
		t.Fatalf("stored %d contacts", len(got))
	}
	k := got[0]
	if k.Date != uitest.Today || k.Kind != model.ContactPhone || k.Minutes != 20 || k.With != "Oliver Beispiel" ||
		k.Notes != "Stufenweise Wiedereingliederung besprochen." || len(k.Roles) != 1 || k.Roles[0] != model.RoleBroker || k.ID == "" {
		t.Errorf("stored %+v", k)
	}
	if f.Overlay() != nil {
		t.Error("dialog still open")
	}
}

func TestContactWithDisclosureSavedOnlyAfterConsent(t *testing.T) {
	f := uitest.NewFixture(t)
	dlg := newContact(t, f)
	answerPassed(t, dlg, "Ja, Informationen weitergegeben")
	save := uitest.Button(t, dlg, "Kontakt speichern")
	if !save.Disabled() {
		t.Fatal("with 'information passed on' answered yes, save must wait for recipient, categories and channel")
	}
	// The disclosure's recipient: the last drop-down with the employer (the
	// first is the partner picker of the contact).
	var recipient *kit.KeySelect
	for _, s := range uitest.All[*kit.KeySelect](dlg) {
		if s.Options[0] == "— Netzwerkpartner wählen —" {
			recipient = s
		}
	}
	recipient.SetSelected("Kanzlei Muster & Partner")
	test.Tap(uitest.KeyCheckWith(t, dlg, "Arbeit und Beschäftigung"))
	test.Type(uitest.All[*kit.KeySelectEntry](dlg)[0], "Telefon")
	if save.Disabled() {
		t.Fatalf("complete contact with disclosure: save disabled; hint:\n%s", uitest.Texts(dlg))
	}
	test.Tap(save)
	consentDlg := f.Overlay()
	if consentDlg == dlg || !strings.Contains(uitest.Texts(consentDlg), "Einwilligung fehlt") {
		t.Fatal("no consent dialog for an uncovered disclosure")
	}
	if got := f.Stored(); len(got.Contacts) != 0 || len(got.Disclosures) != 0 {
		t.Fatal("something was saved before the consent")
	}
	test.Tap(uitest.Button(t, consentDlg, "Abbrechen"))
	if f.Overlay() != dlg {
		t.Fatal("after cancelling the consent the contact dialog must still be open")
	}
	if got := f.Stored(); len(got.Contacts) != 0 || len(got.Disclosures) != 0 || len(got.Consents) != 0 || len(f.S.Case.Contacts) != 0 {
		t.Fatal("cancelling the consent must record neither contact nor disclosure")
	}
	if notes := uitest.All[*kit.Entry](dlg)[3]; notes.Text != "Stufenweise Wiedereingliederung besprochen." {
		t.Errorf("the typed notes are gone: %q", notes.Text)
	}

	test.Tap(save)
	consentDlg = f.Overlay()
	uitest.SelectWith(t, consentDlg, "Mündlich").SetSelected("Mündlich")
	test.Tap(uitest.Button(t, consentDlg, "Einwilligung erfassen und weitergeben"))
	got := f.Stored()
	if len(got.Consents) != 1 || len(got.Contacts) != 1 || len(got.Disclosures) != 1 {
		t.Fatalf("stored %d consents, %d contacts, %d disclosures", len(got.Consents), len(got.Contacts), len(got.Disclosures))
	}
	k, d := got.Contacts[0], got.Disclosures[0]
	if d.ContactID != k.ID || d.Partner != f.Employer.UID || d.Date != k.Date || d.Channel != "Telefon" {
		t.Errorf("disclosure %+v does not belong to contact %+v", d, k)
	}
	if !slices.Contains(k.Partners, f.Employer.UID) {
		t.Errorf("the recipient is not among the contact's partners: %v", k.Partners)
	}
	if k.Passed != model.AnswerYes {
		t.Errorf("the contact does not say it passed information on: %q", k.Passed)
	}
	if probs := got.Validate(nil); len(probs) != 0 {
		t.Errorf("stored case does not validate: %v", probs)
	}
	if f.Overlay() != nil {
		t.Error("dialogs still open")
	}
}

func TestContactWithCoveredDisclosureNeedsNoConsentDialog(t *testing.T) {
	f := uitest.NewFixture(t)
	_ = f.S.Change(func(c *model.Case) error {
		c.Consents = append(c.Consents, model.Consent{ID: model.NewID(), Partner: f.Employer.UID, Categories: []model.InfoCategory{model.InfoWork},
			GivenOn: uitest.Today.AddDays(-5), Form: model.FormWritten})
		return nil
	})
	dlg := newContact(t, f)
	answerPassed(t, dlg, "Ja, Informationen weitergegeben")
	test.Tap(uitest.KeyCheckWith(t, dlg, "Arbeit und Beschäftigung"))
	for _, s := range uitest.All[*kit.KeySelect](dlg) {
		if s.Options[0] == "— Netzwerkpartner wählen —" {
			s.SetSelected("Kanzlei Muster & Partner")
		}
	}
	test.Type(uitest.All[*kit.KeySelectEntry](dlg)[0], "E-Mail")
	test.Tap(uitest.Button(t, dlg, "Kontakt speichern"))
	if f.Overlay() != nil {
		t.Fatal("a covered disclosure must be saved without a further dialog")
	}
	if got := f.Stored(); len(got.Contacts) != 1 || len(got.Disclosures) != 1 {
		t.Errorf("stored %d contacts, %d disclosures", len(got.Contacts), len(got.Disclosures))
	}
}

func TestLogNewestFirstEditAndRoleCounts(t *testing.T) {
	f := uitest.NewFixture(t)
	_ = f.S.Change(func(c *model.Case) error {
		c.Contacts = append(c.Contacts,
			model.Contact{ID: "a", Date: uitest.Today.AddDays(-10), Kind: model.ContactLetter, Notes: "Einladung versandt", Roles: []model.Role{model.RoleSupporter}},
			model.Contact{ID: "b", Date: uitest.Today.AddDays(-2), Kind: model.ContactCounselling, Notes: "Sicht der Dinge besprochen", Roles: []model.Role{model.RoleSupporter, model.RoleAdvocate}},
		)
		return nil
	})
	f.Put(New(f.S))
	got := uitest.Texts(f.Win.Content())
	if i, j := strings.Index(got, "Sicht der Dinge"), strings.Index(got, "Einladung versandt"); i < 0 || j < 0 || i > j {
		t.Errorf("log is not newest first:\n%s", got)
	}
	// Role counts: supporter 2, advocate 1, broker 0, gatekeeper 0.
	for _, want := range []string{"Unterstützer*in\n2\n", "Fürsprecher*in\n1\n", "Vermittler*in\n0\n", "Zuweiser*in\n0\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("role counts do not show %q:\n%s", want, got)
		}
	}
	// Edit the newest contact in place: notes and a role.
	test.Tap(uitest.Buttons(f.Win.Content(), "Bearbeiten")[0])
	notes := uitest.EntryWith(t, f.Win.Content(), "Sicht der Dinge besprochen")
	test.Type(notes, " – Ängste ernst genommen")
	for _, g := range uitest.All[*widget.CheckGroup](f.Win.Content()) {
		g.SetSelected(append(g.Selected, "Vermittler*in"))
	}
	test.Tap(uitest.Button(t, f.Win.Content(), "Fertig"))
	c := f.Stored()
	var b model.Contact
	for _, k := range c.Contacts {
		if k.ID == "b" {
			b = k
		}
	}
	if b.Notes != " – Ängste ernst genommenSicht der Dinge besprochen" && b.Notes != "Sicht der Dinge besprochen – Ängste ernst genommen" {
		t.Errorf("stored notes %q", b.Notes)
	}
	if len(b.Roles) != 3 {
		t.Errorf("stored roles %v", b.Roles)
	}
	if s := uitest.Texts(f.Win.Content()); !strings.Contains(s, "Vermittler*in\n1\n") {
		t.Errorf("role counts not refreshed after editing:\n%s", s)
	}
}

// A contact cannot lie before the referral arrived: the dialog says so
// and saves nothing, by the model's order of dates.
func TestContactNotBeforeTheReferral(t *testing.T) {
	f := uitest.NewFixture(t)
	f.S.Case.Intake.Referral.ReceivedOn = uitest.Today.AddDays(-20)
	o := newContact(t, f)
	date := uitest.All[*kit.Entry](o)[0]
	date.SetText(uitest.Today.AddDays(-21).German())
	save := uitest.Button(t, o, "Kontakt speichern")
	if !save.Disabled() || !strings.Contains(uitest.Texts(o), "Eingang der Information") {
		t.Fatalf("a contact before the referral: save enabled %v, dialog says\n%s", !save.Disabled(), uitest.Texts(o))
	}
	date.SetText(uitest.Today.AddDays(-20).German())
	test.Tap(save)
	if got := f.Stored().Contacts; len(got) != 1 || got[0].Date != uitest.Today.AddDays(-20) {
		t.Errorf("stored %+v", got)
	}
}

// The documented first meeting is in the log, in its place by date.
func TestFirstMeetingInTheLog(t *testing.T) {
	f := uitest.NewFixture(t)
	c := f.S.Case
	c.Intake.FirstMeeting = model.FirstMeeting{Date: uitest.Today.AddDays(-10), Place: "Beratungsstelle Kassel", Mode: model.ModeInPerson}
	c.Contacts = []model.Contact{
		{ID: "a", Date: uitest.Today.AddDays(-12), Kind: model.ContactPhone, With: "Anruf vorher"},
		{ID: "b", Date: uitest.Today.AddDays(-2), Kind: model.ContactPhone, With: "Anruf danach"},
	}
	f.Put(New(f.S))
	shown := uitest.Texts(f.Win.Content())
	meeting := strings.Index(shown, "Erstgespräch am "+uitest.Today.AddDays(-10).German())
	before, after := strings.Index(shown, "Anruf vorher"), strings.Index(shown, "Anruf danach")
	if meeting < 0 || before < 0 || after < 0 {
		t.Fatalf("the log lacks the meeting or a contact:\n%s", shown)
	}
	if !(after < meeting && meeting < before) {
		t.Errorf("the meeting is not between the later and the earlier contact:\n%s", shown)
	}
	if !strings.Contains(shown, "Beratungsstelle Kassel") {
		t.Errorf("the meeting's place is not shown:\n%s", shown)
	}
}

// answerPassed answers the contact dialog's question whether information
// about the client was passed on.
func answerPassed(t *testing.T, dlg fyne.CanvasObject, answer string) {
	t.Helper()
	groups := uitest.All[*widget.RadioGroup](dlg)
	if len(groups) != 1 {
		t.Fatalf("%d questions whether information was passed on, want 1", len(groups))
	}
	groups[0].SetSelected(answer)
}

// A contact with a partner is not saved until it says whether information
// about the client was passed on; "no" saves it without a disclosure and
// says so.
func TestContactWithPartnerAsksWhetherInformationWasPassed(t *testing.T) {
	f := uitest.NewFixture(t)
	dlg := newContact(t, f)
	save := uitest.Button(t, dlg, "Kontakt speichern")
	if save.Disabled() {
		t.Fatalf("a contact without a partner needs no answer:\n%s", uitest.Texts(dlg))
	}
	var picker *kit.KeySelect
	for _, s := range uitest.All[*kit.KeySelect](dlg) {
		if s.PlaceHolder == "Netzwerkpartner hinzufügen …" {
			picker = s
		}
	}
	if picker == nil {
		t.Fatal("no partner picker in the contact dialog")
	}
	picker.SetSelected(f.Employer.Name)
	if !save.Disabled() || !strings.Contains(uitest.Texts(f.Overlay()), "ob bei diesem Kontakt Informationen") {
		t.Fatalf("a contact with the employer is saved without saying whether information was passed on:\n%s", uitest.Texts(f.Overlay()))
	}
	answerPassed(t, f.Overlay(), "Nein, nichts über die versicherte Person")
	if save.Disabled() {
		t.Fatalf("answered no: save stays disabled:\n%s", uitest.Texts(f.Overlay()))
	}
	test.Tap(save)
	got := f.Stored()
	if len(got.Contacts) != 1 || got.Contacts[0].Passed != model.AnswerNo || len(got.Disclosures) != 0 || !slices.Contains(got.Contacts[0].Partners, f.Employer.UID) {
		t.Errorf("stored %+v with %d disclosures", got.Contacts, len(got.Disclosures))
	}
}

// The contact dialog's fields are kit.Draft bindings: minutes that are no
// number of a day and a day that does not exist stay in their fields with
// the message under them, saving waits, and nothing reaches the case; the
// corrected values are what is saved.
func TestContactDialogRefusesUnreadableMinutesAndDate(t *testing.T) {
	f := uitest.NewFixture(t)
	o := newContact(t, f)
	save := uitest.Button(t, o, "Kontakt speichern")
	entries := uitest.All[*kit.Entry](o) // date, minutes, with, notes
	date, minutes := entries[0], entries[1]
	for _, tc := range []struct {
		field *kit.Entry
		text  string
		says  string
	}{
		{minutes, "zwanzig", "von 0 bis 1440"},
		{minutes, "1441", "von 0 bis 1440"},
		{date, "31.02.2025", "ist kein gültiges Datum"},
	} {
		f.Win.Canvas().Focus(tc.field)
		tc.field.SetText(tc.text)
		if !save.Disabled() {
			t.Errorf("%q: save must be disabled", tc.text)
		}
		if s := uitest.Texts(o); strings.Contains(s, tc.says) {
			t.Errorf("%q: the message is there while the field is still being typed in", tc.text)
		}
		f.Win.Canvas().Unfocus() // the user moves on
		if s := uitest.Texts(o); !strings.Contains(s, tc.says) {
			t.Errorf("%q: the dialog does not say what is wrong (%q):\n%s", tc.text, tc.says, s)
		}
		tc.field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if f.Overlay() != o || len(f.S.Case.Contacts) != 0 {
			t.Fatalf("%q: Enter saved a contact", tc.text)
		}
		if tc.field == minutes {
			tc.field.SetText("45")
		} else {
			tc.field.SetText(uitest.Today.AddDays(-1).German())
		}
	}
	if save.Disabled() {
		t.Fatalf("corrected: save still disabled:\n%s", uitest.Texts(o))
	}
	test.Tap(save)
	if got := f.Stored().Contacts; len(got) != 1 || got[0].Minutes != 45 || got[0].Date != uitest.Today.AddDays(-1) {
		t.Errorf("stored %+v", got)
	}
}
