package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
)

var rulesNow = time.Date(2026, time.December, 3, 10, 0, 0, 0, time.UTC)

// caseFileOf writes c as a case file with the demo directory's partners
// it refers to, as a hand-written or foreign file would come.
func caseFileOf(t *testing.T, c *model.Case) []byte {
	t.Helper()
	f := caseFile{Format: FormatName, FormatVersion: FormatVersion, Case: c, Partners: demo.PartnersOf(c)}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Every way around the rules of issue #13, as a case file: import refuses
// it with the finding at its place, and the database is as before.
func TestImportRefusesEveryBypass(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	good, _ := demo.Cases(0, 1, rulesNow)
	if _, err := d.ImportCase(ctx, bytes.NewReader(caseFileOf(t, good[0]))); err != nil {
		t.Fatalf("a curated demo case does not import: %v", err)
	}
	for _, b := range demo.Bypasses(rulesNow) {
		t.Run(b.Name, func(t *testing.T) {
			before := dbState(t, d)
			_, err := d.ImportCase(ctx, bytes.NewReader(caseFileOf(t, b.Case)))
			if err == nil {
				t.Fatal("imported")
			}
			checkMessages(t, err)
			if ps := problemsIn(t, err); !ps.Has(b.Code, "case."+b.Path) {
				t.Errorf("refused with %v, want %s at case.%s…", ps, b.Code, b.Path)
			}
			if dbState(t, d) != before {
				t.Error("the refused import changed the database")
			}
		})
	}
}

// A case stored before the rules held on every path (here: written
// directly) is not exported as a case file, is named by BrokenCases and
// marked in the list — and still goes into the client's Art. 15 copy.
func TestBrokenStoredCase(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	for _, p := range demo.Partners() {
		if err := d.SavePartner(ctx, &p); err != nil {
			t.Fatal(err)
		}
	}
	good, _ := demo.Cases(0, 1, rulesNow)
	if err := d.CreateCase(ctx, good[0]); err != nil {
		t.Fatal(err)
	}
	bad := demo.Bypasses(rulesNow)[0]
	if err := d.CreateCase(ctx, bad.Case); err != nil {
		t.Fatal(err)
	}

	err := d.ExportCase(ctx, bad.Case.ID, &bytes.Buffer{})
	var ps model.Problems
	if !errors.As(err, &ps) || !ps.Has(bad.Code, "case."+bad.Path) {
		t.Errorf("export of a broken case: %v, want %s", err, bad.Code)
	}
	if err := d.ExportCaseAsStored(ctx, bad.Case.ID, &bytes.Buffer{}); err != nil {
		t.Errorf("the Art. 15 copy of a broken case: %v", err)
	}
	if err := d.ExportCase(ctx, good[0].ID, &bytes.Buffer{}); err != nil {
		t.Errorf("export of a good case: %v", err)
	}

	broken, err := d.BrokenCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(broken) != 1 || broken[0].Summary.ID != bad.Case.ID || !broken[0].Findings.Has(bad.Code, bad.Path) {
		t.Errorf("BrokenCases = %+v, want case %d with %s", broken, bad.Case.ID, bad.Code)
	}
	list, err := d.ListCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if want := s.ID == bad.Case.ID; (s.Broken > 0) != want {
			t.Errorf("list row of case %d: Broken = %d", s.ID, s.Broken)
		}
	}
}

// A database from before schema 5 learns which cases break a rule when it
// is opened; and so does one checked under older rules.
func TestOpenChecksTheStoredCases(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d := openIn(t, dir)
	bad := demo.Bypasses(rulesNow)[0]
	if err := d.CreateCase(ctx, bad.Case); err != nil {
		t.Fatal(err)
	}
	// As stored before: not yet checked, under an older version of the rules.
	if _, err := d.db.Exec(`UPDATE cases SET n_broken = 0; UPDATE rules_checked SET version = 0`); err != nil {
		t.Fatal(err)
	}
	d = reopen(t, d, dir)
	list, err := d.ListCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Broken == 0 {
		t.Errorf("after open: %+v, want the case marked", list)
	}
}

