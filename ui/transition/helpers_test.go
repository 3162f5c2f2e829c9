package transition

import (
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// fixture is a bar on a stored case in uitest's host.
type fixture struct {
	*uitest.Host
	b     *bar
	moved int
}

func newFixture(t *testing.T, c *model.Case, partners []model.Partner) *fixture {
	t.Helper()
	f := &fixture{Host: uitest.Open(t, c, partners)}
	f.b = newBar(f.S, func() { f.moved++ })
	f.Put(container.NewVBox(f.b.box, widget.NewLabel("")))
	return f
}

// tap taps the bar's button for kind.
func (f *fixture) tap(t *testing.T, kind model.TransitionKind) {
	t.Helper()
	btn, ok := f.b.buttons[kind]
	if !ok {
		t.Fatalf("no button for %s in phase %s", kind, f.S.Case.Phase)
	}
	test.Tap(btn)
}
