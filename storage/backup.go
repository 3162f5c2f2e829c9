package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"teilhabelotse/model"
)

// Backup writes a consistent copy of the whole database to path, even while
// the program window is open and saving: VACUUM INTO reads one snapshot of
// the database (WAL lets it read while another connection writes). The copy
// goes to a temporary file beside path (mode 0600, health data), is synced
// and then renamed, so path holds either its old content or a complete
// backup — never half of one.
func (d *DB) Backup(ctx context.Context, path string) error {
	return Classify(d.backupAs(ctx, path, filepath.Base(path)), path)
}

// backupAs writes the backup to path and logs it under the file name the
// user knows: an encrypted backup passes through a temporary file first.
func (d *DB) backupAs(ctx context.Context, path, logName string) error {
	dir := filepath.Dir(path)
	SweepTemp(dir) // what a killed backup left here
	name, err := createTemp(dir, "backup")
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			removeTemp(name)
		}
	}()
	// VACUUM INTO accepts an existing empty file; so the file keeps the
	// mode CreateTemp gave it instead of SQLite's 0644.
	if _, err := d.db.ExecContext(ctx, "VACUUM INTO ?", name); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	// VACUUM INTO does not sync what it wrote.
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(name, fileMode); err != nil {
		return err
	}
	// Checked as a restore checks it, before it counts as a backup.
	if err := verifyBackup(name); err != nil {
		return err
	}
	removeSidecars(name)
	if err := regularOrAbsent(path); err != nil {
		return err
	}
	if err := os.Rename(name, path); err != nil {
		return err
	}
	ok = true
	syncDir(dir)
	return d.Audit(ctx, model.AuditEntry{Kind: model.AuditBackup, Detail: map[string]string{"file": logName}})
}

// inUse reports whether another connection has the database at path open.
// SQLite in WAL mode keeps a shared lock on the file for as long as a
// connection is open, so a connection in exclusive locking mode cannot
// start a write transaction then. Any other failure (a damaged file, which
// is why one restores) is not "in use". The window could still open the
// database between this probe and the rename; closing it first is asked
// for in the usage text.
func inUse(path string) bool {
	db, err := sql.Open("sqlite3", "file:"+escapePath(path)+"?_locking_mode=EXCLUSIVE&_busy_timeout=0")
	if err != nil {
		return false
	}
	defer db.Close()
	_, err = db.Exec("BEGIN IMMEDIATE; COMMIT")
	var e sqlite3.Error
	return errors.As(err, &e) && (e.Code == sqlite3.ErrBusy || e.Code == sqlite3.ErrLocked)
}

// AsideName is the name under which Restore keeps the database it
// replaces, in the data folder.
func AsideName(t time.Time) string {
	return FileName + ".before-restore-" + t.Format("20060102-150405")
}

// Restore replaces the database in dir by the backup file src and returns
// the path where the previous database was kept ("" when there was none).
// The database in dir must not be open; close it and the program window
// first.
//
// The backup is checked before anything changes: it is copied into the data
// folder, and the copy must be a database of this program (schema version
// from 1 up to SchemaVersion; a newer one is refused with a *model.Problem
// of code model.CodeSchemaNewer) that passes the integrity check. Only then
// is the current database renamed aside — with its -wal file, which may
// hold its newest saves — and the checked copy renamed into its place. An
// older schema is migrated by the next Open.
func Restore(dir, src string, now time.Time) (aside string, err error) {
	return restoreAs(dir, src, filepath.Base(src), now)
}

