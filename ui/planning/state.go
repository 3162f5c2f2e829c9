package planning

import "teilhabelotse/ui/kit"

// view is what the planning workspace remembers of one session between
// rebuilds: every structural change (a goal added, a version finalised)
// builds the workspace anew, and the counselor must find it as she left
// it — the same version shown, the same areas and goals unfolded.
type view struct {
	version int // version number shown; 0 is the newest

	kit.Folds
}

// viewOf returns the view of s, kept by the session across rebuilds.
func viewOf(s *kit.Session) *view { return kit.State[view](s) }
