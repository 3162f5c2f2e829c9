package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"teilhabelotse/model"
)

func kinds(es []model.AuditEntry) []string {
	var out []string
	for _, e := range es {
		out = append(out, string(e.Kind))
	}
	return out
}

func entries(t *testing.T, d *DB, uid string) []model.AuditEntry {
	t.Helper()
	es, err := d.AuditEntries(context.Background(), uid)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// TestAuditRecordsTransitionsAndDisclosures: a save logs exactly the
// transitions and disclosures made since the last save — once, with what
// happened and to whom, and never the client's name.
func TestAuditRecordsTransitionsAndDisclosures(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	id := storeRich(t, d) // already holds 2 events and 1 disclosure: history, not news
	if es := entries(t, d, "case-rich-0001"); len(es) != 0 {
		t.Fatalf("creating a case logged %v", kinds(es))
	}

	c := mustLoad(t, d, id)
	now := time.Date(2025, 5, 20, 10, 0, 0, 0, time.UTC)
	if _, err := model.Transition(c, model.KindReplan, "Ziel angepasst", true, now); err != nil {
		t.Fatal(err)
	}
	c.Consents[0].RevokedOn = model.Date{}
	if _, err := c.RecordDisclosure(model.Disclosure{Date: model.DateOf(now), Partner: "p-employer",
		Categories: []model.InfoCategory{model.InfoPlan}, Note: "Jürgen Özdemir-Weiß geht es besser"}); err != nil {
		t.Fatal(err)
	}
	if err := d.SaveCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	if err := d.SaveCase(ctx, c); err != nil { // a second autosave adds nothing
		t.Fatal(err)
	}

	es := entries(t, d, c.UID)
	if got := strings.Join(kinds(es), " "); got != "transition disclosure" {
		t.Fatalf("logged %q, want transition then disclosure", got)
	}
	tr := es[0]
	if tr.Detail["from"] != "monitoring" || tr.Detail["to"] != "planning" || tr.Detail["kind"] != string(model.KindReplan) ||
		!tr.At.Equal(now) {
		t.Errorf("transition entry %+v", tr)
	}
	if dis := es[1]; dis.Detail["partner"] != "Müller & Söhne GmbH" || dis.Detail["categories"] != "plan" {
		t.Errorf("disclosure entry %+v", dis)
	}
	raw, _ := json.Marshal(es)
	for _, name := range []string{"Özdemir", "Jürgen", "geht es besser"} {
		if bytes.Contains(raw, []byte(name)) {
			t.Errorf("audit log holds client data %q: %s", name, raw)
		}
	}
}

// TestAuditRecordsFileOperations: import, backup and restore each leave an
// entry (an export is logged by its caller once the file is in place);
// the restored database carries its own restore entry.
func TestAuditRecordsFileOperations(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	id := storeRich(t, d)
	file := export(t, d, id)
	newID, err := d.ImportCaseWith(ctx, bytes.NewReader(file), ImportOptions{Duplicate: DuplicateNew})
	if err != nil {
		t.Fatal(err)
	}
	imported := mustLoad(t, d, newID)
	if got := kinds(entries(t, d, "case-rich-0001")); len(got) != 0 {
		t.Errorf("writing a case file to a buffer logged %v", got)
	}
	if got := kinds(entries(t, d, imported.UID)); strings.Join(got, " ") != "import" {
		t.Errorf("imported case logged %v", got)
	}

	backup := filepath.Join(t.TempDir(), "sicherung.db")
	if err := d.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	all, err := d.AllAuditEntries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	last := all[len(all)-1]
	if last.Kind != model.AuditBackup || last.Case != "" || last.Detail["file"] != "sicherung.db" {
		t.Errorf("backup entry %+v", last)
	}

	dir := t.TempDir()
	at := time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC)
	if _, err := Restore(dir, backup, at); err != nil {
		t.Fatal(err)
	}
	r := openIn(t, dir)
	all, err = r.AllAuditEntries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	last = all[len(all)-1]
	if last.Kind != model.AuditRestore || !last.At.Equal(at) || last.Detail["file"] != "sicherung.db" {
		t.Errorf("restore entry %+v", last)
	}
}

// TestAuditIsAppendOnly: not even the program can change or remove an entry.
func TestAuditIsAppendOnly(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	if err := d.Audit(ctx, model.AuditEntry{Kind: model.AuditBackup}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`UPDATE audit SET kind = 'x'`, `DELETE FROM audit`} {
		if _, err := d.db.ExecContext(ctx, q); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: %v, want refused", q, err)
		}
	}
	if n := count(t, d, "audit"); n != 1 {
		t.Errorf("%d entries, want 1", n)
	}
}
