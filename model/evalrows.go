package model

import "strconv"

// CaseRow is one case of the anonymised per-case table of the Auswertung's
// CSV: no name, no RV-Nummer, no typed text, no day (months only), and a
// key that is not the database's. Empty strings are "not recorded" or "not
// applicable"; Suppressed ("*") marks a value hidden by the small-cell rule
// (SuppressSmallCells).
type CaseRow struct {
	Key       string
	Carrier   string
	Expected  string // intensity type at intake
	Final     string // intensity type at closure
	PhaseEnd  string // phase on the period's last day ("closed" included)
	Received  string // YYYY-MM
	Closed    string // YYYY-MM of the closing in the period
	Ending    string // EndingForm
	Reason    string // EndingReason of a premature ending
	Work      string // WorkAbility
	Reinteg   string // Reintegration
	TScore    string // T-score with two decimals ("56.20"); CSV writers localise the point
	Goals     int    // operational goals with a final level
	Duration  int    // days from start to the closing in the period, -1 if not closed in it
	ToMeeting int    // days referral → first meeting, -1 without both
	InTime    string // first meeting within the configured days: "yes", "no", ""
	Contacts  int    // contacts in the period
	Minutes   int    // their minutes
	Loops     int    // re-assessments and Fortschreibungen in the period
	// MeasureCounts are the case's measures (all plan versions, each once).
	MeasureCounts
}

// Suppressed replaces a value shown for fewer than MinCell cases.
const Suppressed = "*"

// MinCell is the smallest number of cases a value of the per-case table
// may stand for: a carrier, ending reason or outcome that only one or two
// cases share could identify the person behind them to anyone who knows
// the case.
const MinCell = 3

// CaseRows lists the cases that count in the period — active in it, or
// with a referral, closing or transmission in it — that flt lets through,
// in the order of facts.
func CaseRows(facts []CaseFacts, p Period, flt Filter, s Settings) []CaseRow {
	s = s.WithDefaults()
	from, to := p.From.Day(), p.To.Day()
	in := func(d Day) bool { return d.Set() && d >= from && d <= to }
	var out []CaseRow
	for i := range facts {
		f := &facts[i]
		if !flt.keeps(f, s.Carrier) || !f.matters(from, to) {
			continue
		}
		closedOn, closed := f.closedIn(from, to)
		if !f.activeIn(from, to) && !closed && !in(f.Received) && !in(f.Transmitted) {
			continue
		}
		carrier := f.Carrier
		if carrier == "" {
			carrier = s.Carrier
		}
		r := CaseRow{Key: f.Key, Carrier: carrier, Expected: string(f.Expected), PhaseEnd: string(f.phaseOn(to)),
			Received: month(f.Received), Duration: -1, ToMeeting: -1}
		if f.Received.Set() && f.Met.Set() {
			r.ToMeeting = int(f.Met - f.Received)
			r.InTime = "no"
			if r.ToMeeting <= s.FirstMeetingDays {
				r.InTime = "yes"
			}
		}
		if closed {
			r.Closed, r.Final, r.Ending = month(closedOn), string(f.Final), string(f.Ending)
			if f.Ending == EndingPremature {
				r.Reason = string(f.Reason)
			}
			r.Work, r.Reinteg, r.Goals = string(f.WorkAbility), string(f.Reintegration), len(f.Levels)
			if f.HasT {
				r.TScore = strconv.FormatFloat(float64(f.TScore)/100, 'f', 2, 64)
			}
			if start := f.start(); start.Set() {
				r.Duration = int(closedOn - start)
			}
		}
		for _, k := range f.Contacts {
			if in(k.On) {
				r.Contacts++
				r.Minutes += k.Minutes
			}
		}
		for _, st := range f.Steps {
			if in(st.On) && (st.Kind == KindReassess || st.Kind == KindBackToAssess || st.Kind == KindReplan) {
				r.Loops++
			}
		}
		for _, m := range f.Measures {
			r.add(m.Status)
		}
		out = append(out, r)
	}
	return out
}

func month(d Day) string {
	if !d.Set() {
		return ""
	}
	iso := d.Date().ISO()
	return iso[:7]
}

// SuppressSmallCells applies the small-cell rule to the per-case table:
// in each of the columns carrier, expected and final intensity type, phase
// at the period's end, ending, reason, work ability and reintegration, a
// value that fewer than MinCell rows share is replaced by Suppressed ("not
// recorded" is a value too). A table of fewer than MinCell rows is
// withheld whole (nil): each of its rows would be a person. It reports how
// many cells it hid.
func SuppressSmallCells(rows []CaseRow) ([]CaseRow, int) {
	if len(rows) < MinCell {
		return nil, 0
	}
	out := append([]CaseRow(nil), rows...)
	hidden := 0
	for _, col := range []func(r *CaseRow) *string{
		func(r *CaseRow) *string { return &r.Carrier },
		func(r *CaseRow) *string { return &r.Expected },
		func(r *CaseRow) *string { return &r.Final },
		func(r *CaseRow) *string { return &r.PhaseEnd },
		func(r *CaseRow) *string { return &r.Ending },
		func(r *CaseRow) *string { return &r.Reason },
		func(r *CaseRow) *string { return &r.Work },
		func(r *CaseRow) *string { return &r.Reinteg },
	} {
		n := map[string]int{}
		for i := range out {
			n[*col(&out[i])]++
		}
		for i := range out {
			if v := col(&out[i]); n[*v] < MinCell {
				*v = Suppressed
				hidden++
			}
		}
	}
	return out, hidden
}

// PartnersShown is the rule for the partner table of the report and the
// CSV: a partner is named only when it took part in at least MinCell cases
// (an employer or a doctor of one or two cases would point to the people
// behind them). The others are counted in the table by category; the
// second result says how many partners were left out.
func PartnersShown(rows []PartnerRow) ([]PartnerRow, int) {
	var out []PartnerRow
	for _, r := range rows {
		if r.Cases.N >= MinCell {
			out = append(out, r)
		}
	}
	return out, len(rows) - len(out)
}
