package monitoring

import "teilhabelotse/ui/kit"

// view is what the monitoring workspace remembers of one session between
// rebuilds: every structural change (a review added) builds the workspace
// anew, and the counselor must find it as she left it — the same reviews
// unfolded.
type view struct {
	s *kit.Session

	kit.Folds

	// refresh redraws what depends on the whole case (what is overdue,
	// the checklist, the reviews' titles) after each save; each build
	// replaces it.
	refresh func()
}

// viewOf returns the view of s, kept by the session across rebuilds, and
// makes the checklist follow every save.
func viewOf(s *kit.Session) *view {
	v := s.Memo("monitoring", func() any {
		return &view{s: s}
	}).(*view)
	s.AfterSave("monitoring", func() {
		if v.refresh != nil {
			v.refresh()
		}
	})
	return v
}
