package masterdata

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/internal/uitest"
)

// Who interprets is entered beside the language, so the documents the
// client signs can name the interpreter.
func TestInterpreterNameIsSaved(t *testing.T) {
	f := newFixture(t)
	f.Show(New)
	test.Tap(uitest.CheckWith(t, f.Root, "Dolmetschung erforderlich"))
	typeNew(t, entry(t, f.Root, "Sprache der Dolmetschung"), "Polnisch")
	typeNew(t, entry(t, f.Root, "Dolmetscher*in"), "Anna Nowak, Dolmetscherdienst Nord")
	if err := f.S.Flush(); err != nil {
		t.Fatal(err)
	}
	cl := f.Stored().Client
	if !cl.Interpreter || cl.InterpreterLanguage != "Polnisch" || cl.InterpreterName != "Anna Nowak, Dolmetscherdienst Nord" {
		t.Errorf("interpreter %v %q %q", cl.Interpreter, cl.InterpreterLanguage, cl.InterpreterName)
	}
}
