package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// Closure renders the Abschlussdokumentation of c to w: case data, the
// phase timeline as a graphic, the documentation checklist of every phase,
// the closure record and the goal attainment with the GAS T-score.
func Closure(w io.Writer, c *model.Case, partners map[string]model.Partner, s model.Settings, loc *locales.Localizer, printed time.Time) error {
	if c == nil {
		return fmt.Errorf("pdf: closure of no case: %w", model.ErrNotFound)
	}
	cd := &closureDoc{newCaseDoc(c, partners, s, loc, printed, "PDF.closure.title")}
	return render(w, cd.doc, cd.draw)
}

type closureDoc struct{ *caseDoc }

func (cd *closureDoc) draw() {
	d, c := cd.doc, cd.c
	cl := c.Closure
	// The case opens on the referral's receipt, not on the day it was
	// typed in (the Fachkonzept's Fallidentifikation starts there).
	cd.header(d.counselorFact(), fact{d.t("PDF.closure.opened"), d.date(c.OpenedOn())}, fact{d.t("PDF.closure.date"), d.date(cl.Date)})
	d.commission(c, false)
	cd.caseAndCourse(d.t("PDF.closure.sectionTimeline"))

	d.heading(d.t("PDF.closure.sectionChecklist"))
	cd.checklists()

	d.heading(d.t("PDF.closure.sectionEnding"))
	reason := ""
	if cl.Reason != "" {
		reason = d.enum("EndingReason", cl.Reason)
	}
	fs := []field{
		{label: d.t("PDF.closure.date"), value: d.date(cl.Date)},
		{label: d.t("PDF.closure.form"), value: enumOrEmpty(d, "EndingForm", cl.Form)},
		{label: d.t("PDF.closure.reason"), value: reason},
	}
	if strings.TrimSpace(cl.ReasonText) != "" || cl.Form == model.EndingPremature {
		fs = append(fs, field{label: d.t("PDF.closure.reasonText"), value: cl.ReasonText})
	}
	d.fields(fs)

	d.heading(d.t("PDF.closure.sectionResults"))
	d.fields([]field{
		{label: d.t("PDF.closure.workAbility"), value: enumOrEmpty(d, "WorkAbility", cl.WorkAbility)},
		{label: d.t("PDF.closure.reintegration"), value: enumOrEmpty(d, "Reintegration", cl.Reintegration)},
	})

	d.heading(d.t("PDF.closure.sectionAttainment"))
	cd.attainment()

	d.heading(d.t("PDF.closure.sectionEvaluation"))
	d.blocks("PDF.closure.helped", cl.Helped, "PDF.closure.changed", cl.Changed)

	// The last section stays together with the signature below it.
	d.headingKeep(d.t("PDF.closure.sectionFurther"), 70)
	d.block(d.t("PDF.closure.furtherSupport"), cl.FurtherSupport)
	d.fields([]field{
		{label: d.t("PDF.closure.expectedIntensity"), value: enumOrEmpty(d, "Intensity", c.Intake.ExpectedIntensity)},
		{label: d.t("PDF.closure.finalIntensity"), value: enumOrEmpty(d, "Intensity", cl.FinalIntensity)},
		{label: d.t("PDF.closure.transmittedOn"), value: d.date(cl.TransmittedOn)},
	})
	d.signatures([]signer{{caption: d.t("PDF.signCaseManager"), name: d.set.Name}})
}

// caseAndCourse prints the case data and the course through the control
// loop with its transitions: the first sections of the
// Abschlussdokumentation and of the Verlaufsbericht.
func (cd *closureDoc) caseAndCourse(courseTitle string) {
	d, c := cd.doc, cd.c
	d.heading(d.t("PDF.closure.sectionCase"))
	cd.caseData()
	d.headingKeep(courseTitle, timelineHeight(c.Visits()))
	timeline(d, c)
	d.space(3)
	cd.transitions()
}

func (cd *closureDoc) caseData() {
	d, c := cd.doc, cd.c
	cl, in := c.Client, c.Intake
	route := clean(d.loc.AccessRoute(in.Referral))
	d.fields(identity(d, cl,
		field{label: d.t("PDF.client.address"), value: cl.Address},
		field{label: d.t("PDF.client.employer"), value: d.employer(cd.partners, cl)},
		field{label: d.t("PDF.closure.route"), value: route},
		field{label: d.t("PDF.closure.received"), value: d.date(in.Referral.ReceivedOn)},
		field{label: d.t("PDF.closure.firstMeeting"), value: d.date(in.FirstMeeting.Date)},
		field{label: d.t("PDF.closure.phase"), value: enumOrEmpty(d, "Phase", c.Phase)},
	))
}

