package monitoring

import "teilhabelotse/ui/kit"

// view is what the monitoring workspace remembers of one session between
// rebuilds: every structural change (a review added) builds the workspace
// anew, and the counselor must find it as she left it — the same reviews
// unfolded.
type view struct {
	kit.Folds
}

// viewOf returns the view of s, kept by the session across rebuilds.
func viewOf(s *kit.Session) *view { return kit.State[view](s) }
