package kit

import (
	"fyne.io/fyne/v2/widget"
)

// A bound entry whose text can be wrong (a date, a number, an RV-Nummer,
// a required text) says what is wrong in its own line under it, which
// wraps, so the whole message is read; a form's helper text would cut it
// at the field's width and keeps showing the hint instead.
//
// Said while the user is still typing — a date or an RV-Nummer entered
// digit by digit — the message would call every unfinished text wrong. So
// a problem is held back while the entry has the focus and says nothing
// yet, and said when the user leaves it; once said, the line follows every
// keystroke, so a correction clears it at once. A text set while the entry
// has no focus is judged at once.

// SetOnValidationChanged is how a form learns of the entry's problems: the
// entry says them itself, so the form keeps its hint.
func (e *Entry) SetOnValidationChanged(func(error)) {}

// problemChanged is the entry's own validation hook (set by newEntry). An
// empty required field shows its hint, not an error, until the user has
// been in it.
func (e *Entry) problemChanged(err error) {
	e.held = nil
	if err != nil && !e.saidWrong && (e.typing || e.Text == "" && !e.left) {
		e.held = err
		return
	}
	e.sayProblem(err)
}

// sayHeld says the problem held back while the user was typing.
func (e *Entry) sayHeld() {
	if err := e.held; err != nil {
		e.held = nil
		e.sayProblem(err)
	}
}

func (e *Entry) sayProblem(err error) {
	e.saidWrong = err != nil
	switch {
	case err != nil:
		e.setLine(lineProblem, err.Error(), widget.DangerImportance)
	case e.lineKind == lineProblem:
		e.setLine(lineNone, "", 0)
	}
}

// FocusGained notes that the user is in the field.
func (e *Entry) FocusGained() {
	e.Entry.FocusGained()
	e.typing = true
}
