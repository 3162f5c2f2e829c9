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
	dir := filepath.Dir(path)
	SweepTemp(dir) // what a killed export left here
	name, err := createTemp(dir, "export")
	if err != nil {
		return err
	}
	tmp, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		removeTemp(name)
		return err
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			removeTemp(name)
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := regularOrAbsent(path); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	ok = true
	syncDir(dir)
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
