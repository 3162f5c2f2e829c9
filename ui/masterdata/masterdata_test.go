package masterdata

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// newFixture is uitest's fixture with the carrier set, as the settings do.
func newFixture(t *testing.T) *uitest.Fixture {
	t.Helper()
	f := uitest.NewFixture(t)
	f.S.Env.Settings = model.Settings{Carrier: "Deutsche Rentenversicherung Nord"}
	return f
}

func entry(t *testing.T, root fyne.CanvasObject, label string) *kit.Entry {
	t.Helper()
	return uitest.Field[*kit.Entry](t, root, label)
}

func typeNew(t *testing.T, e *kit.Entry, text string) {
	t.Helper()
	e.SetText("")
	test.Type(e, text)
}

// Everything of plan element 1 and the commission can be entered in the
// window and is saved: address, phone, e-mail, language needs with the
// interpreter, relatives, the guardian with the scope of the guardianship,
// the employer from the directory with its contact person, the carrier,
// its reference, the commission date and the Reha-Fachberatung.
func TestMasterDataAndCommissionAreSaved(t *testing.T) {
	f := newFixture(t)
	f.Show(New)

	typeNew(t, uitest.Fields(f.Root, "Anschrift")[0].(*kit.Entry), "Hafenstraße 1\n20457 Hamburg")
	typeNew(t, entry(t, f.Root, "Telefon"), "040 123456")
	mail := entry(t, f.Root, "E-Mail")
	typeNew(t, mail, "erika@")
	_ = f.S.Flush()
	if got := f.Stored().Client.Email; got != "" {
		t.Errorf("an e-mail address that is none was saved: %q", got)
	}
	if mail.Validate() == nil {
		t.Error("the field does not say the address is wrong")
	}
	test.Type(mail, "example.org")
	typeNew(t, entry(t, f.Root, "Sprachliche Bedarfe"), "Deutsch mündlich gut, Schriftliches in Leichter Sprache")
	test.Tap(uitest.CheckWith(t, f.Root, "Dolmetschung erforderlich"))
	typeNew(t, entry(t, f.Root, "Sprache der Dolmetschung"), "Arabisch")

	test.Tap(uitest.OneButton(t, f.Root, "Angehörige Person hinzufügen"))
	typeNew(t, uitest.Fields(f.Root, "Name")[0].(*kit.Entry), "Karl Mustermann")
	typeNew(t, entry(t, f.Root, "Beziehung"), "Ehemann")

	// The guardian is the last "Name" (relatives come first).
	names := uitest.Fields(f.Root, "Name")
	typeNew(t, names[len(names)-1].(*kit.Entry), "Betreuungsverein Nord e. V.")
	typeNew(t, entry(t, f.Root, "Aufgabenkreis"), "Vermögenssorge, Behördenangelegenheiten")

	emp := uitest.Fields(f.Root, "Arbeitgeber")[0]
	var sel *widget.Select
	uitest.WalkDeep(emp, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok {
			sel = s
		}
	})
	if sel == nil || len(sel.Options) != 2 {
		t.Fatalf("the employer choice offers %v, want none and the one employer of the directory", sel)
	}
	uitest.SelectOption(t, sel, f.Employer.Name)
	typeNew(t, entry(t, f.Root, "Ansprechperson"), "Oliver Beispiel (Personal)")

	carrier := uitest.Field[*widget.SelectEntry](t, f.Root, "Auftraggebender Träger")
	if !strings.Contains(carrier.PlaceHolder, "Deutsche Rentenversicherung Nord") {
		t.Errorf("the carrier field does not show the default: %q", carrier.PlaceHolder)
	}
	carrier.SetText(model.DRVCarriers[1])
	typeNew(t, entry(t, f.Root, "Aktenzeichen"), "KBS-FM 2025/0042")
	typeNew(t, entry(t, f.Root, "Auftrag vom"), "03.03.2025")
	typeNew(t, entry(t, f.Root, "Reha-Fachberatung / -Sachbearbeitung"), "Frau Adler, 0234 304-12345")
	if err := f.S.Flush(); err != nil {
		t.Fatal(err)
	}

	c := f.Stored()
	cl := c.Client
	if cl.Address != "Hafenstraße 1\n20457 Hamburg" || cl.Phone != "040 123456" || cl.Email != "erika@example.org" ||
		!cl.Interpreter || cl.InterpreterLanguage != "Arabisch" || !strings.HasPrefix(cl.LanguageNeeds, "Deutsch mündlich") {
		t.Errorf("client %+v", cl)
	}
	if len(cl.Relatives) != 1 || cl.Relatives[0] != (model.Person{Name: "Karl Mustermann", Relation: "Ehemann"}) {
		t.Errorf("relatives %+v", cl.Relatives)
	}
	if cl.Guardian.Name != "Betreuungsverein Nord e. V." || cl.Guardian.Relation != "Vermögenssorge, Behördenangelegenheiten" {
		t.Errorf("guardian %+v", cl.Guardian)
	}
	if cl.Employer != f.Employer.UID || cl.EmployerContact != "Oliver Beispiel (Personal)" {
		t.Errorf("employer %q, contact %q", cl.Employer, cl.EmployerContact)
	}
	want := model.Commission{Carrier: model.DRVCarriers[1], Reference: "KBS-FM 2025/0042", Date: model.NewDate(2025, 3, 3),
		Contact: "Frau Adler, 0234 304-12345"}
	if c.Commission != want {
		t.Errorf("commission %+v, want %+v", c.Commission, want)
	}

	// Removing the relative again.
	test.Tap(uitest.OneButton(t, f.Root, "Angehörige Person hinzufügen")) // a second one
	if got := len(f.Stored().Client.Relatives); got != 2 {
		t.Fatalf("%d relatives after adding", got)
	}
}

