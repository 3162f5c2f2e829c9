package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"

	"teilhabelotse/model"
)

// A database that cannot be written — a read-only file system, a
// write-protected stick, a folder of another account — is not damaged:
// it opens read-only, so the counselor can still read, print and export
// (the rescue), and every save says that the database is read-only.

// ReadOnly reports whether the database was opened read-only
// (OpenReadOnly). Its saves fail with a *model.StoreError of
// model.FaultReadOnly, and Audit records nothing (it cannot).
func (d *DB) ReadOnly() bool { return d.readOnly }

// IsReadOnlyFault reports whether err says the database cannot be written.
func IsReadOnlyFault(err error) bool {
	var se *model.StoreError
	return errors.As(err, &se) && (se.Fault == model.FaultReadOnly || se.Fault == model.FaultPermission)
}

// OpenReadOnly opens the database in dir without writing anything: no
// migration, no permission fixes, no sweep. The schema must be the
// program's current one (an older one would need a migration, which
// cannot be written).
func OpenReadOnly(dir string) (*DB, error) {
	path := filepath.Join(dir, FileName)
	if err := checkVersion(path); err != nil {
		return nil, Classify(err, path)
	}
	var sqldb *sql.DB
	var err error
	// First as a normal reader, which sees the newest saves in the -wal;
	// where not even the -shm can be made, the file as it is.
	for _, opts := range []string{"?mode=ro&_busy_timeout=5000", "?mode=ro&immutable=1"} {
		sqldb, err = sql.Open("sqlite3", "file:"+escapePath(path)+opts)
		if err == nil {
			sqldb.SetMaxOpenConns(1)
			var v int
			if err = sqldb.QueryRow("PRAGMA user_version").Scan(&v); err == nil {
				if v != SchemaVersion() {
					sqldb.Close()
					return nil, &model.StoreError{Fault: model.FaultReadOnly, Path: path,
						Err: fmt.Errorf("schema %d needs a migration to %d, which a read-only database cannot take", v, SchemaVersion())}
				}
				break
			}
			sqldb.Close()
		}
	}
	if err != nil {
		return nil, Classify(err, path)
	}
	return &DB{db: sqldb, path: path, now: timeNow, readOnly: true}, nil
}

// auditReadOnly is Audit on a read-only database: nothing can be
// recorded, and the caller said so when it opened the database.
func (d *DB) auditReadOnly(context.Context, model.AuditEntry) error { return nil }
