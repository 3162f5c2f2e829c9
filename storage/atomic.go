package storage

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
)

// WriteFileAtomic writes a file that leaves the data folder (a case file, a
// document) so that path holds either its old content or the complete new
// one: write a temporary file beside it (mode 0600, health data), sync,
// rename, sync the folder. If write fails nothing is left behind.
//
// Nothing is ever written through a device node, a pipe or a folder at
// path: such a target is refused (ErrTargetNotRegular) right before the
// rename, even when the caller checked it earlier.
func WriteFileAtomic(path string, write func(w io.Writer) error) error {
	f, err := CreateAtomic(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// AtomicFile is the new content of a file on its way to path: a temporary
// file beside it (recognisably named, swept at the next start or write
// when the program dies meanwhile) that replaces path only on Commit.
type AtomicFile struct {
	path string
	tmp  *os.File
	done bool
}

// CreateAtomic starts writing the file at path (see WriteFileAtomic).
func CreateAtomic(path string) (*AtomicFile, error) {
	dir := filepath.Dir(path)
	SweepTemp(dir) // what a killed export left here
	name, err := createTemp(dir, "export")
	if err != nil {
		return nil, err
	}
	tmp, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		removeTemp(name)
		return nil, err
	}
	return &AtomicFile{path: path, tmp: tmp}, nil
}

func (a *AtomicFile) Write(p []byte) (int, error) { return a.tmp.Write(p) }

// Abort removes the temporary file; path stays as it was.
func (a *AtomicFile) Abort() {
	if a.done {
		return
	}
	a.done = true
	a.tmp.Close()
	removeTemp(a.tmp.Name())
}

// Commit makes what was written the content of path. On failure path
// stays as it was and the temporary file is gone.
func (a *AtomicFile) Commit() error {
	if a.done {
		return os.ErrClosed
	}
	err := a.tmp.Sync()
	if err == nil {
		err = a.tmp.Close()
	}
	if err == nil {
		err = regularOrAbsent(a.path)
	}
	if err == nil {
		err = os.Rename(a.tmp.Name(), a.path)
	}
	if err != nil {
		a.Abort()
		return err
	}
	a.done = true
	syncDir(filepath.Dir(a.path))
	return nil
}

// syncDir makes a rename durable where a directory can be synced.
func syncDir(dir string) {
	if runtime.GOOS == "windows" {
		return
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