// transitions lists the events of the timeline with their reasons and the
// documentation gaps acknowledged at each step.
func (cd *closureDoc) transitions() {
	d := cd.doc
	if len(cd.c.Events) == 0 {
		return
	}
	caption := d.t("PDF.closure.transitions")
	d.subheading(caption)
	t := table{caption: caption, cols: []column{
		{head: d.t("PDF.closure.when"), width: 22},
		{head: d.t("PDF.closure.move"), width: 58},
		{head: d.t("PDF.closure.moveReason"), width: 48},
		{head: d.t("PDF.closure.acknowledged"), width: 42},
	}}
	for _, ev := range cd.c.Events {
		move := d.enum("Phase", ev.To)
		if ev.From != "" {
			move = d.enum("Phase", ev.From) + " → " + move
		}
		move += "\n(" + d.enum("TransitionKind", ev.Kind) + ")"
		reason := cell{text: ev.Reason}
		if strings.TrimSpace(ev.Reason) == "" {
			reason = cell{text: "–", color: &colMuted}
			if needsReason(ev) {
				reason = d.gapCell()
			}
		}
		var missing []string
		for _, k := range ev.Missing {
			missing = append(missing, d.t(k.MessageID()))
		}
		ack := cell{text: strings.Join(missing, "\n"), color: &colMissing}
		if len(missing) == 0 {
			ack = cell{text: "–", color: &colMuted}
		}
		t.rows = append(t.rows, []cell{{text: d.date(model.DateOf(ev.At))}, {text: move}, reason, ack})
	}
	d.table(t)
}

// needsReason reports whether the control loop asks a reason for ev.
func needsReason(ev model.Event) bool {
	for _, m := range model.MovesFrom(ev.From) {
		if m.Kind == ev.Kind {
			return m.NeedsReason
		}
	}
	return false
}

// checklists prints the documentation checklist of every phase with each
// item done (✓), missing (✗) or not applicable (–), and says whether the
// list is the Fachkonzept's minimum or the program's own advice.
func (cd *closureDoc) checklists() {
	d := cd.doc
	for _, ph := range model.LoopPhases {
		cl := model.ChecklistFor(cd.c, ph)
		n := cl.Applicable()
		title := d.t("PDF.closure.checkPhase", "N", ph.Number(), "Phase", d.enum("Phase", ph), "Done", n-len(cl.Missing()), "Total", n)
		if n == 0 {
			title = d.t("PDF.closure.checkPhaseSkipped", "N", ph.Number(), "Phase", d.enum("Phase", ph))
		}
		head := "PDF.closure.checkItemAdvice"
		if model.FachkonzeptMinimum(ph) {
			head = "PDF.closure.checkItem"
		}
		d.subheading(title)
		t := table{caption: title, cols: []column{
			{head: d.t(head), width: 128},
			{head: d.t("PDF.closure.checkState"), width: 42},
		}}
		for _, it := range cl {
			state := cell{text: "✓ " + d.t("PDF.closure.checkDone"), color: &colDone}
			switch {
			case it.NotApplicable:
				state = cell{text: "– " + d.t("PDF.notApplicable"), color: &colMuted}
			case !it.Done:
				state = cell{text: "✗ " + d.t("PDF.closure.checkMissing"), style: "B", color: &colMissing}
			}
			t.rows = append(t.rows, []cell{{text: d.t(it.Key.MessageID())}, state})
		}
		d.table(t)
	}
}

