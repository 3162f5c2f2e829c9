package storage

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teilhabelotse/internal/disktest"
	"teilhabelotse/model"
)

func wantFault(t *testing.T, what string, err error, want model.Fault) {
	t.Helper()
	var se *model.StoreError
	if !errors.As(err, &se) || se.Fault != want {
		t.Errorf("%s: %v, want fault %q", what, err, want)
	}
}

func TestOpenSaysAFileInThePathIsNoFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "datei")
	os.WriteFile(file, []byte("x"), 0o600)
	_, err := Open(filepath.Join(file, "daten"))
	wantFault(t, "open below a file", err, model.FaultNotDir)
}

func TestFullDiskIsSaidAsFullNotDamaged(t *testing.T) {
	dir := disktest.Small(t, "1m")
	ctx := context.Background()
	d := openIn(t, dir)
	c := &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: "Schmidt"}}
	if err := d.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	// Fill the disk.
	filler, _ := os.Create(filepath.Join(dir, "filler"))
	filler.Write(make([]byte, 2<<20))
	filler.Close()
	c.Intake.Referral.Notes = strings.Repeat("Notiz ", 1500)
	err := d.SaveCase(ctx, c)
	wantFault(t, "save on a full disk", err, model.FaultFull)
	os.Remove(filepath.Join(dir, "filler"))
	if err := d.SaveCase(ctx, c); err != nil {
		t.Fatalf("after space was freed: %v", err)
	}
	if r, err := d.Check(ctx); err != nil || !r.OK() {
		t.Errorf("check after the full disk: %+v %v", r, err)
	}
}

func TestReadOnlyFileSystemIsSaidAsReadOnly(t *testing.T) {
	dir := disktest.Small(t, "4m")
	d := openIn(t, dir)
	d.Close()
	disktest.ReadOnly(t, dir)
	_, err := Open(dir)
	wantFault(t, "open on a read-only file system", err, model.FaultReadOnly)
}

func TestLockByAnotherProgramIsSaidAsLocked(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the busy timeout")
	}
	dir := t.TempDir()
	ctx := context.Background()
	d := openIn(t, dir)
	c := &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: "Schmidt"}}
	d.CreateCase(ctx, c)
	other, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(ctx, "ROLLBACK")
	err = d.SaveCase(ctx, c)
	wantFault(t, "save while another program locks", err, model.FaultLocked)
}
