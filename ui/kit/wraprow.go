package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// WrapRow lays objects out left to right and wraps them into further rows
// when the width runs out, like words in a line. Fyne's row-wrap layout
// reports the width of its last layout as its minimum: a bar of buttons
// laid out in one row once then held the window at that width, wider than
// a 1366-pixel screen at 150 % scaling. A WrapRow needs only the width of
// its widest object; its height follows the rows of its last layout.
func WrapRow(objs ...fyne.CanvasObject) *fyne.Container {
	return container.New(&wrapRow{}, objs...)
}

type wrapRow struct {
	width float32 // of the last layout; 0 before the first
}

// rows places objs (when place is set) in rows of width w
// and returns the total height; without place it only measures.
func (l *wrapRow) rows(objs []fyne.CanvasObject, w float32, place bool) float32 {
	pad := theme.Padding()
	var x, y, rowH float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > w {
			x, y, rowH = 0, y+rowH+pad, 0
		}
		if place {
			o.Move(fyne.NewPos(x, y))
			o.Resize(m)
		}
		x += m.Width + pad
		rowH = max(rowH, m.Height)
	}
	return y + rowH
}

func (l *wrapRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	l.rows(objs, size.Width, true)
}

func (l *wrapRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var widest float32
	for _, o := range objs {
		if o.Visible() {
			widest = max(widest, o.MinSize().Width)
		}
	}
	w := l.width
	if w <= 0 {
		w = 1 << 20 // before the first layout: one row
	}
	return fyne.NewSize(widest, l.rows(objs, max(w, widest), false))
}
