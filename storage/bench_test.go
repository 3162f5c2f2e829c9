package storage

import (
	"context"
	"fmt"
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"teilhabelotse/model/demo"
)

// The performance targets (docs/performance.md) are measured on a store of
// benchCases generated demo cases, built once per test binary and removed
// when it ends.
const benchCases = 10000

var (
	benchOnce sync.Once
	benchDir  string
	benchDB   *DB
	benchErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDB != nil {
		benchDB.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// benchStore is the shared store of 10,000 cases.
func benchStore(b *testing.B) *DB {
	b.Helper()
	benchOnce.Do(func() {
		if benchDir, benchErr = os.MkdirTemp("", "teilhabelotse-bench-"); benchErr != nil {
			return
		}
		if benchDB, benchErr = Open(benchDir); benchErr != nil {
			return
		}
		benchErr = fillDemo(context.Background(), benchDB, benchCases)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchDB
}

// fillDemo stores n demo cases and their partners, and says how long it took.
func fillDemo(ctx context.Context, d *DB, n int) error {
	start := time.Now()
	cases, partners := demo.Cases(n, 1, time.Date(2026, 3, 2, 10, 0, 0, 0, time.Local))
	gen := time.Since(start)
	for i := range partners {
		if err := d.SavePartner(ctx, &partners[i]); err != nil {
			return err
		}
	}
	start = time.Now()
	if err := d.CreateCases(ctx, cases); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "bench store: demo.Cases(%d) %v, CreateCases %v\n",
		n, gen.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	return nil
}

// largestCase is the ID of the case with the longest document.
func largestCase(b *testing.B, d *DB) (id int64, size int) {
	b.Helper()
	err := d.db.QueryRow(`SELECT id, length(doc) FROM cases ORDER BY length(doc) DESC LIMIT 1`).Scan(&id, &size)
	if err != nil {
		b.Fatal(err)
	}
	return id, size
}

// BenchmarkCreateCases10000 is `demo --cases 10000`: generating the cases and
// storing them in one transaction, in a fresh database each time. Run it
// with -benchtime=1x.
func BenchmarkCreateCases10000(b *testing.B) {
	ctx := context.Background()
	var gen, ins time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		d, err := Open(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		cases, _ := demo.Cases(benchCases, int64(i+1), time.Now())
		mid := time.Now()
		if err := d.CreateCases(ctx, cases); err != nil {
			b.Fatal(err)
		}
		gen += mid.Sub(start)
		ins += time.Since(mid)
		b.StopTimer()
		d.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(gen.Milliseconds())/float64(b.N), "gen-ms/op")
	b.ReportMetric(float64(ins.Milliseconds())/float64(b.N), "insert-ms/op")
}

// BenchmarkCaseListLoad is opening the case list: all 10,000 list rows,
// sorted with German collation.
func BenchmarkCaseListLoad(b *testing.B) {
	ctx := context.Background()
	d := benchStore(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if list, err := d.ListCases(ctx); err != nil || len(list) != benchCases {
			b.Fatal(len(list), err)
		}
	}
}

// BenchmarkLoadCase is opening the largest of the 10,000 cases.
func BenchmarkLoadCase(b *testing.B) {
	ctx := context.Background()
	d := benchStore(b)
	id, size := largestCase(b, d)
	b.ReportMetric(float64(size), "doc-bytes")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := d.LoadCase(ctx, id); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveField is one autosave: one text field of the largest case
// changed and the whole case written (synchronous=FULL, so one fsync each).
func BenchmarkSaveField(b *testing.B) {
	ctx := context.Background()
	d := benchStore(b)
	id, _ := largestCase(b, d)
	c := mustLoad(b, d, id)
	base := c.Intake.Referral.Notes
	times := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		c.Intake.Referral.Notes = fmt.Sprintf("%s Nachtrag %d.", base, i)
		if err := d.SaveCase(ctx, c); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	reportMedian(b, times)
}

func reportMedian(b *testing.B, times []time.Duration) {
	if len(times) == 0 {
		return
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(times[len(times)*9/10].Microseconds())/1000, "p90-ms")
}
