package assessment

import (
	"runtime"
	"sync"
	"weak"

	"teilhabelotse/ui/kit"
)

// savedHook is this workspace's share of a session's OnSaved: after every
// save the workspace on screen redraws what is derived from the case (the
// checklist, the selector labels, the profile chart) and remembers which
// assessment the user is reading.
//
// The host builds the workspace again after every structural change
// (Session.Rebuild), so chaining onto OnSaved in New would add one more
// link per rebuild and keep every old workspace alive. Instead each
// session gets one link, installed on first use, and New only swaps the
// function it calls.
type savedHook struct {
	refresh  func()
	selected string // ID of the assessment shown, "" for the newest
}

var (
	hooksMu sync.Mutex
	// hooks finds a session's link again. Both sides are weak: the link
	// belongs to the session (through its OnSaved), so a closed case is
	// not kept in memory by this table.
	hooks = map[weak.Pointer[kit.Session]]weak.Pointer[savedHook]{}
)

// hookFor returns the session's link, installing it behind the OnSaved
// callback the host set, which keeps running first.
func hookFor(s *kit.Session) *savedHook {
	hooksMu.Lock()
	defer hooksMu.Unlock()
	key := weak.Make(s)
	if h := hooks[key].Value(); h != nil {
		return h
	}
	h := &savedHook{}
	prev := s.OnSaved
	s.OnSaved = func() {
		if prev != nil {
			prev()
		}
		if h.refresh != nil {
			h.refresh()
		}
	}
	hooks[key] = weak.Make(h)
	runtime.AddCleanup(s, func(k weak.Pointer[kit.Session]) {
		hooksMu.Lock()
		delete(hooks, k)
		hooksMu.Unlock()
	}, key)
	return h
}
