package ui

import (
	"context"
	"io"

	"fyne.io/fyne/v2"

	"teilhabelotse/app"
	"teilhabelotse/ui/kit"
)

// exportAccessCopy saves the Art. 15 GDPR copy of the open case — case
// file and documents in one ZIP — where the counselor chooses, and logs it
// (app.AccessCopy).
func exportAccessCopy(s *kit.Session) {
	if err := s.Flush(); err != nil {
		return // the session has shown why; the copy must hold what was typed
	}
	env := s.Env
	name := env.Loc.T("Access.FileName", "Name", fileSafe(s.Case.Client.FullName()), "Date", env.Today().ISO())
	kit.SaveWith(env, "access", name, ".zip", func() func(io.WriteCloser, string) error { return accessCopy(s) }, func(_ fyne.URI, err error) {
		if err != nil {
			s.ShowError(err)
		}
	})
}

// accessCopy is the writing of the copy of the open case as it is now.
func accessCopy(s *kit.Session) func(w io.WriteCloser, path string) error {
	snapshot, in, store := s.Case.Clone(), inputs(s.Env), s.Env.Store
	return func(w io.WriteCloser, path string) error {
		return app.AccessCopy(context.Background(), w, path, snapshot, store, in, store)
	}
}