// attainment prints per operational goal the baseline and final GAS level
// with a small bar chart, then the T-score and the written summary.
func (cd *closureDoc) attainment() {
	d, c := cd.doc, cd.c
	final := map[string]int{}
	for _, l := range c.Closure.FinalLevels {
		final[l.GoalID] = l.Level
	}
	type row struct {
		num, text  string
		base, last *int
	}
	var rows []row
	known := map[string]bool{}
	if p := c.CurrentPlan(); p != nil {
		nums := p.GoalNumbers()
		for _, a := range p.GoalAreas() {
			for _, g := range p.OperationalGoals() {
				if g.Strategic.Area != a {
					continue
				}
				r := row{num: nums[g.Goal.ID], text: g.Goal.Text, base: g.Goal.Baseline}
				if l, ok := final[g.Goal.ID]; ok {
					r.last = &l
				}
				known[g.Goal.ID] = true
				rows = append(rows, r)
			}
		}
	}
	for _, l := range c.Closure.FinalLevels {
		if !known[l.GoalID] {
			lv := l.Level
			rows = append(rows, row{num: "?", text: d.t("PDF.closure.goalNotInPlan", "ID", l.GoalID), last: &lv})
		}
	}
	if len(rows) == 0 {
		// Without goals in a plan (an end before planning) there is no
		// attainment to measure: that is a fact, not a gap.
		d.none(d.t("PDF.closure.noGoals"))
		d.block(d.t("PDF.closure.summary"), c.Closure.Summary)
		return
	}
	d.note(d.t("PDF.closure.chartLegend"))
	d.space(1.5)
	caption := d.t("PDF.closure.sectionAttainment")
	t := table{caption: caption, cols: []column{
		{head: d.t("PDF.closure.goalNo"), width: 9, align: "C"},
		{head: d.t("PDF.closure.goal"), width: 61},
		{head: d.t("PDF.closure.baseline"), width: 27, align: "C"},
		{head: d.t("PDF.closure.final"), width: 23, align: "C"},
		{head: d.t("PDF.closure.chart"), width: 50},
	}}
	for _, r := range rows {
		lv := func(p *int) cell {
			if p == nil {
				return d.gapCell()
			}
			return cell{text: model.LevelText(*p), style: "B"}
		}
		t.rows = append(t.rows, []cell{
			{text: r.num}, d.txtOrGap(r.text), lv(r.base), lv(r.last),
			{paint: d.gasBar(r.base, r.last), paintH: 8},
		})
	}
	d.table(t)
	d.space(3)
	cd.tScore()
	d.space(2)
	d.block(d.t("PDF.closure.summary"), c.Closure.Summary)
}

// tScore prints the GAS T-score in a light box.
func (cd *closureDoc) tScore() {
	d := cd.doc
	score, ok := cd.c.ClosureTScore()
	value, style, col := d.gap(), "I", colMissing
	if ok {
		value, style, col = d.num(score), "B", colAccent
	}
	const pad = 3.0
	d.font("", sizeSmall)
	expl := d.wrap(clean(d.loc.N("PDF.closure.tScoreNote", len(cd.c.Closure.FinalLevels))), contentW-2*pad)
	h := 2*pad + lineH(12) + 1 + float64(len(expl))*lineH(sizeSmall)
	d.need(h)
	top := d.y()
	d.fill(colFill)
	d.pdf.Rect(marginL, top, contentW, h, "F")
	d.font("B", 10)
	d.color(colText)
	label := d.t("PDF.closure.tScore")
	d.pdf.SetXY(marginL+pad, top+pad)
	lw := d.pdf.GetStringWidth(label) + 3
	d.pdf.CellFormat(lw, lineH(12), label, "", 0, "L", false, 0, "")
	d.font(style, 12)
	d.color(col)
	d.pdf.CellFormat(contentW-2*pad-lw, lineH(12), value, "", 0, "L", false, 0, "")
	d.font("", sizeSmall)
	d.color(colMuted)
	y := top + pad + lineH(12) + 1
	for _, ln := range expl {
		d.pdf.SetXY(marginL+pad, y)
		d.pdf.CellFormat(contentW-2*pad, lineH(sizeSmall), ln, "", 0, "L", false, 0, "")
		y += lineH(sizeSmall)
	}
	d.pdf.SetXY(marginL, top+h)
}

// gasBar draws a goal's baseline (grey, thin) and final level (blue) as
// bars from the middle of a −2…+2 scale.
func (d *doc) gasBar(base, final *int) func(x, y, w, h float64) {
	return func(x, y, w, h float64) {
		cx := x + w/2
		unit := (w/2 - 1.5) / 2
		d.pdf.SetLineWidth(0.1)
		d.draw(colRule)
		for l := -2; l <= 2; l++ {
			tx := cx + float64(l)*unit
			d.pdf.Line(tx, y+0.5, tx, y+h-0.5)
		}
		bar := func(l *int, top, height float64, c rgb) {
			if l == nil {
				return
			}
			d.fill(c)
			x0, x1 := cx, cx+float64(*l)*unit
			if x1 < x0 {
				x0, x1 = x1, x0
			}
			if x1-x0 < 0.8 { // level 0: a short mark on the middle line
				x0, x1 = cx-0.4, cx+0.4
			}
			d.pdf.Rect(x0, top, x1-x0, height, "F")
		}
		bar(base, y+1, 2, rgb{170, 178, 189})
		bar(final, y+3.6, 3.4, colAccent)
		d.draw(colMuted)
		d.pdf.SetLineWidth(0.25)
		d.pdf.Line(cx, y, cx, y+h)
	}
}
