package kit_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// countingStore fails while fail is set and records when saves succeed.
type countingStore struct {
	model.Store
	mu    sync.Mutex
	fail  bool
	tries int
	saves []time.Time
}

func (c *countingStore) SaveCase(ctx context.Context, cs *model.Case) error {
	c.mu.Lock()
	c.tries++
	fail := c.fail
	c.mu.Unlock()
	if fail {
		return &model.StoreError{Fault: model.FaultLocked, Path: "teilhabelotse.db", Err: context.DeadlineExceeded}
	}
	err := c.Store.SaveCase(ctx, cs)
	c.mu.Lock()
	c.saves = append(c.saves, time.Now())
	c.mu.Unlock()
	return err
}

func (c *countingStore) state() (tries, saves int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.tries, len(c.saves)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A save that fails (another program holds the database) is tried again
// by itself until it succeeds, and the status line says so meanwhile.
func TestFailedSaveIsRetriedByItself(t *testing.T) {
	defer kit.SetRetryDelays(50*time.Millisecond, 100*time.Millisecond)()
	s, fs := openSession(t)
	cs := &countingStore{Store: fs.Store, fail: true}
	s.Env.Store = cs
	s.Env.Async = true
	var mu sync.Mutex
	var last kit.Status
	s.OnStatus = func(st kit.Status) { mu.Lock(); last = st; mu.Unlock() }
	status := func() kit.Status { mu.Lock(); defer mu.Unlock(); return last }

	test.Type(s.Note(&s.Case.Intake.Referral.Notes), "Gesprächsnotiz")
	waitFor(t, "three failed attempts", func() bool { tries, _ := cs.state(); return tries >= 3 })
	if status() != kit.Failed || s.LastError() == nil || s.NextRetry().IsZero() {
		t.Errorf("while failing: status %v, error %v, next retry %v", status(), s.LastError(), s.NextRetry())
	}
	cs.mu.Lock()
	cs.fail = false
	cs.mu.Unlock()
	waitFor(t, "the retry to succeed", func() bool { _, saves := cs.state(); return saves > 0 })
	waitFor(t, "the saved status", func() bool { return status() == kit.Saved })
	if got := stored(t, s).Intake.Referral.Notes; got != "Gesprächsnotiz" {
		t.Errorf("stored %q", got)
	}
	if s.Dirty() || s.LastError() != nil {
		t.Errorf("after the retry: dirty %v, error %v", s.Dirty(), s.LastError())
	}
}

// Typing that never pauses is still saved while it goes on.
func TestSteadyTypingIsSavedWithoutAPause(t *testing.T) {
	s, fs := openSession(t)
	cs := &countingStore{Store: fs.Store}
	s.Env.Store = cs
	s.Env.Async = true
	e := s.Note(&s.Case.Intake.Referral.Notes)
	start := time.Now()
	for time.Since(start) < 3*kit.MaxSaveWait {
		test.Type(e, "x")
		time.Sleep(kit.SaveDelay / 6)
	}
	if _, saves := cs.state(); saves == 0 {
		t.Fatalf("%v of steady typing and no save", time.Since(start).Round(time.Millisecond))
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := stored(t, s).Intake.Referral.Notes; got != e.Text || !strings.HasPrefix(got, "xxx") {
		t.Errorf("stored %d characters, the field has %d", len(got), len(e.Text))
	}
}
