package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"teilhabelotse/model"
)

// A case file written before version 2 has no commission, no interpreter
// flag and no employer contact. It imports as it is, and its documents
// name the default carrier of the settings.
func TestImportVersion1CaseFile(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	file := export(t, src, storeRich(t, src))

	var f map[string]any
	if err := json.Unmarshal(file, &f); err != nil {
		t.Fatal(err)
	}
	f["formatVersion"] = 1
	c := f["case"].(map[string]any)
	delete(c, "commission")
	cl := c["client"].(map[string]any)
	for _, k := range []string{"interpreter", "interpreterLanguage", "employerContact"} {
		delete(cl, k)
	}
	v1, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}

	dst := MustOpen(t)
	if err := dst.SaveSettings(ctx, model.Settings{Carrier: "Deutsche Rentenversicherung Nord"}); err != nil {
		t.Fatal(err)
	}
	id, err := dst.ImportCase(ctx, bytes.NewReader(v1))
	if err != nil {
		t.Fatalf("a version 1 file is refused: %v", err)
	}
	got, err := dst.LoadCase(ctx, id)
	if err != nil {
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
	got, err := dst.LoadCase(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want := richCase()
	if got.Commission != want.Commission {
		t.Errorf("commission %+v, want %+v", got.Commission, want.Commission)
	}
	if !got.Client.Interpreter || got.Client.InterpreterLanguage != "Türkisch" || got.Client.EmployerContact != want.Client.EmployerContact {
		t.Errorf("client %+v", got.Client)
	}
}
