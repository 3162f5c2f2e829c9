package pdf

import (
	"io"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// PlanExtract renders the plan without its health data — the Auszug ohne
// Angaben zur Gesundheit for a recipient whose consent covers the plan but
// not health and diagnoses (model.PlanWithoutHealth). Left out are the
// section on the health disorder, its consequences and the context factors
// (they describe the disorder); the goals, measures and network partners
// of the area health (a psychotherapy or a therapist names the disorder as
// well); and the goals' ICF codes (a code names a body function or
// structure). Of the Teilhabeplan nach § 19 SGB IX the extract keeps the
// dates, the leistender Träger, the Persönliches Budget, the consent to the
// conference and the Jobcenter; every item that records the need, its
// findings or the services for it — the carriers involved (a health
// insurer's medical rehabilitation), the findings and instruments (a
// PHQ-9), the Bundesagentur's expert opinion, the services (Krankengeld),
// the client's wishes, the agreed findings, the conference's results,
// other bodies' reports (an Integrationsamt speaks of a severe
// disability) and the caring relative's concerns (a relative's need for
// care) — says in its row that it is not contained. Goals keep the numbers they have in the full plan, so both
// can be talked about side by side. The mark stands below the title and in
// the footer of every page, so a single page still says what it is.
func PlanExtract(w io.Writer, c *model.Case, version int, partners map[string]model.Partner, s model.Settings, loc *locales.Localizer, printed time.Time) error {
	return plan(w, c, version, partners, s, loc, printed, true)
}

// extractMark says under the title that this is the extract.
func (pd *planDoc) extractMark() {
	if !pd.extract {
		return
	}
	d := pd.doc
	d.lines(marginL, contentW, d.t("PDF.extract.mark"), "B", 11, colText, "L")
	d.note(d.t("PDF.extract.why"))
	d.space(2)
}

// hidden reports an area the extract leaves out — the goals and measures
// of the area health say what the health disorder is — and says so in its
// place.
func (pd *planDoc) hidden(a model.Area) bool {
	if !pd.extract || a != model.AreaHealth {
		return false
	}
	pd.doc.note(pd.doc.t("PDF.extract.omitted"))
	return true
}

// omitted stands in the health section of the extract for what was left
// out, and reports whether it did.
func (pd *planDoc) omitted() bool {
	if !pd.extract {
		return false
	}
	pd.doc.note(pd.doc.t("PDF.extract.omitted"))
	return true
}

// categoryNames lists information categories in the document's language.
func categoryNames(d *doc, cats []model.InfoCategory) string {
	names := make([]string, len(cats))
	for i, c := range cats {
		names[i] = d.enum("InfoCategory", c)
	}
	return strings.Join(names, ", ")
}
