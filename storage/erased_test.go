package storage

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"teilhabelotse/model"
)

func TestErasedCaseIsNotBroughtBackByAnOldExport(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	c := &model.Case{Phase: model.PhaseIntake, Client: model.Client{FirstName: "Eva", LastName: "Schmidt"}}
	if err := d.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	var file bytes.Buffer
	if err := d.ExportCase(ctx, c.ID, &file); err != nil {
		t.Fatal(err)
	}
	if err := d.EraseCase(ctx, c.ID); err != nil {
		t.Fatal(err)
	}

	_, err := d.ImportCase(ctx, bytes.NewReader(file.Bytes()))
	var ps model.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Code != model.CodeErased || !dateArg(ps[0].Args["Date"]) {
		t.Fatalf("import of an erased case: %v, want %s naming the day", err, model.CodeErased)
	}
	if rows, _ := d.ListCases(ctx); len(rows) != 0 {
		t.Fatalf("the erased case is back: %+v", rows)
	}

	// A legal hold brings it back, under its UID, and the log says so.
	id, err := d.ImportCase(WithAllowErased(ctx), bytes.NewReader(file.Bytes()))
	if err != nil {
		t.Fatalf("import with a legal hold: %v", err)
	}
	back, _ := d.LoadCase(ctx, id)
	es, _ := d.AuditEntries(ctx, back.UID)
	last := es[len(es)-1]
	if back.UID != c.UID || last.Kind != model.AuditImport || last.Detail["erased"] == "" {
		t.Errorf("legal hold import: UID %s (was %s), log %+v", back.UID, c.UID, last)
	}
	if r, err := d.Check(ctx); err != nil || !r.OK() {
		t.Errorf("check after a logged legal hold: %+v %v", r, err)
	}
}

func TestDroppedAuditTriggerIsFoundAndPutBack(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d := openIn(t, dir)
	c := &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: "Schmidt"}}
	d.CreateCase(ctx, c)
	d.EraseCase(ctx, c.ID)
	d.Close()

	raw, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`DROP TRIGGER audit_no_delete`,
		// Tampering: the erased case back without an import.
		`INSERT INTO cases (uid, first_name, last_name, rvnr, phase, next_due, updated, doc, closed_on, n_events, n_disclosures)
			SELECT uid, first_name, last_name, rvnr, phase, next_due, updated, doc, closed_on, n_events, n_disclosures FROM (SELECT '` + c.UID + `' AS uid, '' AS first_name, 'Schmidt' AS last_name, '' AS rvnr, 'intake' AS phase, '' AS next_due, '2026-01-01T00:00:00.000Z' AS updated, '{}' AS doc, '' AS closed_on, 0 AS n_events, 0 AS n_disclosures)`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	r, err := check(ctx, raw)
	raw.Close()
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(r.Problems, "\n")
	if !strings.Contains(all, "audit_no_delete") || !strings.Contains(all, c.UID) {
		t.Errorf("check missed the tampering:\n%s", all)
	}

	d = openIn(t, dir)
	if missing, _ := missingTriggers(ctx, d.db); len(missing) != 0 {
		t.Errorf("still missing after the start: %v", missing)
	}
	es, _ := d.AuditEntries(ctx, "")
	found := false
	for _, e := range es {
		found = found || (e.Kind == model.AuditRepair && e.Detail["what"] == "audit_no_delete")
	}
	if !found {
		t.Errorf("the repair is not in the log: %+v", es)
	}
	if _, err := d.db.Exec(`DELETE FROM audit`); err == nil {
		t.Error("the log can be deleted again")
	}
}

// dateArg reports whether a problem's Date argument is a valid day, which
// the localizer writes in the user's language.
func dateArg(v any) bool {
	d, ok := v.(model.Date)
	return ok && d.Valid()
}
