package storage

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"teilhabelotse/model"
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
		return "", false, Classify(err, dir)
	}
	path = filepath.Join(dir, "teilhabelotse-"+now.Format("2006-01-02")+".db")
	if _, err := os.Stat(path); err == nil {
		return path, false, nil
	}
	if err := d.Backup(ctx, path); err != nil {
		return "", false, Classify(err, path)
	}
	return path, true, pruneBackups(dir, keep)
}

// pruneBackups removes all but the newest keep daily backups; their names
// sort by date.
func pruneBackups(dir string, keep int) error {
	names, err := filesIn(dir, isDailyBackup)
	if err != nil {
		return err
	}
	for len(names) > keep {
		if err := os.Remove(filepath.Join(dir, names[0])); err != nil {
			return err
		}
		names = names[1:]
	}
	return nil
}

// BackupInfo describes a backup file.
type BackupInfo struct {
	Path string
	// Time is when the backup was written: the file's modification time,
	// which writing it to a temporary file and renaming it keeps.
	Time time.Time
	Size int64 // bytes
	// Cases is the number of cases in the backup, -1 when it cannot be
	// read (damaged, not a database of this program, encrypted).
	Cases int
}

// ListBackups lists the daily backups (see DailyBackup) in the backups
// folder of the data folder dir, newest day first. No backups folder means no
// backups, not an error.
func ListBackups(dir string) ([]BackupInfo, error) {
	folder := filepath.Join(dir, BackupDir)
	names, err := filesIn(folder, isDailyBackup)
	if err != nil {
		return nil, err
	}
	var out []BackupInfo
	for _, n := range names {
		info, err := InspectBackup(filepath.Join(folder, n))
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, model.ErrNotBackup) {
			continue // pruned meanwhile, or no database at all
		}
		if err != nil {
			return nil, err
		}
		out = append(out, info)
	}
	// The names carry the day, so they sort by age even when copying the
	// folder has changed the files' times.
	sort.Slice(out, func(i, j int) bool { return out[i].Path > out[j].Path })
	return out, nil
}

// InspectBackup describes the backup file at path without changing it or
// leaving anything beside it: its time, size and, when it reads as a
// database of this program, the number of cases in it. A file that is not
// an SQLite database at all (a folder, a document, an encrypted backup) is
// model.ErrNotBackup; whether a database may be restored is for Restore to
// decide.
func InspectBackup(path string) (BackupInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return BackupInfo{}, err
	}
	if st.IsDir() {
		return BackupInfo{}, model.ErrNotBackup
	}
	head, err := readHead(path, len(sqliteHeader))
	if err != nil {
		return BackupInfo{}, err
	}
	if !bytes.Equal(head, sqliteHeader) {
		return BackupInfo{}, model.ErrNotBackup
	}
	info := BackupInfo{Path: path, Time: st.ModTime(), Size: st.Size(), Cases: -1}
	if n, err := countCases(path); err == nil {
		info.Cases = n
	}
	return info, nil
}

// countCases counts the cases in the database file at path. immutable=1
// tells SQLite that nobody writes the file, so it takes no lock and creates
// no -wal or -shm beside it (a backup on a stick stays as it is).
func countCases(path string) (int, error) {
	db, err := sql.Open("sqlite3", "file:"+escapePath(path)+"?mode=ro&immutable=1")
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var n int
	err = db.QueryRow("SELECT count(*) FROM cases").Scan(&n)
	return n, err
}
