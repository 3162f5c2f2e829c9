package pdf

import (
	"io"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// Every document the client signs says that it was translated orally and
// has the interpreter sign, where the master data say an interpreter is
// needed — the note on the same page as the signature lines — and says
// nothing of an interpreter where none is needed.
func TestSignedDocumentsNameTheInterpreter(t *testing.T) {
	release := testConsent()
	release.Kind, release.Partner = model.ConsentRelease, "p-ther"
	docs := map[string]func(io.Writer, *model.Case, *locales.Localizer) error{
		"consent": func(w io.Writer, c *model.Case, loc *locales.Localizer) error {
			return ConsentForm(w, c, testConsent(), testPartners(), fullSettings(), loc, printed)
		},
		"release": func(w io.Writer, c *model.Case, loc *locales.Localizer) error {
			return ConsentForm(w, c, release, testPartners(), fullSettings(), loc, printed)
		},
		"plan": func(w io.Writer, c *model.Case, loc *locales.Localizer) error {
			return Plan(w, c, 0, testPartners(), fullSettings(), loc, printed)
		},
		"agreement": func(w io.Writer, c *model.Case, loc *locales.Localizer) error {
			return Agreement(w, c, testPartners(), fullSettings(), loc, printed)
		},
	}
	want := map[string][]string{
		"de": {"Dieses Dokument wurde mündlich übersetzt in Polnisch, Dolmetscher*in: Anna Nowak-Wiśniewska.", "Unterschrift Dolmetscher*in"},
		"en": {"This document was translated orally into Polnisch, interpreter: Anna Nowak-Wiśniewska.", "Signature of the interpreter"},
	}
	for name, render := range docs {
		for _, lang := range []string{"de", "en"} {
			loc := locales.New(lang)
			c := interpretedCase()
			path := writePDF(t, t.TempDir(), name+".pdf", func(w io.Writer) error { return render(w, c, loc) })
			qpdfCheck(t, path)
			pp := pages(t, path)
			last := flat(strings.ReplaceAll(pp[len(pp)-1], "\n", " "))
			mustContain(t, name+" "+lang+" (last page)", last, want[lang]...)
			if n := strings.Count(strings.Join(pp, " "), want[lang][1]); n != 1 {
				t.Errorf("%s %s: the interpreter signs %d times", name, lang, n)
			}

			c.Client.Interpreter = false
			path = writePDF(t, t.TempDir(), name+"-none.pdf", func(w io.Writer) error { return render(w, c, loc) })
			text := strings.Join(pages(t, path), "\n")
			for _, not := range []string{"Dolmetscher", "mündlich übersetzt", "interpreter", "translated orally"} {
				if strings.Contains(text, not) {
					t.Errorf("%s %s without an interpreter says %q", name, lang, not)
				}
			}
		}
	}
}
