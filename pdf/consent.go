package pdf

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// ConsentForm renders a pre-filled Einwilligung zur Weitergabe von
// Informationen for the client's signature: who passes what to whom, every
// information category as a ticked or empty box, the purpose, how long the
// consent holds, and the right to revoke it at any time for the future.
// A release from confidentiality prints as the Entbindung von der
// Schweigepflicht (release_form.go).
func ConsentForm(w io.Writer, c *model.Case, consent model.Consent, partners map[string]model.Partner, s model.Settings, loc *locales.Localizer, printed time.Time) error {
	if c == nil {
		return fmt.Errorf("pdf: consent form of no case: %w", model.ErrNotFound)
	}
	kd := &consentDoc{k: consent}
	kd.caseDoc = newCaseDoc(c, partners, s, loc, printed, kd.id("title"))
	return render(w, kd.doc, kd.draw)
}

type consentDoc struct {
	*caseDoc
	k model.Consent
}

func (kd *consentDoc) draw() {
	d, c, k := kd.doc, kd.c, kd.k
	sub := d.t(kd.id("subtitle"))
	if carrier := c.CommissioningCarrier(d.set); carrier != "" {
		sub = d.t(kd.id("subtitleCarrier"), "Carrier", carrier)
	}
	d.titleBlock(d.title, sub)
	if k.RevokedOn.Valid() {
		d.lines(marginL, contentW, d.t(kd.id("revoked"), "Date", d.date(k.RevokedOn)), "B", 10, colMissing, "L")
		d.space(3)
	}

	d.heading(d.t("PDF.consent.sectionParties"))
	kd.parties()

	d.heading(d.t(kd.id("sectionCategories")))
	d.para(marginL, contentW, d.t(kd.id("declaration")))
	d.space(2)
	var boxes []checkItem
	for _, cat := range model.InfoCategories {
		boxes = append(boxes, checkItem{slices.Contains(k.Categories, cat), d.enum("InfoCategory", cat)})
	}
	for _, cat := range k.Categories { // a category this version does not know
		if !slices.Contains(model.InfoCategories, cat) {
			boxes = append(boxes, checkItem{true, string(cat)})
		}
	}
	kd.checkboxes(boxes)

	d.heading(d.t("PDF.consent.sectionPurpose"))
	if strings.TrimSpace(k.Purpose) == "" {
		kd.fillIn(d.t(kd.id("purposeFillIn")), 2)
	} else {
		d.para(marginL, contentW, k.Purpose)
	}
	d.space(2)
	from := d.date(k.GivenOn)
	if from == "" {
		from = fillInDate
	}
	until := d.t("PDF.consent.untilRevoked")
	if k.ValidUntil.Valid() {
		until = d.date(k.ValidUntil)
	}
	d.para(marginL, contentW, d.t(kd.id("validity"), "From", from, "Until", until))

	d.heading(d.t("PDF.consent.sectionRights"))
	d.para(marginL, contentW, d.t(kd.id("voluntary")))
	d.space(1.5)
	d.para(marginL, contentW, d.t(kd.id("revocation"), "Organisation", d.orGap(d.set.Organisation)))
	d.space(1.5)
	d.para(marginL, contentW, d.t(kd.id("copy")))

	signOff(d, c.Client, clientSigners(d, c.Client, k.GivenOn, false))
}

