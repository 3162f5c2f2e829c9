package consent

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/app"
	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

func TestWorkspaceListsConsentsWithStatus(t *testing.T) {
	f := uitest.NewFixture(t,
		model.Consent{Partner: "", Categories: cats(model.InfoHealth), GivenOn: uitest.Today.AddDays(-400), ValidUntil: uitest.Today.AddDays(-35), Form: model.FormWritten},
	)
	f.S.Case.Consents[0].Partner = f.Doctor.UID
	addConsent(f, f.Employer.UID, model.InfoContact, model.InfoWork)
	f.Put(New(f.S))
	got := uitest.Texts(f.Win.Content())
	for _, want := range []string{
		"Einwilligungen zur Weitergabe", "Kanzlei Muster & Partner", "Wirksam", "Informationen: Kontaktdaten, Arbeit und Beschäftigung",
		"Hausarztpraxis Dr. Beispiel", "Abgelaufen am 03.02.2025", "Informationsweitergaben", "Noch keine Informationsweitergabe erfasst.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("workspace does not show %q:\n%s", want, got)
		}
	}
	if strings.Index(got, "Kanzlei Muster") > strings.Index(got, "Hausarztpraxis") {
		t.Error("consents in force come before expired ones")
	}
	if len(uitest.Buttons(f.Win.Content(), "Formular drucken")) != 0 {
		t.Error("without a printer (Env.Print) there is no print button")
	}
}

func TestRevokeSetsRevokedOnAndEndsCoverage(t *testing.T) {
	f := uitest.NewFixture(t)
	addConsent(f, f.Doctor.UID, model.InfoContact, model.InfoHealth)
	f.Put(New(f.S))
	o := f.TapDialog("Widerrufen …")
	if o == nil || !strings.Contains(uitest.Texts(o), "„Hausarztpraxis Dr. Beispiel“") {
		t.Fatalf("no revoke dialog naming the partner:\n%s", uitest.Texts(o))
	}
	date := uitest.All[*kit.Entry](o)[0]
	if date.Text != "10.03.2025" {
		t.Errorf("revocation date defaults to %q, want today", date.Text)
	}
	date.SetText("11.03.2025")
	if confirm := uitest.Button(t, o, "Widerruf erfassen"); !confirm.Disabled() {
		t.Error("a revocation in the future must not be recordable")
	}
	date.SetText("09.03.2025")
	test.Tap(uitest.Button(t, o, "Widerruf erfassen"))
	got := f.Stored()
	if got.Consents[0].RevokedOn != uitest.Today.AddDays(-1) {
		t.Fatalf("stored RevokedOn %v, want 09.03.2025", got.Consents[0].RevokedOn)
	}
	if model.CheckCoverage(got, f.Doctor.UID, cats(model.InfoHealth), uitest.Today).Covered {
		t.Error("a revoked consent still covers a disclosure")
	}
	if !model.CheckCoverage(got, f.Doctor.UID, cats(model.InfoHealth), uitest.Today.AddDays(-2)).Covered {
		t.Error("before the revocation the consent covered, and that stays so")
	}
	// The rebuilt workspace shows it revoked, without a second revoke button.
	f.Put(New(f.S))
	if s := uitest.Texts(f.Win.Content()); !strings.Contains(s, "Widerrufen am 09.03.2025") {
		t.Errorf("workspace after revoking:\n%s", s)
	}
	if len(uitest.Buttons(f.Win.Content(), "Widerrufen …")) != 0 {
		t.Error("a revoked consent cannot be revoked again")
	}
}

func TestRecordConsentFromWorkspace(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Put(New(f.S))
	o := f.TapDialog("Einwilligung erfassen …")
	confirm := uitest.Button(t, o, "Einwilligung erfassen")
	uitest.SelectWith(t, o, "Kanzlei Muster & Partner").SetSelected("Kanzlei Muster & Partner")
	test.Tap(uitest.KeyCheckWith(t, o, "Arbeit und Beschäftigung"))
	if !confirm.Disabled() {
		t.Fatal("confirm must wait for written/oral")
	}
	uitest.SelectWith(t, o, "Mündlich").SetSelected("Mündlich")
	entries := uitest.All[*kit.Entry](o) // purpose, given on, valid until
	entries[0].SetText("  Wiedereingliederung  ")
	// A day that does not exist stays in its field with the message under
	// it (kit.Draft), and neither the button nor Enter records it.
	entries[2].SetText("31.06.2025")
	if !confirm.Disabled() || !strings.Contains(uitest.Texts(o), "„31.06.2025“ ist kein gültiges Datum") {
		t.Fatalf("a day that does not exist: confirm enabled %v, dialog says\n%s", !confirm.Disabled(), uitest.Texts(o))
	}
	entries[2].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(f.S.Case.Consents) != 0 {
		t.Fatal("Enter recorded a consent with a day that does not exist")
	}
	entries[2].SetText("31.12.2025")
	test.Tap(confirm)
	got := f.Stored().Consents
	if len(got) != 1 {
		t.Fatalf("stored %d consents", len(got))
	}
	k := got[0]
	if k.Partner != f.Employer.UID || k.Form != model.FormOral || k.GivenOn != uitest.Today || k.ValidUntil != model.NewDate(2025, 12, 31) || k.Purpose != "Wiedereingliederung" ||
		len(k.Categories) != 1 || k.Categories[0] != model.InfoWork || k.ID == "" {
		t.Errorf("stored %+v", k)
	}
	if f.Rebuilt == 0 {
		t.Error("the workspace was not rebuilt after recording")
	}
}

