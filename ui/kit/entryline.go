package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A line that appeared under a field while the user typed in it pushed
// everything below down: the next click landed in another field. A text's
// own problem (half a date is no date) is held back until she leaves the
// field (late.go); so is what a date means for the case's order of events
// (DateAt), and its going away. What must be said at once (a text too
// long to be saved, a paste that was cut) still is.

// deferred is a line waiting for the user to leave the field.
type deferred struct {
	kind lineKind
	text string
	imp  widget.Importance
}

// deferLine keeps a line about the text being typed for later and
// reports whether it did: a date-order line, or its removal, while the
// entry has the focus.
func (e *Entry) deferLine(kind lineKind, text string, imp widget.Importance) bool {
	quiet := kind == lineDateOrder || (kind == lineNone && (e.lineKind == lineNone || e.lineKind == lineDateOrder))
	if !quiet || e.leaving || !e.hasFocus() {
		e.later = nil
		return false
	}
	e.later = &deferred{kind, text, imp}
	return true
}

// clearLine removes the line of kind, shown or waiting.
func (e *Entry) clearLine(kind lineKind) {
	if e.later != nil && e.later.kind == kind || e.later == nil && e.lineKind == kind {
		e.setLine(lineNone, "", 0)
	}
}

// leftField shows the line kept for when the user leaves the field. (A
// text's own problem is held back the same way: late.go.)
func (e *Entry) leftField() {
	if l := e.later; l != nil {
		e.later = nil
		e.setLine(l.kind, l.text, l.imp)
	}
}

// hasFocus reports whether e is the focused object of its window.
func (e *Entry) hasFocus() bool {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	return c != nil && c.Focused() == e
}
