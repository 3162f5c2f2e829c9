package ui

import (
	"slices"
	"testing"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// typingUI is the main window at 1366×768 and 150 % with the first demo
// case in the intake open and the focus in "Hinweis von", the field the
// crash test types into (crashgui_test.go).
func typingUI(b *testing.B) (*UI, *kit.Entry) {
	u, cases := curatedUI(b)
	open := cases[slices.IndexFunc(cases, inPhase(model.PhaseIntake))]
	u.onOpenCase(open.ID)
	u.win.Resize(officeLaptopRoom())
	pages := u.view.pages()
	if len(pages) != 1 {
		b.Fatalf("%d pages", len(pages))
	}
	e := uitest.Field[*kit.Entry](b, pages[0], "Hinweis von")
	u.win.Canvas().Focus(e)
	u.focus.Check()
	return u, e
}

// BenchmarkFocusFollowerLook is one look of the window's FocusFollower
// while the focus stays in one field: what the running window pays every
// FollowInterval, typing or not.
func BenchmarkFocusFollowerLook(b *testing.B) {
	u, _ := typingUI(b)
	cpu := uitest.StartCPU(b)
	for i := 0; i < b.N; i++ {
		u.focus.Check()
	}
	cpu.Stop()
}

// BenchmarkTypeInWorkspaceField is one character typed into a one-line
// field of the intake workspace, with what the session does for it (no
// save: the headless session saves when the field is left).
func BenchmarkTypeInWorkspaceField(b *testing.B) {
	_, e := typingUI(b)
	cpu := uitest.StartCPU(b)
	for i := 0; i < b.N; i++ {
		e.TypedRune('a')
		if i%40 == 39 {
			e.SetText("")
		}
	}
	cpu.Stop()
}
