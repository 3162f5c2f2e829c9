package storage

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
)

// A counselor who installs a new version opens the database an older
// version left. These tests build that database for every older schema
// version — only the migrations that version had, its user_version, and
// rows written the way it wrote them — and check that Open brings it up to
// date without losing or changing anything: every case loads as it was
// saved, the list shows every case, and the upgraded file holds exactly
// what a database created by this version would hold for the same data.

// oldData is what an older program had stored.
type oldData struct {
	settings model.Settings
	partners []model.Partner
	cases    []*model.Case
}

// upgradeData is the rich case and the curated demo cases (every phase,
// loops, a case closed after closure and one closed at intake as not
// admitted), their partners, and settings with deadlines off the defaults,
// so the list's due dates depend on them.
func upgradeData() oldData {
	cases, partners := demo.Cases(demo.Curated, 3, time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC))
	// Closed without a closing event, as a case file from elsewhere may
	// be: the derived closing day falls back to the closure date, then to
	// the last change.
	updated := time.Date(2024, 2, 3, 23, 30, 0, 0, time.UTC)
	withDate := &model.Case{UID: "closed-no-event-1", Phase: model.PhaseClosed, Updated: updated, Created: updated,
		Client: model.Client{FirstName: "Ohne", LastName: "Ereignis"}, Closure: model.Closure{Date: model.NewDate(2023, 12, 1)}}
	without := &model.Case{UID: "closed-no-event-2", Phase: model.PhaseClosed, Updated: updated, Created: updated,
		Client: model.Client{FirstName: "Ganz", LastName: "Ohne"}}
	return oldData{
		settings: model.Settings{Name: "Frau Beispiel", Organisation: "IFD Musterstadt", FirstMeetingDays: 10, ReviewDaysB: 42},
		partners: append(richPartners(), partners...),
		cases:    append(append([]*model.Case{richCase()}, cases...), withDate, without),
	}
}

// caseColumns are the columns of a case row as the program writes them
// (insertCase), by name. A column that a newer migration adds must be added
// here, with the value the program then writes: the tests refuse to guess.
func caseColumns(t *testing.T, c *model.Case, s model.Settings) map[string]any {
	t.Helper()
	doc, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	sum := c.Summarize(s.WithDefaults())
	return map[string]any{
		"id": nil, "uid": c.UID, "first_name": sum.FirstName, "last_name": sum.LastName, "rvnr": sum.RVNR,
		"phase": string(sum.Phase), "next_due": sum.NextDue.ISO(), "updated": c.Updated.UTC().Format(updatedLayout),
		"doc": string(doc),
		// schema 3
		"closed_on": c.ClosedOn().ISO(), "n_events": len(c.Events), "n_disclosures": len(c.Disclosures),
		// schema 5
		"n_broken": sum.Broken,
	}
}

// columns lists the columns table has in db, in order.
func columns(t *testing.T, db *sql.DB, table string) []string {
	t.Helper()
	return mustStrings(t, db, `SELECT name FROM pragma_table_info(?)`, table)
}

