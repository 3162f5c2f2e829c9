package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// Assessment renders one Bedarfsermittlung of the case to w: number n of
// c.Assessments counted from 1 (the first assessment; re-assessments
// follow), 0 the newest; one the case does not have is model.ErrNotFound.
//
// It is a document of its own rather than a section of the plan: the
// assessment exists before any plan, a re-assessment keeps the earlier
// ones, and the carrier asks for the need and its reasons, not for the
// goals. It holds the client's own view first (in their words), the seven
// areas, the ICF context factors, the instruments with their results, the
// Profilvergleich drawn as in the window with the action need of every
// gap, the employer's side, case conferences and the network partners.
func Assessment(w io.Writer, c *model.Case, n int, partners map[string]model.Partner, s model.Settings, loc *locales.Localizer, printed time.Time) error {
	if c == nil {
		return fmt.Errorf("pdf: assessment of no case: %w", model.ErrNotFound)
	}
	if n == 0 {
		n = len(c.Assessments)
	}
	if n < 1 || n > len(c.Assessments) {
		return fmt.Errorf("pdf: assessment %d of case %s: %w", n, c.UID, model.ErrNotFound)
	}
	ad := &assessmentDoc{caseDoc: newCaseDoc(c, partners, s, loc, printed, "PDF.assessment.title"), a: &c.Assessments[n-1], n: n}
	d := ad.doc
	d.subject += " · " + d.t("PDF.assessment.ofDate", "Kind", ad.kind(), "Date", d.orGap(d.date(ad.a.Date)))
	return render(w, d, ad.draw)
}

type assessmentDoc struct {
	*caseDoc
	a *model.Assessment
	n int // 1-based number among the case's assessments
}

func (ad *assessmentDoc) draw() {
	d, c, a := ad.doc, ad.c, ad.a
	fm := c.Intake.FirstMeeting
	first := strings.Join(nonEmpty(d.date(fm.Date), fm.Place), ", ")
	ad.header(fact{d.t("PDF.assessment.kind"), ad.kind()}, fact{d.t("PDF.assessment.date"), d.date(a.Date)},
		fact{d.t("PDF.assessment.firstMeeting"), first}, d.counselorFact())
	if ad.n < len(c.Assessments) {
		next := c.Assessments[ad.n]
		d.lines(marginL, contentW, d.t("PDF.assessment.superseded", "Date", d.orGap(d.date(next.Date))), "B", sizeBody, colLoop, "L")
		d.space(2)
	}
	d.commission(c, false)
	if ad.n > 1 {
		d.fields([]field{{label: d.t("PDF.assessment.reason"), value: a.Reason}})
	}

	d.heading(d.t("PDF.assessment.sectionClient"))
	d.note(d.t("PDF.assessment.ownWords"))
	d.space(1.5)
	d.blocks("PDF.assessment.wishesGoals", a.WishesGoals, "PDF.assessment.clientView", a.ClientView,
		"PDF.assessment.wishes", a.Wishes, "PDF.assessment.fears", a.Fears)

	d.heading(d.t("PDF.assessment.sectionAreas"))
	d.blocks("PDF.assessment.health", a.Health, "PDF.assessment.qualification", a.Qualification,
		"PDF.assessment.work", a.Work, "PDF.assessment.economic", a.Economic, "PDF.assessment.dailyLiving", a.DailyLiving,
		"PDF.assessment.social", a.Social, "PDF.assessment.cultural", a.Cultural)

	d.heading(d.t("PDF.assessment.sectionFactors"))
	ad.factors()

	d.heading(d.t("PDF.assessment.sectionInstruments"))
	ad.instruments()

	d.headingKeep(d.t("PDF.assessment.sectionProfile"), 45)
	ad.profile()

	d.heading(d.t("PDF.assessment.sectionEmployer"))
	ad.employerSide()

	d.heading(d.t("PDF.assessment.sectionConferences"))
	ad.conferences()

	d.heading(d.t("PDF.assessment.sectionPartners"))
	ad.networkPartners()
}

// kind is "Erste Bedarfsermittlung" or "Re-Assessment N".
func (ad *assessmentDoc) kind() string {
	if ad.n > 1 {
		return ad.t("PDF.assessment.reassessment", "N", ad.n-1)
	}
	return ad.t("PDF.assessment.initial")
}

