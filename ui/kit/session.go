package kit

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"teilhabelotse/app"
	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// SaveDelay is how long typing may pause before the change is written. Short
// enough that a crash loses at most a few words, long enough not to write
// on every keystroke.
const SaveDelay = 600 * time.Millisecond

// Env is what a workspace needs from the application.
type Env struct {
	Loc      *locales.Localizer
	Win      fyne.Window
	Store    model.Store
	Settings model.Settings
	Now      func() time.Time
	// Partners is the network partner directory, sorted by name; the
	// directory screen replaces it after each change.
	Partners []model.Partner
	// Async runs slow reads off the event goroutine and times the save
	// after a typing pause (the running app sets it); without it reads run
	// in place and saves wait for a flush, as the headless tests need.
	Async bool
	// Notice shows a notice that does not block the window (a saved
	// file's "Öffnen"/"Ordner zeigen"); nil replaces the one shown. Without
	// it (tests of a single workspace) the notice floats over the window.
	Notice func(fyne.CanvasObject)
	// ReadOnly: the database opened read-only (a write-protected file or
	// disk). Nothing can be saved until the program is started again on
	// a writable one: the case's forms are frozen, a failed save is not
	// retried and the status line says why.
	ReadOnly bool
	// Print prints a document of the session's case the one way the
	// window has (ui/export.go: the gaps' question, the save dialog, the
	// audit entry). The window sets it; a workspace shows no print button
	// while it is nil, as in the tests of a single workspace.
	Print func(s *Session, d app.Document)
}

// Background runs work and then apply: with env.Async, work on its own
// goroutine and apply through fyne.Do, so the window never waits for it.
func Background(env *Env, work, apply func()) {
	if !env.Async {
		work()
		apply()
		return
	}
	go func() {
		work()
		fyne.Do(apply)
	}()
}

// Partner returns the directory entry with uid, if any.
func (e *Env) Partner(uid string) (model.Partner, bool) {
	for _, p := range e.Partners {
		if p.UID == uid {
			return p, true
		}
	}
	return model.Partner{}, false
}

// PartnerName is the partner's name, or the UID when it is unknown.
func (e *Env) PartnerName(uid string) string {
	if p, ok := e.Partner(uid); ok {
		return p.Name
	}
	return uid
}

// Today is the current calendar day.
func (e *Env) Today() model.Date { return model.DateOf(e.Now()) }

// Session is one case open for editing.
type Session struct {
	Env  *Env
	Case *model.Case

	// OnSaved runs after every successful write (to refresh the list,
	// the timeline and the deadlines).
	OnSaved func()
	// Rebuild redraws the workspace after a structural change.
	Rebuild func()
	// OnStatus reports "saved"/"unsaved"/"failed" for a status line.
	OnStatus func(Status)
	// Page is the scroll of the visible workspace; notes hand the mouse
	// wheel to it.
	Page fyne.Scrollable

	refresh []func() // of the workspace shown (refresh.go)
	// refreshLater: a save came while the user typed in a field; the
	// refresh functions run when she leaves it.
	refreshLater bool
	// compact: the window is low (compact.go); onCompact follow it.
	compact   bool
	onCompact []func(bool)
	state     map[any]any // kept across rebuilds (State)

	mu      sync.Mutex
	timer   *time.Timer
	dirty   bool
	failing bool
	pending bool  // OnStatus was told Pending last
	sv      saver // the save pipeline (saver.go)
	// invalid are the fields whose text cannot be saved as it is (not a
	// date, a number out of range, too long): it lives only in the field.
	invalid map[*Entry]bool

	// A Draft's session saves nothing: an edit runs draftEdited, and keys
	// gives Enter and Escape of its entries to the draft's dialog.
	draftEdited func()
	keys        func(*fyne.KeyEvent) bool
}

// markInvalid records whether e holds text that is not saved.
func (s *Session) markInvalid(e *Entry, bad bool) {
	was := s.Unsaved()
	defer func() {
		if was != s.Unsaved() {
			s.mu.Lock()
			dirty := s.dirty
			s.mu.Unlock()
			if dirty {
				s.status(Pending)
			} else {
				s.status(Saved)
			}
		}
	}()
	if s.draftEdited != nil {
		defer s.draftEdited()
	}
	if bad {
		if s.invalid == nil {
			s.invalid = map[*Entry]bool{}
		}
		s.invalid[e] = true
	} else {
		delete(s.invalid, e)
	}
}

// Unsaved reports whether a field holds text that could not be saved as it
// is; leaving the case or quitting would lose it.
func (s *Session) Unsaved() bool { return len(s.invalid) > 0 }

// Status is the save state shown to the user.
type Status int

const (
	Saved Status = iota
	Pending
	Failed
	// Invalid: everything is saved but a field's text that cannot be as
	// it is (see Unsaved).
	Invalid
	// Conflict: not saved, because the case was saved elsewhere meanwhile;
	// the user chooses which text to keep.
	Conflict
	// ReadOnly: not saved, because the database is write-protected (see
	// Env.ReadOnly); nothing retries.
	ReadOnly
)

// NewSession opens c for editing.
func NewSession(env *Env, c *model.Case) *Session {
	return &Session{Env: env, Case: c}
}

// Change applies a structural change (add/remove an entry, a transition),
// writes the case at once and rebuilds the workspace. If fn fails nothing
// is written and its error is shown.
func (s *Session) Change(fn func(c *model.Case) error) error {
	if err := fn(s.Case); err != nil {
		s.ShowError(err)
		return err
	}
	if s.draftEdited != nil {
		s.draftEdited()
		return nil
	}
	s.mu.Lock()
	s.dirty = true
	s.mu.Unlock()
	err := s.Flush()
	if s.Rebuild != nil {
		s.Rebuild()
	}
	return err
}

// Dirty reports unsaved changes.
func (s *Session) Dirty() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dirty
}

func (s *Session) status(st Status) {
	if st == Saved && s.Unsaved() {
		st = Invalid // saved, except what a field holds that cannot be
	}
	// Every typed key says Pending; the status line is told once, not
	// redrawn per key.
	if st == Pending && s.pending {
		return
	}
	s.pending = st == Pending
	if s.OnStatus != nil {
		s.OnStatus(st)
	}
}

// ShowError shows err in the user's language.
func (s *Session) ShowError(err error) { ShowError(s.Env.Win, s.Env.Loc, err) }

// T is a shortcut for the session's localizer.
func (s *Session) T(id string, kv ...any) string { return s.Env.Loc.T(id, kv...) }
