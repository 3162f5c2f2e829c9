package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// Escape cancels a Dialog wherever the focus is, also on its buttons (a
// Fyne button drops every key but Space); Enter presses the focused
// button rather than confirming.
func TestDialogKeysOnItsButtons(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(container.NewStack())
	w.Resize(fyne.NewSize(900, 700))
	t.Cleanup(w.Close)
	c := w.Canvas()
	confirmed, cancelled := 0, 0
	var dlg *kit.Dialog
	dlg = kit.NewDialog(w, "Titel", "Speichern", "Abbrechen", func() { confirmed++; dlg.Hide() }, func() { cancelled++ })
	e := dlg.Entry()
	dlg.SetContent(e)
	dlg.FocusFirst(e)

	dlg.Show()
	test.FocusNext(c) // the cancel button
	test.FocusNext(c) // the confirm button
	if _, ok := c.Focused().(*kit.Button); !ok {
		t.Fatalf("Tab went to %T, not to the dialog's buttons", c.Focused())
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if dlg.Open() || cancelled != 1 {
		t.Fatalf("Escape on the focused confirm button: open %v, cancelled %d", dlg.Open(), cancelled)
	}

	dlg.Show()
	test.FocusNext(c)
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if dlg.Open() || cancelled != 2 || confirmed != 0 {
		t.Errorf("Enter on the focused cancel button: open %v, cancelled %d, confirmed %d", dlg.Open(), cancelled, confirmed)
	}
}

// Fyne's own dialogs do not know Escape: the window's key handler closes
// them through kit.DismissTop, as their cancel button would.
func TestEscapeClosesFynesDialogs(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(container.NewStack(widget.NewLabel("Fenster")))
	w.Resize(fyne.NewSize(900, 700))
	t.Cleanup(w.Close)
	c := w.Canvas()
	answer := ""
	confirm := dialog.NewConfirm("Wirklich?", "Text", func(ok bool) {
		answer = "nein"
		if ok {
			answer = "ja"
		}
	}, w)
	info := dialog.NewInformation("Hinweis", "Text", w)
	custom := dialog.NewCustom("Über", "Schließen", widget.NewButton("Ordner öffnen", nil), w)
	open := dialog.NewFileOpen(func(fyne.URIReadCloser, error) { answer = "keine Datei" }, w)
	for _, d := range []struct {
		name string
		d    dialog.Dialog
		want string
	}{{"confirmation", confirm, "nein"}, {"notice", info, ""}, {"custom", custom, ""}, {"file dialog", open, "keine Datei"}} {
		answer = ""
		d.d.Show()
		if c.Overlays().Top() == nil {
			t.Fatalf("%s: not shown", d.name)
		}
		if !kit.DismissTop(c) {
			t.Errorf("%s: no cancel button found", d.name)
		}
		if c.Overlays().Top() != nil {
			t.Errorf("%s: still open after Escape", d.name)
			d.d.Hide()
		}
		if answer != d.want {
			t.Errorf("%s: answered %q, want %q", d.name, answer, d.want)
		}
	}
}

// PageDown on a focused button, fold header or one-line field goes on to
// the window's key handler, which scrolls the page; Space on the header
// still opens the fold.
func TestPageKeysPassFromButtonsAndFields(t *testing.T) {
	s, _ := openSession(t)
	box := container.NewVBox()
	b := kit.NewButton("Weiter", nil, func() {})
	var text string
	e := s.Text(&text)
	fold := widget.NewAccordionItem("Falte", widget.NewLabel("Inhalt"))
	acc := kit.NewAccordion(fold)
	box.Add(b)
	box.Add(e)
	box.Add(acc)
	for i := 0; i < 40; i++ {
		box.Add(widget.NewLabel("Zeile"))
	}
	page := kit.NewPage(box)
	w := test.NewWindow(page)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 300))
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) { kit.PageKey(page, ev) })

	header := test.WidgetRenderer(acc).Objects()[0].(fyne.Focusable)
	for _, f := range []fyne.Focusable{b, e, header} {
		page.ScrollToTop()
		w.Canvas().Focus(f)
		f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
		if page.Offset.Y <= 0 {
			t.Errorf("PageDown on a focused %T did not scroll the page", f)
		}
	}
	header.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if !fold.Open {
		t.Error("Space on the fold header did not open it")
	}
}

// A question of Fyne's own (kit.Ask) closes on Escape also from its
// focused buttons, as the window's key handler closes it when nothing is
// focused; nothing is done.
func TestAskClosesOnEscapeFromItsButtons(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(container.NewStack(widget.NewLabel("Fenster")))
	w.Resize(fyne.NewSize(900, 700))
	t.Cleanup(w.Close)
	c := w.Canvas()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			kit.DismissTop(c)
		}
	})
	done := 0
	for part := 1; part <= 2; part++ {
		kit.Ask(w, "Entfernen?", "Text", "Entfernen", "Abbrechen", widget.DangerImportance, func() { done++ })
		c.Unfocus()
		for range part {
			test.FocusNext(c)
		}
		if c.Focused() == nil {
			t.Fatalf("Tab reached no button %d", part)
		}
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if c.Overlays().Top() != nil {
			t.Errorf("Escape on button %d (%T) left the question open", part, c.Focused())
			c.Overlays().Remove(c.Overlays().Top())
		}
	}
	if done != 0 {
		t.Errorf("Escape took the step %d times", done)
	}
}
