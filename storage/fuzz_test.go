package storage

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// Case files come from other machines, e-mail attachments and editors, so
// import must survive any bytes. `go test` runs the seeds below and those
// in testdata/fuzz/FuzzImportCase/ as regression tests; to search for new
// inputs run
//
//	go test -tags migrated_fynedo -run XXX -fuzz FuzzImportCase -fuzztime 60s ./storage/

// minimalCaseFile is the smallest file import accepts.
const minimalCaseFile = `{"format":"teilhabelotse-fallakte","formatVersion":1,` +
	`"case":{"phase":"intake","client":{"lastName":"Neu"}},"partners":[]}`

// problemsIn flattens an import error into its problems; anything that is
// not a model problem fails the test, since the counselor would see a
// technical text instead of a message in their language.
func problemsIn(t *testing.T, err error) model.Problems {
	t.Helper()
	if ps, ok := model.ProblemsOf(err); ok {
		return ps
	}
	t.Fatalf("error %v (%T) is not a model problem", err, err)
	return nil
}

// checkMessages fails unless every problem of err has a text in every
// language that fills its template and does not fall back to the code.
func checkMessages(t *testing.T, err error) {
	t.Helper()
	ps := problemsIn(t, err)
	if len(ps) == 0 {
		t.Fatal("refused with an empty list of problems")
	}
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		_ = loc.Error(err) // the whole message renders
		for _, p := range ps {
			if p.Code == "" || !loc.Has(p.Code) {
				t.Fatalf("%s: no message for problem %v", lang, p)
			}
			// Rendered with a neutral path and value, so that a field
			// named like a code in the file does not count.
			msg := loc.Error(&model.Problem{Path: "p", Code: p.Code, Value: "v", Args: p.Args})
			if strings.Contains(msg, p.Code) || strings.Contains(msg, "<no value>") || strings.Contains(msg, "{{") {
				t.Fatalf("%s: problem %v renders as %q", lang, p, msg)
			}
		}
	}
}

// rowCounts is what a refused import must leave as it was: the number of
// rows of every table, and a list that reads and shows every case.
func rowCounts(t *testing.T, d *DB) [3]int {
	t.Helper()
	var cases, partners, audit int
	err := d.db.QueryRow(`SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM partners), (SELECT count(*) FROM audit)`).
		Scan(&cases, &partners, &audit)
	if err != nil {
		t.Fatal(err)
	}
	list, err := d.ListCases(context.Background())
	if err != nil {
		t.Fatalf("ListCases: %v", err)
	}
	if len(list) != cases {
		t.Fatalf("the list shows %d of %d cases", len(list), cases)
	}
	return [3]int{cases, partners, audit}
}

// FuzzImportCase: whatever the bytes, import does not panic. A refused
// file is refused with model problems that have a text in German and
// English, and the database is as before. An accepted one is listed,
// loads, passes the whole-case check (no hard finding: nothing a file
// brings in breaks a rule the window holds), and exports as a file import
// accepts again. Warnings are accepted and a case already here is taken
// as a new one, so that as many inputs as possible are imported.
func FuzzImportCase(f *testing.F) {
	ctx := context.Background()
	src := MustOpen(f)
	rich := export(f, src, storeRich(f, src))
	f.Add(rich)
	f.Add([]byte(minimalCaseFile))
	f.Add(append([]byte("\xef\xbb\xbf"), minimalCaseFile...))                                // byte order mark
	f.Add(bytes.Replace(rich, []byte("Jürgen"), []byte("J\xfcrgen"), 1))                     // saved as Windows-1252
	f.Add(bytes.Replace(rich, []byte(`"2025-02-01"`), []byte(`"9999-12-31"`), 1))            // deadline beyond year 9999
	f.Add(bytes.Replace(rich, []byte(`"Familie trägt"`), []byte(`"\u0000\u001b\ud800"`), 1)) // NUL, ESC, lone surrogate
	f.Add(rich[:len(rich)/2])
	f.Add([]byte{})
	f.Add([]byte(`[{"format":"teilhabelotse-fallakte"}]`))
	f.Add([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"))
	f.Add([]byte("PK\x03\x04\x14\x00\x00\x00"))
	f.Add([]byte("\x89PNG\r\n\x1a\n"))

	// One database for all inputs, as fast as a file in a temporary
	// directory gets: nothing here needs to survive a power cut.
	d := MustOpen(f)
	if _, err := d.db.Exec("PRAGMA synchronous = OFF"); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		before := rowCounts(t, d)
		id, err := d.ImportCaseWith(ctx, bytes.NewReader(data), ImportOptions{AcceptWarnings: true, Duplicate: DuplicateNew})
		if err != nil {
			checkMessages(t, err)
			if after := rowCounts(t, d); after != before {
				t.Fatalf("refused import changed the database: cases, partners, audit entries %v → %v", before, after)
			}
			return
		}
		if after := rowCounts(t, d); after[0] != before[0]+1 {
			t.Fatalf("accepted import: %d cases → %d", before[0], after[0])
		}
		c, err := d.LoadCase(ctx, id)
		if err != nil {
			t.Fatalf("imported case %d does not load: %v", id, err)
		}
		if f := model.CheckCase(c); !f.OK() {
			t.Fatalf("imported case breaks the rules: %v", f.Hard)
		}
		var out bytes.Buffer
		if err := d.ExportCase(ctx, id, &out); err != nil {
			t.Fatalf("imported case does not export: %v", err)
		}
		f, ps := parseCaseFile(out.Bytes())
		if f == nil || len(ps) > 0 {
			t.Fatalf("the export of an imported case does not parse: %v", ps)
		}
		local, err := partnerUIDs(ctx, d.db)
		if err != nil {
			t.Fatal(err)
		}
		if ps := f.validate(local); len(ps) > 0 {
			t.Fatalf("the export of an imported case would be refused: %v", ps)
		}
		if !jsonEqual(t, f.Case, c) {
			t.Fatal("the export differs from the stored case")
		}
	})
}