// factors prints the ICF context factors: kind, effect, description.
func (ad *assessmentDoc) factors() {
	d := ad.doc
	t := table{caption: d.t("PDF.assessment.sectionFactors"), cols: []column{
		{head: d.t("PDF.assessment.factorKind"), width: 45},
		{head: d.t("PDF.assessment.factorEffect"), width: 35},
		{head: d.t("PDF.assessment.factorDescription"), width: 90},
	}}
	for _, f := range ad.a.ContextFactors {
		t.rows = append(t.rows, []cell{
			d.txtOrGap(enumOrEmpty(d, "FactorKind", f.Kind)), d.txtOrGap(enumOrEmpty(d, "FactorEffect", f.Effect)), d.txtOrGap(f.Description),
		})
	}
	d.tableOrGap(t)
}

// instruments prints the assessment instruments with their results.
func (ad *assessmentDoc) instruments() {
	d := ad.doc
	t := table{caption: d.t("PDF.assessment.sectionInstruments"), cols: []column{
		{head: d.t("PDF.assessment.instrument"), width: 42},
		{head: d.t("PDF.assessment.instrumentDate"), width: 20},
		{head: d.t("PDF.assessment.instrumentBy"), width: 34},
		{head: d.t("PDF.assessment.instrumentResult"), width: 74},
	}}
	for _, in := range ad.a.Instruments {
		t.rows = append(t.rows, []cell{d.txtOrGap(in.Name), d.txtOrGap(d.date(in.Date)), d.txtOrGap(in.By), d.txtOrGap(in.Result)})
	}
	d.tableOrGap(t)
}

// Colours of the profile comparison, as the window draws it: capability
// in the accent, the requirement the capability meets in grey, the rest of
// the requirement in the warning colour (gap 1) or the danger colour (gap
// 2 and more).
var (
	colCapability  = colAccent
	colRequirement = rgb{170, 178, 189}
	colGapWarn     = rgb{214, 120, 0}
	colGapDanger   = rgb{190, 30, 30}
)

// gapColour is the colour of a gap of g points.
func gapColour(g int) rgb {
	if g >= 2 {
		return colGapDanger
	}
	return colGapWarn
}

// profile prints the Profilvergleich as a table whose second column draws
// the two bars of every item on the 0–5 scale, with the gap and the
// action need beside them. An item without a gap needs no action; its
// empty action need is not a gap in the documentation.
func (ad *assessmentDoc) profile() {
	d, items := ad.doc, ad.a.Profile
	if d.gapIfNone(len(items)) {
		return
	}
	ad.legend()
	t := table{caption: d.t("PDF.assessment.sectionProfile"), cols: []column{
		{head: d.t("PDF.assessment.item"), width: 40},
		{head: d.t("PDF.assessment.scale"), width: 52},
		{head: d.t("PDF.assessment.gap"), width: 14, align: "C"},
		{head: d.t("PDF.assessment.actionNeed"), width: 64},
	}}
	for i, it := range items {
		name := cell{text: it.Item}
		if strings.TrimSpace(it.Item) == "" {
			name = cell{text: d.t("PDF.assessment.unnamed", "N", i+1), style: "I", color: &colMuted}
		}
		gap := cell{text: "–", color: &colMuted}
		need := cell{text: it.ActionNeed}
		if g := it.Gap(); g > 0 {
			col := gapColour(g)
			gap = cell{text: fmt.Sprint(g), style: "B", color: &col}
			if strings.TrimSpace(it.ActionNeed) == "" {
				need = d.gapCell()
			}
		} else if strings.TrimSpace(it.ActionNeed) == "" {
			need = cell{text: d.t("PDF.assessment.noActionNeed"), style: "I", color: &colMuted}
		}
		t.rows = append(t.rows, []cell{name, {paint: d.profileBars(it), paintH: 8.5}, gap, need})
	}
	d.table(t)
}

// legend explains the bars above the table, with swatches in their colours.
func (ad *assessmentDoc) legend() {
	d := ad.doc
	const sw = 3.2
	lh := lineH(sizeSmall)
	d.need(lh + 2)
	y := d.y()
	x := marginL
	d.font("", sizeSmall)
	d.color(colMuted)
	swatch := func(c rgb) {
		d.fill(c)
		d.pdf.Rect(x, y+(lh-sw)/2, sw, sw, "F")
		x += sw + 0.6
	}
	label := func(s string) {
		x += 0.8
		d.pdf.SetXY(x, y)
		w := d.pdf.GetStringWidth(s)
		d.pdf.CellFormat(w, lh, s, "", 0, "L", false, 0, "")
		x += w + 5
	}
	swatch(colCapability)
	label(d.t("PDF.assessment.capability"))
	swatch(colRequirement)
	label(d.t("PDF.assessment.requirement"))
	swatch(colGapWarn)
	swatch(colGapDanger)
	label(d.t("PDF.assessment.gapLegend"))
	d.pdf.SetXY(marginL, y+lh+1.5)
}

