package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"teilhabelotse/model"
)

// olderRich is the rich case's file as a map, marked as of version; the
// caller takes out what that version lacked. c is f["case"].
func olderRich(t *testing.T, version int) (f, c map[string]any) {
	t.Helper()
	src := MustOpen(t)
	if err := json.Unmarshal(export(t, src, storeRich(t, src)), &f); err != nil {
		t.Fatal(err)
	}
	f["formatVersion"] = version
	return f, f["case"].(map[string]any)
}

// importOlder writes f, a file of an older version, imports it into a
// fresh database and loads the case it made; a refusal fails the test.
func importOlder(t *testing.T, f map[string]any) (*DB, int64, *model.Case) {
	t.Helper()
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	dst := MustOpen(t)
	id, err := dst.ImportCase(context.Background(), bytes.NewReader(b))
	if err != nil {
		t.Fatalf("a version %v file is refused: %v", f["formatVersion"], err)
	}
	got := mustLoad(t, dst, id)
	return dst, id, got
}

// reimported is case id of d exported and imported into a fresh database.
func reimported(t *testing.T, d *DB, id int64) *model.Case {
	t.Helper()
	again := MustOpen(t)
	id2, err := again.ImportCase(context.Background(), bytes.NewReader(export(t, d, id)))
	if err != nil {
		t.Fatal(err)
	}
	back := mustLoad(t, again, id2)
	return back
}

// A case file written before version 2 has no commission, no interpreter
// flag and no employer contact. It imports as it is, and its documents
// name the default carrier of the settings.
func TestImportVersion1CaseFile(t *testing.T) {
	ctx := context.Background()
	f, c := olderRich(t, 1)
	delete(c, "commission")
	cl := c["client"].(map[string]any)
	for _, k := range []string{"interpreter", "interpreterLanguage", "employerContact"} {
		delete(cl, k)
	}
	dst, id, got := importOlder(t, f)
	if err := dst.SaveSettings(ctx, model.Settings{Carrier: "Deutsche Rentenversicherung Nord"}); err != nil {
		t.Fatal(err)
	}
	if got.Client.FullName() != "Jürgen Özdemir-Weiß" || got.Client.Guardian.Name != "Hans Vormund" {
		t.Errorf("client after import: %+v", got.Client)
	}
	if got.Commission != (model.Commission{}) {
		t.Errorf("commission from nowhere: %+v", got.Commission)
	}
	s, _ := dst.Settings(ctx)
	if got := got.CommissioningCarrier(s); got != "Deutsche Rentenversicherung Nord" {
		t.Errorf("carrier of a version 1 case = %q, want the default of the settings", got)
	}
	// Exported again, it is a file of the current version.
	if out := export(t, dst, id); !bytes.Contains(out, []byte(fmt.Sprintf(`"formatVersion": %d`, FormatVersion))) {
		t.Errorf("re-export is not version %d:\n%s", FormatVersion, out[:80])
	}
}

// Version 2 carries the commission and the new client fields through an
// export and an import unchanged.
func TestCommissionRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	file := export(t, src, storeRich(t, src))
	dst := MustOpen(t)
	id, err := dst.ImportCase(ctx, bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	got := mustLoad(t, dst, id)
	want := richCase()
	if got.Commission != want.Commission {
		t.Errorf("commission %+v, want %+v", got.Commission, want.Commission)
	}
	if !got.Client.Interpreter || got.Client.InterpreterLanguage != "Türkisch" || got.Client.EmployerContact != want.Client.EmployerContact {
		t.Errorf("client %+v", got.Client)
	}
}

// A case file of version 2 named the participants of a conference as free
// text only. It imports as it is: the text stays readable as the note on
// further participants, nobody is made an attendee, and the file exported
// again is of the current version with the same text.
func TestImportVersion2ConferenceText(t *testing.T) {
	f, c := olderRich(t, 2)
	conf := c["plans"].([]any)[0].(map[string]any)["conference"].(map[string]any)
	for _, k := range []string{"id", "attendees", "shared"} {
		delete(conf, k)
	}
	conf["participants"] = "Klient, Frau Berg (Arbeitgeber), Herr Kunz (DRV)"
	for _, d := range c["disclosures"].([]any) {
		delete(d.(map[string]any), "conferenceId")
	}
	dst, id, got := importOlder(t, f)
	k := got.Plans[0].Conference
	if k.Participants != "Klient, Frau Berg (Arbeitgeber), Herr Kunz (DRV)" || len(k.Attendees) != 0 || len(k.Shared) != 0 {
		t.Errorf("the free-text participants did not stay as they were: %+v", k)
	}
	if who := k.Who(func(uid string) string { return uid }); who != k.Participants {
		t.Errorf("window and documents show %q, want the text of the file", who)
	}
	if out := export(t, dst, id); !bytes.Contains(out, []byte(`"participants": "Klient, Frau Berg (Arbeitgeber), Herr Kunz (DRV)"`)) {
		t.Error("the re-export lost the free-text participants")
	}
}
