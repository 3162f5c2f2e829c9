package due

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// Column widths of a row, so dates and names line up. Together with the
// case list they fit a screen of 640 points (1280 pixels at 200 %); longer
// names are cut with "…".
const (
	whenWidth   = 190
	clientWidth = 160
)

// row is one entry of the overview: date, client and what is due. It is
// tapped or, with the keyboard focus on it, opened with Enter or Space.
type row struct {
	widget.BaseWidget
	when, client, what string
	overdue            bool
	onTap              func()

	bg      *canvas.Rectangle
	hovered bool
	focused bool
	// The columns that cut a long name or a long "what" with "…".
	clientLabel, whatLabel *widget.Label
}

func newRow(when, client, what string, overdue bool, onTap func()) *row {
	r := &row{when: when, client: client, what: what, overdue: overdue, onTap: onTap}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer lays out the three columns over a background that shows
// hover and focus.
func (r *row) CreateRenderer() fyne.WidgetRenderer {
	r.bg = canvas.NewRectangle(color.Transparent)
	r.bg.CornerRadius = theme.InputRadiusSize()
	when := widget.NewLabel(r.when)
	if r.overdue {
		when.Importance = widget.DangerImportance
	}
	client := widget.NewLabelWithStyle(r.client, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	client.Truncation = fyne.TextTruncateEllipsis
	what := widget.NewLabel(r.what)
	what.Truncation = fyne.TextTruncateEllipsis
	r.clientLabel, r.whatLabel = client, what
	h := when.MinSize().Height
	left := container.NewHBox(
		container.NewGridWrap(fyne.NewSize(whenWidth, h), when),
		container.NewGridWrap(fyne.NewSize(clientWidth, h), client),
	)
	r.paint()
	return widget.NewSimpleRenderer(container.NewStack(r.bg, container.NewBorder(nil, nil, left, nil, what)))
}

func (r *row) paint() {
	if r.bg == nil {
		return
	}
	switch {
	case r.focused:
		r.bg.FillColor = theme.Color(theme.ColorNameFocus)
	case r.hovered:
		r.bg.FillColor = theme.Color(theme.ColorNameHover)
	default:
		r.bg.FillColor = color.Transparent
	}
	r.bg.Refresh()
}

// Tapped opens the case.
func (r *row) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
}

// Cursor shows that the row can be clicked.
func (r *row) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MouseIn highlights the row and, when a column is cut, shows the whole
// entry in a tip.
func (r *row) MouseIn(ev *desktop.MouseEvent) {
	r.hovered = true
	r.paint()
	if r.clientLabel != nil && (kit.Cut(r.clientLabel) || kit.Cut(r.whatLabel)) {
		kit.ShowTip(r, r.whole(), ev.AbsolutePosition)
	}
}

// whole is the row's text uncut: the client, then what is due.
func (r *row) whole() string { return r.client + "\n" + r.what }

// MouseMoved is needed for desktop.Hoverable.
func (r *row) MouseMoved(*desktop.MouseEvent) {}

// MouseOut removes the highlight and the tip.
func (r *row) MouseOut() { r.hovered = false; r.paint(); kit.HideTip(r) }

// FocusGained marks the row for keyboard users.
func (r *row) FocusGained() { r.focused = true; r.paint() }

// FocusLost removes the mark.
func (r *row) FocusLost() { r.focused = false; r.paint() }

// TypedRune opens the case on Space.
func (r *row) TypedRune(c rune) {
	if c == ' ' {
		r.Tapped(nil)
	}
}

// TypedKey opens the case on Enter and passes other keys on
// (kit.PassKey): PageDown scrolls the overview.
func (r *row) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		r.Tapped(nil)
		return
	}
	kit.PassKey(r, ev)
}