// mustStrings is queryStrings in a test: the one text column of every row.
func mustStrings(t *testing.T, db *sql.DB, query string, args ...any) []string {
	t.Helper()
	out, err := queryStrings(t.Context(), db, query, args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// insertRow writes values into those columns table has in schema v, and
// fails on a column values does not fill.
func insertRow(t *testing.T, db *sql.DB, v int, table string, values map[string]any) int64 {
	t.Helper()
	var names, marks []string
	var args []any
	for _, col := range columns(t, db, table) {
		val, ok := values[col]
		if !ok {
			t.Fatalf("schema %d has column %s.%s, which this test does not fill: add it with the value that version writes", v, table, col)
		}
		names, marks, args = append(names, col), append(marks, "?"), append(args, val)
	}
	res, err := db.Exec(fmt.Sprintf(`INSERT INTO %s (%s) VALUES (%s)`, table, strings.Join(names, ", "), strings.Join(marks, ", ")), args...)
	if err != nil {
		t.Fatalf("schema %d: insert into %s: %v", v, table, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// buildOld creates, in a new directory, the database a program of schema
// version v left holding data, and returns the directory and the cases'
// IDs.
func buildOld(t *testing.T, v int, data oldData) (string, []int64) {
	t.Helper()
	dir := t.TempDir()
	db, err := sql.Open("sqlite3", dsn(filepath.Join(dir, FileName)))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, m := range migrations[:v] {
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		t.Fatal(err)
	}
	sdoc, err := json.Marshal(data.settings)
	if err != nil {
		t.Fatal(err)
	}
	insertRow(t, db, v, "settings", map[string]any{"id": 1, "doc": string(sdoc)})
	for _, p := range data.partners {
		pdoc, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		insertRow(t, db, v, "partners", map[string]any{"id": nil, "uid": p.UID, "name": p.Name, "category": string(p.Category), "doc": string(pdoc)})
	}
	var ids []int64
	for _, c := range data.cases {
		ids = append(ids, insertRow(t, db, v, "cases", caseColumns(t, c, data.settings)))
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, ids
}

// freshDB stores data in a new database of the current schema as this
// version writes it.
func freshDB(t *testing.T, data oldData) *DB {
	t.Helper()
	ctx := context.Background()
	d := MustOpen(t)
	if err := d.SaveSettings(ctx, data.settings); err != nil {
		t.Fatal(err)
	}
	err := d.inTx(ctx, func(tx *sql.Tx) error {
		for i := range data.partners {
			if _, err := insertPartner(ctx, tx, &data.partners[i]); err != nil {
				return err
			}
		}
		for _, c := range data.cases {
			if _, err := insertCase(ctx, tx, c, data.settings.WithDefaults()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// tableRows reads a whole table in ID order.
func tableRows(t *testing.T, db *sql.DB, table string) [][]any {
	t.Helper()
	n := len(columns(t, db, table))
	rows, err := db.Query(`SELECT * FROM ` + table + ` ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][]any
	for rows.Next() {
		vals := make([]any, n)
		ptrs := make([]any, n)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, vals)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func clip(v any) string {
	s := fmt.Sprint(v)
	if b, ok := v.([]byte); ok {
		s = string(b)
	}
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}

// openUpgraded opens the old database in dir and checks what holds for any
// upgrade: the schema is current, SQLite finds nothing wrong, every case
// loads as data has it and the list shows them all.
func openUpgraded(t *testing.T, dir string, data oldData, ids []int64) *DB {
	t.Helper()
	ctx := context.Background()
	d, err := Open(dir)
	if err != nil {
		t.Fatalf("open the old database: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	if got := userVersion(t, d.Path()); got != SchemaVersion() {
		t.Errorf("user_version %d after the upgrade, want %d", got, SchemaVersion())
	}
	r, err := d.Check(ctx)
	if err != nil || !r.OK() || r.SchemaVersion != SchemaVersion() || r.Cases != len(data.cases) {
		t.Errorf("Check after the upgrade: %+v, %v", r, err)
	}
	for i, c := range data.cases {
		got, err := d.LoadCase(ctx, ids[i])
		if err != nil {
			t.Errorf("load %s: %v", c.Client.FullName(), err)
			continue
		}
		if got.ID != ids[i] || !jsonEqual(t, got, c) {
			t.Errorf("%s changed in the upgrade", c.Client.FullName())
		}
	}
	list, err := d.ListCases(ctx)
	if err != nil {
		t.Fatalf("ListCases: %v", err)
	}
	if len(list) != len(data.cases) {
		t.Errorf("the list shows %d cases, want %d", len(list), len(data.cases))
	}
	byID := map[int64]model.CaseSummary{}
	for _, s := range list {
		byID[s.ID] = s
	}
	for i, c := range data.cases {
		if s := byID[ids[i]]; s.UID != c.UID || s.LastName != c.Client.LastName || s.Phase != c.Phase {
			t.Errorf("list row of %s: %+v", c.Client.FullName(), s)
		}
	}
	return d
}

// Every older schema version is upgraded generically: the loop picks up
// each new migration without an edit here.
func TestUpgradeFromEveryOlderSchema(t *testing.T) {
	if SchemaVersion() < 2 {
		t.Skip("only one schema version so far")
	}
	ctx := context.Background()
	data := upgradeData()
	fresh := freshDB(t, data)
	for v := 1; v < SchemaVersion(); v++ {
		t.Run(fmt.Sprintf("from-%d", v), func(t *testing.T) {
			dir, ids := buildOld(t, v, data)
			d := openUpgraded(t, dir, data, ids)

			// The upgraded file holds exactly what this version writes for
			// the same data — also in the columns a migration derived from
			// the documents of the old rows.
			for _, table := range []string{"settings", "partners", "cases", "case_facts"} {
				if got, want := columns(t, d.db, table), columns(t, fresh.db, table); !reflect.DeepEqual(got, want) {
					t.Errorf("%s columns\n got %v\nwant %v", table, got, want)
					continue
				}
				cols := columns(t, d.db, table)
				got, want := tableRows(t, d.db, table), tableRows(t, fresh.db, table)
				if len(got) != len(want) {
					t.Errorf("%s: %d rows, want %d", table, len(got), len(want))
					continue
				}
				for i := range got {
					for j := range got[i] {
						if !reflect.DeepEqual(got[i][j], want[i][j]) {
							t.Errorf("%s row %d column %s:\n got %s\nwant %s", table, i+1, cols[j], clip(got[i][j]), clip(want[i][j]))
						}
					}
				}
			}
			gl, _ := d.ListCases(ctx)
			wl, _ := fresh.ListCases(ctx)
			if !reflect.DeepEqual(gl, wl) {
				t.Errorf("case list differs from a fresh database's\n got %+v\nwant %+v", gl, wl)
			}
			gp, _ := d.Partners(ctx)
			wp, _ := fresh.Partners(ctx)
			if !jsonEqual(t, gp, wp) {
				t.Error("partner directory differs from a fresh database's")
			}
			gs, _ := d.Settings(ctx)
			ws, _ := fresh.Settings(ctx)
			if gs != ws {
				t.Errorf("settings %+v, want %+v", gs, ws)
			}

			// The counselor goes on working: every case exports as from a
			// fresh database, and a save lands.
			for i, c := range data.cases {
				if got, want := exportAsStored(t, d, ids[i]), exportAsStored(t, fresh, ids[i]); !bytes.Equal(got, want) {
					t.Errorf("export of %s: %s", c.Client.FullName(), firstDiff(got, want))
				}
			}
			c := mustLoad(t, d, ids[0])
			c.Intake.Referral.Notes += " Nachtrag nach dem Update."
			if err := d.SaveCase(ctx, c); err != nil {
				t.Fatalf("save after the upgrade: %v", err)
			}
			if got, err := d.LoadCase(ctx, ids[0]); err != nil || !jsonEqual(t, got, c) {
				t.Errorf("saved case reads back as %v, %v", got, err)
			}
		})
	}
}

// schema lists what a database's schema consists of, as SQLite keeps it.
func schema(t *testing.T, db *sql.DB) []string {
	t.Helper()
	return mustStrings(t, db, `SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || coalesce(sql, '')
		FROM sqlite_schema ORDER BY type, name`)
}

// containsJSON reports whether every member and element of old is in
// new with the same value: decoding and encoding again lost nothing.
func containsJSON(old, new any, path string, missing *[]string) {
	switch o := old.(type) {
	case map[string]any:
		n, ok := new.(map[string]any)
		if !ok {
			*missing = append(*missing, path)
			return
		}
		for k, v := range o {
			nv, ok := n[k]
			if !ok {
				*missing = append(*missing, joinPath(path, k))
				continue
			}
			containsJSON(v, nv, joinPath(path, k), missing)
		}
	case []any:
		n, ok := new.([]any)
		if !ok || len(n) != len(o) {
			*missing = append(*missing, path)
			return
		}
		for i := range o {
			containsJSON(o[i], n[i], fmt.Sprintf("%s[%d]", path, i), missing)
		}
	default:
		if !reflect.DeepEqual(old, new) {
			*missing = append(*missing, fmt.Sprintf("%s (%v → %v)", path, old, new))
		}
	}
}

// testdata/schema-v1.sql is a database as the released schema 1 left it
// (made with 0001_init.sql, two cases, their partners and settings, dumped
// with the sqlite3 shell). It pins the shipped format: the test fails if
// 0001_init.sql is edited after release, and if the program stops reading
// those rows completely.
func TestUpgradeShippedSchema1(t *testing.T) {
	dump, err := os.ReadFile("testdata/schema-v1.sql")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	db, err := sql.Open("sqlite3", "file:"+escapePath(filepath.Join(dir, FileName)))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(string(dump)); err != nil {
		t.Fatalf("load the dump: %v", err)
	}
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != 1 {
		t.Fatalf("the dump has user_version %d (%v), want 1", v, err)
	}

	ref, err := sql.Open("sqlite3", "file:"+escapePath(filepath.Join(t.TempDir(), "ref.db")))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	if _, err := ref.Exec(migrations[0].sql); err != nil {
		t.Fatal(err)
	}
	if got, want := schema(t, ref), schema(t, db); !reflect.DeepEqual(got, want) {
		t.Errorf("%s no longer creates the released schema 1: a released migration must not be edited, add a new one.", migrations[0].name)
		for i := 0; i < max(len(got), len(want)); i++ {
			var g, w string
			if i < len(got) {
				g = got[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if g != w {
				t.Errorf(" now:      %q\n released: %q", g, w)
			}
		}
	}

	// What the released version had stored, read straight from the rows.
	var data oldData
	var ids []int64
	var docs []string
	var sdoc string
	if err := db.QueryRow(`SELECT doc FROM settings WHERE id = 1`).Scan(&sdoc); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(sdoc), &data.settings); err != nil {
		t.Fatal(err)
	}
	prows, err := db.Query(`SELECT doc FROM partners ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for prows.Next() {
		var doc string
		var p model.Partner
		if err := prows.Scan(&doc); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(doc), &p); err != nil {
			t.Fatal(err)
		}
		data.partners = append(data.partners, p)
	}
	prows.Close()
	// The case rows column by column, as schema 1 has them.
	var schema1 []map[string]any
	v1cols := columns(t, db, "cases")
	for _, row := range tableRows(t, db, "cases") {
		m := map[string]any{}
		for j, col := range v1cols {
			m[col] = row[j]
		}
		id, _ := m["id"].(int64)
		doc, _ := m["doc"].(string)
		// Schema 6 names acknowledged checklist items by the model's key:
		// the message IDs schema 1 stored there lose their prefix, and
		// "Check." stands nowhere else in these documents.
		doc = strings.ReplaceAll(doc, `"Check.`, `"`)
		m["doc"] = doc
		var c model.Case
		if err := json.Unmarshal([]byte(doc), &c); err != nil {
			t.Fatal(err)
		}
		c.ID = id
		ids, docs, schema1 = append(ids, id), append(docs, doc), append(schema1, m)
		data.cases = append(data.cases, &c)
	}
	if len(data.cases) != 2 || len(data.partners) != 5 || data.settings.Name == "" {
		t.Fatalf("the dump holds %d cases, %d partners, settings %+v; want 2, 5 and a name", len(data.cases), len(data.partners), data.settings)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	d := openUpgraded(t, dir, data, ids)

	for i, c := range data.cases {
		got := mustLoad(t, d, ids[i])
		// Nothing the released version wrote into a document is lost.
		enc, err := json.Marshal(got)
		if err != nil {
			t.Fatal(err)
		}
		var old, now any
		if err := json.Unmarshal([]byte(docs[i]), &old); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(enc, &now); err != nil {
			t.Fatal(err)
		}
		var missing []string
		containsJSON(old, now, "", &missing)
		if len(missing) > 0 {
			t.Errorf("%s lost in the upgrade: %v", c.Client.FullName(), missing)
		}
	}

	// The list columns of schema 1 keep what was written — but for the due
	// date of a closed case whose documentation was never sent, which now
	// reminds of it (refreshClosedDue); the columns a later migration added
	// hold what this version derives from the document.
	cols := columns(t, d.db, "cases")
	rows := tableRows(t, d.db, "cases")
	for i, c := range data.cases {
		want := caseColumns(t, c, data.settings)
		unsent := c.Phase == model.PhaseClosed && !c.Closure.TransmittedOn.Valid()
		for j, col := range cols {
			if v, ok := schema1[i][col]; ok && !(col == "next_due" && unsent) {
				want[col] = v
			}
			if col == "id" {
				want[col] = ids[i]
			}
			if col == "doc" {
				var g, w any
				if json.Unmarshal([]byte(fmt.Sprint(rows[i][j])), &g) != nil || json.Unmarshal([]byte(fmt.Sprint(want[col])), &w) != nil ||
					!reflect.DeepEqual(g, w) {
					t.Errorf("%s: the document is %s, want %s", c.Client.FullName(), clip(rows[i][j]), clip(want[col]))
				}
				continue
			}
			if got := rows[i][j]; fmt.Sprint(got) != fmt.Sprint(want[col]) {
				t.Errorf("%s: column %s is %s, want %s", c.Client.FullName(), col, clip(got), clip(want[col]))
			}
		}
	}
}
