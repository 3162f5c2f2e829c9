package masterdata

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/internal/uitest"
)

// Who interprets is entered beside the language, so the documents the
// client signs can name the interpreter.
func TestInterpreterNameIsSaved(t *testing.T) {
	f, _ := newFixture(t)
	root := show(f)
	test.Tap(uitest.CheckWith(t, root(), "Dolmetschung erforderlich"))
	typeNew(t, entry(t, root(), "Sprache der Dolmetschung"), "Polnisch")
	typeNew(t, entry(t, root(), "Dolmetscher*in"), "Anna Nowak, Dolmetscherdienst Nord")
	if err := f.S.Flush(); err != nil {
		t.Fatal(err)
	}
	cl := f.Stored().Client
	if !cl.Interpreter || cl.InterpreterLanguage != "Polnisch" || cl.InterpreterName != "Anna Nowak, Dolmetscherdienst Nord" {
		t.Errorf("interpreter %v %q %q", cl.Interpreter, cl.InterpreterLanguage, cl.InterpreterName)
	}
}
