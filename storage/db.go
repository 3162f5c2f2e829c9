// Package storage keeps the model's cases, partners and settings in one
// SQLite database file and reads and writes case files (Fallakten). Each
// exported method that writes is exactly one transaction, so a case is
// saved completely or not at all.
package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver

	"teilhabelotse/model"
)

// FileName is the database file inside the data directory.
const FileName = "teilhabelotse.db"

// The data directory and database hold Art. 9 GDPR health data: only the
// counselor's own account may read them.
const (
	dirMode  fs.FileMode = 0o700
	fileMode fs.FileMode = 0o600
)

// DB is the application's database. It implements model.Store and is safe
// for use from several goroutines.
type DB struct {
	db    *sql.DB
	path  string
	now   func() time.Time // replaced in tests
	fixes []PermFix        // what Open tightened
	// readOnly: opened by OpenReadOnly (readonly.go).
	readOnly bool
}

var timeNow = time.Now

var _ model.Store = (*DB)(nil)

// dsn builds the connection string; go-sqlite3 applies these pragmas to
// every connection it opens.
//
//   - foreign_keys: off by default in SQLite, and a PRAGMA inside a
//     transaction does nothing, so it must be here.
//   - journal_mode=WAL: readers do not block the writer.
//   - busy_timeout: a second instance or a backup waits instead of failing.
//   - synchronous=FULL: in WAL mode NORMAL may lose the last commits on power
//     loss. A counselor who saw "saved" must find the health data there
//     after a power cut; the extra fsync per save is invisible at one
//     counselor's pace.
//   - secure_delete: deleted content is overwritten with zeros, so an
//     erased case (EraseCase) leaves no readable trace in the file's free
//     pages.
//   - txlock=immediate: a transaction takes the write lock at BEGIN, so two
//     writers wait on busy_timeout instead of failing mid-transaction when
//     a read lock cannot be upgraded.
func dsn(path string) string {
	return "file:" + escapePath(path) +
		"?_foreign_keys=on&_journal_mode=WAL&_busy_timeout=5000&_synchronous=FULL&_secure_delete=on&_txlock=immediate"
}

// escapePath keeps '?' and '#' in a directory name from being read as the
// start of the DSN's query or fragment.
func escapePath(p string) string {
	u := url.URL{Path: filepath.ToSlash(p)}
	return u.EscapedPath()
}

// Open opens (creating if needed) the database in dir and brings its schema
// up to date. A database written by a newer version of the program is
// refused with a *model.Problem of code model.CodeSchemaNewer and left
// untouched.
//
// Open keeps the data folder private: the folder and the backups folder
// get mode 0700, the database with its -wal and -shm files, the databases
// kept aside by a restore and the daily backups mode 0600. What was open to
// other users before is listed by PermissionFixes (a folder only when it
// held data).
//
// A failure says what is actually wrong (a *model.StoreError, see
// Classify): a full disk or a read-only folder is not damage.
func Open(dir string) (*DB, error) {
	d, err := open(dir)
	return d, Classify(err, filepath.Join(dir, FileName))
}

func open(dir string) (*DB, error) {
	path := filepath.Join(dir, FileName)
	var fixes []PermFix
	fix, err := makePrivateDir(dir)
	if err != nil {
		return nil, err
	}
	// Copies a killed backup or restore left behind hold health data.
	SweepDataFolder(dir)
	// An open folder without a database exposed nothing yet: tightened
	// silently.
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		fixes = appendFix(fixes, fix)
	}

	// Look at the version read-only first: opening read-write with
	// journal_mode=WAL would already rewrite the header of a database from
	// a newer program that uses another journal mode.
	if _, err := os.Stat(path); err == nil {
		if err := checkVersion(path); err != nil {
			return nil, err
		}
	}
	fix, err = makePrivateFile(path)
	if err != nil {
		return nil, err
	}
	fixes = appendFix(fixes, fix)

	sqldb, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// One connection: one counselor, a few hundred rows, and SQLite
	// serialises writes anyway. A query on d.db inside a transaction would
	// wait for itself, so helpers take a querier and tests catch a mistake
	// at once.
	sqldb.SetMaxOpenConns(1)

	d := &DB{db: sqldb, path: path, now: time.Now}
	if err := d.migrate(context.Background()); err != nil {
		sqldb.Close()
		return nil, err
	}
	if err := d.deriveFacts(context.Background()); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("derive the evaluation facts: %w", err)
	}
	if err := d.recheckRules(context.Background()); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("check the cases against the rules: %w", err)
	}
	if err := d.refreshClosedDue(context.Background()); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("remind of unsent closure documentation: %w", err)
	}
	// A DROP TRIGGER must not switch the audit log's protection off.
	if err := d.repairAuditTriggers(context.Background()); err != nil {
		sqldb.Close()
		return nil, err
	}
	// A log left behind (a crash, or an erasure while another program was
	// reading) may still hold pages of an erased case: empty it now.
	if st, err := os.Stat(path + "-wal"); err == nil && st.Size() > 0 {
		if err := d.scrubLog(context.Background()); err != nil && !errors.Is(err, model.ErrScrubPending) {
			sqldb.Close()
			return nil, err
		}
	}
	// SQLite creates -wal and -shm with the database file's mode; this is
	// belt and braces for a file that was created under another umask. The
	// other files hold the same health data.
	more, err := privateCompanions(dir)
	if err != nil {
		sqldb.Close()
		return nil, err
	}
	d.fixes = append(fixes, more...)
	return d, nil
}