// A case whose RV-Nummer says another birth date imports only once the
// user has seen the warning and accepted it.
func TestImportWithWarnings(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	cs, _ := demo.Cases(0, 1, rulesNow)
	c := cs[3]
	c.Client.RVNR = "10010490A443"
	c.Client.BirthDate = model.NewDate(1991, time.April, 1)
	file := caseFileOf(t, c)

	before := dbState(t, d)
	_, err := d.ImportCase(ctx, bytes.NewReader(file))
	var w *WarningsError
	if !errors.As(err, &w) || !w.Warnings.Has(model.CodeRVNRBirthDate, "case.client.rvnr") {
		t.Fatalf("import with a warning: %v, want a WarningsError with %s", err, model.CodeRVNRBirthDate)
	}
	checkMessages(t, err)
	if dbState(t, d) != before {
		t.Error("the import waiting for acceptance changed the database")
	}
	if _, err := d.ImportCaseWith(ctx, bytes.NewReader(file), ImportOptions{AcceptWarnings: true}); err != nil {
		t.Errorf("accepted warnings: %v", err)
	}
}

func importDemo(t *testing.T, d *DB, c *model.Case, opts ImportOptions) (int64, error) {
	t.Helper()
	return d.ImportCaseWith(context.Background(), bytes.NewReader(caseFileOf(t, c)), opts)
}

// The same file twice, or another file of the same person: refused by
// default with the case that is here; "new" adds a second case; "replace"
// puts the file's case in place of the old one, keeps the old state and
// writes a backup first.
func TestImportDuplicates(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	cs, _ := demo.Cases(0, 1, rulesNow)
	c := cs[3]
	id, err := importDemo(t, d, c, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}

	before := dbState(t, d)
	_, err = importDemo(t, d, c, ImportOptions{})
	var dup *DuplicateError
	if !errors.As(err, &dup) || dup.Existing.ID != id || dup.By != "uid" || dup.Incoming == nil {
		t.Fatalf("the same file again: %v, want a DuplicateError naming case %d", err, id)
	}
	if dbState(t, d) != before {
		t.Error("the refused duplicate changed the database")
	}

	other := *c
	other.UID = "another-file-same-person"
	other.Client.RVNR = strings.ToLower(c.Client.RVNR[:2]) + " " + c.Client.RVNR[2:] // typed differently
	_, err = importDemo(t, d, &other, ImportOptions{})
	if !errors.As(err, &dup) || dup.Existing.ID != id || dup.By != "rvnr" {
		t.Fatalf("same RV-Nummer: %v, want a DuplicateError by rvnr", err)
	}

	second, err := importDemo(t, d, c, ImportOptions{Duplicate: DuplicateNew})
	if err != nil || second == id {
		t.Fatalf("--duplicate=new: %d, %v", second, err)
	}
	a, _ := d.LoadCase(ctx, id)
	b, _ := d.LoadCase(ctx, second)
	if a.UID == b.UID {
		t.Error("the second case has the same UID")
	}
	if err := d.EraseCase(ctx, second); err != nil {
		t.Fatal(err)
	}

	changed := *c
	changed.Client.Phone = "030 999 999"
	got, err := importDemo(t, d, &changed, ImportOptions{Duplicate: DuplicateReplace})
	if err != nil || got != id {
		t.Fatalf("--duplicate=replace: %d, %v, want case %d", got, err, id)
	}
	r, _ := d.LoadCase(ctx, id)
	if r.Client.Phone != "030 999 999" || r.UID != a.UID {
		t.Errorf("replaced case: phone %q, UID %q (was %q)", r.Client.Phone, r.UID, a.UID)
	}
	if n, err := d.CaseVersions(ctx, id); err != nil || n != 1 {
		t.Errorf("kept versions: %d, %v", n, err)
	}
	es, _ := d.AuditEntries(ctx, a.UID)
	last := es[len(es)-1]
	if last.Kind != model.AuditReplace || last.Detail["backup"] == "" {
		t.Fatalf("last log entry %+v, want a replacement naming its backup", last)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(d.path), BackupDir, last.Detail["backup"])); err != nil {
		t.Errorf("the backup before the replacement: %v", err)
	}
	if n := count(t, d, "cases"); n != 1 {
		t.Errorf("%d cases after replace, want 1", n)
	}

	// Erasing the case erases the state it replaced.
	if err := d.EraseCase(ctx, id); err != nil {
		t.Fatal(err)
	}
	if n := count(t, d, "case_versions"); n != 0 {
		t.Errorf("%d replaced states left after the erasure", n)
	}
}
