package main

import (
	"math"
	"strings"
	"time"
)

// The actions a counselor takes, each by mouse or by keyboard. The mouse
// walk scrolls with the wheel until the thing is in sight and clicks it;
// the keyboard walk moves the focus with Tab (Shift+Tab when it lies
// above) until the thing has it.

// press presses the button, tab or check that shows text.
func (w *walker) press(text string) {
	find := func() item { return w.drawn(w.mustPressable(text)) }
	if c, ok := w.containing(find()); ok && c.Checked && (strings.Contains(c.Type, "radio") || strings.Contains(c.Type, "option")) {
		return // already chosen; a second click would clear a radio button
	}
	if w.keyboard {
		w.focusOn(text, func() item { it, _ := w.containing(find()); return it })
		w.key("space")
		return
	}
	w.click(w.reveal(find))
}

// field finds the field of label (below the scope).
func (w *walker) field(label string) func() item {
	return func() item {
		l := w.mustText(label)
		if c, ok := w.containing(l); ok && c.isField() {
			return c // the label is the field's own text (a select's choice)
		}
		f, ok := w.fieldFor(l)
		if !ok {
			w.failf("no field next to or below %q", label)
		}
		return f
	}
}

// placeholder finds the empty field that shows p (below the scope).
func (w *walker) placeholder(p string) func() item {
	return func() item {
		y := w.anchorY()
		for _, it := range w.items {
			if it.isField() && it.Layer == w.top() && it.Window == w.current() && it.Placeholder == p && it.cy() >= y-6 {
				return it
			}
		}
		w.failf("no field shows %q (scope %q)", p, w.scope)
		return item{}
	}
}

// fillIn types text into the field find finds, replacing what it held.
func (w *walker) fillIn(what string, find func() item, text string) {
	if strings.TrimSpace(find().Text) == text {
		return
	}
	w.enter(what, find)
	if f := find(); f.Text != "" {
		w.key("ctrl+a")
	}
	w.typeText(text)
	// a busy machine: the program may still be taking the keys
	deadline := time.Now().Add(8 * time.Second)
	for strings.TrimSpace(find().Text) != strings.TrimSpace(text) && time.Now().Before(deadline) {
		time.Sleep(300 * time.Millisecond)
		w.look()
	}
	if got := find().Text; strings.TrimSpace(got) != strings.TrimSpace(text) {
		w.failf("the field %q holds %q after typing %q", what, got, text)
	}
}

// fill types text into the field of label, replacing what it held.
func (w *walker) fill(label, text string) { w.fillIn(label, w.field(label), text) }

// enter puts the focus into the field find finds: a click, or Tab.
func (w *walker) enter(what string, find func() item) {
	if w.keyboard {
		w.focusOn(what, find)
		return
	}
	if find().Focused {
		return
	}
	w.click(w.reveal(find))
	if !find().Focused {
		// The page moved under the pointer (a rebuild after saving): a
		// person clicks again. The walk counts the click and the miss.
		w.misses++
		w.say("missed %q, clicking again", what)
		w.click(w.reveal(find))
	}
	if f := find(); !f.Focused {
		w.failf("the click on %q did not put the focus there", what)
	}
}

// choose picks option in the select of label (or the select that shows
// label, when it has no label of its own).
func (w *walker) choose(label, option string) {
	find := w.field(label)
	var before item
	if w.keyboard {
		w.focusOn(label, find)
		before = find()
		w.key("space")
		w.pickFromMenu(option)
	} else {
		before = w.reveal(find)
		w.click(before)
		w.wait("the option "+option, func() bool { return w.popupShows(option) })
		opt := w.reveal(func() item { return w.mustPopupText(option) })
		w.click(opt)
	}
	w.wait("the select "+label+" to show "+option, func() bool {
		for _, it := range w.items {
			if it.isField() && strings.HasPrefix(it.Text, strings.TrimSuffix(option, "…")) && math.Abs(it.Y-before.Y) < it.H*4 {
				return true
			}
		}
		return false
	})
}

