package storage

import "os"

// AtomicWriter is WriteFileAtomic as a writer, for the files the user
// chooses in a save dialog or with --out: it writes to a temporary file
// beside path, created with the first byte, which replaces path on Close.
// Closed after nothing was written — a dialog that only asked for the
// name, a document that failed to render — it leaves the target as it
// was; after a failed write it removes what it wrote. Its errors say the
// file's fault in model's words (ClassifyFile).
type AtomicWriter struct {
	path string
	f    *AtomicFile
	err  error
}

func (w *AtomicWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.f == nil {
		if w.f, w.err = CreateAtomic(w.path); w.err != nil {
			w.err = ClassifyFile(w.err, w.path)
			return 0, w.err
		}
	}
	n, err := w.f.Write(p)
	if err != nil {
		w.err = ClassifyFile(err, w.path)
	}
	return n, w.err
}

func (w *AtomicWriter) Close() error {
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
		w.err = ClassifyFile(err, w.path)
		return w.err
	}
	w.f, w.err = nil, os.ErrClosed
	return nil
}

// NewAtomicWriter starts the writer of the file at path; nothing is
// created before the first byte.
func NewAtomicWriter(path string) *AtomicWriter { return &AtomicWriter{path: path} }
