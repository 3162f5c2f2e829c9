package demo

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"teilhabelotse/model"
)

var testNow = time.Date(2025, time.November, 20, 10, 30, 0, 0, time.UTC)

func knownPartners(ps []model.Partner) map[string]bool {
	m := map[string]bool{}
	for _, p := range ps {
		m[p.UID] = true
	}
	return m
}

func phases(cs []*model.Case) map[model.Phase]int {
	m := map[model.Phase]int{}
	for _, c := range cs {
		m[c.Phase]++
	}
	return m
}

func TestCuratedCoversEveryPhase(t *testing.T) {
	cs, _ := Cases(0, 1, testNow)
	if len(cs) != Curated {
		t.Fatalf("default demo has %d cases, want %d", len(cs), Curated)
	}
	for _, n := range []int{6, Curated} {
		got := phases(cs[:n])
		for _, p := range model.AllPhases {
			if got[p] == 0 {
				t.Errorf("first %d cases: no case in phase %s (have %v)", n, p, got)
			}
		}
	}
}

// byName finds a curated case by the client's first name.
func byName(t *testing.T, cs []*model.Case, first string) *model.Case {
	t.Helper()
	for _, c := range cs {
		if c.Client.FirstName == first {
			return c
		}
	}
	t.Fatalf("no case for %s", first)
	return nil
}

func hasEvent(c *model.Case, k model.TransitionKind) bool {
	for _, e := range c.Events {
		if e.Kind == k {
			return true
		}
	}
	return false
}

func TestCuratedScenarios(t *testing.T) {
	cs, ps := Cases(0, 42, testNow)
	today := model.DateOf(testNow)
	s := model.Settings{}

	jonas := byName(t, cs, "Jonas")
	if jonas.Phase != model.PhaseIntake || jonas.Intake.FirstMeeting.Date.Valid() {
		t.Errorf("Jonas: want intake without first meeting, got %s", jonas.Phase)
	}
	if due, ok := model.FirstMeetingDue(jonas, s); !ok || !due.Before(today) {
		t.Errorf("Jonas: first meeting should be overdue, due %v", due)
	}

	lukas := byName(t, cs, "Lukas")
	if lukas.Phase != model.PhaseIntake || lukas.Intake.Decision.Need != model.AnswerYes || !lukas.CMConsent.Active(today) {
		t.Errorf("Lukas: want intake decided yes with consent")
	}
	if g := model.CheckTransition(lukas, model.KindAdvance, "", today); len(g.Blocking) > 0 || len(g.Missing) > 0 {
		t.Errorf("Lukas: should be ready for assessment: %v %v", g.Blocking, g.Missing)
	}

	aylin := byName(t, cs, "Aylin")
	if aylin.Phase != model.PhaseAssessment {
		t.Errorf("Aylin: phase %s", aylin.Phase)
	}
	if m := model.ChecklistFor(aylin, model.PhaseAssessment).Missing(); len(m) > 0 {
		t.Errorf("Aylin: assessment incomplete: %v", m)
	}
	a := aylin.CurrentAssessment()
	if len(a.Profile) == 0 || len(a.Instruments) == 0 || len(a.Conferences) == 0 || len(a.Conferences[0].Tasks) == 0 || a.ClientView == "" {
		t.Errorf("Aylin: assessment lacks profile, instruments, conference tasks or client view")
	}

	thomas := byName(t, cs, "Thomas")
	if thomas.Phase != model.PhasePlanning || thomas.CurrentPlan() == nil || thomas.CurrentPlan().Final() {
		t.Errorf("Thomas: want planning with a draft plan")
	}

	erika := byName(t, cs, "Erika")
	if erika.Phase != model.PhaseMonitoring || len(erika.Plans) != 1 || !erika.Plans[0].Final() {
		t.Fatalf("Erika: want monitoring with finalised plan v1")
	}
	p := erika.Plans[0]
	areas := map[model.Area]bool{}
	for _, g := range p.Goals {
		areas[g.Area] = true
		for _, o := range g.Operational {
			for i, l := range o.GAS {
				if l == "" {
					t.Errorf("Erika: goal %q GAS level %d empty", o.Text, i-2)
				}
			}
		}
	}
	if len(areas) < 4 {
		t.Errorf("Erika: goals in %d areas, want several", len(areas))
	}
	statuses := map[model.MeasureStatus]bool{}
	for _, m := range p.Measures {
		if m.Partner == "" {
			t.Errorf("Erika: measure %q without partner", m.What)
		}
		statuses[erika.MeasureStatus(m)] = true
	}
	if len(statuses) < 2 {
		t.Errorf("Erika: measures all in one status %v", statuses)
	}
	if !p.Conference.Held || len(p.Conference.Tasks) == 0 || len(erika.Reviews) < 2 || len(erika.Consents) < 2 || len(erika.Disclosures) < 2 {
		t.Errorf("Erika: want Teilhabekonferenz, reviews, consents and disclosures")
	}
	if !erika.NextReview.After(today) {
		t.Errorf("Erika: next review %v should be upcoming", erika.NextReview)
	}

	monika := byName(t, cs, "Monika")
	if monika.Phase != model.PhaseMonitoring || len(monika.Plans) != 2 || !monika.Plans[1].Final() || monika.Plans[1].Reason == "" {
		t.Errorf("Monika: want monitoring with finalised Fortschreibung v2 with reason")
	}
	if !hasEvent(monika, model.KindReassess) || len(monika.Assessments) != 2 {
		t.Errorf("Monika: want a re-assessment loop")
	}
	if v := monika.Visits(); len(v) < 6 || !v[len(v)-1].Loop {
		t.Errorf("Monika: timeline should show the loop: %+v", v)
	}

	dragan := byName(t, cs, "Dragan")
	if dragan.Phase != model.PhaseClosure {
		t.Errorf("Dragan: phase %s", dragan.Phase)
	}

	katharina := byName(t, cs, "Katharina")
	if katharina.Phase != model.PhaseClosed || len(model.ClosureRequired(katharina)) > 0 || !katharina.Closure.TransmittedOn.Valid() {
		t.Errorf("Katharina: want closed with full closure record")
	}
	if m := model.ChecklistFor(katharina, model.PhaseClosure).Missing(); len(m) > 0 {
		t.Errorf("Katharina: closure checklist missing %v", m)
	}
	if _, ok := katharina.ClosureTScore(); !ok {
		t.Errorf("Katharina: no T-score")
	}

	andreas := byName(t, cs, "Andreas")
	if andreas.Phase != model.PhaseClosed || andreas.NotAdmitted == "" {
		t.Errorf("Andreas: want closed, not admitted")
	}
	_ = ps
}

