package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// Progress renders the Verlaufsbericht (Sachstandsbericht) of an open case:
// the interim report a carrier asks for while the case management runs —
// the case data, the course through the control loop so far with its
// loops, the goals of the plan in force with their latest GAS levels, the
// reviews so far and the measures still open. A closed case has its
// Abschlussdokumentation instead and is model.ErrNotFound here.
func Progress(w io.Writer, c *model.Case, partners map[string]model.Partner, s model.Settings, loc *locales.Localizer, printed time.Time) error {
	if c == nil || c.Phase == model.PhaseClosed {
		return fmt.Errorf("pdf: progress report of a case that is not open: %w", model.ErrNotFound)
	}
	// The case data and the course come out as in the Abschlussdokumentation.
	pd := &progressDoc{closureDoc: &closureDoc{newCaseDoc(c, partners, s, loc, printed, "PDF.progress.title")}, today: model.DateOf(printed)}
	return render(w, pd.doc, pd.draw)
}

type progressDoc struct {
	*closureDoc
	today model.Date
}

func (pd *progressDoc) draw() {
	d, c := pd.doc, pd.c
	// Opened as in the Abschlussdokumentation: on the referral's receipt.
	pd.header(d.counselorFact(), fact{d.t("PDF.closure.opened"), d.date(c.OpenedOn())},
		fact{d.t("PDF.closure.phase"), enumOrEmpty(d, "Phase", c.Phase)}, fact{d.t("PDF.progress.asOf"), d.date(pd.today)})
	d.commission(c, false)
	pd.caseAndCourse(d.t("PDF.progress.sectionTimeline"))

	d.heading(d.t("PDF.progress.sectionGoals"))
	pd.goals()

	d.heading(d.t("PDF.progress.sectionReviews"))
	pd.reviews()

	d.headingKeep(d.t("PDF.progress.sectionMeasures"), 40)
	pd.openMeasures()
	d.signatures([]signer{{caption: d.t("PDF.signCaseManager"), name: d.set.Name}})
}

// plan is the plan in force: the newest finalised version, else the draft.
func (pd *progressDoc) plan() *model.PlanVersion {
	if p := pd.c.LatestFinalPlan(); p != nil {
		return p
	}
	return pd.c.CurrentPlan()
}

// goals prints each operational goal of the plan in force with its target
// date, its baseline and the level of the latest review.
func (pd *progressDoc) goals() {
	d, c, p := pd.doc, pd.c, pd.plan()
	if p == nil || len(p.OperationalGoals()) == 0 {
		d.none(d.t("PDF.progress.noGoals"))
		return
	}
	version := d.t("PDF.progress.planVersion", "N", p.Version, "Date", d.date(p.FinalizedOn))
	if !p.Final() {
		version = d.t("PDF.progress.planDraft", "N", p.Version)
	}
	d.note(version + " " + d.t("PDF.progress.chartLegend"))
	d.space(1.5)
	caption := d.t("PDF.progress.sectionGoals")
	t := table{caption: caption, cols: []column{
		{head: d.t("PDF.closure.goalNo"), width: 9, align: "C"},
		{head: d.t("PDF.closure.goal"), width: 50},
		{head: d.t("PDF.progress.target"), width: 20},
		{head: d.t("PDF.closure.baseline"), width: 27, align: "C"},
		{head: d.t("PDF.progress.latest"), width: 24, align: "C"},
		{head: d.t("PDF.closure.chart"), width: 40},
	}}
	nums := p.GoalNumbers()
	for _, a := range p.GoalAreas() {
		for _, g := range p.OperationalGoals() {
			if g.Strategic.Area != a {
				continue
			}
			latest := cell{text: d.t("PDF.progress.notRated"), color: &colMuted}
			var last *int
			if l, on, ok := c.LatestLevelOn(g.Goal.ID); ok {
				last = &l
				latest = cell{text: model.LevelText(l) + "\n" + d.date(on), style: "B"}
			}
			base := cell{text: "–", color: &colMuted}
			if g.Goal.Baseline != nil {
				base = cell{text: model.LevelText(*g.Goal.Baseline)}
			}
			t.rows = append(t.rows, []cell{
				{text: nums[g.Goal.ID]}, d.txtOrGap(g.Goal.Text), d.txtOrGap(d.date(g.Goal.TargetDate)), base, latest,
				{paint: d.gasBar(g.Goal.Baseline, last), paintH: 8},
			})
		}
	}
	d.table(t)
}

// reviews prints the monitoring reviews so far and the next one due.
func (pd *progressDoc) reviews() {
	d, c := pd.doc, pd.c
	if len(c.Reviews) == 0 {
		d.none(d.t("PDF.progress.noReviews"))
	} else {
		caption := d.t("PDF.progress.sectionReviews")
		t := table{caption: caption, cols: []column{
			{head: d.t("PDF.progress.reviewDate"), width: 22},
			{head: d.t("PDF.progress.decision"), width: 38},
			{head: d.t("PDF.progress.deviations"), width: 60},
			{head: d.t("PDF.progress.reports"), width: 50},
		}}
		for _, r := range c.Reviews {
			t.rows = append(t.rows, []cell{
				{text: d.date(r.Date)}, d.txtOrGap(enumOrEmpty(d, "Decision", r.Decision)),
				orDash(r.Deviations), orDash(r.Reports),
			})
		}
		d.table(t)
	}
	if due, ok := model.ReviewDue(c, d.set); ok && c.Phase == model.PhaseMonitoring {
		d.space(1.5)
		d.fields([]field{{label: d.t("PDF.progress.nextReview"), value: d.date(due)}})
	}
}

// openMeasures prints the measures of the plan in force that are planned
// or running as of today, with their status from the latest review.
func (pd *progressDoc) openMeasures() {
	d, c, p := pd.doc, pd.c, pd.plan()
	var open []model.Measure
	if p != nil {
		for _, m := range p.Measures {
			if st := c.MeasureStatus(m); st == model.MeasurePlanned || st == model.MeasureRunning {
				open = append(open, m)
			}
		}
	}
	if len(open) == 0 {
		d.none(d.t("PDF.progress.noOpenMeasures"))
		return
	}
	caption := d.t("PDF.progress.sectionMeasures")
	t := table{caption: caption, cols: []column{
		{head: d.t("PDF.measure.what"), width: 48},
		{head: d.t("PDF.progress.area"), width: 34},
		{head: d.t("PDF.measure.responsible"), width: 40},
		{head: d.t("PDF.measure.end"), width: 26},
		{head: d.t("PDF.measure.status"), width: 22},
	}}
	for _, m := range open {
		end := d.txtOrGap(d.date(m.End))
		if m.End.Valid() && m.End.Before(pd.today) {
			end = cell{text: d.date(m.End) + "\n" + d.t("PDF.progress.overdue"), style: "B", color: &colMissing}
		}
		t.rows = append(t.rows, []cell{
			d.txtOrGap(m.What), {text: areaLabel(d, m.Area)}, d.txtOrGap(responsible(d, pd.partners, m)),
			end, {text: d.enum("MeasureStatus", c.MeasureStatus(m))},
		})
	}
	d.table(t)
}

// orDash is a table cell with s, or a muted dash: nothing to report is no gap.
func orDash(s string) cell {
	if strings.TrimSpace(s) == "" {
		return cell{text: "–", color: &colMuted}
	}
	return cell{text: s}
}
