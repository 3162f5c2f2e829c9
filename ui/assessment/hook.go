package assessment

import "teilhabelotse/ui/kit"

// savedHook is what this workspace keeps per session: after every
// save the workspace on screen redraws what is derived from the case (the
// checklist, the selector labels, the profile chart) and remembers which
// assessment the user is reading.
type savedHook struct {
	refresh  func()
	selected string // ID of the assessment shown, "" for the newest
}

// hookFor returns the session's share, kept across rebuilds; New only
// swaps the function it calls.
func hookFor(s *kit.Session) *savedHook {
	h := s.Memo("assessment", func() any { return &savedHook{} }).(*savedHook)
	s.AfterSave("assessment", func() {
		if h.refresh != nil {
			h.refresh()
		}
	})
	return h
}
