package app

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
)

var testNow = time.Date(2026, 11, 20, 10, 0, 0, 0, time.Local)

// fixture is a data folder with one case, and a folder the user saves to.
type fixture struct {
	db  *storage.DB
	c   *model.Case
	in  Inputs
	out string
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, testNow)
	if err := db.CreateCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	return &fixture{db: db, c: c, out: t.TempDir(), in: Inputs{Settings: model.Settings{}, Loc: locales.New("de"), Now: testNow}}
}

// logged is what the audit log holds of the fixture's case.
func (f *fixture) logged(t *testing.T) []model.AuditEntry {
	t.Helper()
	es, err := f.db.AuditEntries(context.Background(), f.c.UID)
	if err != nil {
		t.Fatal(err)
	}
	var out []model.AuditEntry
	for _, e := range es {
		if e.Kind != model.AuditTransition {
			out = append(out, e)
		}
	}
	return out
}

// old puts a file readable by everyone where the user saves to.
func (f *fixture) old(t *testing.T, name string) string {
	t.Helper()
	path := filepath.Join(f.out, name)
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// onlyFile fails when anything but path is in its folder (a temporary
// file left behind).
func onlyFile(t *testing.T, path string) {
	t.Helper()
	es, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Name() != filepath.Base(path) {
			t.Errorf("%s left behind", e.Name())
		}
	}
}

// A printed document replaces the old file completely, is readable by the
// counselor's account only, and is logged with its name.
func TestPrintWritesAPrivateFileAndLogsIt(t *testing.T) {
	f := newFixture(t)
	path := f.old(t, "Zustimmung.pdf")
	err := Print(context.Background(), storage.NewAtomicWriter(path), path, Document{Kind: model.DocAgreement}, f.c, f.in, f.db)
	if err != nil || !Written(err) {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Errorf("the file holds %.20q", b)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != FileMode {
		t.Errorf("mode %v (%v), want %v", st.Mode().Perm(), err, FileMode)
	}
	onlyFile(t, path)
	got := f.logged(t)
	if len(got) != 1 || got[0].Kind != model.AuditDocument || got[0].Detail["document"] != string(model.DocAgreement) {
		t.Errorf("logged %+v", got)
	}
}

// Content that is refused writes nothing: the old file stays, nothing is
// left beside it, nothing is logged, and the error is the refusal itself.
func TestSaveRefusedContentKeepsTheOldFile(t *testing.T) {
	f := newFixture(t)
	path := f.old(t, "Fallakte.json")
	refusal := model.Problems{{Code: "Rule.Test"}}
	err := Save(context.Background(), storage.NewAtomicWriter(path), path, func(w io.Writer) error {
		_, _ = w.Write([]byte("half"))
		return refusal
	}, f.db, model.AuditEntry{Kind: model.AuditExport, Case: f.c.UID})
	var we *WriteError
	var ps model.Problems
	if !errors.As(err, &ps) || ps[0].Code != "Rule.Test" || errors.As(err, &we) || Written(err) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("the old file now holds %q", b)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("the old file's mode changed to %v", st.Mode().Perm())
	}
	onlyFile(t, path)
	if got := f.logged(t); len(got) != 0 {
		t.Errorf("logged %+v", got)
	}
}

// A file that cannot be written is a WriteError saying the file's fault,
// and is not logged.
func TestSaveUnwritableFileIsAWriteError(t *testing.T) {
	f := newFixture(t)
	path := filepath.Join(f.out, "no such folder", "Plan.pdf")
	err := Print(context.Background(), storage.NewAtomicWriter(path), path, Document{Kind: model.DocInfoSheet}, f.c, f.in, f.db)
	var we *WriteError
	var fe *model.FileError
	if !errors.As(err, &we) || !errors.As(err, &fe) || fe.Fault != model.FaultMissing || Written(err) {
		t.Fatalf("err = %#v", err)
	}
	if got := f.logged(t); len(got) != 0 {
		t.Errorf("logged %+v", got)
	}
}

