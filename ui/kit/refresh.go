package kit

// What follows saves, and what outlives a rebuild. A workspace is built
// anew after every structural change and whenever it is shown again; the
// host calls ReplaceView before each build. So a workspace registers its
// refresh functions with OnRefresh on every build, and they end with the
// widgets they redraw: a workspace no longer shown is never refreshed.
// What must outlive a rebuild (the version shown, the folds left open) is
// the workspace's own type, kept by State.

// OnRefresh runs fn after every successful save, after OnSaved, until the
// workspace that registered it is replaced.
func (s *Session) OnRefresh(fn func()) { s.refresh = append(s.refresh, fn) }

// ReplaceView drops what belonged to the workspace being replaced: the
// texts its fields held that could not be saved, and its refresh
// functions. The host calls it before it builds a workspace.
func (s *Session) ReplaceView() {
	s.invalid = nil
	s.refresh = nil
	s.refreshLater = false
	s.onCompact = nil
}

// refreshed runs the refresh functions of the workspace shown — unless
// the user is typing in one of its fields. A save follows every pause in
// typing, and a checklist that ticks an item, a warning that goes away or
// a row that appears would move the fields while she is in one; they are
// redrawn when she leaves it (Entry.FocusLost).
func (s *Session) refreshed() {
	if s.typing() {
		s.refreshLater = true
		return
	}
	s.refreshLater = false
	for _, fn := range s.refresh {
		fn()
	}
}

// refreshWaiting runs the refresh functions held back while the user
// typed.
func (s *Session) refreshWaiting() {
	if s.refreshLater {
		s.refreshed()
	}
}

// typing reports whether a field of this session has the focus.
func (s *Session) typing() bool {
	if s.Env == nil || s.Env.Win == nil {
		return false
	}
	e, ok := s.Env.Win.Canvas().Focused().(*Entry)
	return ok && e.s == s && !e.leaving
}

// stateKey is the key of State's value of type T: the type itself, so
// two workspaces cannot share a key by accident.
type stateKey[T any] struct{}

// State returns the session's value of type T, made on first use: what a
// workspace keeps of one open case between rebuilds. It ends with the
// session.
func State[T any](s *Session) *T {
	if s.state == nil {
		s.state = map[any]any{}
	}
	if v, ok := s.state[stateKey[T]{}]; ok {
		return v.(*T)
	}
	v := new(T)
	s.state[stateKey[T]{}] = v
	return v
}
