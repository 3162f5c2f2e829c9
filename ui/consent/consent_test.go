package consent

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

func TestWorkspaceListsConsentsWithStatus(t *testing.T) {
	f := newFixture(t,
		model.Consent{Partner: "", Categories: cats(model.InfoHealth), GivenOn: today.AddDays(-400), ValidUntil: today.AddDays(-35), Form: model.FormWritten},
	)
	f.s.Case.Consents[0].Partner = f.doctor.UID
	addConsent(f, f.employer.UID, model.InfoContact, model.InfoWork)
	f.Show(New(f.s))
	got := texts(f.win.Content())
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
	if len(buttons(f.win.Content(), "Formular drucken")) != 0 {
		t.Error("without OnPrint there is no print button")
	}
}

func TestRevokeSetsRevokedOnAndEndsCoverage(t *testing.T) {
	f := newFixture(t)
	addConsent(f, f.doctor.UID, model.InfoContact, model.InfoHealth)
	f.Show(New(f.s))
	test.Tap(button(t, f.win.Content(), "Widerrufen …"))
	o := f.Overlay()
	if o == nil || !strings.Contains(texts(o), "„Hausarztpraxis Dr. Beispiel“") {
		t.Fatalf("no revoke dialog naming the partner:\n%s", texts(o))
	}
	date := all[*kit.Entry](o)[0]
	if date.Text != "10.03.2025" {
		t.Errorf("revocation date defaults to %q, want today", date.Text)
	}
	date.SetText("11.03.2025")
	if confirm := button(t, o, "Widerruf erfassen"); !confirm.Disabled() {
		t.Error("a revocation in the future must not be recordable")
	}
	date.SetText("09.03.2025")
	test.Tap(button(t, o, "Widerruf erfassen"))
	got := f.Stored()
	if got.Consents[0].RevokedOn != today.AddDays(-1) {
		t.Fatalf("stored RevokedOn %v, want 09.03.2025", got.Consents[0].RevokedOn)
	}
	if model.CheckCoverage(got, f.doctor.UID, cats(model.InfoHealth), today).Covered {
		t.Error("a revoked consent still covers a disclosure")
	}
	if !model.CheckCoverage(got, f.doctor.UID, cats(model.InfoHealth), today.AddDays(-2)).Covered {
		t.Error("before the revocation the consent covered, and that stays so")
	}
	// The rebuilt workspace shows it revoked, without a second revoke button.
	f.Show(New(f.s))
	if s := texts(f.win.Content()); !strings.Contains(s, "Widerrufen am 09.03.2025") {
		t.Errorf("workspace after revoking:\n%s", s)
	}
	if len(buttons(f.win.Content(), "Widerrufen …")) != 0 {
		t.Error("a revoked consent cannot be revoked again")
	}
}

func TestRecordConsentFromWorkspace(t *testing.T) {
	f := newFixture(t)
	f.Show(New(f.s))
	test.Tap(button(t, f.win.Content(), "Einwilligung erfassen …"))
	o := f.Overlay()
	confirm := button(t, o, "Einwilligung erfassen")
	selectWith(t, o, "Kanzlei Muster & Partner").SetSelected("Kanzlei Muster & Partner")
	for _, c := range all[*kit.KeyCheck](o) {
		if c.Text == "Arbeit und Beschäftigung" {
			test.Tap(c)
		}
	}
	if !confirm.Disabled() {
		t.Fatal("confirm must wait for written/oral")
	}
	selectWith(t, o, "Mündlich").SetSelected("Mündlich")
	all[*kit.Entry](o)[2].SetText("31.12.2025") // valid until
	test.Tap(confirm)
	got := f.Stored().Consents
	if len(got) != 1 {
		t.Fatalf("stored %d consents", len(got))
	}
	k := got[0]
	if k.Partner != f.employer.UID || k.Form != model.FormOral || k.GivenOn != today || k.ValidUntil != model.NewDate(2025, 12, 31) ||
		len(k.Categories) != 1 || k.Categories[0] != model.InfoWork || k.ID == "" {
		t.Errorf("stored %+v", k)
	}
	if f.Rebuilt == 0 {
		t.Error("the workspace was not rebuilt after recording")
	}
}