// When only the log fails, the file is complete and the error says so.
func TestSaveLogFailureStillWritesTheFile(t *testing.T) {
	f := newFixture(t)
	path := filepath.Join(f.out, "Info.pdf")
	f.db.Close()
	err := Print(context.Background(), storage.NewAtomicWriter(path), path, Document{Kind: model.DocInfoSheet}, f.c, f.in, f.db)
	var le *LogError
	if !errors.As(err, &le) || !Written(err) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(path); !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Errorf("the file holds %.20q", b)
	}
}

// The Art. 15 copy holds the case file as stored and is logged as such.
func TestAccessCopyHoldsTheCaseFileAndIsLogged(t *testing.T) {
	f := newFixture(t)
	path := filepath.Join(f.out, "Auskunft.zip")
	if err := AccessCopy(context.Background(), storage.NewAtomicWriter(path), path, f.c, f.db, f.in, f.db); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var caseFile []byte
	for _, zf := range zr.File {
		if zf.Name == "Fallakte.json" {
			r, _ := zf.Open()
			caseFile, _ = io.ReadAll(r)
			r.Close()
		}
	}
	if !bytes.Contains(caseFile, []byte(`"lastName": "Mustermann"`)) {
		t.Errorf("the archive's case file: %.200s", caseFile)
	}
	if got := f.logged(t); len(got) != 1 || got[0].Kind != model.AuditAccess {
		t.Errorf("logged %+v", got)
	}
}

// The evaluation as CSV counts the case and is logged without a case.
func TestReportWritesTheEvaluation(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	p := model.YearPeriod(2026)
	facts, err := f.db.CaseFacts(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	e := model.Evaluate(facts, nil, p, model.Filter{}, f.in.Settings)
	path := filepath.Join(f.out, "Jahresbericht_2026.csv")
	if err := Report(ctx, storage.NewAtomicWriter(path), path, "csv", e, facts, f.in, f.db); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); !strings.HasPrefix(string(b), "\uFEFFAuswertung") {
		t.Errorf("the CSV begins %.40q", b)
	}
	all, err := f.db.AllAuditEntries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if last := all[len(all)-1]; last.Kind != model.AuditReport || last.Case != "" {
		t.Errorf("logged %+v", last)
	}
}

// A plan or assessment is logged with the version printed, the newest for
// version 0; other documents without one.
func TestDocumentAuditNamesTheVersion(t *testing.T) {
	c := &model.Case{UID: "u", Plans: make([]model.PlanVersion, 3), Assessments: make([]model.Assessment, 2)}
	for _, tt := range []struct {
		d    Document
		want string
	}{
		{Document{Kind: model.DocPlan}, "3"},
		{Document{Kind: model.DocPlan, Version: 1}, "1"},
		{Document{Kind: model.DocAssessment}, "2"},
		{Document{Kind: model.DocAssessment, Version: 1}, "1"},
		{Document{Kind: model.DocClosure}, ""},
	} {
		e := tt.d.Audit(c)
		if e.Detail["document"] != string(tt.d.Kind) || e.Detail["version"] != tt.want {
			t.Errorf("%+v logged as %v, want version %q", tt.d, e.Detail, tt.want)
		}
	}
}

// Every document the program prints is named in the audit log in words,
// in both languages, never by its message ID.
func TestEveryDocumentIsNamedInTheLog(t *testing.T) {
	c := &model.Case{UID: "u", Plans: make([]model.PlanVersion, 1), Assessments: make([]model.Assessment, 1)}
	for _, lang := range []string{"de", "en"} {
		loc := locales.New(lang)
		for _, kind := range model.DocKinds {
			if got := loc.Audit(Document{Kind: kind}.Audit(c)); strings.Contains(got, "Audit.") {
				t.Errorf("%s: %s is logged as %q", lang, kind, got)
			}
		}
	}
}
