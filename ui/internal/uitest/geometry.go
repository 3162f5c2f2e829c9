package uitest

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// The test driver lays nothing out on its own: the real window lays out
// again, on the next frame, every container whose children's minimum size
// changed. Settle does what those frames end in, so a test sees where
// things are after a key as the user would.

// Settle lays o and everything visible below it out again at their
// current sizes, parents before children.
func Settle(o fyne.CanvasObject) {
	Visit(o, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *fyne.Container:
			if x.Layout != nil {
				x.Layout.Layout(x.Objects, x.Size())
			}
		case fyne.Widget:
			test.WidgetRenderer(x).Layout(x.Size())
		}
		return true
	})
}

// Rect is where an object is drawn, in the coordinates of the root it was
// measured from, as if no scroll below the root were scrolled: scrolling
// moves the view, not the form.
type Rect struct {
	Pos  fyne.Position
	Size fyne.Size
}

func (r Rect) Bottom() float32 { return r.Pos.Y + r.Size.Height }

func (r Rect) String() string {
	return fmt.Sprintf("(%.0f,%.0f %.0f×%.0f)", r.Pos.X, r.Pos.Y, r.Size.Width, r.Size.Height)
}

// Placed is a widget with where it is and the widgets it lies in.
type Placed struct {
	Obj     fyne.CanvasObject
	Rect    Rect
	Parents []fyne.CanvasObject
}

// Widgets are the visible widgets below root with their places, in
// drawing order. The insides of entries (their text, cursor and inner
// scroll, which move while one types) are left out.
func Widgets(root fyne.CanvasObject) []Placed {
	var out []Placed
	var walk func(o fyne.CanvasObject, at fyne.Position, parents []fyne.CanvasObject)
	walk = func(o fyne.CanvasObject, at fyne.Position, parents []fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		pos := at.Add(o.Position())
		if _, ok := o.(fyne.Widget); ok {
			out = append(out, Placed{Obj: o, Rect: Rect{pos, o.Size()}, Parents: parents})
		}
		parents = append(parents[:len(parents):len(parents)], o)
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c, pos, parents)
			}
		case *container.Scroll:
			if x.Content != nil {
				walk(x.Content, pos.Subtract(x.Content.Position()), parents)
			}
		case EntryLike:
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c, pos, parents)
			}
		}
	}
	walk(root, fyne.NewPos(0, 0).Subtract(root.Position()), nil)
	return out
}

// EntryLike is a text field: Fyne's entry or one that extends it.
type EntryLike interface {
	fyne.Widget
	fyne.Focusable
	fyne.Disableable
	fyne.Tappable
	SetText(string)
	SetPlaceHolder(string)
	TypedRune(rune)
}
