package storage

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// BackupDir is the folder in the data folder that holds the daily backups.
const BackupDir = "backups"

// KeepBackups is how many daily backups are kept: two weeks.
const KeepBackups = 14

// DailyBackup writes today's backup into the data folder's backups folder
// once a day (the first start of the day) and keeps the newest keep of
// them. made reports whether a backup was written now.
func (d *DB) DailyBackup(ctx context.Context, now time.Time, keep int) (path string, made bool, err error) {
	dir := filepath.Join(filepath.Dir(d.path), BackupDir)
	if err := privateDir(dir); err != nil {
		return "", false, err
	}
	path = filepath.Join(dir, "teilhabelotse-"+now.Format("2006-01-02")+".db")
	if _, err := os.Stat(path); err == nil {
		return path, false, nil
	}
	if err := d.Backup(ctx, path); err != nil {
		return "", false, err
	}
	return path, true, pruneBackups(dir, keep)
}

// pruneBackups removes all but the newest keep daily backups; their names
// sort by date.
func pruneBackups(dir string, keep int) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var names []string
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, "teilhabelotse-") && strings.HasSuffix(n, ".db") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for len(names) > keep {
		if err := os.Remove(filepath.Join(dir, names[0])); err != nil {
			return err
		}
		names = names[1:]
	}
	return nil
}
