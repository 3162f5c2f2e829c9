package main

import (
	"log/slog"

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
	return &safeWriter{storage.NewAtomicWriter(path), u}, nil
}

// Appender would write into the file in place; the program never appends
// to a file the user picked, so it is a writer like any other.
func (r safeFiles) Appender(u fyne.URI) (fyne.URIWriteCloser, error) { return r.Writer(u) }

// safeWriter is storage.AtomicWriter for a save dialog: it names the file
// by URI.
type safeWriter struct {
	*storage.AtomicWriter
	uri fyne.URI
}

func (w *safeWriter) URI() fyne.URI { return w.uri }
