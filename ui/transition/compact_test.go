package transition

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
)

// In a low window the bar is one button that lists the moves; choosing
// one starts it as its full button does.
func TestCompactBarListsTheMovesInAMenu(t *testing.T) {
	f := newFixture(t, intakeCase(false), nil)
	extra := widget.NewButton("Teilhabeplan als PDF …", nil)
	f.b.extra = []fyne.CanvasObject{extra}
	f.S.SetCompact(true)
	if n := len(f.b.box.Objects); n != 2 || f.b.box.Objects[1] != extra {
		t.Fatalf("the compact bar shows %d objects, want the menu button and the host's button", n)
	}
	btn := f.b.box.Objects[0].(*widget.Button)
	if btn.Text != "Nächster Schritt" {
		t.Errorf("the compact bar reads %q", btn.Text)
	}
	test.Tap(btn)
	menu := f.Win.Canvas().Overlays().Top()
	if menu == nil {
		t.Fatal("the button opens no menu")
	}
	var labels []string
	var advance fyne.Tappable
	for _, o := range test.LaidOutObjects(menu) {
		if w, ok := o.(fyne.Tappable); ok {
			if l := menuLabel(o); l != "" {
				labels = append(labels, l)
				if l == "Weiter zu Assessment" {
					advance = w
				}
			}
		}
	}
	if len(labels) != len(model.MovesFrom(model.PhaseIntake)) || advance == nil {
		t.Fatalf("the menu lists %q", labels)
	}
	f.S.SetCompact(false)
	if len(f.b.box.Objects) != 1+len(model.MovesFrom(model.PhaseIntake)) {
		t.Errorf("a high window shows the full bar again: %d objects", len(f.b.box.Objects))
	}
	test.Tap(advance)
	if top := f.Win.Canvas().Overlays().Top(); top == nil || top == menu {
		t.Error("choosing „Weiter zu Assessment“ from the menu starts the move (its dialog)")
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
