package ui

import (
	"context"
	"slices"
	"testing"

	"teilhabelotse/ui/internal/uitest"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

func menuItem(t *testing.T, u *UI, menu, item string) *fyne.MenuItem {
	t.Helper()
	for _, m := range u.win.MainMenu().Items {
		if m.Label != menu {
			continue
		}
		for _, it := range m.Items {
			if it.Label == item {
				return it
			}
		}
	}
	t.Fatalf("no menu item %s › %s", menu, item)
	return nil
}

func TestMainMenu(t *testing.T) {
	u := newTestUI(t, uitest.Store(t))
	if u.win.Title() != "Teilhabelotse" {
		t.Fatalf("window title %q", u.win.Title())
	}
	var labels []string
	for _, m := range u.win.MainMenu().Items {
		labels = append(labels, m.Label)
	}
	if len(labels) != 5 || labels[0] != "Datei" || labels[1] != "Fall" || labels[2] != "Ansicht" || labels[3] != "Einstellungen" || labels[4] != "Hilfe" {
		t.Fatalf("menus %q", labels)
	}
	for _, tc := range []struct {
		item string
		key  fyne.KeyName
	}{{"Neuer Fall", fyne.KeyN}, {"Suchen", fyne.KeyF}, {"Beenden", fyne.KeyQ}} {
		it := menuItem(t, u, "Datei", tc.item)
		sc, ok := it.Shortcut.(*desktop.CustomShortcut)
		if !ok || sc.KeyName != tc.key || sc.Modifier != fyne.KeyModifierShortcutDefault {
			t.Errorf("%s has shortcut %v", tc.item, it.Shortcut)
		}
	}
	file := u.win.MainMenu().Items[0].Items
	if quit := file[len(file)-1]; !quit.IsQuit || quit.Label != "Beenden" {
		t.Error("Beenden is the quit item at the end of Datei")
	}
	lang := menuItem(t, u, "Einstellungen", "Sprache").ChildMenu
	if lang == nil || len(lang.Items) != 2 || lang.Items[0].Label != "Deutsch" || !lang.Items[0].Checked || lang.Items[1].Label != "English" {
		t.Fatalf("language menu %+v", lang)
	}
	menuItem(t, u, "Hilfe", "Über Teilhabelotse").Action()
	if top := u.win.Canvas().Overlays().Top(); top == nil || !slices.Contains(uitest.Strings(top), u.loc.T("About.Privacy")) {
		t.Fatal("Über Teilhabelotse opens the about dialog")
	}
}

func TestShortcutsOnCanvas(t *testing.T) {
	u := newTestUI(t, uitest.Store(t))

	typeShortcut(u.win, shortcutSearch)
	if u.win.Canvas().Focused() != u.list.search {
		t.Fatal("Ctrl+F focuses the search")
	}

	typeShortcut(u.win, shortcutNewCase)
	if u.newCase == nil || len(u.win.Canvas().Overlays().List()) != 1 {
		t.Fatal("Ctrl+N opens the new-case dialog")
	}
	typeShortcut(u.win, shortcutNewCase)
	if len(u.win.Canvas().Overlays().List()) != 1 {
		t.Fatal("a second Ctrl+N does not open a second dialog")
	}
	if u.win.Canvas().Focused() != u.newCase.first {
		t.Fatal("the cursor starts in the first field")
	}
	u.newCase.first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.newCase != nil || u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape in a field closes the dialog")
	}
	menuItem(t, u, "Datei", "Neuer Fall").Action()
	if u.newCase == nil {
		t.Fatal("the menu opens the dialog too")
	}
}

func TestLanguageSwitchSavesAndRebuilds(t *testing.T) {
	u := openCase(t)
	c := u.view.sess.Case
	u.list.search.SetText("muster")
	u.list.phase.SetSelectedIndex(1)

	lang := menuItem(t, u, "Einstellungen", "Sprache").ChildMenu
	lang.Items[1].Action() // English

	s, err := u.store.Settings(context.Background())
	if err != nil || s.Language != "en" {
		t.Fatalf("settings language %q, %v", s.Language, err)
	}
	if got := u.win.MainMenu().Items[0].Label; got != "File" {
		t.Fatalf("menu after switch: %q", got)
	}
	if u.list.newButton.Text != "New case" || u.list.phase.Options[0] != "All phases" {
		t.Fatal("the window is rebuilt in English")
	}
	if u.list.search.Text != "muster" || u.list.phase.SelectedIndex() != 1 || u.view.c == nil || u.view.c.ID != c.ID {
		t.Fatal("search, filter and open case survive the switch")
	}
	if !menuItem(t, u, "Settings", "Language").ChildMenu.Items[1].Checked {
		t.Fatal("English is ticked")
	}
}
