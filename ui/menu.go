package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// The keyboard shortcuts of the main window. ShortcutDefault is Ctrl on
// Windows and Linux and Cmd on macOS.
var (
	shortcutNewCase = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSearch  = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutQuit    = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutPartner = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutDue     = &desktop.CustomShortcut{KeyName: fyne.KeyD, Modifier: fyne.KeyModifierShortcutDefault}
)

func (u *UI) buildMainMenu() *fyne.MainMenu {
	file := fyne.NewMenu(u.loc.T("Menu.File"),
		&fyne.MenuItem{Label: u.loc.T("Menu.NewCase"), Icon: theme.ContentAddIcon(), Shortcut: shortcutNewCase, Action: u.onNewCase},
		&fyne.MenuItem{Label: u.loc.T("Menu.Search"), Icon: theme.SearchIcon(), Shortcut: shortcutSearch, Action: u.onFocusSearch},
		&fyne.MenuItem{Label: u.loc.T("Menu.Partners"), Icon: theme.AccountIcon(), Shortcut: shortcutPartner, Action: u.onPartners},
		&fyne.MenuItem{Label: u.loc.T("Menu.Retention"), Icon: theme.DeleteIcon(), Action: u.onRetention},
		fyne.NewMenuItemSeparator(),
		&fyne.MenuItem{Label: u.loc.T("Menu.Quit"), IsQuit: true, Shortcut: shortcutQuit, Action: u.onQuit},
	)
	// Case files and backups in a group of their own before "Beenden".
	group := u.transferItems()
	if u.maint != nil {
		group = append(group, &fyne.MenuItem{Label: u.loc.T("Menu.Restore"), Icon: theme.HistoryIcon(), Action: u.onRestore})
	}
	if len(group) > 0 {
		n := len(file.Items) - 2
		group = append([]*fyne.MenuItem{fyne.NewMenuItemSeparator()}, group...)
		file.Items = append(file.Items[:n:n], append(group, file.Items[n:]...)...)
	}

	var languages []*fyne.MenuItem
	for _, lang := range locales.Languages {
		languages = append(languages, &fyne.MenuItem{
			Label:   u.loc.T("Language." + lang),
			Checked: lang == u.loc.Lang(),
			Action:  func() { u.onLanguage(lang) },
		})
	}
	settings := fyne.NewMenu(u.loc.T("Menu.Settings"),
		&fyne.MenuItem{Label: u.loc.T("Menu.SettingsDialog"), Icon: theme.SettingsIcon(), Shortcut: shortcutSettings, Action: func() { u.onSettings() }},
		&fyne.MenuItem{Label: u.loc.T("Menu.Setup"), Action: func() { u.openSetup() }},
		fyne.NewMenuItemSeparator(),
		&fyne.MenuItem{Label: u.loc.T("Menu.Language"), ChildMenu: fyne.NewMenu("", languages...)},
	)

	view := fyne.NewMenu(u.loc.T("Menu.View"),
		&fyne.MenuItem{Label: u.loc.T("Menu.Due"), Icon: theme.HistoryIcon(), Shortcut: shortcutDue, Action: u.onDue},
		&fyne.MenuItem{Label: u.loc.T("Menu.Evaluation"), Icon: theme.GridIcon(), Shortcut: shortcutEvaluation, Action: u.onEvaluation},
		&fyne.MenuItem{Label: u.loc.T("Menu.CaseList"), Checked: !u.listHidden, Shortcut: shortcutCaseList, Action: u.onToggleCaseList},
	)

	help := fyne.NewMenu(u.loc.T("Menu.Help"),
		&fyne.MenuItem{Label: u.loc.T("Menu.About"), Icon: theme.InfoIcon(), Action: u.onAbout},
	)
	return fyne.NewMainMenu(file, u.caseMenu(), view, settings, help)
}

// registerShortcuts makes the shortcuts work on the window's canvas too,
// not only through the menu.
func (u *UI) registerShortcuts() {
	c := u.win.Canvas()
	c.AddShortcut(shortcutNewCase, func(fyne.Shortcut) { u.onNewCase() })
	c.AddShortcut(shortcutSearch, func(fyne.Shortcut) { u.onFocusSearch() })
	c.AddShortcut(shortcutQuit, func(fyne.Shortcut) { u.onQuit() })
	c.AddShortcut(shortcutPartner, func(fyne.Shortcut) { u.onPartners() })
	c.AddShortcut(shortcutSettings, func(fyne.Shortcut) { u.onSettings() })
	c.AddShortcut(shortcutEvaluation, func(fyne.Shortcut) { u.onEvaluation() })
	c.AddShortcut(shortcutDue, func(fyne.Shortcut) { u.onDue() })
	c.AddShortcut(shortcutCaseList, func(fyne.Shortcut) { u.onToggleCaseList() })
	u.registerCaseShortcuts()
}

// onLanguage saves the language and rebuilds the window in it, keeping the
// open case, the search and the phase filter.
func (u *UI) onLanguage(lang string) {
	if lang == u.loc.Lang() {
		return
	}
	if u.changeSettings(func(s *model.Settings) bool { s.Language = lang; return true }) {
		u.relocalize(lang)
	}
}

// relocalize rebuilds the window in lang, keeping the open case, the
// search and the phase filter.
func (u *UI) relocalize(lang string) {
	query, phase, open := u.list.search.Text, u.list.phase.SelectedIndex(), u.view.c
	u.loc = locales.New(lang)
	u.buildUI()
	u.reloadCases()
	u.list.search.SetText(query)
	u.list.phase.SetSelectedIndex(phase)
	if open != nil {
		u.list.selectCase(open.ID)
	}
}
