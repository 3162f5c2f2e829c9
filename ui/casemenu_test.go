package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// Every phase's workspace, the case's other tabs and each step of the
// transition bar have a shortcut, and the "Fall" menu lists them.
func TestCaseMenuShortcuts(t *testing.T) {
	store := uitest.Store(t)
	c := addCase(t, store, "Erika", "Mustermann", "", reassessedEvents()...) // now in assessment
	u := newTestUI(t, store)
	w := u.Window()

	menu := func() *fyne.Menu {
		for _, m := range w.MainMenu().Items {
			if m.Label == u.loc.T("Menu.Case") {
				return m
			}
		}
		t.Fatal("no menu Fall")
		return nil
	}
	for _, it := range menu().Items[:len(menuPhases)] {
		if !it.Disabled {
			t.Errorf("with no case open, %q is enabled", it.Label)
		}
	}

	u.list.selectCase(c.ID)
	shortcuts := map[string]string{}
	steps := 0
	for _, it := range menu().Items {
		if it.IsSeparator {
			continue
		}
		if it.Shortcut == nil {
			continue
		}
		shortcuts[it.Label] = it.Shortcut.ShortcutName()
		if it.Shortcut.(interface{ Mod() fyne.KeyModifier }).Mod()&fyne.KeyModifierShift != 0 && it.Shortcut != shortcutFinalize {
			steps++
		}
	}
	for _, p := range menuPhases {
		if shortcuts[u.loc.Enum("Phase", p)] == "" {
			t.Errorf("phase %s has no shortcut in the menu (%v)", p, shortcuts)
		}
	}
	if want := len(model.MovesFrom(model.PhaseAssessment)); steps != want {
		t.Errorf("the menu lists %d steps with shortcuts, the bar has %d", steps, want)
	}

	// Ctrl+3 shows planning (reached before the reassessment), Ctrl+5
	// nothing (closure not reached), Ctrl+2 the current phase again.
	typeShortcut(w, shortcutPhase(2))
	if u.view.work.shown != model.PhasePlanning || u.view.work.tabs.Selected() != u.view.work.phaseTab {
		t.Errorf("Ctrl+3 shows %s", u.view.work.shown)
	}
	typeShortcut(w, shortcutPhase(4))
	if u.view.work.shown != model.PhasePlanning {
		t.Errorf("Ctrl+5 opened %s, a phase the case never reached", u.view.work.shown)
	}
	typeShortcut(w, shortcutPhase(1))
	if u.view.work.shown != model.PhaseAssessment {
		t.Errorf("Ctrl+2 shows %s", u.view.work.shown)
	}
	// and the keyboard is in it: typing goes into its first field.
	in := map[fyne.CanvasObject]bool{}
	uitest.Walk(u.view.pages()[0], func(o fyne.CanvasObject) { in[o] = true })
	if f, _ := w.Canvas().Focused().(fyne.CanvasObject); !in[f] {
		t.Errorf("after Ctrl+2 the focus is on %T outside the workspace", w.Canvas().Focused())
	}
	// Ctrl+7 the Stammdaten, the second tab after the phase's.
	typeShortcut(w, shortcutPhase(6))
	if got := u.view.work.tabs.Selected(); got != u.view.work.masterTab {
		t.Errorf("Ctrl+7 selected %q", got.Text)
	}
	// Ctrl+Shift+1 starts the bar's first step: its dialog opens.
	typeShortcut(w, shortcutStep(0))
	if w.Canvas().Overlays().Top() == nil {
		t.Error("Ctrl+Shift+1 opened no step dialog")
	}
}

// "Plan festschreiben …" is in the "Fall" menu with Ctrl+Shift+F while the
// open case's plan is a draft, and asks as the plan's own button does,
// wherever the focus is (the button at the top of the plan is many Tabs
// away from most of it).
func TestFinalisePlanFromTheMenu(t *testing.T) {
	store := uitest.Store(t)
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, day(3, 2, 9))
	c.Events = append(c.Events, reassessedEvents()[:2]...)
	c.Phase = model.PhasePlanning
	c.StartPlanVersion(model.DateOf(day(18, 2, 9)), "")
	if err := store.CreateCase(t.Context(), c); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, store)
	w := u.Window()
	u.list.selectCase(c.ID)
	item := func() *fyne.MenuItem {
		for _, m := range w.MainMenu().Items {
			for _, it := range m.Items {
				if it.Label == "Plan festschreiben …" {
					return it
				}
			}
		}
		return nil
	}
	if it := item(); it == nil || it.Shortcut != shortcutFinalize {
		t.Fatalf("the menu has no „Plan festschreiben …“ with Ctrl+Shift+F: %+v", it)
	}
	typeShortcut(w, shortcutFinalize)
	d := w.Canvas().Overlays().Top()
	if !strings.Contains(uitest.Texts(d), "Plan festschreiben?") {
		t.Fatalf("Ctrl+Shift+F shows %q", uitest.Texts(d))
	}
	test.Tap(uitest.OneButton(t, d, "Festschreiben"))
	if stored, _ := store.LoadCase(t.Context(), c.ID); !stored.Plans[0].Final() {
		t.Error("confirming did not finalise the plan")
	}
	if item() != nil {
		t.Error("a finalised plan still offers „Plan festschreiben …“")
	}
}
