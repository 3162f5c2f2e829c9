package pdf

import (
	"io"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// The Entbindung von der Schweigepflicht prints as its own form: the
// partner is released and reports, the case manager receives, and the
// form says it allows no disclosure; one page, ticked what it covers.
func TestReleaseFormIsItsOwnForm(t *testing.T) {
	c, ps, s := richCase(), testPartners(), testSettings()
	k := model.Consent{ID: "r1", Kind: model.ConsentRelease, Partner: "p-ther", Categories: []model.InfoCategory{model.InfoHealth, model.InfoCapability},
		Purpose: "Befundbericht zur Belastbarkeit einholen", GivenOn: day(2024, 9, 5), Form: model.FormWritten}
	for _, lang := range []string{"de", "en"} {
		loc := locales.New(lang)
		path := writePDF(t, t.TempDir(), "release.pdf", func(w io.Writer) error { return ConsentForm(w, c, k, ps, s, loc, printed) })
		qpdfCheck(t, path)
		pp := pages(t, path)
		if len(pp) != 1 {
			t.Errorf("%s: the release takes %d pages, want 1", lang, len(pp))
		}
		text := flat(strings.Join(pp, "\n"))
		mustContain(t, lang+" release", text, loc.T("PDF.release.title"), loc.T("PDF.release.sectionFrom"), loc.T("PDF.release.sectionTo"),
			"Praxis für Ergotherapie", k.Purpose, firstWords(loc.T("PDF.release.declaration"), 6))
		if strings.Contains(text, loc.T("PDF.consent.title")) {
			t.Errorf("%s: the release calls itself a consent to disclosure", lang)
		}
		if n := strings.Count(text, "☒"); n != 2 {
			t.Errorf("%s: %d ticked boxes, want 2", lang, n)
		}
		// The released partner stands in the first party column after the
		// client, the organisation in the last.
		parties := text[strings.Index(text, loc.T("PDF.consent.sectionParties")):]
		if i, j := strings.Index(parties, "Praxis für Ergotherapie"), strings.Index(parties, s.Organisation[:12]); i < 0 || j < 0 || i > j {
			t.Errorf("%s: the partner should stand before the organisation (released → receives)", lang)
		}
	}
}
