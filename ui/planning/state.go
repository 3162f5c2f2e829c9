package planning

import "teilhabelotse/ui/kit"

// view is what the planning workspace remembers of one session between
// rebuilds: every structural change (a goal added, a version finalised)
// builds the workspace anew, and the counselor must find it as she left
// it — the same version shown, the same areas and goals unfolded.
type view struct {
	s       *kit.Session
	version int // version number shown; 0 is the newest

	kit.Folds

	// refresh redraws what depends on the whole case (the checklist)
	// after each save; each build replaces it.
	refresh func()
}

// viewOf returns the view of s, kept by the session across rebuilds, and
// makes the checklist follow every save.
func viewOf(s *kit.Session) *view {
	v := s.Memo("planning", func() any {
		return &view{s: s}
	}).(*view)
	s.AfterSave("planning", func() {
		if v.refresh != nil {
			v.refresh()
		}
	})
	return v
}
