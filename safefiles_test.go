package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/internal/disktest"
	"teilhabelotse/model"
)

// The window's save dialogs write through Fyne's storage.Writer the
// moment the user confirms a name. With protectSaveDialogs in place that
// write follows the rules of --out: nothing in the data folder, nothing
// through a device, the old file intact until the new one is complete,
// and nothing left behind on a full disk.
func TestSaveDialogTargetsAreSafe(t *testing.T) {
	test.NewTempApp(t)
	data := t.TempDir()
	db := filepath.Join(data, "teilhabelotse.db")
	os.WriteFile(db, []byte("DB"), 0o600)
	protectSaveDialogs(data)
	protectSaveDialogs(data) // a second window on the same app: no double wrapping

	fault := func(err error) model.Fault {
		var fe *model.FileError
		if errors.As(err, &fe) {
			return fe.Fault
		}
		return ""
	}
	if w, err := storage.Writer(storage.NewFileURI(db)); fault(err) != model.FaultInData {
		if w != nil {
			w.Close()
		}
		t.Errorf("writer on the live database: %v, want it refused as in the data folder", err)
	}
	if b, _ := os.ReadFile(db); string(b) != "DB" {
		t.Errorf("the database reads %q after the refused save", b)
	}
	if _, err := storage.Writer(storage.NewFileURI("/dev/null")); fault(err) != model.FaultNotRegular {
		t.Errorf("writer on /dev/null: %v, want it refused as no regular file", err)
	}

	out := t.TempDir()
	old := filepath.Join(out, "plan.pdf")
	os.WriteFile(old, []byte("OLD"), 0o644)
	// The dialog only asked for the name (backup, case file): the target
	// stays as it was until the real write.
	w, err := storage.Writer(storage.NewFileURI(old))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(old); string(b) != "OLD" {
		t.Errorf("a writer closed unwritten left %q, want the old content", b)
	}
	w, _ = storage.Writer(storage.NewFileURI(old))
	w.Write([]byte("NE"))
	if b, _ := os.ReadFile(old); string(b) != "OLD" {
		t.Errorf("mid-write the target reads %q, want the old content", b)
	}
	w.Write([]byte("W"))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(old)
	if b, _ := os.ReadFile(old); string(b) != "NEW" || st.Mode().Perm() != 0o600 {
		t.Errorf("after the write: %q, mode %v; want NEW, 0600", b, st.Mode().Perm())
	}
	if left, _ := filepath.Glob(filepath.Join(out, ".*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}

	mnt := disktest.Small(t, "64k")
	kept := filepath.Join(mnt, "plan.pdf")
	os.WriteFile(kept, []byte("OLD"), 0o600)
	w, err = storage.Writer(storage.NewFileURI(kept))
	if err != nil {
		t.Fatal(err)
	}
	big := make([]byte, 256<<10)
	_, werr := w.Write(big)
	cerr := w.Close()
	if fault(werr) != model.FaultFull || fault(cerr) != model.FaultFull {
		t.Errorf("write onto a full disk: %v / close: %v, want the full-disk fault", werr, cerr)
	}
	if b, _ := os.ReadFile(kept); string(b) != "OLD" {
		t.Errorf("after the failed write the target reads %d bytes, want the old content", len(b))
	}
	if left, _ := os.ReadDir(mnt); len(left) != 1 {
		t.Errorf("after the failed write the disk holds %v", left)
	}
}
