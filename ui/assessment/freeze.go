package assessment

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// frozen makes o read-only and returns it drawn so that it can still be
// read (kit.Readable); add and remove buttons that can never be used are
// hidden rather than shown greyed out.
func frozen(o fyne.CanvasObject) fyne.CanvasObject {
	kit.Freeze(o)
	hideButtons(o)
	return kit.Readable(o)
}

func hideButtons(o fyne.CanvasObject) {
	switch x := o.(type) {
	case *widget.Button:
		x.Hide()
	case *fyne.Container:
		for _, c := range x.Objects {
			hideButtons(c)
		}
	case *widget.Card:
		if x.Content != nil {
			hideButtons(x.Content)
		}
	case *widget.Form:
		for _, it := range x.Items {
			hideButtons(it.Widget)
		}
	}
}
