package model

import (
	"sort"
	"strconv"
	"strings"
)

// The Auswertung: figures across cases for one period, as the Fachkonzept
// asks for them ("Qualitätsprüfung in Form einer Evaluation", comparative
// analyses between network partners, intensity types for resource
// planning). Every figure is defined in its field's comment and in
// docs/evaluation.md; the window, the PDF report and the CSV all show what
// Evaluate computes, so they cannot disagree.
//
// Words used in the definitions:
//   - "in the period": on a day from Period.From to Period.To, both included.
//   - "phase on day d": the phase the case's transitions had put it in by
//     the end of d; before its referral was received (or it was opened) a
//     case does not exist yet.
//   - "active in the period": the case existed and was not closed on at
//     least one day of the period.
//   - "closed in the period": the case's last closing (Abschluss → closed)
//     up to the period's end lies in the period, and the case is still
//     closed at the period's end. A case reopened and closed again in the
//     period counts once; one reopened and still open at the period's end
//     does not count as closed. Its outcome is the closure record as it
//     stands now.

// Count is a number of cases and the cases behind it, by database ID, so
// the window can list and open them.
type Count struct {
	N     int
	Cases []int64
}

func (c *Count) add(id int64) {
	c.N++
	c.Cases = append(c.Cases, id)
}

// Bar is one bar of a chart: a key (an enumeration value, "" for "not
// recorded") and its count. What N counts (cases, goals, contacts) the
// field of Evaluation says.
type Bar struct {
	Key string
	Count
}

// bars keeps bars in a fixed order of keys.
type bars struct {
	order []string
	m     map[string]*Bar
}

func newBars(keys ...string) *bars {
	b := &bars{m: map[string]*Bar{}}
	for _, k := range keys {
		b.order = append(b.order, k)
		b.m[k] = &Bar{Key: k}
	}
	return b
}

func (b *bars) add(key string, id int64) {
	bar, ok := b.m[key]
	if !ok {
		b.order = append(b.order, key)
		bar = &Bar{Key: key}
		b.m[key] = bar
	}
	bar.add(id)
}

func (b *bars) list() []Bar {
	out := make([]Bar, len(b.order))
	for i, k := range b.order {
		out[i] = *b.m[k]
	}
	return out
}

