package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/internal/uitest"
)

// A GAS level is one click in a row of options — „keine“, −2 … +2 — where
// a drop-down took two; „keine“ clears it, a second click on the chosen
// level keeps it.
func TestLevelIsOneClick(t *testing.T) {
	s, _ := openSession(t)
	var level *int
	r := s.Level(&level)
	w := test.NewTempWindow(t, r)
	w.Resize(fyne.NewSize(800, 100))
	if got := r.Options; len(got) != 6 || got[0] != "keine" || got[1] != "−2" || got[5] != "+2" {
		t.Fatalf("the levels offered are %q", got)
	}
	if r.Selected != "keine" {
		t.Errorf("a goal not rated shows %q", r.Selected)
	}
	tap := func(label string) { test.Tap(uitest.Tappable(t, r, label)) }
	tap("−1")
	if level == nil || *level != -1 {
		t.Fatalf("one click on −1 stored %v", level)
	}
	tap("−1")
	if level == nil || *level != -1 {
		t.Errorf("a second click on the chosen level cleared it")
	}
	tap("+2")
	if level == nil || *level != 2 {
		t.Errorf("a click on +2 stored %v", level)
	}
	tap("keine")
	if level != nil {
		t.Errorf("„keine“ left the level %d", *level)
	}
	two := 2
	level = &two
	if r := s.Level(&level); r.Selected != "+2" || r.SelectedIndex() != 5 {
		t.Errorf("a goal at +2 shows %q", r.Selected)
	}
}
