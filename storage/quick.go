package storage

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"teilhabelotse/model"
)

// QuickCheck runs SQLite's quick check (PRAGMA quick_check) over the whole
// file: every page and record is read and its structure checked, without
// the slower comparison of indexes with their tables that Check makes, so
// it fits into every start of the window. It returns the findings, none
// when the database is fine. Damage that keeps SQLite from reading the file
// at all is a finding too; the error is for anything else (the database
// closed, the context cancelled).
func (d *DB) QuickCheck(ctx context.Context) ([]string, error) {
	return quickCheck(ctx, d.db)
}

func quickCheck(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := queryStrings(ctx, db, fmt.Sprintf("PRAGMA quick_check(%d)", maxProblems))
	if isCorrupt(err) {
		return []string{err.Error()}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("quick_check: %w", err)
	}
	var problems []string
	for _, row := range rows {
		for _, l := range strings.Split(row, "\n") {
			if l = strings.TrimSpace(l); l != "ok" && l != "" && !strings.HasPrefix(l, "*** ") {
				problems = append(problems, l)
			}
		}
	}
	return problems, nil
}

// OpenChecked opens the database in dir as Open does and runs the quick
// check. A damaged database — a file SQLite cannot read as a database, or
// one whose quick check finds something — is closed again and reported as
// a *model.DamagedError, so the caller can offer to restore a backup instead of
// working on it; the file is left as it is. Any other failure is Open's.
//
// The check reads the file through a read-only connection before Open
// migrates an older schema, so a damaged file is not written to; a failure
// of Open on a damaged file counts as damage too.
func OpenChecked(ctx context.Context, dir string) (*DB, error) {
	path := filepath.Join(dir, FileName)
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		if err := checkReadOnly(ctx, path); err != nil {
			var damaged *model.DamagedError
			if errors.As(err, &damaged) {
				return nil, err
			}
			return nil, Classify(err, path)
		}
	}
	d, err := Open(dir)
	if err != nil {
		if damaged(path, err) {
			return nil, &model.DamagedError{Problems: []string{err.Error()}}
		}
		return nil, err
	}
	return d, nil
}

// checkReadOnly runs the quick check on the file at path without writing
// to it; a newer schema is left for Open to refuse.
func checkReadOnly(ctx context.Context, path string) error {
	if err := checkVersion(path); err != nil {
		if damaged(path, err) {
			return &model.DamagedError{Problems: []string{err.Error()}}
		}
		return nil
	}
	raw, err := sql.Open("sqlite3", "file:"+escapePath(path)+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		return err
	}
	defer raw.Close()
	problems, err := quickCheck(ctx, raw)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return &model.DamagedError{Problems: problems}
	}
	return nil
}

// sqliteHeader begins every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// damaged reports whether Open failed on path because the file is damaged:
// SQLite says so, or the file is not empty but does not begin like a
// database (its first page overwritten). A newer schema, a permission or
// a full disk are not damage.
func damaged(path string, err error) bool {
	if isCorrupt(err) {
		return true
	}
	if isSchemaNewer(err) || errors.Is(err, fs.ErrPermission) {
		return false
	}
	head, rerr := readHead(path, len(sqliteHeader))
	return rerr == nil && len(head) > 0 && !bytes.Equal(head, sqliteHeader)
}

// readHead reads up to n bytes from the start of the file at path.
func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, n)
	m, err := io.ReadFull(f, b)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return b[:m], nil
}
