package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// Agreement renders the Zustimmung und Vereinbarung zum Fallmanagement,
// pre-filled for signing at the first meeting: who agrees with whom and
// for which carrier, what case management is, the client's rights and
// obligations, data protection and revocation, what was agreed, the
// declaration with the boxes of what the client was informed about, and
// the signatures — the interpreter's too where the document was
// translated orally. The Fachkonzept asks for the consent, the
// information on data protection and on rights and obligations, and an
// agreement at the start; the relationship-work literature for a
// "Kontrakt" that makes the working alliance binding.
func Agreement(w io.Writer, c *model.Case, partners map[string]model.Partner, s model.Settings, loc *locales.Localizer, printed time.Time) error {
	if c == nil {
		return fmt.Errorf("pdf: agreement of no case: %w", model.ErrNotFound)
	}
	ad := &agreementDoc{newCaseDoc(c, partners, s, loc, printed, "PDF.agreement.title")}
	return render(w, ad.doc, ad.draw)
}

type agreementDoc struct{ *caseDoc }

func (ad *agreementDoc) draw() {
	d, c := ad.doc, ad.c
	carrier := c.CommissioningCarrier(d.set)
	sub := d.t("PDF.agreement.subtitle", "Organisation", d.orGap(d.set.Organisation))
	if carrier != "" {
		sub = d.t("PDF.agreement.subtitleCarrier", "Organisation", d.orGap(d.set.Organisation), "Carrier", carrier)
	}
	d.titleBlock(d.title, sub)
	if k := c.CMConsent; k.WithdrawnOn.Valid() && !k.Active(model.DateOf(d.printed)) {
		d.lines(marginL, contentW, d.t("PDF.agreement.withdrawn", "Date", d.date(k.WithdrawnOn)), "B", 10, colMissing, "L")
		d.space(3)
	}

	d.heading(d.t("PDF.agreement.sectionParties"))
	ad.parties()

	d.heading(d.t("PDF.agreement.sectionWhat"))
	ad.paras("PDF.agreement.what1", "PDF.agreement.what2", "PDF.agreement.what3")

	d.heading(d.t("PDF.agreement.sectionRights"))
	ad.bullets("PDF.agreement.rights", 6)
	d.space(1.5)
	d.label(marginL, contentW, d.t("PDF.agreement.obligationsIntro"))
	ad.bullets("PDF.agreement.obligations", 4)

	d.heading(d.t("PDF.agreement.sectionData"))
	ad.paras("PDF.agreement.data1")
	d.space(1)
	d.para(marginL, contentW, d.t("PDF.agreement.data2", "Carrier", d.orGap(carrier)))
	d.space(1.5)
	ad.paras("PDF.agreement.data3")
	d.space(1)
	d.para(marginL, contentW, d.t("PDF.agreement.data4", "Years", d.set.WithDefaults().RetentionYears))
	d.space(1.5)
	d.para(marginL, contentW, d.t("PDF.agreement.revocation", "Organisation", d.orGap(d.set.Organisation)))

	d.heading(d.t("PDF.agreement.sectionContent"))
	ad.content()

	// The declaration stays on one page with the signatures under it.
	ss := ad.signers()
	d.headingKeep(d.t("PDF.agreement.sectionDeclaration"), 68+signOffHeight(d, ad.c.Client, ss))
	ad.declaration(ss)
}

// signers are the client, the guardian, the counselor and the
// interpreter, with the day of the consent (else of the agreement) as
// the client's date.
func (ad *agreementDoc) signers() []signer {
	c := ad.c
	when := c.CMConsent.GivenOn
	if !when.Valid() {
		when = c.Intake.Agreement.Date
	}
	return clientSigners(ad.doc, c.Client, when, true)
}

