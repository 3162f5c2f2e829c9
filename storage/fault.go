package storage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	sqlite3 "github.com/mattn/go-sqlite3"

	"teilhabelotse/model"
)

// Classify says what is actually wrong with err, a failure to open, read
// or write the database at path, as a *model.StoreError — or returns err
// as it is when it is none of the known faults (a model problem, a
// conflict, a case not found). SQLite's own codes come first; where SQLite
// only says it cannot open the file, the file system is asked.
func Classify(err error, path string) error {
	if err == nil {
		return nil
	}
	var se *model.StoreError
	if errors.As(err, &se) {
		return err
	}
	if f := fault(err, path); f != "" {
		return &model.StoreError{Fault: f, Path: path, Err: err}
	}
	return err
}

func fault(err error, path string) model.Fault {
	var e sqlite3.Error
	if errors.As(err, &e) {
		switch e.Code {
		case sqlite3.ErrCorrupt, sqlite3.ErrNotADB, sqlite3.ErrFormat:
			return model.FaultCorrupt
		case sqlite3.ErrFull:
			return model.FaultFull
		case sqlite3.ErrReadonly:
			if f := fileFault(path); f != "" {
				return f
			}
			return model.FaultReadOnly
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return model.FaultLocked
		case sqlite3.ErrPerm, sqlite3.ErrAuth:
			return model.FaultPermission
		case sqlite3.ErrCantOpen, sqlite3.ErrIoErr:
			if errors.Is(e.SystemErrno, syscall.ENOSPC) {
				return model.FaultFull
			}
			if f := fileFault(path); f != "" {
				return f
			}
			if e.Code == sqlite3.ErrIoErr {
				return model.FaultIO
			}
		}
		return ""
	}
	switch f := FileFault(err); f {
	case model.FaultInData, model.FaultNotRegular:
		return "" // faults of an output target, not of the database
	default:
		return f
	}
}

// FileFault says what is wrong with err, a failure of the file system to
// read or write a file — the disk full, read-only, no permission, a path
// through a file, nothing there, an I/O error, a refused output target —
// or "" when it is none of these.
func FileFault(err error) model.Fault {
	var fe *model.FileError
	switch {
	case errors.As(err, &fe):
		return fe.Fault
	case errors.Is(err, ErrTargetInData):
		return model.FaultInData
	case errors.Is(err, ErrTargetNotRegular), errors.Is(err, syscall.EISDIR):
		return model.FaultNotRegular
	case errors.Is(err, syscall.ENOSPC):
		return model.FaultFull
	case errors.Is(err, syscall.EROFS):
		return model.FaultReadOnly
	case errors.Is(err, syscall.ENOTDIR):
		return model.FaultNotDir
	case errors.Is(err, fs.ErrPermission):
		return model.FaultPermission
	case errors.Is(err, fs.ErrNotExist):
		return model.FaultMissing
	case errors.Is(err, syscall.EIO):
		return model.FaultIO
	}
	return ""
}

// ClassifyFile is err, a failure to read or write the file at path outside
// the database, as a *model.FileError saying what is wrong — or err as it
// is when FileFault knows no fault for it.
func ClassifyFile(err error, path string) error {
	if err == nil {
		return nil
	}
	var fe *model.FileError
	if errors.As(err, &fe) {
		return err
	}
	if f := FileFault(err); f != "" {
		return &model.FileError{Fault: f, Path: path, Err: err}
	}
	return err
}

// fileFault asks the file system why the database at path cannot be
// opened for writing: a path through a file, a read-only file system or
// file, missing permission. "" when it can.
func fileFault(path string) model.Fault {
	if path == "" {
		return ""
	}
	for dir := filepath.Dir(path); ; dir = filepath.Dir(dir) {
		st, err := os.Stat(dir)
		if err == nil && !st.IsDir() {
			return model.FaultNotDir
		}
		if err == nil || filepath.Dir(dir) == dir {
			break
		}
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err == nil {
		f.Close()
		// The file opens; SQLite needs to create -wal and -shm beside it.
		probe, err := createTemp(filepath.Dir(path), "probe")
		if err == nil {
			os.Remove(probe)
			return ""
		}
	}
	switch {
	case errors.Is(err, syscall.EROFS):
		return model.FaultReadOnly
	case errors.Is(err, syscall.ENOTDIR):
		return model.FaultNotDir
	case errors.Is(err, syscall.ENOSPC):
		return model.FaultFull
	case errors.Is(err, fs.ErrPermission):
		if st, serr := os.Stat(path); serr == nil && st.Mode().Perm()&0o200 == 0 {
			return model.FaultReadOnly
		}
		return model.FaultPermission
	case errors.Is(err, fs.ErrNotExist):
		return model.FaultMissing
	}
	return ""
}
