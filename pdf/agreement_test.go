package pdf

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// interpreted is the commissioned rich case whose documents were
// explained through an interpreter.
func interpretedCase() *model.Case {
	c := commissioned()
	c.Client.InterpreterName = "Anna Nowak-Wiśniewska"
	c.CMConsent = model.CaseManagementConsent{GivenOn: day(2024, 1, 22), Form: model.FormWritten, InformedCM: true, InformedDataProtect: true}
	c.Intake.Agreement = model.Agreement{Concluded: true, Date: day(2024, 1, 22),
		Notes: "Termine alle zwei Wochen dienstags in der Beratungsstelle; Erreichbarkeit per Telefon vormittags."}
	return c
}

func TestAgreementIsPrefilled(t *testing.T) {
	c, ps, s, loc := interpretedCase(), testPartners(), fullSettings(), locales.New("de")
	s.RetentionYears = 5
	pp := checkedPages(t, t.TempDir(), "agreement.pdf", loc, func(w io.Writer) error { return Agreement(w, c, ps, s, loc, printed) })
	text := strings.Join(pp, "\n")

	mustContain(t, "title", pp[0], "Zustimmung und Vereinbarung zum Fallmanagement",
		"Auftraggeber: Deutsche Rentenversicherung Knappschaft-Bahn-See")
	mustContain(t, "parties", text, "Jürgen Größe-Äßling", "10.04.1990", "10010490A443", "Lindenstraße 12",
		"Rechtliche Betreuung: Dr. Heike", "IFD Nordstadt gGmbH", "Sabine Müller-Lüdenscheidt", "(Fallmanagerin)",
		"Jörg Vertreter-Özkan", "030 23125 901", "FM-2024-0815", "Ansprechperson: Reha-Fachberatung")
	mustContain(t, "what", text, "Was ist Fallmanagement?", "keine Therapie", "Reha- und Teilhabeplan")
	mustContain(t, "rights", text, "Ihre Rechte und Pflichten", "Die Teilnahme ist freiwillig", "Art. 15 DSGVO",
		"Termine wahrnehmen oder rechtzeitig absagen")
	mustContain(t, "data", text, "Datenschutz und Widerruf", "Gesundheitsdaten (Art. 9", "Einwilligung zur Weitergabe",
		"5 Jahre aufbewahrt", "jederzeit ohne Angabe von Gründen", "für die Zukunft")
	mustContain(t, "content", text, "Inhalt der Vereinbarung", c.Intake.Agreement.Notes, "Voraussichtliche Intensität")
	// What the client was told is ticked as recorded; what was not, is
	// left to tick by hand.
	mustContain(t, "declaration", text, "☒ das Fallmanagement und seinen", "☒ den Datenschutz",
		"☐ meine Rechte und Pflichten", "☒ Ich stimme der Teilnahme", "☒ Ich schließe die oben beschriebene")
	mustContain(t, "interpreter", flat(strings.ReplaceAll(text, "\n", " ")), "Dieses Dokument wurde mündlich übersetzt in Polnisch, Dolmetscher*in: Anna Nowak-Wiśniewska.",
		"Unterschrift Dolmetscher*in")
	mustContain(t, "signatures", text, "Unterschrift der versicherten Person", "Unterschrift Fallmanager*in",
		"22.01.2024", "Ort, Datum")
	mustLack(t, "an active consent is marked as withdrawn", text, "widerrufen am")
}