// parties prints the client, the provider with counselor and deputy, and
// the commission side by side.
func (ad *agreementDoc) parties() {
	d, c := ad.doc, ad.c
	cl := c.Client
	col := func(lines ...string) cell {
		var out []string
		for _, l := range lines {
			if strings.TrimSpace(l) != "" {
				out = append(out, l)
			}
		}
		return cell{text: strings.Join(out, "\n")}
	}
	orGapLine := func(label, v string) string {
		if strings.TrimSpace(v) == "" {
			return label + ": " + d.gap()
		}
		return v
	}
	who := col(
		orGapLine(d.t("PDF.client.name"), cl.FullName()),
		prefixed(d.t("PDF.consent.born", "Date", d.date(cl.BirthDate)), d.date(cl.BirthDate)),
		prefixed(d.t("PDF.consent.rvnr", "RVNR", cl.RVNR), cl.RVNR),
		orGapLine(d.t("PDF.client.address"), cl.Address),
		prefixed(d.t("PDF.agreement.guardian", "Name", cl.Guardian.Name), cl.Guardian.Name),
	)
	provider := col(
		orGapLine(d.t("PDF.consent.organisation"), d.set.Organisation),
		orGapLine(d.t("PDF.caseManager"), prefixed(d.t("PDF.consent.caseManager", "Name", d.counselor()), d.set.Name)),
		d.set.Phone, d.set.Email, // one a line: an address must not break
		orGapLine(d.t("PDF.deputy"), prefixed(d.t("PDF.consent.deputy", "Deputy", d.set.Deputy), d.set.Deputy)),
		d.set.DeputyPhone, d.set.DeputyEmail,
	)
	k := c.Commission
	commission := col(
		orGapLine(d.t("PDF.carrier"), c.CommissioningCarrier(d.set)),
		prefixed(d.t("PDF.consent.reference", "Reference", k.Reference), k.Reference),
		prefixed(d.t("PDF.agreement.commissionDate", "Date", d.date(k.Date)), d.date(k.Date)),
		prefixed(d.t("PDF.agreement.commissionContact", "Contact", k.Contact), k.Contact),
	)
	d.table(table{cols: []column{
		{head: d.t("PDF.agreement.colClient"), width: 1},
		{head: d.t("PDF.agreement.colProvider"), width: 1},
		{head: d.t("PDF.agreement.colCommission"), width: 1},
	}, rows: [][]cell{{who, provider, commission}}})
}

// paras prints one paragraph per message.
func (ad *agreementDoc) paras(ids ...string) {
	for i, id := range ids {
		if i > 0 {
			ad.space(1.5)
		}
		ad.para(marginL, contentW, ad.t(id))
	}
}

// bullets prints the messages prefix.1 … prefix.n as a list.
func (ad *agreementDoc) bullets(prefix string, n int) {
	d := ad.doc
	for i := 1; i <= n; i++ {
		d.font("", sizeBody)
		lines := d.wrap(d.t(fmt.Sprintf("%s.%d", prefix, i)), contentW-5)
		d.need(float64(len(lines)) * lineH(sizeBody))
		d.color(colText)
		d.pdf.SetXY(marginL+1, d.y())
		d.pdf.CellFormat(4, lineH(sizeBody), "•", "", 0, "L", false, 0, "")
		d.lines(marginL+5, contentW-5, strings.Join(lines, " "), "", sizeBody, colText, "L")
		d.space(0.6)
	}
}

// content prints what the two sides agreed, or lines to write it on.
func (ad *agreementDoc) content() {
	d, ag := ad.doc, ad.c.Intake.Agreement
	d.para(marginL, contentW, d.t("PDF.agreement.contentIntro"))
	d.space(1.5)
	if x := ad.c.Intake.ExpectedIntensity; x != "" {
		d.fields([]field{{label: d.t("PDF.agreement.intensity"), value: d.enum("Intensity", x)}})
	}
	if strings.TrimSpace(ag.Notes) == "" {
		(&consentDoc{caseDoc: ad.caseDoc}).fillIn(d.t("PDF.agreement.contentFillIn"), 4)
		return
	}
	d.lines(marginL, contentW, ag.Notes, "", sizeBody, colText, "L")
}

// declaration prints the client's declaration with the boxes of what they
// were informed about (ticked as recorded, empty to tick by hand), the
// interpreter's note and the signature lines.
func (ad *agreementDoc) declaration(ss []signer) {
	d, c := ad.doc, ad.c
	k := c.CMConsent
	d.para(marginL, contentW, d.t("PDF.agreement.declarationIntro"))
	d.space(1.5)
	kd := &consentDoc{caseDoc: ad.caseDoc} // the consent form's boxes and fill-in lines
	kd.checkboxes([]checkItem{
		{k.InformedCM, d.t("PDF.agreement.informedCM")},
		{k.InformedDataProtect, d.t("PDF.agreement.informedData")},
		{k.InformedRights, d.t("PDF.agreement.informedRights")},
		{true, d.t("PDF.agreement.consents")},
		{ad.c.Intake.Agreement.Concluded, d.t("PDF.agreement.agrees")},
	})
	d.space(2)
	d.para(marginL, contentW, d.t("PDF.agreement.copy"))
	d.space(1)
	signOff(d, c.Client, ss)
}
