package ui

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
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

// fillDialog types text into the n-th dialog field labelled label below o.
func fillDialog(t *testing.T, o fyne.CanvasObject, label string, n int, text string) {
	t.Helper()
	fs := uitest.Fields(o, label)
	if len(fs) <= n {
		t.Fatalf("%d fields %q, want at least %d", len(fs), label, n+1)
	}
	switch e := fs[n].(type) {
	case *kit.Entry:
		e.SetText("")
		test.Type(e, text)
	case *kit.KeySelectEntry:
		e.SetText(text)
	default:
		t.Fatalf("field %q is a %T", label, fs[n])
	}
}

// fillCase types text into the n-th workspace field labelled label.
func fillCase(t *testing.T, o fyne.CanvasObject, label string, n int, text string) {
	t.Helper()
	fs := uitest.Fields(o, label)
	if len(fs) <= n {
		t.Fatalf("%d fields %q, want at least %d", len(fs), label, n+1)
	}
	e, ok := fs[n].(*kit.Entry)
	if !ok {
		t.Fatalf("field %q is a %T", label, fs[n])
	}
	e.SetText("")
	test.Type(e, text)
}

// pdfText is the text of a rendered PDF, by pdftotext.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "doc.pdf")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// TestFirstDayWithoutDemo is a counselor's first day on an empty data
// folder, never touching the demo data: the setup at the first start, a
// new client with address, guardian and employer, the DRV's commission,
// the loop to a finalised plan and on to closure — and plan, closure
// documentation and consent form print every one of those without a gap.
func TestFirstDayWithoutDemo(t *testing.T) {
	store := uitest.Store(t)
	a := uitest.German(t)
	u := New(a, store, locales.New("de"), uitest.Clock, FirstStart())
	t.Cleanup(func() { u.Window().Close() })
	u.win.Resize(fyne.NewSize(1366, 768))
	u.Show()

	// The setup opens by itself on the empty folder.
	setup := u.win.Canvas().Overlays().Top()
	if setup == nil || u.setup == nil || !strings.Contains(strings.Join(uitest.Strings(setup), " "), "Willkommen bei Teilhabelotse") {
		t.Fatal("no setup at the first start")
	}
	fillDialog(t, setup, "Name der Organisation", 0, "Integrationsfachdienst Hafenstadt gGmbH")
	fillDialog(t, setup, "Anschrift", 0, "Kaistraße 5\n20457 Hamburg")
	fillDialog(t, setup, "Telefon", 0, "040 555 100")
	fillDialog(t, setup, "E-Mail", 0, "fm@")
	if save := uitest.Button(t, setup, "Speichern"); !save.Disabled() {
		t.Error("an e-mail address that is none can be saved")
	}
	fillDialog(t, setup, "E-Mail", 0, "fm@ifd-hafenstadt.example.org")
	fillDialog(t, setup, "Name", 0, "Sabine Lotse")
	fillDialog(t, setup, "Funktion", 0, "Fallmanagerin")
	fillDialog(t, setup, "Auftraggebender Träger", 0, "Deutsche Rentenversicherung Nord")
	fillDialog(t, setup, "Name", 1, "Jörg Stellvertreter")
	fillDialog(t, setup, "Telefon", 1, "040 555 101")
	fillDialog(t, setup, "E-Mail", 1, "vertretung@ifd-hafenstadt.example.org")
	var logo bytes.Buffer
	png.Encode(&logo, image.NewRGBA(image.Rect(0, 0, 60, 20)))
	u.setup.takeLogo("Logo IFD.png", logo.Bytes())
	save := uitest.Button(t, setup, "Speichern")
	if save.Disabled() {
		t.Fatalf("the setup cannot be saved: %s", strings.Join(uitest.Strings(setup), " | "))
	}
	test.Tap(save)
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the setup stays open after saving")
	}
	s, err := store.Settings(context.Background())
	if err != nil || s.Organisation != "Integrationsfachdienst Hafenstadt gGmbH" || s.Deputy != "Jörg Stellvertreter" ||
		s.Carrier != "Deutsche Rentenversicherung Nord" || s.LogoPath == "" || s.NeedsSetup() {
		t.Fatalf("settings after the setup: %+v, %v", s, err)
	}
	if u.env.Settings != s {
		t.Error("the window does not use the new settings")
	}

	// A new client.
	f := openNewCase(t, u)
	typeInto(u, f.first, "Erika")
	typeInto(u, f.last, "Musterfrau")
	typeInto(u, f.birth, "01.04.1990")
	typeInto(u, f.rvnr, "10 010490 A 443")
	f.route.SetSelectedIndex(1)
	test.Tap(f.createButton)
	c := u.view.c
	if c == nil || c.Commission.Carrier != "Deutsche Rentenversicherung Nord" {
		t.Fatalf("the new case has no carrier: %+v", c)
	}

	// Master data and commission, from the case header.
	test.Tap(uitest.OneButton(t, u.view.body, "Stammdaten"))
	page := func() fyne.CanvasObject { return u.view.work.tabs.Selected().Content }
	fillCase(t, page(), "Anschrift", 0, "Elbchaussee 12\n22765 Hamburg")
	fillCase(t, page(), "Telefon", 0, "040 987654")
	names := uitest.Fields(page(), "Name")
	fillCase(t, page(), "Name", len(names)-1, "Betreuungsverein Altona e. V.")
	fillCase(t, page(), "Aufgabenkreis", 0, "Behördenangelegenheiten")
	test.Tap(uitest.OneButton(t, page(), "Neu anlegen …"))
	pf := u.win.Canvas().Overlays().Top()
	pe := uitest.All[*kit.Entry](pf) // name, person, phone, e-mail, address, notes
	test.Type(pe[0], "Werft Nordlicht GmbH")
	test.Type(pe[4], "Am Kai 1, 20457 Hamburg")
	test.Tap(uitest.Button(t, pf, "Speichern"))
	fillCase(t, page(), "Ansprechperson", 0, "Herr Kran (Personal)")
	fillCase(t, page(), "Aktenzeichen", 0, "FM-2025-0815")
	fillCase(t, page(), "Auftrag vom", 0, "03.03.2025")
	fillCase(t, page(), "Reha-Fachberatung / -Sachbearbeitung", 0, "Frau Adler, 040 5300-0")
	if err := u.view.sess.Flush(); err != nil {
		t.Fatal(err)
	}
	employer := c.Client.Employer
	if p, ok := u.env.Partner(employer); !ok || p.Name != "Werft Nordlicht GmbH" {
		t.Fatalf("employer %q not in the directory", employer)
	}

	// Through the loop to a finalised plan, as the walk test goes.
	u.view.work.tabs.Select(u.view.work.phaseTab)
	loc := u.loc
	walkToMonitoring(t, u)
	move(t, u, loc.T("Transition.Move.closeRegular"), "")
	c.Closure.Date = u.today()
	c.Closure.WorkAbility = model.WorkAbilityYes
	c.Closure.Reintegration = model.ReintegrationPrevious
	consentToEmployer := model.Consent{ID: "k1", Partner: employer, Categories: []model.InfoCategory{model.InfoWork},
		Purpose: "Stufenweise Wiedereingliederung abstimmen", GivenOn: u.today(), Form: model.FormWritten}
	c.Consents = append(c.Consents, consentToEmployer)
	if err := u.view.sess.Change(func(*model.Case) error { return nil }); err != nil {
		t.Fatal(err)
	}

	stored, err := store.LoadCase(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Integrationsfachdienst Hafenstadt gGmbH", "Sabine Lotse", "Jörg Stellvertreter",
		"Deutsche Rentenversicherung Nord", "FM-2025-0815", "03.03.2025", "Frau Adler, 040 5300-0", "Elbchaussee 12",
		"Betreuungsverein Altona e. V.", "Behördenangelegenheiten", "Werft Nordlicht GmbH", "Herr Kran (Personal)"}
	gap := loc.T("PDF.notDocumented")
	for _, d := range []struct {
		name string
		doc  document
		want []string
	}{
		{"plan", doc(model.DocPlan), want},
		{"closure", doc(model.DocClosure), []string{"Integrationsfachdienst Hafenstadt gGmbH", "Sabine Lotse",
			"Deutsche Rentenversicherung Nord", "FM-2025-0815", "Frau Adler, 040 5300-0", "Elbchaussee 12", "Werft Nordlicht GmbH"}},
		{"consent", document{Document: app.Document{Kind: model.DocConsent, Consent: consentToEmployer}}, []string{"Integrationsfachdienst Hafenstadt gGmbH",
			"Sabine Lotse", "Jörg Stellvertreter", "Deutsche Rentenversicherung Nord", "FM-2025-0815", "Elbchaussee 12",
			"Betreuungsverein Altona e. V.", "Werft Nordlicht GmbH"}},
	} {
		var buf bytes.Buffer
		if err := d.doc.Render(&buf, stored, inputs(u.env)); err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
		text := pdfText(t, buf.Bytes())
		flat := strings.Join(strings.Fields(text), " ")
		for _, w := range d.want {
			if !strings.Contains(flat, w) {
				t.Errorf("%s lacks %q", d.name, w)
			}
		}
		if strings.Contains(text, "nicht eingetragen") {
			t.Errorf("%s says something is not entered", d.name)
		}
		// Nothing that was filled in is printed as a gap.
		for _, line := range strings.Split(text, "\n") {
			if !strings.Contains(line, gap) {
				continue
			}
			for _, label := range []string{"Fallmanager*in", "Vertretung", "Auftraggebender Träger", "Aktenzeichen",
				"Auftrag vom", "Ansprechperson", "Anschrift", "Arbeitgeber", "Telefon", "Name", "Aufgabenkreis"} {
				if strings.HasPrefix(strings.TrimSpace(line), label) {
					t.Errorf("%s prints a gap for a filled field: %q", d.name, strings.TrimSpace(line))
				}
			}
		}
	}
}
