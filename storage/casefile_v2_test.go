package storage

import (
	"context"
	"testing"
)

// A case file of version 2 has no interpreter's name. It imports as it
// is, keeps the interpreter flag and language, and exports again as a
// file of the current version.
func TestImportVersion2CaseFile(t *testing.T) {
	f, c := olderRich(t, 2)
	cl := c["client"].(map[string]any)
	cl["interpreter"], cl["interpreterLanguage"] = true, "Türkisch"
	delete(cl, "interpreterName")
	dst, id, got := importOlder(t, f)
	if !got.Client.Interpreter || got.Client.InterpreterLanguage != "Türkisch" || got.Client.InterpreterName != "" {
		t.Errorf("interpreter after import: %v %q %q", got.Client.Interpreter, got.Client.InterpreterLanguage, got.Client.InterpreterName)
	}

	// The name survives a round trip in the current version.
	got.Client.InterpreterName = "Dolmetscherdienst Nord, Frau Yıldız"
	if err := dst.SaveCase(context.Background(), got); err != nil {
		t.Fatal(err)
	}
	back := reimported(t, dst, id)
	if back.Client.InterpreterName != "Dolmetscherdienst Nord, Frau Yıldız" {
		t.Errorf("interpreter's name after a round trip: %q", back.Client.InterpreterName)
	}
}
