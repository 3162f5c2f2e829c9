package storage

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
)

// The facts storage keeps beside each case are what FactsOf derives from
// the case as saved, and reading them by period leaves out only cases that
// cannot count: the figures are the same as over every case.
func TestCaseFactsByPeriodGiveTheFiguresOfAllCases(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	now := time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC)
	cases, partners := demo.Cases(60, 5, now)
	storeAll(t, d, cases, partners)
	var all []model.CaseFacts
	for _, c := range cases {
		all = append(all, model.FactsOf(c))
	}
	today := model.DateOf(now)
	periods := []model.Period{
		model.YearPeriod(2025), model.YearPeriod(2024), model.YearPeriod(2020), model.QuarterPeriod(2025, 2),
		{From: today, To: today}, {From: model.NewDate(1990, 1, 1), To: model.NewDate(2030, 12, 31)},
	}
	for _, p := range periods {
		got, err := d.CaseFacts(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		var want []model.CaseFacts
		for _, f := range all {
			if f.Matters(p) {
				want = append(want, f)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%v: read %d facts, want %d (or they differ)", p, len(got), len(want))
		}
		ge := model.Evaluate(got, partners, p, model.Filter{}, model.Settings{})
		we := model.Evaluate(all, partners, p, model.Filter{}, model.Settings{})
		if !reflect.DeepEqual(ge, we) {
			t.Errorf("%v: the figures of the facts read differ from those of all cases", p)
		}
	}

	// A save derives them again; an erasure removes them.
	c := mustLoad(t, d, cases[0].ID)
	c.Intake.Referral.ReceivedOn = model.NewDate(2025, 6, 1)
	if err := d.SaveCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	if f := factsOf(t, d, c.ID); f.Received != c.Intake.Referral.ReceivedOn.Day() {
		t.Errorf("facts after a save: received %v, want %v", f.Received.Date(), c.Intake.Referral.ReceivedOn)
	}
	if err := d.EraseCase(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := d.db.QueryRow(`SELECT count(*) FROM case_facts WHERE id = ?`, c.ID).Scan(&n); err != nil || n != 0 {
		t.Errorf("an erased case keeps %d facts rows (%v)", n, err)
	}
}

func factsOf(t *testing.T, d *DB, id int64) model.CaseFacts {
	t.Helper()
	fs, err := d.CaseFacts(context.Background(), model.Period{From: model.NewDate(1, 1, 1), To: model.NewDate(9999, 12, 31)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.ID == id {
			return f
		}
	}
	t.Fatalf("no facts for case %d", id)
	return model.CaseFacts{}
}

// Facts derived by an older program (another FactsVersion) or missing are
// derived again when the database is opened.
func TestOpenDerivesStaleFacts(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d := openIn(t, dir)
	cases, _ := demo.Cases(demo.Curated, 3, time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC))
	if err := d.CreateCases(ctx, cases); err != nil {
		t.Fatal(err)
	}
	if _, err := d.db.Exec(`UPDATE case_facts SET version = 0, facts = x'00' WHERE id = ?`, cases[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := d.db.Exec(`DELETE FROM case_facts WHERE id = ?`, cases[1].ID); err != nil {
		t.Fatal(err)
	}
	d = reopen(t, d, dir)
	for _, c := range cases[:2] {
		want := model.FactsOf(c)
		if got := factsOf(t, d, c.ID); !reflect.DeepEqual(got, want) {
			t.Errorf("facts of %s not derived again:\n got %+v\nwant %+v", c.UID, got, want)
		}
	}
}

// BenchmarkEvaluation is one change of the period in the Auswertung over
// the 10,000-case store: read the facts that matter for the year before
// the demo's day, the partners and the settings, and compute every figure.
func BenchmarkEvaluation(b *testing.B) {
	d := benchStore(b)
	ctx := context.Background()
	for _, p := range []struct {
		name   string
		period model.Period
	}{
		{"year", model.YearPeriod(2025)},
		{"all", model.Period{From: model.NewDate(1990, 1, 1), To: model.NewDate(2026, 12, 31)}},
	} {
		b.Run(p.name, func(b *testing.B) {
			var n int
			cpu := cpuTime()
			for b.Loop() {
				fs, err := d.CaseFacts(ctx, p.period)
				if err != nil {
					b.Fatal(err)
				}
				ps, err := d.Partners(ctx)
				if err != nil {
					b.Fatal(err)
				}
				s, err := d.Settings(ctx)
				if err != nil {
					b.Fatal(err)
				}
				e := model.Evaluate(fs, ps, p.period, model.Filter{}, s)
				n = len(fs)
				_ = e
			}
			b.ReportMetric(float64(n), "cases")
			// The machine is shared: CPU time says what the evaluation
			// costs when wall time includes waiting for a core.
			b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// The stored form gives back exactly the facts written, and a damaged row
// is an error, never a panic or made-up figures.
func TestFactsCodecRoundTrip(t *testing.T) {
	cases, _ := demo.Cases(40, 9, time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC))
	dec := newFactsDecoder()
	for _, c := range cases {
		want := model.FactsOf(c)
		want.ID = 0
		b := encodeFacts(&want)
		var got model.CaseFacts
		if err := dec.decode(b, &got); err != nil {
			t.Fatalf("%s: %v", c.UID, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s:\n got %+v\nwant %+v", c.UID, got, want)
		}
		for n := 0; n < len(b); n += 7 {
			var f model.CaseFacts
			if err := dec.decode(b[:n], &f); err == nil {
				t.Fatalf("%s cut to %d of %d bytes decodes without an error", c.UID, n, len(b))
			}
		}
		if err := dec.decode(append(b[:len(b):len(b)], 0), &got); err == nil {
			t.Fatalf("%s with a byte too many decodes without an error", c.UID)
		}
	}
}

// The period's facts are found through the index, not by reading every
// row (docs/performance.md).
func TestCaseFactsQueryUsesItsIndex(t *testing.T) {
	d := MustOpen(t)
	rows, err := d.db.Query(`EXPLAIN QUERY PLAN `+factsQuery, 739616, 739252)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if len(plan) != 1 || !strings.HasPrefix(plan[0], "SEARCH case_facts USING INDEX case_facts_span") {
		t.Errorf("query plan %q", plan)
	}
}