// checkCase holds the invariants every demo case keeps.
func checkCase(t *testing.T, c *model.Case, known map[string]bool, now time.Time) {
	t.Helper()
	name := c.Client.FullName()
	if ps := c.Validate(known); len(ps) > 0 {
		t.Fatalf("%s (%s): invalid: %v", name, c.Phase, ps)
	}
	if err := model.ValidateRVNR(c.Client.RVNR); err != nil || !model.RVNRMatchesBirth(c.Client.RVNR, c.Client.BirthDate) {
		t.Errorf("%s: RV-Nummer %s: %v", name, c.Client.RVNR, err)
	}
	if !strings.Contains(c.Intake.Referral.Notes, FictitiousNote) {
		t.Errorf("%s: not marked fictitious", name)
	}
	if len(c.Events) == 0 || !c.Events[0].At.Equal(c.Created) || c.Events[0].Kind != model.KindOpened {
		t.Errorf("%s: first event is not the opening", name)
	}
	for i, e := range c.Events {
		if e.At.After(now) {
			t.Errorf("%s: event %d in the future: %v", name, i, e.At)
		}
		if i > 0 && !e.At.After(c.Events[i-1].At) {
			t.Errorf("%s: events %d and %d out of order", name, i-1, i)
		}
		if i > 0 && e.From != c.Events[i-1].To {
			t.Errorf("%s: event %d from %s, but the case was in %s", name, i, e.From, c.Events[i-1].To)
		}
	}
	if last := c.Events[len(c.Events)-1]; last.To != c.Phase {
		t.Errorf("%s: last event to %s, phase %s", name, last.To, c.Phase)
	}
	if c.Updated.Before(c.Created) || c.Updated.After(now) {
		t.Errorf("%s: updated %v outside %v..%v", name, c.Updated, c.Created, now)
	}
	today := model.DateOf(now)
	for i, k := range c.Contacts {
		if k.Date.After(today) || (i > 0 && k.Date.Before(c.Contacts[i-1].Date)) {
			t.Errorf("%s: contact %d on %v out of order or in the future", name, i, k.Date)
		}
	}
	for _, d := range c.Disclosures {
		if cov := model.CheckCoverage(c, d.Partner, d.Categories, d.Date); !cov.Covered {
			t.Errorf("%s: disclosure %s not covered by consent: %v", name, d.ID, cov.Missing)
		}
	}
	if c.Phase == model.PhaseClosed && c.NotAdmitted == "" && len(model.ClosureRequired(c)) > 0 {
		t.Errorf("%s: closed without complete closure record", name)
	}
	if (c.Phase == model.PhaseMonitoring) && c.LatestFinalPlan() == nil {
		t.Errorf("%s: monitoring without final plan", name)
	}
	linked := map[string]bool{}
	for _, l := range c.Partners {
		linked[l.Partner] = true
	}
	for _, uid := range c.PartnerUIDs() {
		if !linked[uid] {
			t.Errorf("%s: partner %s used but not linked to the case", name, uid)
		}
	}
}

