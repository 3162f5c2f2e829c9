package storage

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"

	"teilhabelotse/internal/applog"
	"teilhabelotse/model"
)

// Migrations are numbered files migrations/NNNN_name.sql, numbered from 1
// without gaps. A released file is never edited: a change of schema is a new
// file. The number of the newest is the schema version recorded in
// PRAGMA user_version.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

var migrations = mustLoadMigrations(migrationFiles)

// mustLoadMigrations panics on a misnumbered file: that is a mistake in the
// program, found by any test, never a condition at a counselor's desk.
func mustLoadMigrations(fsys fs.FS) []migration {
	ms, err := loadMigrations(fsys)
	if err != nil {
		panic(err)
	}
	return ms
}

func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v < 1 {
			return nil, fmt.Errorf("migration %s: name must be NNNN_name.sql", base)
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the newest schema this program knows.
func SchemaVersion() int { return len(migrations) }

func schemaNewer(have int) error {
	return &model.Problem{Code: model.CodeSchemaNewer, Value: strconv.Itoa(have),
		Args: map[string]any{"Have": have, "Know": SchemaVersion()}}
}

// checkVersion refuses a database from a newer program before SQLite
// touches it. It reads user_version from the file header (big-endian at
// offset 60 of the 100-byte header, a documented part of the file format)
// instead of opening the file: even a read-only connection leaves -wal and
// -shm files beside a WAL database, and a read-write one with
// journal_mode=WAL would rewrite the header of a database in another journal
// mode. A header that lags behind an uncheckpointed WAL is caught again by
// migrate, which reads the version through SQLite.
func checkVersion(dbPath string) error {
	f, err := os.Open(dbPath)
	if err != nil {
		return err
	}
	defer f.Close()
	var h [100]byte
	n, err := io.ReadFull(f, h[:])
	if n == 0 && (err == io.EOF || err == io.ErrUnexpectedEOF) {
		return nil // an empty file: a database not yet written
	}
	if err != nil || !bytes.Equal(h[:16], []byte("SQLite format 3\x00")) {
		return fmt.Errorf("%s is not a database of this program", dbPath)
	}
	if have := int(binary.BigEndian.Uint32(h[60:64])); have > SchemaVersion() {
		return schemaNewer(have)
	}
	return nil
}

// migrate applies the missing migrations, each in its own transaction
// together with its user_version, so a crash leaves the database at a
// version it really has. The version is read again inside each
// transaction: the write lock is taken at BEGIN, so another instance of the
// program cannot migrate in between.
func (d *DB) migrate(ctx context.Context) error {
	have, err := d.userVersion(ctx)
	if err != nil {
		return err
	}
	if have > SchemaVersion() {
		return schemaNewer(have)
	}
	for _, m := range migrations[have:] {
		err := d.inTx(ctx, func(tx *sql.Tx) error {
			var now int
			if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil {
				return err
			}
			switch {
			case now > SchemaVersion():
				return schemaNewer(now)
			case now >= m.version:
				return nil // migrated meanwhile by another instance
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			// PRAGMA takes no parameters; the number comes from a file name.
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version))
			return err
		})
		if err != nil {
			slog.Error("migration failed", "migration", m.name, applog.Err(err))
			return err
		}
		slog.Info("migrated", "migration", m.name, "schema", m.version)
	}
	return nil
}

func (d *DB) userVersion(ctx context.Context) (int, error) {
	var v int
	err := d.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}