// popupShows reports whether text is on the top layer, regardless of
// the scope.
func (w *walker) popupShows(text string) bool {
	old := w.scope
	w.scope = nil
	defer func() { w.scope = old }()
	_, ok := w.findText(text)
	return ok
}

// mustPopupText finds text on the top layer regardless of the scope (a
// select's menu lies over the form).
func (w *walker) mustPopupText(text string) item {
	old := w.scope
	w.scope = nil
	defer func() { w.scope = old }()
	return w.mustText(text)
}

// pickFromMenu moves through an open menu with the arrow keys to option
// and takes it with Enter.
func (w *walker) pickFromMenu(option string) {
	var opts []item
	top := w.top()
	for _, it := range w.items {
		if it.Layer == top && it.Type == "*canvas.Text" && it.Window == w.current() {
			opts = append(opts, it)
		}
	}
	idx := -1
	for i, it := range opts {
		if strings.TrimSpace(it.Text) == option {
			idx = i
		}
	}
	if idx < 0 {
		w.failf("the open menu has no %q", option)
	}
	for i := 0; i <= idx; i++ {
		w.key("Down")
	}
	w.key("Return")
}

// mustPressable is the first text s below the scope that lies on
// something to click (a dialog's title may repeat its button's text).
func (w *walker) mustPressable(s string) item {
	y := w.anchorY()
	for _, it := range w.texts(s) {
		if it.cy() < y-6 {
			continue
		}
		if c, ok := w.containing(it); ok && !c.Disabled {
			return it
		}
	}
	w.failf("nothing to press shows %q (scope %q)", s, w.scope)
	return item{}
}

// drawn is the first drawn line of the text it shows: where a person
// clicks (a check box takes clicks only on its box and text, not in the
// empty rest of its row).
func (w *walker) drawn(it item) item {
	if it.Type == "*canvas.Text" {
		return it
	}
	for _, o := range w.items {
		if o.Type == "*canvas.Text" && o.Layer == it.Layer && o.Window == it.Window && o.Text != "" &&
			strings.HasPrefix(it.Text, strings.TrimSpace(o.Text)) &&
			o.X >= it.X-1 && o.X <= it.X+it.W && o.Y >= it.Y-1 && o.Y <= it.Y+it.H {
			return o
		}
	}
	return it
}

// tick sets the check box labelled text to on.
func (w *walker) tick(text string) {
	find := func() item { it, _ := w.containing(w.mustText(text)); return it }
	if find().Checked {
		return
	}
	if w.keyboard {
		w.focusOn(text, find)
		w.key("space")
	} else {
		w.click(w.reveal(func() item { return w.drawn(w.mustText(text)) }))
	}
	// a busy machine: the program may still be drawing the tick
	w.wait("the check "+text+" to be ticked", func() bool { return find().Checked })
}

// focusOn presses Tab (or Shift+Tab) until the thing find finds has the
// focus, as a keyboard user does, and fails when it never gets it.
func (w *walker) focusOn(what string, find func() item) {
	for n := 0; ; n++ {
		target := find()
		if target.Focused {
			return
		}
		if n >= 250 {
			w.failf("250 Tab presses did not bring the focus to %q", what)
		}
		k := "Tab"
		if f, ok := w.focused(); ok && f.Layer == target.Layer && target.Y < f.Y-4 && n < 200 {
			k = "shift+Tab"
		}
		w.key(k)
	}
}

// waitText waits until text is on the top layer.
func (w *walker) waitText(text string) {
	w.wait("“"+text+"”", func() bool { _, ok := w.findText(text); return ok })
}

// shows reports whether text comes up on the top layer within d.
func (w *walker) shows(text string, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for {
		if _, ok := w.findText(text); ok {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(150 * time.Millisecond)
		w.look()
	}
}