// PermFix is a permission Open found too open and tightened: other users
// of the computer could read or enter the folder or file at Path.
type PermFix struct {
	Path string
	Dir  bool        // a folder, not a file
	Was  fs.FileMode // the permission bits found
	Now  fs.FileMode // the permission bits set
}

// PermissionFixes lists what Open found open to other users and
// tightened, so the program can say so; nil when all was private.
func (d *DB) PermissionFixes() []PermFix { return d.fixes }

func appendFix(fixes []PermFix, fix *PermFix) []PermFix {
	if fix != nil {
		fixes = append(fixes, *fix)
	}
	return fixes
}

// privateCompanions tightens the files beside the database that hold the
// same data — its -wal and -shm, the databases kept aside by a restore
// (all named teilhabelotse.db…) — and the backups folder with every file
// in it. Links are left alone: they are not the program's files.
func privateCompanions(dir string) ([]PermFix, error) {
	var fixes []PermFix
	each := func(folder string, want func(name string) bool) error {
		names, err := filesIn(folder, want)
		if err != nil {
			return err
		}
		for _, n := range names {
			fix, err := tighten(filepath.Join(folder, n), fileMode, false)
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("protect %s: %w", n, err)
			}
			fixes = appendFix(fixes, fix)
		}
		return nil
	}
	if err := each(dir, func(n string) bool { return strings.HasPrefix(n, FileName) }); err != nil {
		return nil, err
	}
	backups := filepath.Join(dir, BackupDir)
	if st, err := os.Lstat(backups); err != nil || !st.IsDir() {
		return fixes, nil // none yet
	}
	fix, err := tighten(backups, dirMode, true)
	if err != nil {
		return nil, fmt.Errorf("protect backups folder: %w", err)
	}
	fixes = appendFix(fixes, fix)
	if err := each(backups, func(string) bool { return true }); err != nil {
		return nil, err
	}
	return fixes, nil
}

// tighten gives path exactly mode and reports a fix when other users
// could reach it before. A mode stricter than needed (read-only, say) is
// corrected without a report. Windows has no such permission bits (Chmod
// there only sets or clears the read-only attribute), and changing the
// attributes of a file SQLite holds open fails with a sharing violation:
// there the user profile's access rules protect the data, and nothing is
// changed.
func tighten(path string, mode fs.FileMode, dir bool) (*PermFix, error) {
	if runtime.GOOS == "windows" {
		return nil, nil
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	was := st.Mode().Perm()
	if was == mode {
		return nil, nil
	}
	if err := os.Chmod(path, mode); err != nil {
		return nil, err
	}
	if was&0o077 == 0 {
		return nil, nil
	}
	return &PermFix{Path: path, Dir: dir, Was: was, Now: mode}, nil
}

// privateDir creates dir with mode 0700, and tightens an existing one that
// others could read.
func privateDir(dir string) error {
	_, err := makePrivateDir(dir)
	return err
}

// makePrivateDir is privateDir, reporting what it tightened.
func makePrivateDir(dir string) (*PermFix, error) {
	if err := os.MkdirAll(dir, dirMode); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("data directory %s is not a directory", dir)
	}
	fix, err := tighten(dir, dirMode, true)
	if err != nil {
		return nil, fmt.Errorf("protect data directory: %w", err)
	}
	return fix, nil
}

// makePrivateFile creates the database file with mode 0600 before SQLite
// does (SQLite would use 0644 less the umask), and tightens an existing
// one, reporting what it tightened.
func makePrivateFile(path string) (*PermFix, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, fileMode)
	if err != nil {
		return nil, fmt.Errorf("create database: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	fix, err := tighten(path, fileMode, false)
	if err != nil {
		return nil, fmt.Errorf("protect database: %w", err)
	}
	return fix, nil
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// Path is the database file's path, for the about box and backups.
func (d *DB) Path() string { return d.path }

// inTx runs fn in one transaction and commits it only if fn succeeds.
func (d *DB) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return Classify(err, d.path)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return Classify(err, d.path)
	}
	return Classify(tx.Commit(), d.path)
}