// During intake name, birth date and RV-Nummer are fields; an RV-Nummer
// whose check digit is wrong is not saved, one whose birth-date digits
// disagree is saved with a warning.
func TestIdentityDuringIntake(t *testing.T) {
	f := newFixture(t)
	f.S.Case.Phase = model.PhaseIntake
	f.Show(New)
	typeNew(t, entry(t, f.Root, "Geburtsdatum"), "01.04.1990")
	rv := uitest.All[*kit.Entry](uitest.Field[fyne.CanvasObject](t, f.Root, "Rentenversicherungsnummer"))[0]
	typeNew(t, rv, "10 010490 A 444")
	_ = f.S.Flush()
	if got := f.Stored().Client.RVNR; got != "" {
		t.Errorf("a number with a wrong check digit was saved: %q", got)
	}
	if err := rv.Validate(); err == nil || !strings.Contains(err.Error(), "Prüfziffer") {
		t.Errorf("the field says %v", err)
	}
	typeNew(t, rv, "10 010490 A 443")
	_ = f.S.Flush()
	if got := f.Stored().Client.RVNR; got != "10010490A443" {
		t.Errorf("stored RV-Nummer %q", got)
	}
	typeNew(t, entry(t, f.Root, "Geburtsdatum"), "02.04.1990")
	_ = f.S.Flush()
	if !strings.Contains(uitest.Texts(f.Root), "passt nicht zum eingetragenen Geburtsdatum") {
		t.Error("no warning when the RV-Nummer's birth date disagrees")
	}
	typeNew(t, entry(t, f.Root, "Nachname"), "")
	_ = f.S.Flush()
	if got := f.Stored().Client.LastName; got != "Mustermann" {
		t.Errorf("an empty last name was saved: %q", got)
	}
}