func TestDisclosureDialogGoesThroughConsent(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Put(New(f.S))
	dlg := f.TapDialog("Weitergabe erfassen …")
	uitest.SelectWith(t, dlg, "Hausarztpraxis Dr. Beispiel").SetSelected("Hausarztpraxis Dr. Beispiel")
	test.Tap(uitest.KeyCheckWith(t, dlg, "Gesundheit und Diagnosen"))
	test.Type(uitest.All[*kit.KeySelectEntry](dlg)[0], "Telefon")
	test.Tap(uitest.Button(t, dlg, "Weitergabe erfassen"))
	consentDlg := f.Overlay()
	if consentDlg == dlg || !strings.Contains(uitest.Texts(consentDlg), "Einwilligung fehlt") {
		t.Fatal("an uncovered disclosure must open the consent dialog")
	}
	test.Tap(uitest.Button(t, consentDlg, "Abbrechen"))
	if f.Overlay() != dlg {
		t.Fatal("after cancelling the consent, the disclosure form must still be open")
	}
	if len(f.Stored().Disclosures) != 0 {
		t.Fatal("a disclosure was recorded without consent")
	}
	test.Tap(uitest.Button(t, dlg, "Weitergabe erfassen"))
	consentDlg = f.Overlay()
	uitest.SelectWith(t, consentDlg, "Schriftlich").SetSelected("Schriftlich")
	test.Tap(uitest.Button(t, consentDlg, "Einwilligung erfassen und weitergeben"))
	got := f.Stored()
	if len(got.Consents) != 1 || len(got.Disclosures) != 1 || got.Disclosures[0].Channel != "Telefon" {
		t.Fatalf("stored %d consents, disclosures %+v", len(got.Consents), got.Disclosures)
	}
	if f.Overlay() != nil {
		t.Error("both dialogs must be closed")
	}
}

func TestPrintHook(t *testing.T) {
	f := uitest.NewFixture(t)
	addConsent(f, f.Doctor.UID, model.InfoHealth)
	var printed []model.Consent
	f.S.Env.Print = func(_ *kit.Session, d app.Document) {
		if d.Kind == model.DocConsent {
			printed = append(printed, d.Consent)
		}
	}
	f.Put(New(f.S))
	test.Tap(uitest.Button(t, f.Win.Content(), "Formular drucken"))
	if len(printed) != 1 || printed[0].Partner != f.Doctor.UID {
		t.Errorf("printed %+v", printed)
	}
	// The consent dialog offers the form for signature before it is recorded.
	Require(f.S, f.Employer.UID, cats(model.InfoWork), uitest.Today, func() {})
	test.Tap(uitest.Button(t, f.Overlay(), "Formular drucken"))
	if len(printed) != 2 || printed[1].Partner != f.Employer.UID || printed[1].Categories[0] != model.InfoWork {
		t.Errorf("printed from the dialog %+v", printed)
	}
}

func TestGapAndStatusMessages(t *testing.T) {
	for _, lang := range locales.Languages {
		l := locales.New(lang)
		for _, g := range model.RecordGaps {
			if !l.Has("Consent.Gap." + string(g)) {
				t.Errorf("%s: no message for gap %q", lang, g)
			}
		}
		for _, st := range model.ConsentStatuses {
			if !l.Has("Consent.Status." + string(st)) {
				t.Errorf("%s: no message for status %q", lang, st)
			}
		}
		for _, k := range channelKeys {
			if !l.Has("Consent.Channel." + k) {
				t.Errorf("%s: no message for channel %q", lang, k)
			}
		}
	}
}

// Ticking the plan without health data warns that the full plan holds
// health data; ticking health too takes the warning away.
func TestConsentDialogWarnsPlanWithoutHealth(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Put(New(f.S))
	o := f.TapDialog("Einwilligung erfassen …")
	tick := func(text string) {
		test.Tap(uitest.KeyCheckWith(t, o, text))
	}
	warning := "enthält Angaben zur Gesundheit"
	if strings.Contains(uitest.Texts(o), warning) {
		t.Fatal("a warning before anything is ticked")
	}
	tick("Reha- und Teilhabeplan")
	if !strings.Contains(uitest.Texts(o), warning) {
		t.Errorf("no warning with the plan ticked without health:\n%s", uitest.Texts(o))
	}
	tick("Gesundheit und Diagnosen")
	if strings.Contains(uitest.Texts(o), warning) {
		t.Error("the warning stays with health ticked too")
	}
}
