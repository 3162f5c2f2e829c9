package pdf

import (
	"io"
	"strings"
	"testing"

	"teilhabelotse/locales"
)

// Once the settings, the commission and the master data are filled in,
// every document's header block names them, and none of those fields
// shows a gap.
func TestDocumentsNameCounselorDeputyAndCommission(t *testing.T) {
	c, ps, s, loc := commissioned(), testPartners(), fullSettings(), locales.New("de")
	dir := t.TempDir()
	gap := loc.T("PDF.notDocumented")

	plan := pages(t, writePDF(t, dir, "plan.pdf", func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) }))
	closure := pages(t, writePDF(t, dir, "closure.pdf", func(w io.Writer) error { return Closure(w, c, ps, s, loc, printed) }))
	consent := pages(t, writePDF(t, dir, "consent.pdf", func(w io.Writer) error {
		return ConsentForm(w, c, testConsent(), ps, s, loc, printed)
	}))
	if len(consent) != 1 {
		t.Errorf("consent form takes %d pages, want 1", len(consent))
	}
	header := []string{"Müller-Lüdenscheidt", "(Fallmanagerin)", "Vertretung", "Jörg Vertreter-Özkan",
		"030 23125 901", "Deutsche Rentenversicherung Knappschaft-Bahn-See", "FM-2024-0815", "12.01.2024",
		"Reha-Fachberatung Frau Lindqvist"}
	mustContain(t, "plan page 1", plan[0], header...)
	mustContain(t, "plan page 1", plan[0], "vertretung@ifd-nordstadt.example.org", "Dolmetschung", "erforderlich: Polnisch",
		"Möbelwerk Österreicher GmbH", "Ansprechperson: Herr Brandt (Personal)", "Aufgabenkreis", "Betreuerin (Gesundheitssorge)",
		"Lindenstraße 12")
	mustContain(t, "closure page 1", closure[0], "Müller-Lüdenscheidt", "(Fallmanagerin)",
		"Deutsche Rentenversicherung Knappschaft-Bahn-See", "FM-2024-0815", "12.01.2024", "Reha-Fachberatung Frau Lindqvist")
	mustContain(t, "consent", consent[0], "Auftraggeber: Deutsche Rentenversicherung Knappschaft-Bahn-See",
		"Aktenzeichen: FM-2024-0815", "Vertretung: Jörg Vertreter-Özkan", "030 23125 901", "Fallmanager*in: Sabine",
		"Unterschrift der gesetzlichen Betreuung", "Dr. Heike Überall")
	// The header block of plan and closure: label, then its value — never
	// the gap marker after a label that was filled.
	for name, text := range map[string]string{"plan": plan[0], "closure": closure[0]} {
		for _, label := range []string{"Fallmanager*in", "Vertretung", "Auftraggebender Träger", "Aktenzeichen des Trägers", "Auftrag vom", "Ansprechperson beim Träger"} {
			if name == "closure" && label == "Vertretung" {
				continue // the deputy is the plan's and the consent form's
			}
			i := strings.Index(text, label)
			if i < 0 {
				t.Errorf("%s lacks %q", name, label)
				continue
			}
			if after := text[i+len(label):]; strings.HasPrefix(strings.TrimSpace(after), gap) {
				t.Errorf("%s: %q is followed by the gap marker", name, label)
			}
		}
	}
	for name, pp := range map[string][]string{"plan": plan, "closure": closure, "consent": consent} {
		if all := strings.Join(pp, "\n"); strings.Contains(all, "nicht eingetragen") {
			t.Errorf("%s still says the organisation is not entered", name)
		}
	}
}

// A case from before the commission was recorded prints the default
// carrier of the settings; without a deputy the header shows the gap.
func TestDocumentsFallBackToTheDefaultCarrier(t *testing.T) {
	c, ps, s, loc := richCase(), testPartners(), testSettings(), locales.New("de")
	plan := pages(t, writePDF(t, t.TempDir(), "plan.pdf", func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) }))
	mustContain(t, "plan page 1", plan[0], "Deutsche Rentenversicherung Bund", "Vertretung")
}