// parties prints who consents, who passes the information on and who
// receives it, side by side.
func (kd *consentDoc) parties() {
	d, cl := kd.doc, kd.c.Client
	var who, from, to []string
	// item adds value to a column, or the label with the gap marker.
	item := func(col *[]string, label, value string) {
		if strings.TrimSpace(value) == "" {
			*col = append(*col, label+": "+d.gap())
			return
		}
		*col = append(*col, value)
	}
	item(&who, d.t("PDF.client.name"), cl.FullName())
	item(&who, d.t("PDF.client.birthDate"), prefixed(d.t("PDF.consent.born", "Date", d.date(cl.BirthDate)), d.date(cl.BirthDate)))
	item(&who, d.t("PDF.client.rvnr"), prefixed(d.t("PDF.consent.rvnr", "RVNR", cl.RVNR), cl.RVNR))
	item(&who, d.t("PDF.client.address"), cl.Address)
	if ref := strings.TrimSpace(kd.c.Commission.Reference); ref != "" {
		who = append(who, d.t("PDF.consent.reference", "Reference", ref))
	}

	item(&from, d.t("PDF.consent.organisation"), d.set.Organisation)
	item(&from, d.t("PDF.caseManager"), prefixed(d.t("PDF.consent.caseManager", "Name", d.counselor()), d.set.Name))
	// The organisation's address and phone stand in the page header; the
	// column names who stands in for the counselor instead, so the form
	// still fits on one page for signing.
	if strings.TrimSpace(d.set.Address) == "" {
		item(&from, d.t("PDF.client.address"), "")
	}
	item(&from, d.t("PDF.deputy"), prefixed(d.t("PDF.consent.deputy", "Deputy", d.set.Deputy), d.set.Deputy))
	if strings.TrimSpace(d.set.Deputy) != "" {
		from = append(from, nonEmpty(d.set.DeputyPhone)...)
	}

	if pt, ok := kd.partners[kd.k.Partner]; ok {
		item(&to, d.t("PDF.partner.name"), pt.Name)
		if pt.Category != "" {
			to = append(to, d.enum("PartnerCategory", pt.Category))
		}
		item(&to, d.t("PDF.partner.person"), prefixed(d.t("PDF.consent.contactPerson", "Name", pt.ContactPerson), pt.ContactPerson))
		item(&to, d.t("PDF.client.address"), pt.Address)
		to = append(to, nonEmpty(pt.Phone, pt.Email)...)
	} else {
		to = append(to, partnerName(d, kd.partners, kd.k.Partner))
	}
	if kd.k.Kind == model.ConsentRelease {
		// The partner releases and reports; the case manager receives.
		from, to = to, from
	}
	d.table(table{cols: []column{
		{head: d.t("PDF.consent.sectionClient"), width: 1},
		{head: d.t(kd.id("sectionFrom")), width: 1},
		{head: d.t(kd.id("sectionTo")), width: 1},
	}, rows: [][]cell{{{text: strings.Join(who, "\n")}, {text: strings.Join(from, "\n")}, {text: strings.Join(to, "\n")}}}})
}

// prefixed is labelled when value is set, "" otherwise (so item shows the gap).
func prefixed(labelled, value string) string {
	if strings.TrimSpace(value) == "" {
		return ""
	}
	return labelled
}

// checkItem is one box of the information categories.
type checkItem struct {
	on    bool
	label string
}

// checkboxes prints the categories in two columns, reading down, each with
// a ticked or empty box; ticked ones in bold.
func (kd *consentDoc) checkboxes(items []checkItem) {
	d := kd.doc
	const boxW, gap = 9.0, 3.0
	colW := contentW / 2
	lh := lineH(10.5)
	rows := (len(items) + 1) / 2
	labels := make([][]string, len(items))
	heights := make([]float64, rows)
	for i, it := range items {
		style := ""
		if it.on {
			style = "B"
		}
		d.font(style, sizeBody+0.5)
		labels[i] = d.wrap(it.label, colW-boxW-gap)
		heights[i%rows] = max(heights[i%rows], float64(len(labels[i]))*lh+0.8)
	}
	total := 0.0
	for _, h := range heights {
		total += h
	}
	d.need(total)
	top := d.y()
	for i, it := range items {
		x := marginL + float64(i/rows)*colW
		y := top
		for r := 0; r < i%rows; r++ {
			y += heights[r]
		}
		box, style := "☐", ""
		if it.on {
			box, style = "☒", "B"
		}
		d.font("", 12)
		d.color(colText)
		d.pdf.SetXY(x+1, y)
		d.pdf.CellFormat(boxW-2, lh, box, "", 0, "L", false, 0, "")
		d.font(style, sizeBody+0.5)
		for j, ln := range labels[i] {
			d.pdf.SetXY(x+boxW, y+float64(j)*lh)
			d.pdf.CellFormat(colW-boxW-gap, lh, ln, "", 0, "L", false, 0, "")
		}
	}
	d.pdf.SetXY(marginL, top+total)
}

// fillIn draws ruled lines to write on, with a caption.
func (kd *consentDoc) fillIn(caption string, n int) {
	d := kd.doc
	d.need(float64(n)*9 + lineH(7.5) + 2)
	d.draw(colMuted)
	d.pdf.SetLineWidth(0.2)
	for i := 0; i < n; i++ {
		y := d.y() + 8
		d.pdf.Line(marginL, y, marginL+contentW, y)
		d.pdf.SetY(y + 1)
	}
	d.lines(marginL, contentW, caption, "I", 7.5, colMuted, "L")
}
