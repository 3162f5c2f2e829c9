package pdf

import (
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// Every document of one case begins alike: the client's name as its
// subject (footer and metadata), the title with the client and birth date
// under it, a box of facts with the case manager, and the client named by
// name, birth date and RV-Nummer. caseDoc holds what they all need, and
// newCaseDoc, header, counselorFact and identity do it once for the plan,
// the Bedarfsermittlung, the Vereinbarung, the Abschlussdokumentation, the
// Verlaufsbericht and the Rückmeldung.

// caseDoc is a document of one case: the page, the case and the partner
// directory by UID.
type caseDoc struct {
	*doc
	c        *model.Case
	partners map[string]model.Partner
}

// newCaseDoc starts the document titleID of c.
func newCaseDoc(c *model.Case, partners map[string]model.Partner, s model.Settings, loc *locales.Localizer, printed time.Time, titleID string) *caseDoc {
	d := newDoc(s, loc, printed, titleID)
	d.subject = clientName(d, c)
	return &caseDoc{doc: d, c: c, partners: partners}
}

// header prints the title with the client under it and the facts box fs.
func (cd *caseDoc) header(fs ...fact) {
	d := cd.doc
	d.titleBlock(d.title, clientLine(d, cd.c))
	d.facts(fs)
}

// counselorFact is the case manager in a facts box.
func (d *doc) counselorFact() fact { return fact{d.t("PDF.caseManager"), d.counselor()} }

// identity is the field block naming the client — name, birth date,
// RV-Nummer — followed by more.
func identity(d *doc, cl model.Client, more ...field) []field {
	return append([]field{
		{label: d.t("PDF.client.name"), value: cl.FullName()},
		{label: d.t("PDF.client.birthDate"), value: d.date(cl.BirthDate)},
		{label: d.t("PDF.client.rvnr"), value: cl.RVNR},
	}, more...)
}

// blocks prints labelled texts, given as pairs: the message ID of the
// label, then the text (a gap where it is empty).
func (d *doc) blocks(pairs ...string) {
	for i := 0; i+1 < len(pairs); i += 2 {
		d.block(d.t(pairs[i]), pairs[i+1])
	}
}

// gapIfNone prints the gap marker where n, the number of things recorded
// for a section, is 0, and says so.
func (d *doc) gapIfNone(n int) bool {
	if n > 0 {
		return false
	}
	d.para(marginL, contentW, "")
	return true
}

// tableOrGap prints t, or the gap marker where it has no rows.
func (d *doc) tableOrGap(t table) {
	if !d.gapIfNone(len(t.rows)) {
		d.table(t)
	}
}

// partnerLabel is a network partner's name with its category under it,
// as the partner tables print it.
func partnerLabel(d *doc, pt model.Partner) string {
	if pt.Category == "" {
		return pt.Name
	}
	return pt.Name + "\n" + d.enum("PartnerCategory", pt.Category)
}

// fillInDate is a line to write a day on by hand.
const fillInDate = "__________"
