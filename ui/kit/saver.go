package kit

import (
	"context"
	"errors"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"teilhabelotse/model"
)

// MaxSaveWait bounds how long typed text stays unsaved while the typing
// goes on without a pause: a crash loses at most this much, plus the
// window's lag behind the keyboard and the save itself, never a whole
// paragraph. The promise is 2 s (docs/reliability.md); at 1.5 s the half
// second left was not enough on a loaded machine, where the window falls
// a frame or two behind the keys and a write waits for the disk
// (docs/performance.md, "Typing without losing a word").
const MaxSaveWait = time.Second

// retryDelays are the waits before the next attempt after a failed save:
// soon at first (a lock held for a moment), then calmer. The last one
// repeats until the save succeeds.
var retryDelays = []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 15 * time.Second, 30 * time.Second}

// saver is the state of a session's saves. With Env.Async the save after
// a typing pause and every retry run off the event goroutine, on a copy of
// the case, so the window never freezes on a locked or slow database;
// Flush saves in place (leaving a field, switching case, quitting).
type saver struct {
	write sync.Mutex // one SaveCase at a time; Flush waits for the background one

	// Guarded by Session.mu:
	gen       uint64    // counts edits
	firstEdit time.Time // the oldest edit not yet saved
	base      time.Time // the stored version the next save builds on
	haveBase  bool
	seq       uint64 // counts saves started
	applied   uint64 // the newest save whose outcome was applied
	inFlight  bool
	retry     *time.Timer
	attempt   int   // failed saves in a row
	lastErr   error // why the last save failed
	nextRetry time.Time
}

// Edited records that a field changed. With Env.Async the case is written
// after SaveDelay without further edits, and at the latest MaxSaveWait
// after the first unsaved edit. Headless tests (no Async) flush as the
// window does when a field loses focus: Fyne's test driver would run the
// timed save beside the test.
func (s *Session) Edited() {
	if s.draftEdited != nil { // a Draft writes nothing
		s.draftEdited()
		return
	}
	s.mu.Lock()
	s.dirty = true
	s.sv.gen++
	now := time.Now()
	if s.sv.firstEdit.IsZero() {
		s.sv.firstEdit = now
	}
	if s.timer != nil {
		s.timer.Stop()
	}
	if s.Env.Async {
		delay := SaveDelay
		if left := MaxSaveWait - now.Sub(s.sv.firstEdit); left < delay {
			delay = max(left, 0)
		}
		s.timer = time.AfterFunc(delay, func() { fyne.Do(s.saveInBackground) })
	}
	s.mu.Unlock()
	s.status(Pending)
}

// Flush writes pending changes now and waits for the outcome (a field
// left, the case or phase switched, the window closing). On failure the
// text stays in the case in memory and in the fields; with Env.Async a
// retry is scheduled.
func (s *Session) Flush() error {
	w, ok := s.saveNow()
	if !ok {
		return s.LastError()
	}
	return s.applied(w.snap, w.seq, w.gen, w.err)
}

// SaveBeforeExit writes pending changes once more when the program is
// ending and the window is gone: like Flush, but it shows nothing and
// schedules nothing.
func (s *Session) SaveBeforeExit() error {
	w, _ := s.saveNow()
	return w.err
}

// write is one save of the case: the copy written, its numbers (see
// snapshot) and the outcome.
type write struct {
	snap     *model.Case
	seq, gen uint64
	err      error
}

// saveNow saves the case as it is now, in place, after a background save
// under way; ok is false when nothing was pending (or a Draft holds it).
func (s *Session) saveNow() (w write, ok bool) {
	if s.draftEdited != nil {
		return w, false
	}
	s.mu.Lock()
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	s.mu.Unlock()
	s.sv.write.Lock() // a background save finishes first
	defer s.sv.write.Unlock()
	if w.snap, w.seq, w.gen, ok = s.snapshot(); !ok {
		return w, false
	}
	w.err = s.Env.Store.SaveCase(context.Background(), w.snap)
	s.recordWrite(w.snap, w.err)
	return w, true
}

