package transition

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// In a low window the bar is the regular next step, named for where it
// leads, and one button that lists the other moves; the regular step is
// one click, not a menu and its item.
func TestCompactBarOffersTheRegularStepDirectly(t *testing.T) {
	f := newFixture(t, intakeCase(false), nil)
	extra := widget.NewButton("Teilhabeplan als PDF …", nil)
	f.b.extra = []fyne.CanvasObject{extra}
	f.S.SetCompact(true)
	if n := len(f.b.box.Objects); n != 3 || f.b.box.Objects[2] != extra {
		t.Fatalf("the compact bar shows %d objects, want the regular step, the menu and the host's button", n)
	}
	next := f.b.box.Objects[0].(*kit.Button)
	if next.Text != "Weiter zu Assessment" || next.Importance != widget.HighImportance {
		t.Errorf("the compact bar's first button reads %q (importance %v), want the regular step, standing out", next.Text, next.Importance)
	}
	others := f.b.box.Objects[1].(*kit.Button)
	if others.Text != "Weitere Schritte" {
		t.Errorf("the compact bar's menu reads %q", others.Text)
	}
	test.Tap(others)
	menu := f.Win.Canvas().Overlays().Top()
	if menu == nil {
		t.Fatal("the button opens no menu")
	}
	var labels []string
	for _, o := range test.LaidOutObjects(menu) {
		if _, ok := o.(fyne.Tappable); ok {
			if l := menuLabel(o); l != "" {
				labels = append(labels, l)
			}
		}
	}
	if len(labels) != 1 || labels[0] != "Nicht aufgenommen" {
		t.Fatalf("the menu of the other steps lists %q, want „Nicht aufgenommen“", labels)
	}
	f.Win.Canvas().Overlays().Remove(menu)
	f.S.SetCompact(false)
	if len(f.b.box.Objects) != 1+len(model.MovesFrom(model.PhaseIntake)) {
		t.Errorf("a high window shows the full bar again: %d objects", len(f.b.box.Objects))
	}
	f.S.SetCompact(true)
	test.Tap(f.b.box.Objects[0].(*kit.Button))
	if top := f.Win.Canvas().Overlays().Top(); top == nil {
		t.Error("the compact bar's „Weiter zu Assessment“ starts the move (its dialog)")
	}
}

// A closed case has no regular step: its compact bar is the one menu.
func TestCompactBarOfAClosedCaseIsTheMenu(t *testing.T) {
	c := intakeCase(false)
	c.Phase = model.PhaseClosed
	f := newFixture(t, c, nil)
	f.S.SetCompact(true)
	if n := len(f.b.box.Objects); n != 1 {
		t.Fatalf("the compact bar of a closed case shows %d objects", n)
	}
	if btn := f.b.box.Objects[0].(*kit.Button); btn.Text != "Nächster Schritt" {
		t.Errorf("the compact bar of a closed case reads %q", btn.Text)
	}
}

// menuLabel is the text a menu item shows, "" for anything else.
func menuLabel(o fyne.CanvasObject) string {
	w, ok := o.(fyne.Widget)
	if !ok {
		return ""
	}
	for _, c := range test.WidgetRenderer(w).Objects() {
		if tx, ok := c.(*canvas.Text); ok && tx.Text != "" {
			return tx.Text
		}
	}
	return ""
}