func TestAllCasesValid(t *testing.T) {
	cs, ps := Cases(0, 7, testNow)
	for _, seed := range []int64{1, 2, 3} {
		more, _ := Cases(300, seed, testNow)
		cs = append(cs, more...)
	}
	known := knownPartners(ps)
	for _, p := range ps {
		if errs := p.Validate(); len(errs) > 0 {
			t.Errorf("partner %s: %v", p.Name, errs)
		}
	}
	for _, c := range cs {
		checkCase(t, c, known, testNow)
	}
}

func TestLocalTimeZone(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	now := time.Date(2026, time.January, 2, 0, 20, 0, 0, berlin)
	cs, ps := Cases(200, 5, now)
	known := knownPartners(ps)
	for _, c := range cs {
		checkCase(t, c, known, now)
	}
}

func TestGeneratedVariety(t *testing.T) {
	cs, _ := Cases(1500, 99, testNow)
	got := phases(cs[Curated:])
	for _, p := range model.AllPhases {
		if got[p] < 20 {
			t.Errorf("only %d generated cases in %s", got[p], p)
		}
	}
	var loops, reopened, premature, notAdmitted, multiConsent int
	for _, c := range cs[Curated:] {
		if len(c.Plans) > 1 {
			loops++
		}
		if hasEvent(c, model.KindReopen) {
			reopened++
		}
		if hasEvent(c, model.KindClosePremature) {
			premature++
		}
		if c.NotAdmitted != "" {
			notAdmitted++
		}
		if len(c.Consents) > 1 {
			multiConsent++
		}
		if p := c.CurrentPlan(); p != nil {
			ops := len(p.OperationalGoals())
			if ops < 3 || ops > 17 {
				t.Errorf("%s: %d operational goals", c.Client.FullName(), ops)
			}
			if len(p.Measures) < 5 || len(p.Measures) > 45 {
				t.Errorf("%s: %d measures", c.Client.FullName(), len(p.Measures))
			}
			if c.Phase != model.PhasePlanning && (len(c.Contacts) < 10 || len(c.Contacts) > 80) {
				t.Errorf("%s: %d contacts", c.Client.FullName(), len(c.Contacts))
			}
		}
	}
	for name, n := range map[string]int{"plan loops": loops, "reopened": reopened, "premature closures": premature, "not admitted": notAdmitted, "several consents": multiConsent} {
		if n == 0 {
			t.Errorf("no generated case with %s", name)
		}
	}
}

func TestDeterministic(t *testing.T) {
	enc := func(seed int64) []byte {
		cs, ps := Cases(60, seed, testNow)
		b, err := json.Marshal(struct {
			C []*model.Case
			P []model.Partner
		}{cs, ps})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := enc(11), enc(11)
	if !bytes.Equal(a, b) {
		t.Fatal("same seed gave different cases")
	}
	if bytes.Equal(a, enc(12)) {
		t.Fatal("different seeds gave the same cases")
	}
	few, _ := Cases(3, 11, testNow)
	all, _ := Cases(0, 11, testNow)
	for i := range few {
		if few[i].UID != all[i].UID {
			t.Errorf("case %d differs between n=3 and the default set", i)
		}
	}
}

func TestUniqueUIDs(t *testing.T) {
	cs, ps := Cases(2000, 3, testNow)
	seen := map[string]bool{}
	for _, c := range cs {
		if seen[c.UID] {
			t.Fatalf("duplicate case UID %s", c.UID)
		}
		seen[c.UID] = true
	}
	for _, p := range ps {
		if seen[p.UID] {
			t.Fatalf("duplicate partner UID %s", p.UID)
		}
		seen[p.UID] = true
	}
}

func TestRVNR(t *testing.T) {
	// The example of DESIGN.md: 10010490A443.
	if got := RVNR(10, model.NewDate(1990, time.April, 1), "Ahrens", false, 44); got != "10010490A443" {
		t.Errorf("RVNR = %s, want 10010490A443", got)
	}
	if got := RVNR(65, model.NewDate(1971, time.December, 24), "Özdemir", true, 3); model.ValidateRVNR(got) != nil || got[8] != 'O' || got[9:11] != "53" {
		t.Errorf("RVNR = %s", got)
	}
}

// Ten thousand cases come out whole; how long that takes is
// BenchmarkTenThousand's business, not a test's (a shared machine made a
// wall-clock bound fail at random).
func TestTenThousand(t *testing.T) {
	if testing.Short() {
		t.Skip("large run")
	}
	if cs, _ := Cases(10000, 8, testNow); len(cs) != 10000 {
		t.Errorf("got %d cases", len(cs))
	}
}

// BenchmarkTenThousand generates the 10,000 cases of the scale tests
// (docs/performance.md).
func BenchmarkTenThousand(b *testing.B) {
	for b.Loop() {
		Cases(10000, 8, testNow)
	}
}