// saveInBackground starts a save of the case as it is now on its own
// goroutine; the outcome is applied on the event goroutine. It is called
// there, by the typing timer and by retries.
func (s *Session) saveInBackground() {
	s.mu.Lock()
	busy := s.sv.inFlight
	s.mu.Unlock()
	if busy {
		return // its outcome re-arms the timer if edits came meanwhile
	}
	snap, seq, gen, ok := s.snapshot()
	if !ok {
		return
	}
	s.mu.Lock()
	s.sv.inFlight = true
	s.mu.Unlock()
	go func() {
		s.sv.write.Lock()
		err := s.Env.Store.SaveCase(context.Background(), snap)
		s.recordWrite(snap, err)
		s.sv.write.Unlock()
		fyne.Do(func() {
			s.mu.Lock()
			s.sv.inFlight = false
			s.mu.Unlock()
			_ = s.applied(snap, seq, gen, err)
		})
	}()
}

// snapshot copies the case for a save, on the event goroutine; ok is false
// when nothing is pending.
func (s *Session) snapshot() (snap *model.Case, seq, gen uint64, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.dirty {
		return nil, 0, 0, false
	}
	if s.sv.retry != nil {
		s.sv.retry.Stop()
		s.sv.retry = nil
	}
	if !s.sv.haveBase {
		s.sv.base, s.sv.haveBase = s.Case.Updated, true
	}
	snap = s.Case.Clone()
	snap.Updated = s.sv.base
	s.sv.seq++
	s.sv.firstEdit = time.Time{} // edits from now on are the next save's
	return snap, s.sv.seq, s.sv.gen, true
}

// recordWrite moves the base version on as soon as a write succeeded, on
// the goroutine that wrote, so that a Flush right after builds on it.
func (s *Session) recordWrite(snap *model.Case, err error) {
	if err != nil {
		return
	}
	s.mu.Lock()
	s.sv.base = snap.Updated
	s.mu.Unlock()
}

// applied shows the outcome of save number seq, which wrote the case as
// it was at edit gen. An outcome older than one already applied changes
// nothing.
func (s *Session) applied(snap *model.Case, seq, gen uint64, err error) error {
	s.mu.Lock()
	if seq < s.sv.applied {
		s.mu.Unlock()
		return err
	}
	s.sv.applied = seq
	if err != nil {
		s.sv.lastErr = err
		s.sv.attempt++
		s.sv.firstEdit = time.Now() // still unsaved
		s.mu.Unlock()
		s.failed(err)
		return err
	}
	s.Case.Updated = snap.Updated
	s.sv.lastErr, s.sv.attempt = nil, 0
	more := s.sv.gen != gen
	s.dirty = more
	s.mu.Unlock()
	s.failing = false
	if more {
		s.status(Pending)
		if s.Env.Async {
			s.Edited() // what was typed during the save, timed as usual
		}
	} else {
		s.status(Saved)
	}
	if s.OnSaved != nil {
		s.OnSaved()
	}
	s.refreshed()
	return nil
}

// failed says that a save failed and, with Env.Async, tries again later.
// A conflict is for the user to decide and is not retried, nor is a save
// into a database opened read-only.
func (s *Session) failed(err error) {
	if errors.Is(err, model.ErrConflict) {
		s.status(Conflict)
		if !s.failing {
			s.failing = true
			s.conflict()
		}
		return
	}
	if s.Env.ReadOnly {
		// Retrying cannot help: the database stays open read-only.
		s.status(ReadOnly)
		if !s.failing {
			s.failing = true
			s.ShowError(err)
		}
		return
	}
	if s.Env.Async {
		s.mu.Lock()
		d := retryDelays[min(s.sv.attempt, len(retryDelays))-1]
		s.sv.nextRetry = time.Now().Add(d)
		s.sv.retry = time.AfterFunc(d, func() { fyne.Do(s.saveInBackground) })
		s.mu.Unlock()
	}
	s.status(Failed)
	if !s.failing {
		// One dialog per failure streak: the status line keeps saying it.
		s.failing = true
		s.ShowError(err)
	}
}

// LastError is why the last save failed, nil after a success.
func (s *Session) LastError() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sv.lastErr
}

// NextRetry is when the next attempt after a failed save starts (zero
// when none is scheduled).
func (s *Session) NextRetry() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sv.retry == nil {
		return time.Time{}
	}
	return s.sv.nextRetry
}

// rebase makes the stored version v the one the next save builds on: the
// user chose in the conflict dialog.
func (s *Session) rebase(v time.Time) {
	s.mu.Lock()
	s.sv.base, s.sv.haveBase = v, true
	s.mu.Unlock()
}

// Close stops the timers of a session that is being left; what is
// pending must have been flushed.
func (s *Session) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.timer != nil {
		s.timer.Stop()
	}
	if s.sv.retry != nil {
		s.sv.retry.Stop()
	}
}
