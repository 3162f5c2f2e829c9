package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// An empty list says so in words a counselor can read (an explanation,
// not the faint low-importance colour); a list with rows has a line
// between two rows and none at its start or end.
func TestListSaysNothingYetAndSeparatesRows(t *testing.T) {
	empty := kit.List(container.NewVBox(), "Noch keine Einwilligung erfasst.")
	if len(empty.Objects) != 1 {
		t.Fatalf("an empty list holds %d objects", len(empty.Objects))
	}
	if l, ok := empty.Objects[0].(*widget.Label); !ok || l.Text != "Noch keine Einwilligung erfasst." || !l.TextStyle.Italic || l.Importance == widget.LowImportance {
		t.Errorf("an empty list shows %#v, want the explanation", empty.Objects[0])
	}

	a, b := widget.NewLabel("a"), widget.NewLabel("b")
	rows := kit.List(container.NewVBox(), "keine", a, b)
	if got := rows.Objects; len(got) != 3 || got[0] != fyne.CanvasObject(a) || got[2] != fyne.CanvasObject(b) {
		t.Fatalf("two rows are laid out as %v", got)
	}
	if _, ok := rows.Objects[1].(*widget.Separator); !ok {
		t.Errorf("between the rows stands %T, want a separator", rows.Objects[1])
	}

	button := widget.NewButton("hinzufügen", nil)
	below := kit.List(container.NewVBox(button), "keine", a)
	if got := below.Objects; len(got) != 3 || got[0] != fyne.CanvasObject(button) || got[2] != fyne.CanvasObject(a) {
		t.Fatalf("a row below a button is laid out as %v", got)
	}
	if _, ok := below.Objects[1].(*widget.Separator); !ok {
		t.Errorf("between the button and the row stands %T, want a separator", below.Objects[1])
	}
}
