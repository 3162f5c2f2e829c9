package main

import (
	"log/slog"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"teilhabelotse/storage"
)

// fileRepo is what Fyne's own repository of local files offers.
type fileRepo interface {
	repository.AppendableRepository
	repository.DeleteAllRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// safeFiles is Fyne's repository of local files with the command line's
// rules for output targets. Every save dialog of the window writes
// through its Writer: Fyne opens the chosen file for writing — truncating
// it — the moment the user confirms, before the program sees the name.
// Here that file is refused when it lies in the data folder (it could be
// the live database or a daily backup) or is no regular file, and
// otherwise written beside it and renamed over it only once complete, as
// `--out` does (storage.CreateAtomic).
type safeFiles struct {
	fileRepo
	dataDir string
}

// protectSaveDialogs puts safeFiles in place of Fyne's "file" repository;
// a must before any save dialog opens. It is a no-op (logged) if Fyne's
// repository no longer has the expected shape.
func protectSaveDialogs(dataDir string) {
	base, err := repository.ForScheme("file")
	if err != nil {
		slog.Error("save dialogs unprotected: no file repository")
		return
	}
	if _, ok := base.(safeFiles); ok {
		return
	}
	fr, ok := base.(fileRepo)
	if !ok {
		slog.Error("save dialogs unprotected: unexpected file repository")
		return
	}
	repository.Register("file", safeFiles{fileRepo: fr, dataDir: dataDir})
}

// Writer refuses a target that CheckTarget refuses (an existing file is
// allowed: the dialog has asked before replacing it) and returns a writer
// that replaces the file only when it is closed after a complete write.
func (r safeFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	path := u.Path()
	if err := storage.CheckTarget(r.dataDir, path, true); err != nil {
		return nil, storage.ClassifyFile(err, path)
	}
	return &safeWriter{uri: u}, nil
}

// Appender would write into the file in place; the program never appends
// to a file the user picked, so it is a writer like any other.
func (r safeFiles) Appender(u fyne.URI) (fyne.URIWriteCloser, error) { return r.Writer(u) }

// safeWriter writes to a temporary file beside the target, created with
// the first byte. Closed after nothing was written — a dialog that only
// asked for the name, a document that failed to render — it leaves the
// target as it was; after a failed write it removes what it wrote.
type safeWriter struct {
	uri fyne.URI
	f   *storage.AtomicFile
	err error
}

func (w *safeWriter) URI() fyne.URI { return w.uri }

func (w *safeWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.f == nil {
		if w.f, w.err = storage.CreateAtomic(w.uri.Path()); w.err != nil {
			w.err = storage.ClassifyFile(w.err, w.uri.Path())
			return 0, w.err
		}
	}
	n, err := w.f.Write(p)
	if err != nil {
		w.err = storage.ClassifyFile(err, w.uri.Path())
	}
	return n, w.err
}

func (w *safeWriter) Close() error {
	switch {
	case w.f == nil && w.err == os.ErrClosed:
		return nil
	case w.f == nil:
		return w.err
	case w.err != nil:
		w.f.Abort()
		return w.err
	}
	if err := w.f.Commit(); err != nil {
		w.err = storage.ClassifyFile(err, w.uri.Path())
		return w.err
	}
	w.f, w.err = nil, os.ErrClosed
	return nil
}