func TestDisclosureDialogGoesThroughConsent(t *testing.T) {
	f := newFixture(t)
	f.Show(New(f.s))
	test.Tap(button(t, f.win.Content(), "Weitergabe erfassen …"))
	dlg := f.Overlay()
	selectWith(t, dlg, "Hausarztpraxis Dr. Beispiel").SetSelected("Hausarztpraxis Dr. Beispiel")
	for _, c := range all[*kit.KeyCheck](dlg) {
		if c.Text == "Gesundheit und Diagnosen" {
			test.Tap(c)
		}
	}
	test.Type(all[*kit.KeySelectEntry](dlg)[0], "Telefon")
	test.Tap(button(t, dlg, "Weitergabe erfassen"))
	consentDlg := f.Overlay()
	if consentDlg == dlg || !strings.Contains(texts(consentDlg), "Einwilligung fehlt") {
		t.Fatal("an uncovered disclosure must open the consent dialog")
	}
	test.Tap(button(t, consentDlg, "Abbrechen"))
	if f.Overlay() != dlg {
		t.Fatal("after cancelling the consent, the disclosure form must still be open")
	}
	if len(f.Stored().Disclosures) != 0 {
		t.Fatal("a disclosure was recorded without consent")
	}
	test.Tap(button(t, dlg, "Weitergabe erfassen"))
	consentDlg = f.Overlay()
	selectWith(t, consentDlg, "Schriftlich").SetSelected("Schriftlich")
	test.Tap(button(t, consentDlg, "Einwilligung erfassen und weitergeben"))
	got := f.Stored()
	if len(got.Consents) != 1 || len(got.Disclosures) != 1 || got.Disclosures[0].Channel != "Telefon" {
		t.Fatalf("stored %d consents, disclosures %+v", len(got.Consents), got.Disclosures)
	}
	if f.Overlay() != nil {
		t.Error("both dialogs must be closed")
	}
}

func TestPrintHook(t *testing.T) {
	f := newFixture(t)
	addConsent(f, f.doctor.UID, model.InfoHealth)
	var printed []model.Consent
	OnPrint = func(_ *kit.Session, k model.Consent) { printed = append(printed, k) }
	t.Cleanup(func() { OnPrint = nil })
	f.Show(New(f.s))
	test.Tap(button(t, f.win.Content(), "Formular drucken"))
	if len(printed) != 1 || printed[0].Partner != f.doctor.UID {
		t.Errorf("printed %+v", printed)
	}
	// The consent dialog offers the form for signature before it is recorded.
	Require(f.s, f.employer.UID, cats(model.InfoWork), today, func() {})
	test.Tap(button(t, f.Overlay(), "Formular drucken"))
	if len(printed) != 2 || printed[1].Partner != f.employer.UID || printed[1].Categories[0] != model.InfoWork {
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
	f := newFixture(t)
	f.Show(New(f.s))
	test.Tap(button(t, f.win.Content(), "Einwilligung erfassen …"))
	o := f.Overlay()
	tick := func(text string) {
		for _, c := range all[*kit.KeyCheck](o) {
			if c.Text == text {
				test.Tap(c)
			}
		}
	}
	warning := "enthält Angaben zur Gesundheit"
	if strings.Contains(texts(o), warning) {
		t.Fatal("a warning before anything is ticked")
	}
	tick("Reha- und Teilhabeplan")
	if !strings.Contains(texts(o), warning) {
		t.Errorf("no warning with the plan ticked without health:\n%s", texts(o))
	}
	tick("Gesundheit und Diagnosen")
	if strings.Contains(texts(o), warning) {
		t.Error("the warning stays with health ticked too")
	}
}
