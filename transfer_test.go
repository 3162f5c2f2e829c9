package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui"
)

// TestWindowTransfer: what Datei › Fallakte exportieren/importieren and
// Sicherung anlegen/wiederherstellen do beneath the window — encrypted
// and plain, a wrong passphrase changing nothing.
func TestWindowTransfer(t *testing.T) {
	dir := demoData(t)
	c := demoCase(t, dir, "Beispielmann")
	db := openStore(t, dir)
	m := &maintenance{dir: dir, db: db, now: time.Now}
	defer m.close()
	tr := transfer{m}
	out := t.TempDir()
	const pass = "Korrekt Pferd Batterie Heftklammer"

	enc := filepath.Join(out, "fall.json.age")
	if err := tr.Export(c.ID, enc, pass); err != nil {
		t.Fatal(err)
	}
	if yes, err := tr.Encrypted(enc); err != nil || !yes {
		t.Fatalf("exported with a passphrase, not encrypted: %v %v", yes, err)
	}
	b, _ := os.ReadFile(enc)
	if strings.Contains(string(b), "Beispielmann") {
		t.Fatal("the encrypted case file holds the name in clear")
	}
	// Imported on another computer: a data folder of its own.
	other := openStore(t, t.TempDir())
	there := transfer{&maintenance{db: other}}
	if _, err := there.Import(enc, "falsch", ui.ImportOptions{}); !errors.Is(err, model.ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if rows, _ := other.ListCases(context.Background()); len(rows) != 0 {
		t.Fatal("a wrong passphrase imported something")
	}
	id, err := there.Import(enc, pass, ui.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := other.LoadCase(context.Background(), id); err != nil || got.Client.LastName != "Beispielmann" {
		t.Fatalf("imported case %d: %v", id, err)
	}
	before, _ := db.ListCases(context.Background())

	plain := filepath.Join(out, "fall.json")
	if err := tr.Export(c.ID, plain, ""); err != nil {
		t.Fatal(err)
	}
	if yes, _ := tr.Encrypted(plain); yes {
		t.Fatal("a plain export is encrypted")
	}
	broken := filepath.Join(out, "kaputt.json")
	os.WriteFile(broken, []byte(`{"format":"teilhabelotse-case","version":1,"case":{"client":{"birthDate":"31.02.1970"}}}`), 0o600)
	if _, err := tr.Import(broken, "", ui.ImportOptions{}); err == nil {
		t.Fatal("a broken case file imported")
	}

	backup := filepath.Join(out, "sicherung.db.age")
	if err := tr.Backup(backup, pass); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Inspect(backup); !errors.Is(err, model.ErrEncrypted) {
		t.Fatalf("an encrypted backup inspected as %v", err)
	}
	if _, err := m.Unlock(backup, "falsch"); !errors.Is(err, model.ErrWrongPassphrase) {
		t.Fatalf("unlock with a wrong passphrase: %v", err)
	}
	info, err := m.Unlock(backup, pass)
	if err != nil {
		t.Fatal(err)
	}
	if info.Cases != len(before) {
		t.Errorf("the unlocked backup has %d cases, want %d", info.Cases, len(before))
	}
	store, _, err := m.Restore(info.Path)
	if err != nil {
		t.Fatal(err)
	}
	if rows, _ := store.ListCases(context.Background()); len(rows) != len(before) {
		t.Errorf("after the restore %d cases", len(rows))
	}
	if _, err := os.Stat(info.Path); !os.IsNotExist(err) {
		t.Error("the decrypted copy of the backup is still in the data folder")
	}
	// The log names the file the counselor chose, as `restore` does, not
	// the decrypted copy.
	entries, err := store.(*storage.DB).AllAuditEntries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if last := entries[len(entries)-1]; last.Kind != model.AuditRestore || last.Detail["file"] != "sicherung.db.age" {
		t.Errorf("the restore is logged as %+v", last)
	}
}

// The window refuses a pipe as a case file at once, as `import` does,
// with the file's fault in the user's language.
func TestWindowImportRefusesAPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fall.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	db := openStore(t, dir)
	m := &maintenance{dir: dir, db: db, now: time.Now}
	defer m.close()
	done := make(chan error, 1)
	go func() {
		_, err := transfer{m}.Import(fifo, "", ui.ImportOptions{})
		done <- err
	}()
	select {
	case err := <-done:
		if storage.FileFault(err) != model.FaultNotRegular {
			t.Errorf("import of a pipe: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("import of a pipe hangs")
	}
}
