package storage

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"teilhabelotse/model"
)

// Settings returns the counselor's settings with the default deadlines
// filled in, also when nothing was saved yet.
func (d *DB) Settings(ctx context.Context) (model.Settings, error) {
	return settingsIn(ctx, d.db)
}

func settingsIn(ctx context.Context, q querier) (model.Settings, error) {
	var doc string
	err := q.QueryRowContext(ctx, `SELECT doc FROM settings WHERE id = 1`).Scan(&doc)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Settings{}.WithDefaults(), nil
	}
	if err != nil {
		return model.Settings{}, err
	}
	var s model.Settings
	if err := json.Unmarshal([]byte(doc), &s); err != nil {
		return model.Settings{}, fmt.Errorf("settings: %w", err)
	}
	return s.WithDefaults(), nil
}

// SaveSettings stores the settings and, in the same transaction, recomputes
// every case's next deadline, because the deadlines depend on the settings
// (first meeting within N days, review intervals): the case list must never
// show a date computed under the old settings.
//
// Settings that model.Settings.Validate refuses are not saved: the window,
// the command line and a restored preset obey one rule.
func (d *DB) SaveSettings(ctx context.Context, s model.Settings) error {
	if ps := s.Validate(); len(ps) > 0 {
		return ps
	}
	doc, err := marshalDoc(s)
	if err != nil {
		return err
	}
	return d.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO settings (id, doc) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`,
			string(doc)); err != nil {
			return err
		}
		return refreshNextDue(ctx, tx, s)
	})
}

func refreshNextDue(ctx context.Context, tx *sql.Tx, s model.Settings) error {
	type row struct {
		id  int64
		due string
	}
	var rows []row
	rs, err := tx.QueryContext(ctx, `SELECT id, doc FROM cases`)
	if err != nil {
		return err
	}
	// Read all before writing: updating a table while stepping through it
	// is legal in SQLite but needlessly subtle.
	for rs.Next() {
		var id int64
		var doc string
		if err := rs.Scan(&id, &doc); err != nil {
			rs.Close()
			return err
		}
		var c model.Case
		if err := json.Unmarshal([]byte(doc), &c); err != nil {
			rs.Close()
			return fmt.Errorf("case %d: %w", id, err)
		}
		rows = append(rows, row{id, model.NextDue(&c, s).ISO()})
	}
	if err := rs.Close(); err != nil {
		return err
	}
	if err := rs.Err(); err != nil {
		return err
	}
	for _, r := range rows {
		if _, err := tx.ExecContext(ctx, `UPDATE cases SET next_due = ? WHERE id = ?`, r.due, r.id); err != nil {
			return err
		}
	}
	return nil
}

// LogoName is the base name of the copy of the logo in the data folder
// (plus ".png" or ".jpg").
const LogoName = "logo"

// SaveLogo checks a logo picture (model.CheckLogo) and copies it into the
// data folder, replacing an earlier one, so the documents keep their logo
// when the original on a network drive or USB stick is gone. It returns
// the path to put into Settings.LogoPath; the settings are not changed.
func (d *DB) SaveLogo(ctx context.Context, data []byte) (string, error) {
	format, err := model.CheckLogo(data)
	if err != nil {
		return "", err
	}
	ext := ".png"
	if format == "jpeg" {
		ext = ".jpg"
	}
	dir := filepath.Dir(d.path)
	path := filepath.Join(dir, LogoName+ext)
	if err := WriteFileAtomic(path, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(data))
		return err
	}); err != nil {
		return "", err
	}
	// The other format's copy would be a stale logo nobody uses.
	for _, other := range []string{".png", ".jpg"} {
		if other != ext {
			os.Remove(filepath.Join(dir, LogoName+other))
		}
	}
	return path, nil
}
