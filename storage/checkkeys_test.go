package storage

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"teilhabelotse/model"
)

// legacyHistory is a case whose events hold checklist items as programs
// before schema 6 and case-file version 6 stored them — the message ID of
// the item's text — and the same case as this version stores it. Its texts
// hold what JSON escapes, so a migration that re-encodes the document
// shows it.
func legacyHistory() (old, now *model.Case) {
	keyed := func() *model.Case {
		c := richCase()
		c.Events[1].Missing = []model.CheckKey{model.CheckReferral, model.CheckAgreement}
		c.Events[1].Reason = `Müller & Söhne <GmbH> "vorläufig" – ½`
		return c
	}
	now, old = keyed(), keyed()
	for i := range old.Events {
		for j, k := range old.Events[i].Missing {
			old.Events[i].Missing[j] = model.CheckKey(k.MessageID())
		}
	}
	return old, now
}

// A database of schema 5 holds histories with message IDs, also in the
// kept states of a replaced case. Opening it converts them to the model's
// keys; everything else in the documents stays, and a document without a
// message ID is not touched at all.
func TestUpgradeConvertsChecklistMessageIDsToKeys(t *testing.T) {
	old, now := legacyHistory()
	plain := upgradeData().cases[1] // a demo case, written by this version
	data := oldData{settings: model.Settings{Name: "Frau Beispiel"}, partners: richPartners(), cases: []*model.Case{old, plain}}
	dir, ids := buildOld(t, 5, data)

	// A replaced earlier state of the case, and the rows as schema 5 has them.
	raw, err := sql.Open("sqlite3", dsn(filepath.Join(dir, FileName)))
	if err != nil {
		t.Fatal(err)
	}
	oldDoc, _ := json.Marshal(old)
	if _, err := raw.Exec(`INSERT INTO case_versions (case_id, replaced_at, doc) VALUES (?, '2025-04-01T10:00:00Z', ?)`, ids[0], string(oldDoc)); err != nil {
		t.Fatal(err)
	}
	var plainBefore string
	if err := raw.QueryRow(`SELECT doc FROM cases WHERE id = ?`, ids[1]).Scan(&plainBefore); err != nil {
		t.Fatal(err)
	}
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(oldDoc), `"missing":["Check.referral","Check.agreement"]`) {
		t.Fatalf("the old document does not hold message IDs: %s", oldDoc)
	}

	d, err := Open(dir)
	if err != nil {
		t.Fatalf("open the schema 5 database: %v", err)
	}
	defer d.Close()
	got := mustLoad(t, d, ids[0])
	if want := []model.CheckKey{model.CheckReferral, model.CheckAgreement}; !slices.Equal(got.Events[1].Missing, want) {
		t.Errorf("events[1].missing after the upgrade: %q, want %q", got.Events[1].Missing, want)
	}
	if got.Events[3].Missing[0] != model.CheckPartnersByArea {
		t.Errorf("events[3].missing after the upgrade: %q", got.Events[3].Missing)
	}
	now.ID = got.ID
	if !jsonEqual(t, got, now) {
		t.Error("the upgraded case differs from the same case stored by this version")
	}

	var versionDoc, plainAfter string
	if err := d.db.QueryRow(`SELECT doc FROM case_versions WHERE case_id = ?`, ids[0]).Scan(&versionDoc); err != nil {
		t.Fatal(err)
	}
	var kept model.Case
	if err := json.Unmarshal([]byte(versionDoc), &kept); err != nil {
		t.Fatal(err)
	}
	kept.ID = now.ID
	if !jsonEqual(t, &kept, now) {
		t.Errorf("the kept earlier state was not converted: events[1].missing %q", kept.Events[1].Missing)
	}
	if err := d.db.QueryRow(`SELECT doc FROM cases WHERE id = ?`, ids[1]).Scan(&plainAfter); err != nil {
		t.Fatal(err)
	}
	if plainAfter != plainBefore {
		t.Error("a document without message IDs was rewritten by the migration")
	}

	// The converted history is valid: it exports, and the file names keys.
	file := export(t, d, ids[0])
	if !bytes.Contains(file, []byte(`"referral"`)) || bytes.Contains(file, []byte(`"Check.`)) {
		t.Errorf("the export after the upgrade still holds message IDs")
	}
}

// A case file of version 5 names the acknowledged items by message ID. It
// imports, with the model's keys in the history; exported again it is a
// file of this version that names keys.
func TestImportVersion5CaseFileConvertsMessageIDs(t *testing.T) {
	f, c := olderRich(t, 5)
	events := c["events"].([]any)
	events[1].(map[string]any)["missing"] = []any{"Check.referral", "Check.agreement"}
	events[3].(map[string]any)["missing"] = []any{"Check.partnersByArea"}
	dst, id, got := importOlder(t, f)
	if want := []model.CheckKey{model.CheckReferral, model.CheckAgreement}; !slices.Equal(got.Events[1].Missing, want) {
		t.Errorf("events[1].missing after import: %q, want %q", got.Events[1].Missing, want)
	}
	if want := []model.CheckKey{model.CheckPartnersByArea}; !slices.Equal(got.Events[3].Missing, want) {
		t.Errorf("events[3].missing after import: %q, want %q", got.Events[3].Missing, want)
	}
	again := export(t, dst, id)
	if !bytes.Contains(again, []byte(fmt.Sprintf(`"formatVersion": %d`, FormatVersion))) || !bytes.Contains(again, []byte(`"partnersByArea"`)) ||
		bytes.Contains(again, []byte(`"Check.`)) {
		t.Errorf("exported again, the file is not of the current version with keys:\n%s", again)
	}
}

// From version 6 on a history holds keys: a message ID there, or a name
// no checklist ever had, is refused where it stands.
func TestImportVersion6RefusesUnknownChecklistKey(t *testing.T) {
	for _, bad := range []string{"Check.partnersByArea", "partnersbyarea", ""} {
		f, c := olderRich(t, 6)
		c["events"].([]any)[3].(map[string]any)["missing"] = []any{"review", bad}
		b, _ := json.Marshal(f)
		_, err := MustOpen(t).ImportCase(context.Background(), bytes.NewReader(b))
		var ps model.Problems
		if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Path != "case.events[3].missing[1]" || ps[0].Code != model.CodeUnknownValue {
			t.Errorf("missing item %q: %v, want %s at case.events[3].missing[1]", bad, err, model.CodeUnknownValue)
		}
	}
}
