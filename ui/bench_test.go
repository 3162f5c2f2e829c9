package ui

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/storage"
)

// The case list is measured on the list rows of 10,000 generated demo cases
// (see docs/performance.md), stored and listed once per test binary.
const benchCases = 10000

var (
	benchOnce sync.Once
	benchDir  string
	benchRows []model.CaseSummary
	benchErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

func benchSummaries(b *testing.B) []model.CaseSummary {
	b.Helper()
	benchOnce.Do(func() {
		ctx := context.Background()
		if benchDir, benchErr = os.MkdirTemp("", "teilhabelotse-uibench-"); benchErr != nil {
			return
		}
		db, err := storage.Open(benchDir)
		if err != nil {
			benchErr = err
			return
		}
		defer db.Close()
		cases, _ := demo.Cases(benchCases, 1, time.Date(2026, 3, 2, 10, 0, 0, 0, time.Local))
		if benchErr = db.CreateCases(ctx, cases); benchErr != nil {
			return
		}
		benchRows, benchErr = db.ListCases(ctx)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchRows
}

// BenchmarkCaseListFilter is the cost of one keystroke in the search field:
// filterCases over all 10,000 list rows.
func BenchmarkCaseListFilter(b *testing.B) {
	rows := benchSummaries(b)
	// A whole RV-Nummer typed with spaces, as printed on letters.
	full := "10 010490 A 443"
	for _, r := range rows[len(rows)/2:] {
		if len(r.RVNR) == 12 {
			full = r.RVNR[:2] + " " + r.RVNR[2:8] + " " + r.RVNR[8:9] + " " + r.RVNR[9:]
			break
		}
	}
	for _, q := range []struct {
		name, query string
		phase       model.Phase
	}{
		{"name", "muster", ""},
		{"umlaut", "jürg", ""},
		{"two-words", "erika muster", ""},
		{"rvnr", "1001", ""},
		{"rvnr-full", full, ""},
		{"phase-only", "", model.PhaseMonitoring},
	} {
		// The rows are prepared once per list load, as the case list does.
		ix := newCaseIndex(rows)
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			b.ResetTimer()
			n := 0
			for i := 0; i < b.N; i++ {
				n = len(ix.filter(q.query, q.phase))
			}
			b.ReportMetric(float64(n), "hits")
		})
	}
}

// BenchmarkCaseListSaveRow is what an autosave costs the case list: the
// saved case's row put in its new place (caseIndex.with) and the search
// run again over the 10,000 rows. Before, every autosave listed all cases
// again (storage's BenchmarkCaseListLoad, 32–41 ms).
func BenchmarkCaseListSaveRow(b *testing.B) {
	rows := benchSummaries(b)
	ix := newCaseIndex(rows)
	less := model.SummaryLess()
	s := rows[len(rows)/2]
	s.LastName = "Zimmermann-" + s.LastName // a rename moves the row
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n, _ := ix.with(s, less)
		n.filter("muster", "")
	}
}