// After intake the identity is corrected only with a reason, and the log
// says which data were corrected and why — never the names or numbers.
func TestIdentityCorrectionAfterIntake(t *testing.T) {
	f := newFixture(t)
	f.Show(New)
	if len(uitest.Fields(f.Root, "Nachname")) != 1 {
		t.Fatal("no Nachname row")
	}
	if _, ok := uitest.Fields(f.Root, "Nachname")[0].(*kit.Entry); ok {
		t.Fatal("after intake the last name is a plain field")
	}
	test.Tap(uitest.OneButton(t, f.Root, "Berichtigen …"))
	o := f.Dialog()
	save := uitest.Button(t, o, "Berichtigen")
	es := uitest.All[*kit.Entry](o) // first, last, birth, rvnr
	es[1].SetText("Musterfrau")
	if !save.Disabled() || !strings.Contains(uitest.Texts(o), "Bitte den Grund der Berichtigung wählen.") {
		t.Error("a correction without a reason can be saved")
	}
	es[3].SetText("10010490A444")
	for _, s := range uitest.All[*kit.KeySelect](o) {
		s.SetSelected("Namensänderung (z. B. Heirat)")
	}
	if !save.Disabled() {
		t.Error("a wrong check digit can be saved")
	}
	es[3].SetText("10 010490 A 443")
	if save.Disabled() {
		t.Fatalf("the correction cannot be saved:\n%s", uitest.Texts(o))
	}
	test.Tap(save)
	c := f.Stored()
	if c.Client.LastName != "Musterfrau" || c.Client.RVNR != "10010490A443" {
		t.Errorf("stored client %+v", c.Client)
	}
	log, err := f.DB.AuditEntries(context.Background(), c.UID)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, e := range log {
		if e.Kind == model.AuditIdentity {
			found = true
			if e.Detail["fields"] != "name,rvnr" || e.Detail["reason"] != "nameChange" {
				t.Errorf("audit detail %v", e.Detail)
			}
			for _, v := range e.Detail {
				if strings.Contains(v, "Muster") || strings.Contains(v, "10010490") {
					t.Errorf("personal data in the log: %v", e.Detail)
				}
			}
		}
	}
	if !found {
		t.Error("the correction is not in the log")
	}
	if !strings.Contains(uitest.Texts(f.Root), "Musterfrau") {
		t.Error("the workspace does not show the corrected name")
	}
}

// A new employer is created in the directory from the master data and
// becomes the client's employer.
func TestEmployerCreatedFromMasterData(t *testing.T) {
	f := newFixture(t)
	f.Show(New)
	test.Tap(uitest.OneButton(t, f.Root, "Neu anlegen …"))
	o := f.Dialog()
	test.Type(uitest.All[*kit.Entry](o)[0], "Tischlerei Holzwurm GmbH")
	test.Tap(uitest.Button(t, o, "Speichern"))
	c := f.Stored()
	p, ok := f.S.Env.Partner(c.Client.Employer)
	if !ok || p.Name != "Tischlerei Holzwurm GmbH" || p.Category != model.PartnerEmployer {
		t.Errorf("employer %q → %+v", c.Client.Employer, p)
	}
	if !strings.Contains(uitest.Texts(f.Root), "Tischlerei Holzwurm GmbH") {
		t.Error("the new employer is not shown")
	}
}

// The office that receives the reports is chosen from the carrier's
// offices in the directory; it is the one recipient the consent to case
// management covers.
func TestReportOfficeIsChosenFromTheDirectory(t *testing.T) {
	f := newFixture(t)
	office := model.Partner{Name: "DRV Nord – Reha-Sachbearbeitung", Category: model.PartnerRehaSachbearbeitung}
	smd := model.Partner{Name: "DRV Nord – Sozialmedizinischer Dienst", Category: model.PartnerSMD}
	for _, p := range []*model.Partner{&office, &smd} {
		if err := f.DB.SavePartner(context.Background(), p); err != nil {
			t.Fatal(err)
		}
		f.S.Env.Partners = append(f.S.Env.Partners, *p)
	}
	f.Show(New)
	sel := uitest.Field[*widget.Select](t, f.Root, "Berichte gehen an")
	if len(sel.Options) != 2 || sel.Options[1] != office.Name {
		t.Fatalf("offered %v, want none and the carrier's office (not the SMD)", sel.Options)
	}
	uitest.SelectOption(t, sel, office.Name)
	if err := f.S.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := f.Stored().Commission.Partner; got != office.UID {
		t.Errorf("stored report office %q, want %q", got, office.UID)
	}
	if cov := model.CheckCoverage(f.S.Case, office.UID, []model.InfoCategory{model.InfoPlan}, f.S.Env.Today()); cov.Covered != f.S.Case.CMConsent.Active(f.S.Env.Today()) {
		t.Errorf("coverage of the office %+v with the consent to case management active=%v", cov, f.S.Case.CMConsent.Active(f.S.Env.Today()))
	}
}
