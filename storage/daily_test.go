package storage

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestDailyBackupOncePerDayKeepsTwoWeeks(t *testing.T) {
	db := MustOpen(t)
	ctx := context.Background()
	day := time.Date(2026, 11, 1, 8, 0, 0, 0, time.Local)
	for i := 0; i < 20; i++ {
		p, made, err := db.DailyBackup(ctx, day.AddDate(0, 0, i), KeepBackups)
		if err != nil || !made {
			t.Fatalf("day %d: made %v, err %v", i, made, err)
		}
		if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o600 {
			t.Fatalf("backup %s: %v, mode %v", p, err, st.Mode().Perm())
		}
	}
	if _, made, err := db.DailyBackup(ctx, day.AddDate(0, 0, 19).Add(3*time.Hour), KeepBackups); err != nil || made {
		t.Errorf("a second start on the same day wrote another backup (made %v, err %v)", made, err)
	}
	dir := filepath.Join(filepath.Dir(db.Path()), BackupDir)
	entries, _ := os.ReadDir(dir)
	if len(entries) != KeepBackups {
		t.Fatalf("%d backups kept, want %d", len(entries), KeepBackups)
	}
	if entries[0].Name() != "teilhabelotse-2026-11-07.db" {
		t.Errorf("oldest kept is %s, want the one of 07.11.", entries[0].Name())
	}
	if st, _ := os.Stat(dir); st.Mode().Perm() != 0o700 {
		t.Errorf("backup folder mode %v", st.Mode().Perm())
	}
}
