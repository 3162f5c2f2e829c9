// Package app holds the use cases that both front ends carry out — the
// window (ui) and the command line (package main): printing a document,
// the Art. 15 copy, the evaluation report, the list of what is due across
// all cases. Each exists once here, so a rule of how a file leaves the
// program (rendered completely before anything is written, written
// atomically, readable by the counselor's account only, logged) holds on
// every path.
//
// It decides nothing of its own: rules are model's, documents pdf's. It
// imports neither Fyne nor storage — the front ends hand it the writer of
// the file the user chose (the window's save dialog and the command line's
// --out both write through the safe, atomic writer of package main) and
// the store through model's interfaces — so the window may call it and its
// tests need no display. It is a folder of its own because no other can
// hold it: model does no I/O, ui is the window's, and package main cannot
// be imported by the window.
package app

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"

	"teilhabelotse/model"
)

// FileMode is the mode of every file the program writes for the user:
// health data, readable by the counselor's account only.
const FileMode os.FileMode = 0o600

// WriteError is a failure to write or complete the file itself (disk full,
// write-protected …), as opposed to a refusal of its content. Its text is
// that of the error it wraps.
type WriteError struct{ Err error }

func (e *WriteError) Error() string { return e.Err.Error() }
func (e *WriteError) Unwrap() error { return e.Err }

// LogError says the file was written completely but its entry in the audit
// log was not. Its text is that of the error it wraps.
type LogError struct{ Err error }

func (e *LogError) Error() string { return e.Err.Error() }
func (e *LogError) Unwrap() error { return e.Err }

// Written reports whether the file is complete after a use case returned
// err: without an error, or when only logging it failed.
func Written(err error) bool {
	var le *LogError
	return err == nil || errors.As(err, &le)
}

// Save is how a file leaves the program. render makes its content in
// memory first, so a refused or failed rendering writes nothing and the
// file at path stays as it was; then w gets all of it and is closed (the
// safe writer replaces the old file only then). path, the file's local
// path ("" when it has none), is set to FileMode, and entry is logged.
func Save(ctx context.Context, w io.WriteCloser, path string, render func(io.Writer) error, log model.AuditLog, entry model.AuditEntry) error {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		w.Close() // nothing written: the safe writer leaves the target alone
		return err
	}
	_, err := w.Write(buf.Bytes())
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return &WriteError{err}
	}
	if path != "" {
		// Whatever mode a file there had before.
		_ = os.Chmod(path, FileMode)
	}
	if err := log.Audit(ctx, entry); err != nil {
		return &LogError{err}
	}
	return nil
}
