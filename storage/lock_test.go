package storage

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestSecondHolderIsRefusedNamingTheFirst(t *testing.T) {
	dir := t.TempDir()
	first, err := AcquireLock(dir, "window", 0)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = AcquireLock(dir, "import", 300*time.Millisecond)
	var le *LockedError
	if !errors.As(err, &le) || !errors.Is(err, ErrLocked) {
		t.Fatalf("second lock: %v, want a LockedError", err)
	}
	if waited := time.Since(start); waited < 250*time.Millisecond {
		t.Errorf("gave up after %v, should wait briefly", waited)
	}
	host, _ := os.Hostname()
	if le.Holder.PID != os.Getpid() || le.Holder.Host != host || le.Holder.Purpose != "window" {
		t.Errorf("holder %+v, want this process's window on %s", le.Holder, host)
	}
	if h, ok := Holding(dir); !ok || h.Purpose != "window" {
		t.Errorf("Holding = %+v, %v", h, ok)
	}
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	if _, ok := Holding(dir); ok {
		t.Error("still held after Release")
	}
	second, err := AcquireLock(dir, "import", 0)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	if second.Stale != nil {
		t.Errorf("a released lock is not stale: %+v", second.Stale)
	}
	second.Release()
}

func TestWaitingHolderGetsTheLockWhenItIsReleased(t *testing.T) {
	dir := t.TempDir()
	first, err := AcquireLock(dir, "import", 0)
	if err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(200*time.Millisecond, func() { first.Release() })
	second, err := AcquireLock(dir, "demo", 3*time.Second)
	if err != nil {
		t.Fatalf("should have waited for the release: %v", err)
	}
	second.Release()
}

// A crashed program leaves its lock file with its text; the operating
// system's lock ended with it, so the folder is free.
func TestStaleLockFileIsTakenOver(t *testing.T) {
	dir := t.TempDir()
	stale := `{"pid":999999,"host":"elsewhere","since":"2026-01-02T03:04:05Z","purpose":"window"}`
	if err := os.WriteFile(filepath.Join(dir, LockName), []byte(stale), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := AcquireLock(dir, "window", 0)
	if err != nil {
		t.Fatalf("stale lock refused: %v", err)
	}
	defer l.Release()
	if l.Stale == nil || l.Stale.PID != 999999 {
		t.Errorf("Stale = %+v, want the crashed holder", l.Stale)
	}
	if _, ok := Holding(dir); !ok {
		t.Error("the new holder must hold it")
	}
}
