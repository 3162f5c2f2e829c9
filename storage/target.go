package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Where a backup or an export may be written. A target inside the data
// folder could replace the live database or a daily backup; an existing
// file is replaced only on request; a device node, a pipe or a folder is
// never written through.
var (
	ErrTargetInData     = errors.New("the target is inside the data folder")
	ErrTargetExists     = errors.New("the target file exists")
	ErrTargetNotRegular = errors.New("the target is not a regular file")
)

// TargetError is a refused output target.
type TargetError struct {
	Path string
	Err  error // one of the ErrTarget… errors
}

func (e *TargetError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *TargetError) Unwrap() error { return e.Err }

// CheckTarget says whether path may be written as the output of a backup
// or export working on the data folder dataDir: not inside the data folder
// (links followed), not a device, pipe or folder, and not an existing
// file unless replace is set. The folder that would hold it must exist.
func CheckTarget(dataDir, path string, replace bool) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	data, err := filepath.Abs(dataDir)
	if err != nil {
		return err
	}
	if within(data, abs) {
		return &TargetError{Path: path, Err: ErrTargetInData}
	}
	parent, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return err
	}
	resolved := filepath.Join(parent, filepath.Base(abs))
	if l, err := os.Lstat(resolved); err == nil && l.Mode()&fs.ModeSymlink != 0 {
		if resolved, err = filepath.EvalSymlinks(resolved); err != nil {
			return &TargetError{Path: path, Err: ErrTargetNotRegular} // a dangling link
		}
	}
	if real, err := filepath.EvalSymlinks(data); err == nil && within(real, resolved) {
		return &TargetError{Path: path, Err: ErrTargetInData}
	}
	st, err := os.Stat(resolved)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !st.Mode().IsRegular():
		return &TargetError{Path: path, Err: ErrTargetNotRegular}
	case !replace:
		return &TargetError{Path: path, Err: ErrTargetExists}
	}
	return nil
}

// within reports whether p is dir or lies below it. File names are
// compared without case where the file system usually ignores it.
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	if err != nil {
		return false
	}
	if caseInsensitiveFS {
		rel, err = filepath.Rel(strings.ToLower(dir), strings.ToLower(p))
		if err != nil {
			return false
		}
	}
	return rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)))
}

// regularOrAbsent refuses to rename over anything at path but a regular
// file or a link: renaming over /dev/null as root replaces the device.
func regularOrAbsent(path string) error {
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if st.Mode().IsRegular() || st.Mode()&fs.ModeSymlink != 0 {
		return nil
	}
	return &TargetError{Path: path, Err: fmt.Errorf("%w (%v)", ErrTargetNotRegular, st.Mode().Type())}
}
