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
	switch b := o.(type) {
	case *widget.Button:
		b.Hide()
	case *kit.Button:
		b.Hide()
	}
	parts, _ := kit.Parts(o)
	for _, p := range parts {
		hideButtons(p)
	}
}