// profileBars draws one item: the scale 0–5 as faint ticks, the
// capability bar above, the requirement bar below with its unmet stretch
// in the gap colour, and each value at the end of its bar.
func (d *doc) profileBars(it model.ProfileItem) func(x, y, w, h float64) {
	return func(x, y, w, h float64) {
		const numW, barH = 4.0, 2.6
		unit := (w - numW - 1) / 5
		clamp := func(v int) int { return max(0, min(v, 5)) }
		capV, reqV := clamp(it.Capability), clamp(it.Requirement)
		d.pdf.SetLineWidth(0.1)
		d.draw(colRule)
		for i := 0; i <= 5; i++ {
			tx := x + float64(i)*unit
			d.pdf.Line(tx, y, tx, y+h)
		}
		top := y + (h-2*barH-0.8)/2
		value := func(v int, by float64) {
			d.font("", 6.5)
			d.color(colMuted)
			d.pdf.SetXY(x+float64(v)*unit+0.6, by-0.4)
			d.pdf.CellFormat(numW, barH+0.8, fmt.Sprint(v), "", 0, "L", false, 0, "")
		}
		if capV > 0 {
			d.fill(colCapability)
			d.pdf.Rect(x, top, float64(capV)*unit, barH, "F")
		}
		value(capV, top)
		rt := top + barH + 0.8
		met := min(capV, reqV)
		if met > 0 {
			d.fill(colRequirement)
			d.pdf.Rect(x, rt, float64(met)*unit, barH, "F")
		}
		if g := reqV - met; g > 0 {
			d.fill(gapColour(g))
			d.pdf.Rect(x+float64(met)*unit, rt, float64(g)*unit, barH, "F")
		}
		value(reqV, rt)
	}
}

// employerSide prints the employer and what is known of the workplace.
// For a client without an employer (the master data say so) and without a
// word about a workplace it does not apply and says so; the Fachkonzept
// involves the employer "sofern vorhanden". An employer not yet recorded
// is a gap.
func (ad *assessmentDoc) employerSide() {
	d, e, cl := ad.doc, ad.a.Employer, ad.c.Client
	if cl.NoEmployer && strings.TrimSpace(e.Requirements+e.Situation+e.Relations) == "" {
		d.lines(marginL, contentW, d.t("PDF.assessment.noEmployer"), "I", sizeBody, colMuted, "L")
		return
	}
	d.fields([]field{{label: d.t("PDF.client.employer"), value: d.employer(ad.partners, cl)}})
	d.blocks("PDF.assessment.requirements", e.Requirements, "PDF.assessment.companySituation", e.Situation,
		"PDF.assessment.relations", e.Relations)
}

// conferences prints every case conference with its tasks.
func (ad *assessmentDoc) conferences() {
	d := ad.doc
	if d.gapIfNone(len(ad.a.Conferences)) {
		return
	}
	for i, k := range ad.a.Conferences {
		if len(ad.a.Conferences) > 1 {
			d.subheading(d.t("PDF.assessment.conferenceN", "N", i+1))
		}
		conference(d, k, ad.partners)
		d.space(2)
	}
}

// networkPartners prints the partners involved with their contact data.
func (ad *assessmentDoc) networkPartners() {
	d := ad.doc
	t := table{caption: d.t("PDF.assessment.sectionPartners"), cols: []column{
		{head: d.t("PDF.partner.name"), width: 66},
		{head: d.t("PDF.partner.person"), width: 44},
		{head: d.t("PDF.partner.contact"), width: 60},
	}}
	for _, uid := range ad.a.NetworkPartners {
		pt, ok := ad.partners[uid]
		if !ok {
			t.rows = append(t.rows, []cell{{text: partnerName(d, ad.partners, uid), style: "I", color: &colMissing}, {}, {}})
			continue
		}
		t.rows = append(t.rows, []cell{d.txtOrGap(partnerLabel(d, pt)), {text: pt.ContactPerson}, {text: partnerContact(pt)}})
	}
	d.tableOrGap(t)
}
