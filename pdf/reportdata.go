package pdf

import (
	"strconv"
	"strings"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// The Auswertung's tables, as the PDF report and the CSV both show them:
// one list of sections built from a model.Evaluation, so the two cannot
// disagree. Numbers are formatted for the language (decimal comma in
// German), which is also what a German spreadsheet reads as a number.

// section is one table of the Auswertung.
type section struct {
	key   string // stable name, the CSV's section marker
	title string
	note  string // the definition, printed as a footnote
	cols  []column
	rows  [][]string
	// bars, when set, are drawn as a bar chart beside their numbers.
	bars []chartBar
	// spreads, when set, are drawn as quantile bars (durations).
	spreads []model.Spread
	// short, when set, are shorter column headings for the PDF's narrow
	// columns; the CSV keeps the full ones.
	short []string
}

// chartBar is one bar: its label and count.
type chartBar struct {
	label string
	n     int
}

// reportText formats numbers and labels in one language.
type reportText struct {
	loc *locales.Localizer
}

func (r reportText) t(id string, kv ...any) string { return r.loc.T(id, kv...) }

func (r reportText) int(n int) string { return strconv.Itoa(n) }

// dec formats v with one decimal.
func (r reportText) dec(v float64) string { return r.loc.Number(v, 1) }

// dec2 formats a T-score with two decimals, as the closure documentation
// does not round it either.
func (r reportText) dec2(v float64) string { return r.loc.Number(v, 2) }

// pct is a rate in percent, "–" when there is nothing to share.
func (r reportText) pct(x model.Rate) string {
	p, ok := x.Percent()
	if !ok {
		return "–"
	}
	return r.dec(p)
}

func (r reportText) mean(x model.Rate) string {
	m, ok := x.Mean()
	if !ok {
		return "–"
	}
	return r.dec(m)
}

// enum labels an enumeration value; "" is "not recorded".
func (r reportText) enum(typ, v string) string {
	if v == "" {
		return r.t("Report.notRecorded")
	}
	if typ == "Intensity" {
		return r.t("Report.intensity", "Type", v)
	}
	return r.loc.Enum(typ, v)
}

func (r reportText) period(p model.Period) string {
	return r.t("Report.periodRange", "From", r.loc.Date(p.From), "To", r.loc.Date(p.To))
}

// barSection is a table of bars with their number of cases and share.
func (r reportText) barSection(key, titleID, noteID, typ string, bars []model.Bar, total int) section {
	s := section{key: key, title: r.t(titleID), note: r.t(noteID),
		cols: []column{{head: r.t("Report.col.value"), width: 5}, {head: r.t("Report.col.cases"), width: 1.3, align: "R"}, {head: r.t("Report.col.share"), width: 1.3, align: "R"}}}
	for _, b := range bars {
		label := BarLabel(r.loc, typ, b.Key)
		s.rows = append(s.rows, []string{label, r.int(b.N), r.pct(model.Rate{Num: b.N, Den: total})})
		s.bars = append(s.bars, chartBar{label: label, n: b.N})
	}
	return s
}

// reportSections are the aggregate tables of e, in the order of the
// report.
func reportSections(e *model.Evaluation, loc *locales.Localizer) []section {
	r := reportText{loc: loc}
	var out []section

	// Headline figures.
	fig := section{key: "figures", title: r.t("Report.sec.figures"), note: r.t("Report.note.figures"),
		cols: []column{{head: r.t("Report.col.figure"), width: 5}, {head: r.t("Report.col.number"), width: 1.3, align: "R"},
			{head: r.t("Report.col.of"), width: 1.3, align: "R"}, {head: r.t("Report.col.share"), width: 1.3, align: "R"}}}
	row := func(id string, n int, of string, share string) {
		fig.rows = append(fig.rows, []string{r.t(id), r.int(n), of, share})
	}
	notAdm := model.Total(e.NotAdmitted)
	open := model.Total(e.OpenByPhase)
	row("Report.fig.received", e.Received.N, "", "")
	row("Report.fig.opened", e.Opened.N, "", "")
	row("Report.fig.admitted", e.Admitted.N, "", "")
	row("Report.fig.notAdmitted", notAdm, "", "")
	row("Report.fig.closed", e.Closed.N, "", "")
	row("Report.fig.reopened", e.Reopened.N, "", "")
	row("Report.fig.active", e.Active.N, "", "")
	row("Report.fig.openAtEnd", open, "", "")
	row("Report.fig.firstMeetingInTime", e.FirstMeetingInTime.Num, r.int(e.FirstMeetingInTime.Den), r.pct(e.FirstMeetingInTime))
	row("Report.fig.reviewsOnTime", e.ReviewsOnTime.Num, r.int(e.ReviewsOnTime.Den), r.pct(e.ReviewsOnTime))
	fig.rows = append(fig.rows,
		[]string{r.t("Report.fig.reassessments"), r.int(e.Reassessments.Num), "", ""},
		[]string{r.t("Report.fig.reassessmentsPerCase"), r.mean(e.Reassessments), "", ""},
		[]string{r.t("Report.fig.fortschreibungen"), r.int(e.Fortschreibungen.Num), "", ""},
		[]string{r.t("Report.fig.fortschreibungenPerCase"), r.mean(e.Fortschreibungen), "", ""})
	row("Report.fig.casesWithLoop", e.CasesWithLoop.N, r.int(e.Active.N), r.pct(model.Rate{Num: e.CasesWithLoop.N, Den: e.Active.N}))
	fig.rows = append(fig.rows,
		[]string{r.t("Report.fig.contacts"), r.int(e.Contacts.N), "", ""},
		[]string{r.t("Report.fig.contactsPerCase"), r.mean(e.ContactsPerCase), "", ""},
		[]string{r.t("Report.fig.minutes"), r.int(e.Minutes), "", ""},
		[]string{r.t("Report.fig.minutesPerCase"), r.mean(e.MinutesPerCase), "", ""})
	row("Report.fig.consentsGiven", e.ConsentsGiven.N, "", "")
	row("Report.fig.consentsRevoked", e.ConsentsRevoked.N, "", "")
	row("Report.fig.consentsExpired", e.ConsentsExpired.N, "", "")
	row("Report.fig.cmGiven", e.CMGiven.N, "", "")
	row("Report.fig.cmWithdrawn", e.CMWithdrawn.N, "", "")
	row("Report.fig.transmitted", e.Transmitted.N, "", "")
	row("Report.fig.notTransmitted", e.NotTransmitted.N, r.int(e.Closed.N), r.pct(model.Rate{Num: e.NotTransmitted.N, Den: e.Closed.N}))
	out = append(out, fig)

	out = append(out,
		r.barSection("endings", "Report.sec.endings", "Report.note.endings", "EndingForm", e.Endings, e.Closed.N),
		r.barSection("premature", "Report.sec.premature", "Report.note.premature", "EndingReason", model.NonZero(e.PrematureReasons), model.Total(e.PrematureReasons)),
		r.barSection("notAdmitted", "Report.sec.notAdmitted", "Report.note.notAdmitted", "Report.notAdmittedReason", e.NotAdmitted, notAdm),
		r.barSection("openByPhase", "Report.sec.openByPhase", "Report.note.openByPhase", "PhaseShort", e.OpenByPhase, open),
		r.barSection("openByIntensity", "Report.sec.openByIntensity", "Report.note.openByIntensity", "Intensity", e.OpenByIntensity, open),
	)

	// Durations.
	dur := section{key: "durations", title: r.t("Report.sec.durations"), note: r.t("Report.note.durations"),
		cols: []column{{head: r.t("Report.col.duration"), width: 3.4}, {head: r.t("Report.col.cases"), width: 1, align: "R"},
			{head: r.t("Report.col.min"), width: 1, align: "R"}, {head: r.t("Report.col.q1"), width: 1, align: "R"},
			{head: r.t("Report.col.median"), width: 1.35, align: "R"}, {head: r.t("Report.col.q3"), width: 1, align: "R"},
			{head: r.t("Report.col.max"), width: 1, align: "R"}, {head: r.t("Report.col.mean"), width: 1.1, align: "R"}}}
	for _, d := range []struct {
		id string
		s  model.Spread
	}{
		{"Report.dur.toFirstMeeting", e.ToFirstMeeting}, {"Report.dur.toPlan", e.ToPlan},
		{"Report.dur.duration", e.Duration}, {"Report.dur.toTransmission", e.ToTransmission},
	} {
		dur.rows = append(dur.rows, r.spreadRow(r.t(d.id), d.s))
		dur.spreads = append(dur.spreads, d.s)
	}
	out = append(out, dur)

	out = append(out,
		r.barSection("workAbility", "Report.sec.workAbility", "Report.note.outcome", "WorkAbility", e.WorkAbility, e.Closed.N),
		r.barSection("reintegration", "Report.sec.reintegration", "Report.note.outcome", "Reintegration", e.Reintegration, e.Closed.N),
	)
	levels := r.barSection("gasLevels", "Report.sec.gasLevels", "Report.note.gasLevels", BarGASLevel, e.GASLevels, model.Total(e.GASLevels))
	levels.cols[1].head = r.t("Report.col.goals")
	out = append(out, levels)

	ts := r.barSection("tScores", "Report.sec.tScores", "Report.note.tScores", BarTScore, e.THistogram, e.TScore.N)
	ts.rows = append(ts.rows, []string{r.t("Report.tMean"), r.dec2(e.TScore.Mean), "", ""}, []string{r.t("Report.tMedian"), r.dec2(e.TScore.Median), "", ""})
	if e.TScore.N == 0 {
		ts.rows = ts.rows[:len(ts.rows)-2]
	}
	out = append(out, ts)

	areas := section{key: "areas", title: r.t("Report.sec.areas"), note: r.t("Report.note.areas"),
		cols: []column{{head: r.t("Report.col.area"), width: 4.5}, {head: r.t("Report.col.goals"), width: 1, align: "R"},
			{head: "−2", width: 0.8, align: "R"}, {head: "−1", width: 0.8, align: "R"}, {head: "0", width: 0.8, align: "R"},
			{head: "+1", width: 0.8, align: "R"}, {head: "+2", width: 0.8, align: "R"}, {head: r.t("Report.col.meanLevel"), width: 1.2, align: "R"}}}
	for _, a := range e.Areas {
		rw := []string{r.enum("Area", string(a.Area)), r.int(a.Goals)}
		for _, n := range a.Levels {
			rw = append(rw, r.int(n))
		}
		areas.rows = append(areas.rows, append(rw, r.dec(a.Mean)))
	}
	out = append(out, areas)

	in := section{key: "intensity", title: r.t("Report.sec.intensity"), note: r.t("Report.note.intensity"),
		cols: []column{{head: r.t("Report.col.expected"), width: 2}, {head: r.t("Report.col.final"), width: 2}, {head: r.t("Report.col.cases"), width: 1, align: "R"}}}
	for _, p := range e.Intensity {
		in.rows = append(in.rows, []string{r.enum("Intensity", string(p.Expected)), r.enum("Intensity", string(p.Final)), r.int(p.N)})
	}
	out = append(out, in)

	roles := r.barSection("roles", "Report.sec.roles", "Report.note.roles", "Role", e.Roles, 0)
	roles.cols[1].head = r.t("Report.col.contacts")
	for i := range roles.rows {
		roles.rows[i][2] = r.pct(e.RoleShares[i])
	}
	out = append(out, roles)

	shown, left := model.PartnersShown(e.Partners)
	partners := r.partnerSection("partners", "Report.sec.partners", r.t("Report.note.partners", "Min", model.MinCell, "Left", left), shown, true)
	out = append(out, partners, r.partnerSection("categories", "Report.sec.categories", r.t("Report.note.categories"), e.Categories, false))
	return out
}

// Kinds of bars whose keys are not an enumeration (BarLabel).
const (
	BarGASLevel = "gasLevel" // keys "-2" … "2"
	BarTScore   = "tScore"   // keys of model.THistogramBins
)

// BarLabel is the label of a bar of the Auswertung (report, CSV and
// window): the enumeration typ's label of key, "nicht erfasst" for "",
// "Typ A" for an intensity type, a signed GAS level, or a T-score bin.
func BarLabel(loc *locales.Localizer, typ, key string) string {
	switch typ {
	case BarGASLevel:
		if l, err := strconv.Atoi(key); err == nil {
			return model.LevelText(l)
		}
		return key
	case BarTScore:
		if key == "<30" {
			return loc.T("Report.tBinLow")
		}
		lo, _ := strconv.Atoi(key)
		if lo == 70 {
			return loc.T("Report.tBinHigh")
		}
		return loc.T("Report.tBin", "From", lo, "To", lo+9)
	}
	return reportText{loc: loc}.enum(typ, key)
}

func (r reportText) spreadRow(label string, s model.Spread) []string {
	if s.N == 0 {
		return []string{label, "0", "–", "–", "–", "–", "–", "–"}
	}
	return []string{label, r.int(s.N), r.dec(s.Min), r.dec(s.Q1), r.dec(s.Median), r.dec(s.Q3), r.dec(s.Max), r.dec(s.Mean)}
}

func (r reportText) partnerSection(key, titleID, note string, rows []model.PartnerRow, named bool) section {
	cols := []column{{head: r.t("Report.col.category"), width: 34}, {head: r.t("Report.col.cases"), width: 13, align: "R"},
		{head: r.t("Report.col.measures"), width: 13, align: "R"}, {head: r.t("Report.col.done"), width: 18, align: "R"},
		{head: r.t("Report.col.cancelled"), width: 15, align: "R"}, {head: r.t("Report.col.ongoing"), width: 17, align: "R"},
		{head: r.t("Report.col.completion"), width: 17, align: "R"}}
	if named {
		cols[0].width = 34
		cols = append([]column{{head: r.t("Report.col.partner"), width: 40}}, cols...)
	}
	s := section{key: key, title: r.t(titleID), note: note, cols: cols}
	for _, c := range cols {
		s.short = append(s.short, c.head)
	}
	n := len(cols)
	for i, id := range []string{"measures", "done", "cancelled", "ongoing", "completion"} {
		s.short[n-5+i] = r.t("Report.short." + id)
	}
	for _, p := range rows {
		rw := []string{r.enum("PartnerCategory", string(p.Category)), r.int(p.Cases.N), r.int(p.Measures), r.int(p.Done),
			r.int(p.Cancelled), r.int(p.Ongoing), r.pct(p.Completion())}
		if named {
			rw = append([]string{p.Name}, rw...)
		}
		s.rows = append(s.rows, rw)
	}
	return s
}

// caseSection is the anonymised per-case table (CSV only).
func caseSection(rows []model.CaseRow, loc *locales.Localizer) section {
	r := reportText{loc: loc}
	heads := []string{"key", "carrier", "expected", "final", "phaseEnd", "received", "closed", "ending", "reason",
		"workAbility", "reintegration", "tScore", "goals", "duration", "toFirstMeeting", "firstMeetingInTime",
		"contacts", "minutes", "loops", "measures", "done", "cancelled"}
	s := section{key: "cases", title: r.t("Report.sec.cases")}
	for _, h := range heads {
		s.cols = append(s.cols, column{head: r.t("Report.case." + h)})
	}
	label := func(typ, v string) string {
		if v == model.Suppressed || v == "" {
			return v
		}
		return r.enum(typ, v)
	}
	days := func(n int) string {
		if n < 0 {
			return ""
		}
		return r.int(n)
	}
	for _, c := range rows {
		t := c.TScore
		if t != "" && loc.Lang() == "de" {
			t = strings.Replace(t, ".", ",", 1)
		}
		inTime := ""
		switch c.InTime {
		case "yes":
			inTime = r.t("Report.yes")
		case "no":
			inTime = r.t("Report.no")
		}
		s.rows = append(s.rows, []string{c.Key, c.Carrier, label("Intensity", c.Expected), label("Intensity", c.Final),
			label("PhaseShort", c.PhaseEnd), c.Received, c.Closed, label("EndingForm", c.Ending), label("EndingReason", c.Reason),
			label("WorkAbility", c.Work), label("Reintegration", c.Reinteg), t, r.int(c.Goals), days(c.Duration),
			days(c.ToMeeting), inTime, r.int(c.Contacts), r.int(c.Minutes), r.int(c.Loops), r.int(c.Measures),
			r.int(c.Done), r.int(c.Cancelled)})
	}
	return s
}
