package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
)

// A case file of version 2 has no interpreter's name. It imports as it
// is, keeps the interpreter flag and language, and exports again as a
// file of the current version.
func TestImportVersion2CaseFile(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	file := export(t, src, storeRich(t, src))

	var f map[string]any
	if err := json.Unmarshal(file, &f); err != nil {
		t.Fatal(err)
	}
	f["formatVersion"] = 2
	cl := f["case"].(map[string]any)["client"].(map[string]any)
	cl["interpreter"], cl["interpreterLanguage"] = true, "Türkisch"
	delete(cl, "interpreterName")
	v2, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	dst := MustOpen(t)
	id, err := dst.ImportCase(ctx, bytes.NewReader(v2))
	if err != nil {
		t.Fatalf("a version 2 file is refused: %v", err)
	}
	got, err := dst.LoadCase(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Client.Interpreter || got.Client.InterpreterLanguage != "Türkisch" || got.Client.InterpreterName != "" {
		t.Errorf("interpreter after import: %v %q %q", got.Client.Interpreter, got.Client.InterpreterLanguage, got.Client.InterpreterName)
	}

	// The name survives a round trip in the current version.
	got.Client.InterpreterName = "Dolmetscherdienst Nord, Frau Yıldız"
	if err := dst.SaveCase(ctx, got); err != nil {
		t.Fatal(err)
	}
	out := export(t, dst, id)
	again := MustOpen(t)
	id2, err := again.ImportCase(ctx, bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	back, _ := again.LoadCase(ctx, id2)
	if back.Client.InterpreterName != "Dolmetscherdienst Nord, Frau Yıldız" {
		t.Errorf("interpreter's name after a round trip: %q", back.Client.InterpreterName)
	}
}
