package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/internal/uitest"
)

// Ansicht › Auswertung (Ctrl+Shift+A) and the start screen open the
// Auswertung once; a case chosen there opens in the main window.
func TestEvaluationOpensFromMenuAndStartScreen(t *testing.T) {
	store := uitest.Store(t)
	addCase(t, store, "Erika", "Mustermann", "")
	u := newTestUI(t, store)
	it := menuItem(t, u, "Ansicht", "Auswertung …")
	sc, ok := it.Shortcut.(*desktop.CustomShortcut)
	if !ok || sc.KeyName != fyne.KeyA || sc.Modifier != fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift {
		t.Errorf("Auswertung has shortcut %v", it.Shortcut)
	}
	it.Action()
	if u.evalWin == nil || u.evalView == nil {
		t.Fatal("the menu item opens no Auswertung")
	}
	first := u.evalWin
	test.Tap(uitest.Button(t, u.win.Content(), "Auswertung öffnen"))
	if u.evalWin != first {
		t.Error("the start screen opens a second Auswertung")
	}
	u.evalWin.Close()
	if u.evalWin != nil {
		t.Error("closing the window does not forget it")
	}
	test.Tap(uitest.Button(t, u.win.Content(), "Auswertung öffnen"))
	if u.evalWin == nil {
		t.Fatal("the start screen opens no Auswertung")
	}
}
