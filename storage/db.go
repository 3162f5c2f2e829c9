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
	db   *sql.DB
	path string
	now  func() time.Time // replaced in tests
}

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
//   - txlock=immediate: a transaction takes the write lock at BEGIN, so two
//     writers wait on busy_timeout instead of failing mid-transaction when
//     a read lock cannot be upgraded.
func dsn(path string) string {
	return "file:" + escapePath(path) +
		"?_foreign_keys=on&_journal_mode=WAL&_busy_timeout=5000&_synchronous=FULL&_txlock=immediate"
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
func Open(dir string) (*DB, error) {
	if err := privateDir(dir); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, FileName)

	// Look at the version read-only first: opening read-write with
	// journal_mode=WAL would already rewrite the header of a database from
	// a newer program that uses another journal mode.
	if _, err := os.Stat(path); err == nil {
		if err := checkVersion(path); err != nil {
			return nil, err
		}
	}
	if err := privateFile(path); err != nil {
		return nil, err
	}

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
	// SQLite creates -wal and -shm with the database file's mode; this is
	// belt and braces for a file that was created under another umask.
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Chmod(path+suffix, fileMode); err != nil && !errors.Is(err, fs.ErrNotExist) {
			sqldb.Close()
			return nil, fmt.Errorf("protect %s: %w", path+suffix, err)
		}
	}
	return d, nil
}

// privateDir creates dir with mode 0700, and tightens an existing one that
// others could read.
func privateDir(dir string) error {
	if err := os.MkdirAll(dir, dirMode); err != nil {
		return fmt.Errorf("create data directory: %w", err)
	}
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("data directory: %w", err)
	}
	if !st.IsDir() {
		return fmt.Errorf("data directory %s is not a directory", dir)
	}
	if st.Mode().Perm() != dirMode {
		if err := os.Chmod(dir, dirMode); err != nil {
			return fmt.Errorf("protect data directory: %w", err)
		}
	}
	return nil
}

// privateFile creates the database file with mode 0600 before SQLite does
// (SQLite would use 0644 less the umask), and tightens an existing one.
func privateFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, fileMode)
	if err != nil {
		return fmt.Errorf("create database: %w", err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(path, fileMode); err != nil {
		return fmt.Errorf("protect database: %w", err)
	}
	return nil
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// Path is the database file's path, for the about box and backups.
func (d *DB) Path() string { return d.path }

// inTx runs fn in one transaction and commits it only if fn succeeds.
func (d *DB) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