// Printed at the first meeting, before anything is recorded: the form
// has lines to write on and boxes to tick, and no interpreter's line when
// none is needed.
func TestAgreementBeforeAnythingIsRecorded(t *testing.T) {
	c, ps, s, loc := commissioned(), testPartners(), fullSettings(), locales.New("de")
	c.Client.Interpreter = false
	c.CMConsent = model.CaseManagementConsent{}
	c.Intake.Agreement = model.Agreement{}
	path := writePDF(t, t.TempDir(), "blank.pdf", func(w io.Writer) error { return Agreement(w, c, ps, s, loc, printed) })
	text := strings.Join(pages(t, path), "\n")
	mustContain(t, "fill-in", text, "Vereinbart (z. B. Ziele der Zusammenarbeit", "☐ das Fallmanagement", "☐ Ich schließe")
	for _, not := range []string{"Dolmetscher", "mündlich übersetzt"} {
		if strings.Contains(text, not) {
			t.Errorf("without an interpreter the form says %q", not)
		}
	}
	// The interpreter flag without a name leaves the name to be written in.
	c.Client.Interpreter, c.Client.InterpreterLanguage = true, "Arabisch"
	path = writePDF(t, t.TempDir(), "noname.pdf", func(w io.Writer) error { return Agreement(w, c, ps, s, loc, printed) })
	mustContain(t, "no name", strings.Join(pages(t, path), "\n"), "mündlich übersetzt in Arabisch, Dolmetscher*in: ____")
}

func TestAgreementOfAWithdrawnConsent(t *testing.T) {
	c, ps, s, loc := interpretedCase(), testPartners(), fullSettings(), locales.New("en")
	c.CMConsent.WithdrawnOn = day(2024, 6, 1)
	path := writePDF(t, t.TempDir(), "withdrawn.pdf", func(w io.Writer) error { return Agreement(w, c, ps, s, loc, printed) })
	pp := pages(t, path)
	footers(t, pp, loc)
	mustContain(t, "english", strings.Join(pp, "\n"), "Consent and agreement to case management",
		"The consent was withdrawn on 1 Jun 2024.", "translated orally into Polnisch, interpreter: Anna Nowak-Wiśniewska")
}

// The information sheet is one page in plain language — also with long
// names, a deputy and an interpreter — and tells whom to reach.
func TestInfoSheetIsOnePageInPlainLanguage(t *testing.T) {
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		c, s := interpretedCase(), fullSettings()
		s.Organisation = "Berufsförderungswerk Musterstadt gGmbH – Integrationsfachdienst und Fallmanagement für die Deutsche Rentenversicherung Region Nord"
		pp := checkedPages(t, t.TempDir(), lang+"-info.pdf", loc, func(w io.Writer) error { return InfoSheet(w, c, s, loc, printed) })
		if len(pp) != 1 {
			t.Fatalf("%s: the information sheet has %d pages, want one", lang, len(pp))
		}
		if lang != "de" {
			continue
		}
		mustContain(t, "sheet", strings.ReplaceAll(pp[0], "\n", " "), "Fallmanagement – Informationen für Sie", "Für Jürgen Größe-Äßling",
			"Sie haben eine feste Ansprech·person: Sabine Müller-Lüdenscheidt.", "Sie machen freiwillig mit.",
			"Sie können jederzeit aufhören.", "Wir schicken Berichte an Ihre Renten·versicherung:", "Knappschaft-Bahn-See.",
			"So erreichen Sie uns", "030 23125 900", "Wenn ich nicht da bin: Jörg Vertreter-Özkan", "030 23125 901",
			"mündlich übersetzt in Polnisch, Dolmetscher*in: Anna Nowak-Wiśniewska")
		// Plain language: one short sentence a line, no sentence longer
		// than twelve words.
		for _, id := range infoLines(loc) {
			for _, sentence := range strings.FieldsFunc(id, func(r rune) bool { return r == '.' || r == '?' || r == ':' }) {
				if n := len(strings.Fields(sentence)); n > 12 {
					t.Errorf("a sentence of %d words: %q", n, sentence)
				}
			}
		}
	}
}

// infoLines are the sheet's sentences.
func infoLines(loc *locales.Localizer) []string {
	var out []string
	for _, part := range []string{"what", "rights", "ask", "data"} {
		for i := 1; loc.Has(fmt.Sprintf("PDF.info.%s.%d", part, i)); i++ {
			out = append(out, loc.T(fmt.Sprintf("PDF.info.%s.%d", part, i), "Name", "X", "Carrier", "Y"))
		}
	}
	if len(out) < 15 {
		panic("the information sheet's lines are not where the test looks")
	}
	return out
}
