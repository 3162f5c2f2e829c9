package kit

// A low window (a 1366×768 screen at 150 %) shows the workspace's bars in
// a compact form. The host says when with SetCompact; a workspace's bars
// follow through OnCompact, registered on every build like OnRefresh.

// SetCompact tells the workspace shown whether the window is low.
func (s *Session) SetCompact(compact bool) {
	if compact == s.compact {
		return
	}
	s.compact = compact
	for _, fn := range s.onCompact {
		fn(compact)
	}
}

// OnCompact runs fn now and whenever the window becomes low or high again,
// until the workspace that registered it is replaced.
func (s *Session) OnCompact(fn func(compact bool)) {
	s.onCompact = append(s.onCompact, fn)
	fn(s.compact)
}
