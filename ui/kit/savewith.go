package kit

import (
	"io"

	"fyne.io/fyne/v2"
)

// SaveWith is how the window writes a file through one of the use cases of
// package app (a document, the Art. 15 copy, a report): SaveFile asks
// where; then chosen runs on the event goroutine — it takes what the file
// is made of as it is now (a copy of the case, the partners, the
// settings) and returns the work, or nil to write nothing — and the work
// writes off the event goroutine (Background) to the chosen file at its
// local path ("" when it is none). A written file gets the notice with
// "Öffnen" and "Ordner zeigen" (ShowSaved); done then hears how it ended.
func SaveWith(env *Env, kind, name, ext string, chosen func() func(w io.WriteCloser, path string) error, done func(u fyne.URI, err error)) {
	SaveFile(env, kind, name, ext, func(w fyne.URIWriteCloser) {
		work := chosen()
		if work == nil {
			w.Close() // nothing written: the file stays as it was
			return
		}
		var err error
		Background(env, func() { err = work(w, LocalPath(w.URI())) }, func() {
			if err == nil {
				ShowSaved(env, w.URI())
			}
			done(w.URI(), err)
		})
	})
}

// LocalPath is u's path when it is a file of this computer, else "".
func LocalPath(u fyne.URI) string {
	if u == nil || u.Scheme() != "file" {
		return ""
	}
	return u.Path()
}