// restoreAs restores src and logs it under the file name the user chose:
// an encrypted backup is restored from a decrypted temporary copy.
func restoreAs(dir, src, logName string, now time.Time) (aside string, err error) {
	if err := privateDir(dir); err != nil {
		return "", err
	}
	tmp, err := copyBeside(dir, src)
	if err != nil {
		return "", err
	}
	ok := false
	defer func() {
		if !ok {
			removeDB(tmp)
		}
	}()
	if err := validateBackup(tmp); err != nil {
		// Damaged indexes are rebuilt in the copy; the tables are intact.
		var damaged *model.DamagedError
		if !errors.As(err, &damaged) || !IndexOnly(damaged.Problems) {
			return "", err
		}
		if rerr := reindexFile(tmp); rerr != nil {
			return "", err
		}
		if err := validateBackup(tmp); err != nil {
			return "", err
		}
	}
	removeSidecars(tmp)

	cur := filepath.Join(dir, FileName)
	var history []model.AuditEntry
	if _, err := os.Stat(cur); err == nil {
		if inUse(cur) {
			return "", model.ErrInUse
		}
		history = readHistory(cur)
		aside = filepath.Join(dir, AsideName(now))
		for i := 2; exists(aside); i++ {
			aside = filepath.Join(dir, fmt.Sprintf("%s-%d", AsideName(now), i))
		}
		if err := os.Rename(cur, aside); err != nil {
			return "", err
		}
		if err := os.Rename(cur+"-wal", aside+"-wal"); err != nil && !errors.Is(err, fs.ErrNotExist) {
			os.Rename(aside, cur)
			return "", err
		}
		os.Remove(cur + "-shm") // rebuilt from the database and its -wal
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	if err := os.Rename(tmp, cur); err != nil {
		if aside != "" {
			os.Rename(aside+"-wal", cur+"-wal")
			os.Rename(aside, cur)
		}
		return "", err
	}
	ok = true
	syncDir(dir)
	// The data are restored at this point; a log entry that cannot be
	// written must not make the restore look failed (the window would
	// then forget where the previous database was kept).
	_ = finishRestore(dir, logName, now, history)
	return aside, nil
}

// readHistory reads the audit log of the database about to be replaced,
// read-only. A damaged file (a reason to restore) may not give it; then
// there is nothing to carry over.
func readHistory(path string) []model.AuditEntry {
	raw, err := sql.Open("sqlite3", "file:"+escapePath(path)+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		return nil
	}
	es, err := auditWhere(context.Background(), raw, ``)
	raw.Close()
	// A read-only connection may leave an empty log file behind, which
	// would otherwise be kept aside with the database.
	if st, serr := os.Stat(path + "-wal"); serr == nil && st.Size() == 0 {
		os.Remove(path + "-wal")
	}
	if err != nil {
		return nil
	}
	return es
}

// finishRestore opens the restored database (Open brings it up to the
// current schema), carries over the log entries written since the backup,
// erases again the cases erased since — an erasure must not be undone by a
// restore — and records the restore.
func finishRestore(dir, logName string, now time.Time, history []model.AuditEntry) error {
	d, err := Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	ctx := context.Background()
	erased := 0
	err = d.inTx(ctx, func(tx *sql.Tx) error {
		have, err := auditWhere(ctx, tx, ``)
		if err != nil {
			return err
		}
		var last time.Time
		if n := len(have); n > 0 {
			last = have[n-1].At
		}
		for _, e := range history {
			if e.At.After(last) {
				if err := insertAudit(ctx, tx, e); err != nil {
					return err
				}
			}
			if e.Kind != model.AuditDeletion || e.Case == "" {
				continue
			}
			res, err := tx.ExecContext(ctx, `DELETE FROM cases WHERE uid = ?`, e.Case)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n > 0 {
				erased++
				if err := insertAudit(ctx, tx, model.AuditEntry{At: now, Kind: model.AuditDeletion, Case: e.Case,
					Detail: map[string]string{"again": "restore"}}); err != nil {
					return err
				}
			}
		}
		return insertAudit(ctx, tx, model.AuditEntry{At: now, Kind: model.AuditRestore,
			Detail: map[string]string{"file": logName}})
	})
	if err != nil {
		return err
	}
	if erased > 0 {
		return d.scrubLog(ctx)
	}
	return nil
}

// openBackupFile opens the file a user chose to restore; a folder is not
// a backup.
func openBackupFile(src string) (*os.File, error) {
	in, err := os.Open(src)
	if err != nil {
		return nil, err
	}
	if st, err := in.Stat(); err != nil || st.IsDir() {
		in.Close()
		if err == nil {
			err = model.ErrNotBackup
		}
		return nil, err
	}
	return in, nil
}

// copyBeside copies src into a new file (mode 0600) in dir and syncs it.
func copyBeside(dir, src string) (string, error) {
	in, err := openBackupFile(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	return tempCopy(dir, "restore", in)
}

// validateBackup checks the copy of a backup at path, read-only.
func validateBackup(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	if st.Size() < 100 {
		return model.ErrNotBackup
	}
	if err := checkVersion(path); err != nil {
		var pathErr *fs.PathError
		if errors.As(err, &pathErr) {
			return err
		}
		if isSchemaNewer(err) {
			return err
		}
		return model.ErrNotBackup
	}
	db, err := sql.Open("sqlite3", "file:"+escapePath(path)+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	var tables int
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('cases', 'partners')`).Scan(&tables)
	switch {
	case isCorrupt(err):
		return &model.DamagedError{Problems: []string{err.Error()}}
	case err != nil:
		return err
	}
	if tables != 2 {
		return model.ErrNotBackup
	}
	r, err := check(ctx, db)
	if err != nil {
		return err
	}
	if !r.OK() {
		return &model.DamagedError{Problems: r.Problems}
	}
	if r.SchemaVersion < 1 {
		return model.ErrNotBackup
	}
	if r.SchemaVersion > SchemaVersion() {
		return schemaNewer(r.SchemaVersion)
	}
	return nil
}

func isSchemaNewer(err error) bool {
	var p *model.Problem
	return errors.As(err, &p) && p.Code == model.CodeSchemaNewer
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

func removeSidecars(p string) {
	os.Remove(p + "-wal")
	os.Remove(p + "-shm")
}

func removeDB(p string) {
	os.Remove(p)
	removeSidecars(p)
}
