package storage

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"teilhabelotse/model"
)

// TestBackupWhileWriting backs up from a second connection while the
// "window" keeps saving cases: every backup is a consistent database that
// holds at least the cases saved before it started.
func TestBackupWhileWriting(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	app := openIn(t, dir)
	cli := openIn(t, dir)

	var saved atomic.Int64
	stop := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		for {
			select {
			case <-stop:
				done <- nil
				return
			default:
			}
			c := &model.Case{Phase: model.PhaseIntake, Client: model.Client{FirstName: "Eva", LastName: "Schmidt"}}
			if err := app.CreateCase(ctx, c); err != nil {
				done <- err
				return
			}
			saved.Add(1)
			// A pause as between two autosaves: a writer that never lets go
			// would starve the backup's audit entry past busy_timeout.
			time.Sleep(time.Millisecond)
		}
	}()
	out := t.TempDir()
	for i := range 5 {
		before := saved.Load()
		path := filepath.Join(out, "backup.db")
		if err := cli.Backup(ctx, path); err != nil {
			t.Fatalf("backup %d: %v", i, err)
		}
		if st, err := os.Stat(path); err != nil || st.Mode().Perm() != fileMode {
			t.Fatalf("backup %d: %v, mode %v", i, err, st.Mode())
		}
		restored := t.TempDir()
		if _, err := Restore(restored, path, time.Now()); err != nil {
			t.Fatalf("backup %d does not restore: %v", i, err)
		}
		d := openIn(t, restored)
		r, err := d.Check(ctx)
		d.Close()
		if err != nil || !r.OK() || int64(r.Cases) < before {
			t.Fatalf("backup %d: %+v, %v; want ok and at least %d cases", i, r, err, before)
		}
		time.Sleep(20 * time.Millisecond)
	}
	close(stop)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if saved.Load() == 0 {
		t.Error("nothing was saved during the backups")
	}
}

func TestRestoreRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	path := filepath.Join(t.TempDir(), "b.db")
	if err := src.Backup(ctx, path); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	dir := t.TempDir()
	_, err = Restore(dir, path, time.Now())
	var p *model.Problem
	if !errors.As(err, &p) || p.Code != model.CodeSchemaNewer {
		t.Fatalf("Restore of a newer schema: %v", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("refused restore left %d files", len(ents))
	}
}
