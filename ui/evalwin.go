package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"teilhabelotse/ui/evaluation"
	"teilhabelotse/ui/kit"
)

// shortcutEvaluation opens the Auswertung (Ansicht › Auswertung).
var shortcutEvaluation = &desktop.CustomShortcut{KeyName: fyne.KeyA, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}

// onEvaluation opens the Auswertung in a window of its own, beside the
// case list (or brings it to the front); choosing a case there opens it
// here.
func (u *UI) onEvaluation() {
	if u.evalWin != nil {
		u.evalWin.RequestFocus()
		return
	}
	w := u.app.NewWindow(u.loc.T("Eval.Title"))
	env := *u.env
	env.Win = w
	// A saved report is said in this window, not in the main window's
	// notice behind it (kit.ShowSaved without a notice area).
	env.Notice = nil
	v := evaluation.New(&env, func(id int64) {
		u.win.RequestFocus()
		u.list.selectCase(id)
	})
	stop := kit.OwnWindow(w, v.Content(), u.async)
	w.Resize(u.fitted(fyne.NewSize(900, 620)))
	w.Canvas().AddShortcut(shortcutEvaluation, func(fyne.Shortcut) { w.Close() })
	w.SetOnClosed(func() { stop(); u.evalWin, u.evalView = nil, nil })
	u.evalWin, u.evalView = w, v
	w.Show()
}
