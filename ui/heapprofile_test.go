package ui

import (
	"os"
	"runtime"
	"runtime/pprof"
	"testing"

	"teilhabelotse/storage"
)

// TestHeapProfile writes a heap profile of the main window built over an
// existing data folder, for docs/performance.md:
//
//	TL_HEAP_DATA=DIR TL_HEAP_PROFILE=heap.pprof go test -tags migrated_fynedo -run TestHeapProfile ./ui/
//	go tool pprof -top -sample_index=inuse_space heap.pprof
//
// Without both variables it is skipped.
func TestHeapProfile(t *testing.T) {
	dir, out := os.Getenv("TL_HEAP_DATA"), os.Getenv("TL_HEAP_PROFILE")
	if dir == "" || out == "" {
		t.Skip("TL_HEAP_DATA and TL_HEAP_PROFILE not set")
	}
	runtime.MemProfileRate = 4096
	db, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	u := newTestUI(t, db)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("cases shown %d; heap in use %.1f MB, objects %d", u.list.length(), float64(ms.HeapInuse)/(1<<20), ms.HeapObjects)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		t.Fatal(err)
	}
	runtime.KeepAlive(u)
}