func keysOf[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// NotAdmittedReason classifies why a case was closed at intake without
// case management, from what was recorded (the written reason is free text
// and stays in the case).
type NotAdmittedReason string

const (
	NotAdmittedNoNeed    NotAdmittedReason = "noNeed"    // decision on the need: no
	NotAdmittedNoConsent NotAdmittedReason = "noConsent" // need yes, but no Zustimmung recorded
	NotAdmittedOther     NotAdmittedReason = "other"     // anything else
)

var NotAdmittedReasons = []NotAdmittedReason{NotAdmittedNoNeed, NotAdmittedNoConsent, NotAdmittedOther}

// THistogramBins are the lower bounds of the T-score histogram's bins:
// under 30, 30 to under 40, …, 70 and over (50 is "goals reached as
// expected").
var THistogramBins = []int{0, 30, 40, 50, 60, 70}

// AreaAttainment is goal attainment in one participation area: the final
// GAS levels of the operational goals filed under it.
type AreaAttainment struct {
	Area   Area
	Goals  int
	Levels [5]int  // goals at −2, −1, 0, +1, +2
	Mean   float64 // mean level
}

// IntensityPair counts closed cases by expected and final intensity type.
type IntensityPair struct {
	Expected, Final Intensity // "" not recorded
	Count
}

// PartnerRow is one line of the comparative analysis of network partners:
// over the cases active in the period, in how many the partner (or the
// partners of a category) took part, and their measures by status.
type PartnerRow struct {
	UID      string // "" in the rows by category
	Name     string
	Category PartnerCategory
	Cases    Count
	MeasureCounts
}

// MeasureCounts counts measures by status.
type MeasureCounts struct {
	Measures int
	Done     int
	// Cancelled are measures broken off (status "abgebrochen").
	Cancelled int
	// Ongoing are measures planned or running.
	Ongoing int
}

func (m *MeasureCounts) add(s MeasureStatus) {
	m.Measures++
	switch s {
	case MeasureDone:
		m.Done++
	case MeasureCancelled:
		m.Cancelled++
	default:
		m.Ongoing++
	}
}

// Completion is done of the measures that ended (done or cancelled).
func (r PartnerRow) Completion() Rate { return Rate{Num: r.Done, Den: r.Done + r.Cancelled} }

// Evaluation holds every figure of one period. Counts are cases unless a
// field says otherwise; durations are in days.
type Evaluation struct {
	Period Period
	Filter Filter
	// Considered are the cases the filter lets through that matter for
	// the period (CaseFacts.Matters): the others count nowhere.
	Considered int
	// Active are the cases active in the period.
	Active Count

	// Received: referral received in the period.
	Received Count
	// Opened: case file opened in the period ("opened" event, else created).
	Opened Count
	// Admitted: moved from intake into the assessment in the period.
	Admitted Count
	// NotAdmitted: closed at intake in the period, by NotAdmittedReason.
	NotAdmitted []Bar
	// Reopened: reopened (closed → monitoring) in the period.
	Reopened Count
	// Closed: closed in the period (see above).
	Closed Count
	// Endings: the closed cases by form of ending (regular, premature, "").
	Endings []Bar
	// PrematureReasons: the prematurely ended cases by reason.
	PrematureReasons []Bar
	// OpenByPhase and OpenByIntensity: open on the period's last day, by
	// phase and by expected intensity type (the caseload).
	OpenByPhase     []Bar
	OpenByIntensity []Bar

	// ToFirstMeeting: referral received → first meeting, of the cases
	// whose first meeting lies in the period.
	ToFirstMeeting Spread
	// FirstMeetingInTime: of those, the first meeting within the
	// configured number of days (Settings.FirstMeetingDays).
	FirstMeetingInTime Rate
	// ToPlan: first meeting → first finalised plan version, of the cases
	// whose plan was first finalised in the period.
	ToPlan Spread
	// Duration: referral received (else opened) → closing, of the cases
	// closed in the period.
	Duration Spread
	// ReviewsOnTime: of the reviews held in the period that had a
	// previous review or an entry into monitoring, those held within the
	// review interval of the case's intensity type after it.
	ReviewsOnTime Rate

	// Reassessments (monitoring → assessment and planning → assessment)
	// and Fortschreibungen (monitoring → planning): transitions in the
	// period; Den is the active cases, so Mean is per active case.
	Reassessments    Rate
	Fortschreibungen Rate
	// CasesWithLoop: active cases with a loop in the period.
	CasesWithLoop Count

	// WorkAbility and Reintegration: the closed cases by result.
	WorkAbility   []Bar
	Reintegration []Bar
	// GASLevels: the final GAS levels of the operational goals of the
	// closed cases (N counts goals), keys "-2" … "2".
	GASLevels []Bar
	// TScore: the closure T-scores of the closed cases that have one;
	// THistogram bins them by THistogramBins (keys "<30", "30", … "70").
	TScore     Spread
	THistogram []Bar
	// Areas: goal attainment per participation area (closed cases).
	Areas []AreaAttainment
	// Intensity: the closed cases by expected and final intensity type.
	Intensity []IntensityPair

	// Contacts: contacts dated in the period (N counts contacts; Cases
	// the cases that had one); Minutes their minutes.
	Contacts Count
	Minutes  int
	// ContactsPerCase and MinutesPerCase: per active case.
	ContactsPerCase Rate
	MinutesPerCase  Rate
	// Roles: how often each of the four roles was taken in those
	// contacts (N counts contacts); RoleShares: Num of all role ticks.
	Roles      []Bar
	RoleShares []Rate

	// Partners and Categories: the comparative analysis, over the active
	// cases; measures as last reviewed. Partners sorted by name.
	Partners   []PartnerRow
	Categories []PartnerRow

	// Consents to disclosure given, revoked and expired (the day after
	// "valid until", unless revoked before) in the period (N counts
	// consents); CMGiven and CMWithdrawn: Zustimmung zum Fallmanagement.
	ConsentsGiven, ConsentsRevoked, ConsentsExpired Count
	CMGiven, CMWithdrawn                            Count
	// Transmitted: closure documentations transmitted to the DRV in the
	// period; ToTransmission: closure date → transmission for those.
	Transmitted    Count
	ToTransmission Spread
	// NotTransmitted: cases closed in the period without a transmission
	// date yet.
	NotTransmitted Count
}

// Evaluate computes the figures of period p over facts, for the cases flt
// lets through. partners is the directory (names and categories of the
// comparative analysis); s gives the deadlines and the default carrier.
func Evaluate(facts []CaseFacts, partners []Partner, p Period, flt Filter, s Settings) *Evaluation {
	s = s.WithDefaults()
	e := &Evaluation{Period: p, Filter: flt}
	from, to := p.From.Day(), p.To.Day()
	in := func(d Day) bool { return d.Set() && d >= from && d <= to }

	notAdmitted := newBars(keysOf(NotAdmittedReasons)...)
	endings := newBars(keysOf(EndingForms)...)
	premature := newBars(keysOf(EndingReasons)...)
	byPhase := newBars(keysOf(LoopPhases)...)
	byIntensity := newBars(append(keysOf(Intensities), "")...)
	work := newBars(keysOf(WorkAbilities)...)
	reint := newBars(keysOf(Reintegrations)...)
	levels := newBars("-2", "-1", "0", "1", "2")
	hist := newBars(tBinKeys()...)
	roles := newBars(keysOf(Roles)...)
	areas := map[Area]*AreaAttainment{}
	pairs := map[[2]Intensity]*IntensityPair{}
	partnerRows := map[string]*PartnerRow{}
	dir := PartnerIndex(partners)
	var toMeeting, toPlan, duration, tscores, toTransmit []float64
	roleTicks := 0

	for i := range facts {
		f := &facts[i]
		if !flt.keeps(f, s.Carrier) || !f.matters(from, to) {
			continue
		}
		e.Considered++
		id := f.ID
		if in(f.Received) {
			e.Received.add(id)
		}
		if in(f.Opened) {
			e.Opened.add(id)
		}
		active := f.activeIn(from, to)
		if active {
			e.Active.add(id)
		}
		admitted, notAdm, reopened, loop := false, false, false, false
		for _, st := range f.Steps {
			if !in(st.On) {
				continue
			}
			switch st.Kind {
			case KindAdvance:
				if st.To == PhaseAssessment && !admitted {
					admitted = true
					e.Admitted.add(id)
				}
			case KindNotAdmitted:
				if !notAdm {
					notAdm = true
					notAdmitted.add(string(f.notAdmittedReason()), id)
				}
			case KindReopen:
				if !reopened {
					reopened = true
					e.Reopened.add(id)
				}
			case KindReassess, KindBackToAssess:
				e.Reassessments.Num++
				loop = true
			case KindReplan:
				e.Fortschreibungen.Num++
				loop = true
			}
		}
		if loop {
			e.CasesWithLoop.add(id)
		}
		if ph := f.phaseOn(to); ph != "" && ph != PhaseClosed {
			byPhase.add(string(ph), id)
			byIntensity.add(string(f.Expected), id)
		}

		// Durations and deadlines.
		if in(f.Met) && f.Received.Set() {
			days := int(f.Met - f.Received)
			toMeeting = append(toMeeting, float64(days))
			e.FirstMeetingInTime.Den++
			if days <= s.FirstMeetingDays {
				e.FirstMeetingInTime.Num++
			}
		}
		if in(f.PlanFinal) && f.Met.Set() {
			toPlan = append(toPlan, float64(f.PlanFinal-f.Met))
		}
		f.reviewsOnTime(in, s, &e.ReviewsOnTime)

		// Outcomes of the cases closed in the period.
		if closedOn, ok := f.closedIn(from, to); ok {
			e.Closed.add(id)
			if start := f.start(); start.Set() {
				duration = append(duration, float64(closedOn-start))
			}
			endings.add(string(f.Ending), id)
			if f.Ending == EndingPremature {
				premature.add(string(f.Reason), id)
			}
			work.add(string(f.WorkAbility), id)
			reint.add(string(f.Reintegration), id)
			for _, l := range f.Levels {
				levels.add(strconv.Itoa(l.Level), id)
				a := areas[l.Area]
				if a == nil {
					a = &AreaAttainment{Area: l.Area}
					areas[l.Area] = a
				}
				a.Goals++
				a.Levels[l.Level+2]++
				a.Mean += float64(l.Level)
			}
			if f.HasT {
				t := float64(f.TScore) / 100
				tscores = append(tscores, t)
				hist.add(tBinKey(t), id)
			}
			key := [2]Intensity{f.Expected, f.Final}
			pr := pairs[key]
			if pr == nil {
				pr = &IntensityPair{Expected: f.Expected, Final: f.Final}
				pairs[key] = pr
			}
			pr.add(id)
			if !f.Transmitted.Set() {
				e.NotTransmitted.add(id)
			}
		}
		if in(f.Transmitted) {
			e.Transmitted.add(id)
			if f.ClosureDate.Set() {
				toTransmit = append(toTransmit, float64(f.Transmitted-f.ClosureDate))
			}
		}

		// Contacts and roles.
		had := false
		for _, k := range f.Contacts {
			if !in(k.On) {
				continue
			}
			e.Contacts.N++
			had = true
			e.Minutes += k.Minutes
			for j, r := range Roles {
				if k.Roles&(1<<j) != 0 {
					roles.add(string(r), id)
					roleTicks++
				}
			}
		}
		if had {
			e.Contacts.Cases = append(e.Contacts.Cases, id)
		}

		// Consents.
		for _, k := range f.Consents {
			if in(k.Given) {
				e.ConsentsGiven.N++
				e.ConsentsGiven.Cases = appendOnce(e.ConsentsGiven.Cases, id)
			}
			if in(k.Revoked) {
				e.ConsentsRevoked.N++
				e.ConsentsRevoked.Cases = appendOnce(e.ConsentsRevoked.Cases, id)
			}
			if k.Until.Set() && in(k.Until+1) && (!k.Revoked.Set() || k.Revoked > k.Until) {
				e.ConsentsExpired.N++
				e.ConsentsExpired.Cases = appendOnce(e.ConsentsExpired.Cases, id)
			}
		}
		if in(f.CMGiven) {
			e.CMGiven.add(id)
		}
		if in(f.CMWithdrawn) {
			e.CMWithdrawn.add(id)
		}

		if active {
			f.countPartners(id, partnerRows)
		}
	}

	e.Reassessments.Den, e.Fortschreibungen.Den = e.Active.N, e.Active.N
	e.ContactsPerCase = Rate{Num: e.Contacts.N, Den: e.Active.N}
	e.MinutesPerCase = Rate{Num: e.Minutes, Den: e.Active.N}
	e.NotAdmitted = notAdmitted.list()
	e.Endings = endings.list()
	e.PrematureReasons = premature.list()
	e.OpenByPhase = byPhase.list()
	e.OpenByIntensity = byIntensity.list()
	e.WorkAbility = work.list()
	e.Reintegration = reint.list()
	e.GASLevels = levels.list()
	e.THistogram = hist.list()
	e.Roles = roles.list()
	for _, b := range e.Roles {
		e.RoleShares = append(e.RoleShares, Rate{Num: b.N, Den: roleTicks})
	}
	e.ToFirstMeeting = SpreadOf(toMeeting)
	e.ToPlan = SpreadOf(toPlan)
	e.Duration = SpreadOf(duration)
	e.TScore = SpreadOf(tscores)
	e.ToTransmission = SpreadOf(toTransmit)
	for _, a := range Areas {
		if at := areas[a]; at != nil {
			at.Mean /= float64(at.Goals)
			e.Areas = append(e.Areas, *at)
		}
	}
	if at := areas[""]; at != nil {
		at.Mean /= float64(at.Goals)
		e.Areas = append(e.Areas, *at)
	}
	intens := append(append([]Intensity{}, Intensities...), "")
	for _, x := range intens {
		for _, y := range intens {
			if pr := pairs[[2]Intensity{x, y}]; pr != nil {
				e.Intensity = append(e.Intensity, *pr)
			}
		}
	}
	e.Partners, e.Categories = partnerTables(partnerRows, dir)
	return e
}

func appendOnce(ids []int64, id int64) []int64 {
	if n := len(ids); n > 0 && ids[n-1] == id {
		return ids
	}
	return append(ids, id)
}

func tBinKeys() []string {
	out := []string{"<30"}
	for _, b := range THistogramBins[1:] {
		out = append(out, strconv.Itoa(b))
	}
	return out
}

// tBinKey is the key of the histogram bin of T-score t.
func tBinKey(t float64) string {
	key := "<30"
	for _, b := range THistogramBins[1:] {
		if t >= float64(b) {
			key = strconv.Itoa(b)
		}
	}
	return key
}

// start is the day the case began: its referral, else its opening.
func (f *CaseFacts) start() Day {
	switch {
	case f.Received.Set() && f.Opened.Set():
		return min(f.Received, f.Opened)
	case f.Received.Set():
		return f.Received
	}
	return f.Opened
}

// phaseOn is the case's phase at the end of day d, "" before it began. A
// case without recorded transitions (from a case file written elsewhere)
// has been in its current phase since it began.
func (f *CaseFacts) phaseOn(d Day) Phase {
	start := f.start()
	if !start.Set() || start > d {
		return ""
	}
	if len(f.Steps) == 0 {
		return f.Phase
	}
	ph := PhaseIntake
	for _, st := range f.Steps {
		if st.On > d {
			break
		}
		ph = st.To
	}
	return ph
}

// activeIn reports whether the case existed and was open on a day from
// from to to.
func (f *CaseFacts) activeIn(from, to Day) bool {
	start := f.start()
	if !start.Set() || start > to {
		return false
	}
	if start >= from {
		return true
	}
	if ph := f.phaseOn(from); ph != PhaseClosed {
		return true
	}
	for _, st := range f.Steps {
		if st.On >= from && st.On <= to && st.To != PhaseClosed {
			return true
		}
	}
	return false
}

// closedIn reports the day of the case's last closing up to to, when that
// closing ended the control loop (not a non-admission), lies in from…to
// and the case is still closed on to.
func (f *CaseFacts) closedIn(from, to Day) (Day, bool) {
	if len(f.Steps) == 0 {
		// No transitions recorded: the closure date stands in.
		d := f.ClosureDate
		ok := f.Phase == PhaseClosed && f.Ending != "" && d >= from && d <= to && d.Set()
		return d, ok
	}
	var last *Step
	for i := range f.Steps {
		st := &f.Steps[i]
		if st.On > to {
			break
		}
		if st.To == PhaseClosed {
			last = st
		} else if last != nil {
			last = nil // reopened since
		}
	}
	if last == nil || last.Kind != KindFinish || last.On < from {
		return 0, false
	}
	return last.On, true
}

func (f *CaseFacts) notAdmittedReason() NotAdmittedReason {
	switch {
	case f.Need == AnswerNo:
		return NotAdmittedNoNeed
	case f.Need == AnswerYes && !f.CMGiven.Set():
		return NotAdmittedNoConsent
	}
	return NotAdmittedOther
}

// reviewsOnTime adds the case's reviews in p to r: each is on time when
// held at most the review interval after the previous review, or after
// the case last entered monitoring if that was later.
func (f *CaseFacts) reviewsOnTime(in func(Day) bool, s Settings, r *Rate) {
	interval := Day(s.ReviewDays(f.Expected))
	var prev Day
	for _, rv := range f.Reviews {
		base := prev
		for _, st := range f.Steps {
			if st.On > rv {
				break
			}
			if st.To == PhaseMonitoring && st.On > base {
				base = st.On
			}
		}
		if in(rv) && base.Set() {
			r.Den++
			if rv <= base+interval {
				r.Num++
			}
		}
		prev = rv
	}
}

// countPartners adds the case and its measures to the rows of its
// partners.
func (f *CaseFacts) countPartners(id int64, rows map[string]*PartnerRow) {
	row := func(uid string) *PartnerRow {
		r := rows[uid]
		if r == nil {
			r = &PartnerRow{UID: uid}
			rows[uid] = r
		}
		return r
	}
	for _, uid := range f.Partners {
		row(uid).Cases.add(id)
	}
	for _, m := range f.Measures {
		if m.Partner == "" {
			continue
		}
		r := row(m.Partner)
		if n := len(r.Cases.Cases); n == 0 || r.Cases.Cases[n-1] != id {
			r.Cases.add(id)
		}
		r.add(m.Status)
	}
}

// partnerTables turns the rows by partner into the table by partner
// (sorted by name, names and categories from the directory) and the table
// by category (in the order of PartnerCategories).
func partnerTables(rows map[string]*PartnerRow, dir map[string]Partner) (byPartner, byCategory []PartnerRow) {
	cats := map[PartnerCategory]*PartnerRow{}
	seen := map[PartnerCategory]map[int64]bool{}
	for uid, r := range rows {
		p := dir[uid]
		r.Name, r.Category = p.Name, p.Category
		if r.Name == "" {
			r.Name = uid
		}
		byPartner = append(byPartner, *r)
		c := cats[r.Category]
		if c == nil {
			c = &PartnerRow{Category: r.Category}
			cats[r.Category] = c
			seen[r.Category] = map[int64]bool{}
		}
		for _, id := range r.Cases.Cases {
			if !seen[r.Category][id] {
				seen[r.Category][id] = true
				c.Cases.add(id)
			}
		}
		c.Measures += r.Measures
		c.Done += r.Done
		c.Cancelled += r.Cancelled
		c.Ongoing += r.Ongoing
	}
	sort.Slice(byPartner, func(i, j int) bool {
		a, b := strings.ToLower(byPartner[i].Name), strings.ToLower(byPartner[j].Name)
		if a != b {
			return a < b
		}
		return byPartner[i].UID < byPartner[j].UID
	})
	for _, cat := range append(append([]PartnerCategory{}, PartnerCategories...), "") {
		if c := cats[cat]; c != nil {
			sort.Slice(c.Cases.Cases, func(i, j int) bool { return c.Cases.Cases[i] < c.Cases.Cases[j] })
			byCategory = append(byCategory, *c)
		}
	}
	return byPartner, byCategory
}

// Total adds up the counts of bars.
func Total(bars []Bar) int {
	n := 0
	for _, b := range bars {
		n += b.N
	}
	return n
}

// NonZero are the bars with a count: a chart of reasons lists only the
// reasons that occurred.
func NonZero(bars []Bar) []Bar {
	var out []Bar
	for _, b := range bars {
		if b.N > 0 {
			out = append(out, b)
		}
	}
	return out
}
