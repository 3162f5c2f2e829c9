package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"teilhabelotse/model"
	"teilhabelotse/ui/planning"
	"teilhabelotse/ui/transition"
)

// The "Fall" menu reaches every workspace of the open case and every
// step of its transition bar by keyboard, and lists the shortcuts:
// Ctrl+1 … Ctrl+5 the phases, Ctrl+6 … Ctrl+0 the case's other tabs in
// their order, Ctrl+Shift+1 … the bar's steps in its order (they differ
// from phase to phase; the menu shows the ones of the open case).

// menuPhases are the phases with a workspace, in the loop's order.
var menuPhases = []model.Phase{model.PhaseIntake, model.PhaseAssessment, model.PhasePlanning, model.PhaseMonitoring, model.PhaseClosure}

var digitKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9, fyne.Key0}

// shortcutPhase is the shortcut of the i-th phase (0-based), and of the
// case's (i-5)-th other tab from i = 5 on.
func shortcutPhase(i int) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: digitKeys[i], Modifier: fyne.KeyModifierShortcutDefault}
}

// shortcutFinalize finalises the open case's draft plan ("Festschreiben
// …", at the top and the end of the plan, far apart by Tab).
var shortcutFinalize = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}

// shortcutStep is the shortcut of the i-th step of the transition bar.
func shortcutStep(i int) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: digitKeys[i], Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// caseMenu is the "Fall" menu for the open case (none: its items do
// nothing and are shown disabled).
func (u *UI) caseMenu() *fyne.Menu {
	c := u.openCase()
	var items []*fyne.MenuItem
	for i, p := range menuPhases {
		items = append(items, &fyne.MenuItem{Label: u.loc.Enum("Phase", p), Shortcut: shortcutPhase(i),
			Disabled: c == nil || !reached(c, p), Action: func() { u.onPhaseKey(i) }})
	}
	items = append(items, fyne.NewMenuItemSeparator())
	for i, id := range caseTabIDs {
		item := &fyne.MenuItem{Label: u.loc.T(id), Disabled: c == nil, Action: func() { u.onTabKey(i) }}
		if 5+i < len(digitKeys) {
			item.Shortcut = shortcutPhase(5 + i)
		}
		items = append(items, item)
	}
	if c != nil && !u.env.ReadOnly && planning.HasDraft(c) {
		items = append(items, fyne.NewMenuItemSeparator(),
			&fyne.MenuItem{Label: u.loc.T("Menu.FinalizePlan"), Shortcut: shortcutFinalize, Action: u.onFinalizeKey})
	}
	if c != nil && !u.env.ReadOnly {
		if moves := model.MovesFrom(c.Phase); len(moves) > 0 {
			items = append(items, fyne.NewMenuItemSeparator())
			for i, m := range moves {
				item := &fyne.MenuItem{Label: transition.Label(u.view.sess, m), Action: func() { u.onStepKey(i) }}
				if i < len(digitKeys) {
					item.Shortcut = shortcutStep(i)
				}
				items = append(items, item)
			}
		}
	}
	return fyne.NewMenu(u.loc.T("Menu.Case"), items...)
}

// menuState is what the "Fall" menu depends on: it is built again only
// when that changes, not on every save.
type menuState struct {
	id    int64
	phase model.Phase
	draft bool // the plan is a draft ("Plan festschreiben …")
}

// refreshMenu builds the main menu again when the open case or its phase
// changed.
func (u *UI) refreshMenu() {
	st := menuState{}
	if c := u.openCase(); c != nil {
		st = menuState{c.ID, c.Phase, planning.HasDraft(c)}
	}
	if st == u.menuFor {
		return
	}
	u.menuFor = st
	u.win.SetMainMenu(u.buildMainMenu())
}

// openCase is the case open in the window, nil when none.
func (u *UI) openCase() *model.Case {
	if u.view == nil || u.view.sess == nil || u.view.c == nil || !u.view.body.Visible() {
		return nil
	}
	return u.view.c
}

// reached reports whether case c has a workspace of phase p to show: the
// current phase and those it went through.
func reached(c *model.Case, p model.Phase) bool {
	if workspaceOf(c.Phase) == p {
		return true
	}
	for _, ev := range c.Events {
		if ev.To == p {
			return true
		}
	}
	return false
}

// onPhaseKey opens the workspace of the i-th phase (Ctrl+1 …).
func (u *UI) onPhaseKey(i int) {
	if c := u.openCase(); c != nil && reached(c, menuPhases[i]) {
		u.view.onShowPhase(menuPhases[i])
		u.focusPage()
	}
}

// focusPage puts the focus on the first field of the page shown: a
// workspace opened by its shortcut, a case just created.
func (u *UI) focusPage() { u.focus.FocusPage() }

// onTabKey opens the case's i-th tab after the phase's (Ctrl+6 …).
func (u *UI) onTabKey(i int) {
	if u.openCase() == nil || u.view.work == nil {
		return
	}
	if tabs := u.view.work.tabs; i+1 < len(tabs.Items) {
		tabs.SelectIndex(i + 1)
		u.focusPage()
	}
}

// onStepKey starts the i-th step of the transition bar (Ctrl+Shift+1 …).
func (u *UI) onStepKey(i int) {
	c := u.openCase()
	if c == nil {
		return
	}
	if moves := model.MovesFrom(c.Phase); i < len(moves) {
		_ = u.view.sess.Flush()
		transition.Start(u.view.sess, moves[i].Kind)
	}
}

// onFinalizeKey asks to finalise the open case's draft plan (Ctrl+Shift+F).
func (u *UI) onFinalizeKey() {
	if c := u.openCase(); c != nil && !u.env.ReadOnly {
		_ = u.view.sess.Flush()
		planning.AskFinalize(u.view.sess)
	}
}

// registerCaseShortcuts lets the "Fall" menu's shortcuts work on the
// window's canvas too (registerShortcuts).
func (u *UI) registerCaseShortcuts() {
	c := u.win.Canvas()
	c.AddShortcut(shortcutFinalize, func(fyne.Shortcut) { u.onFinalizeKey() })
	for i := range digitKeys {
		if i < len(menuPhases) {
			c.AddShortcut(shortcutPhase(i), func(fyne.Shortcut) { u.onPhaseKey(i) })
		} else {
			c.AddShortcut(shortcutPhase(i), func(fyne.Shortcut) { u.onTabKey(i - len(menuPhases)) })
		}
		c.AddShortcut(shortcutStep(i), func(fyne.Shortcut) { u.onStepKey(i) })
	}
}
