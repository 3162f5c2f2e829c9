package intake

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// option is a check box or a radio button whose text wraps. The
// Fachkonzept's wording (the indicators, the contents of the first meeting,
// the intensity types) runs to a hundred characters; a widget.Check cannot
// wrap and would widen the workspace beyond the window.
type option struct {
	widget.BaseWidget

	Text    string
	Radio   bool
	Checked bool
	// OnChanged runs when the user changes the state, not on SetChecked.
	OnChanged func(checked bool)
	// OnKey sees the keys first while the option has the focus; it returns
	// true when it handled the key (a dialog confirms on Enter).
	OnKey func(*fyne.KeyEvent) bool

	disabled bool
	focused  bool
	hovered  bool
}

var (
	_ fyne.Disableable    = (*option)(nil)
	_ fyne.Focusable      = (*option)(nil)
	_ fyne.Tappable       = (*option)(nil)
	_ desktop.Hoverable   = (*option)(nil)
	_ fyne.WidgetRenderer = (*optionRenderer)(nil)
)

func newOption(text string, radio bool, changed func(bool)) *option {
	o := &option{Text: text, Radio: radio, OnChanged: changed}
	o.ExtendBaseWidget(o)
	return o
}

// SetChecked sets the state without calling OnChanged.
func (o *option) SetChecked(v bool) {
	if o.Checked != v {
		o.Checked = v
		o.Refresh()
	}
}

// toggle is the user's change: a check box flips, a radio button only
// turns on (its group turns the others off), as in every radio group.
func (o *option) toggle() {
	if o.disabled || (o.Radio && o.Checked) {
		return
	}
	o.Checked = !o.Checked
	o.Refresh()
	if o.OnChanged != nil {
		o.OnChanged(o.Checked)
	}
}

// Tapped toggles and takes the focus, like a widget.Check.
func (o *option) Tapped(*fyne.PointEvent) {
	if o.disabled {
		return
	}
	if !o.focused && !fyne.CurrentDevice().IsMobile() {
		if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil {
			c.Focus(o)
		}
	}
	o.toggle()
}

func (o *option) Enable()        { o.disabled = false; o.Refresh() }
func (o *option) Disable()       { o.disabled = true; o.Refresh() }
func (o *option) Disabled() bool { return o.disabled }

func (o *option) FocusGained() { o.focused = true; o.Refresh() }
func (o *option) FocusLost()   { o.focused = false; o.Refresh() }

// TypedRune toggles on the space bar, as widget.Check does.
func (o *option) TypedRune(r rune) {
	if r == ' ' {
		o.toggle()
	}
}

// TypedKey gives the keys to OnKey, else passes them on (kit.PassKey):
// PageDown scrolls the page.
func (o *option) TypedKey(k *fyne.KeyEvent) {
	if o.OnKey != nil && o.OnKey(k) {
		return
	}
	kit.PassKey(o, k)
}

func (o *option) MouseIn(*desktop.MouseEvent)    { o.hovered = true; o.Refresh() }
func (o *option) MouseMoved(*desktop.MouseEvent) {}
func (o *option) MouseOut()                      { o.hovered = false; o.Refresh() }

func (o *option) CreateRenderer() fyne.WidgetRenderer {
	o.ExtendBaseWidget(o)
	r := &optionRenderer{
		o:     o,
		focus: canvas.NewCircle(color.Transparent),
		icon:  canvas.NewImageFromResource(nil),
		label: &widget.Label{Wrapping: fyne.TextWrapWord},
	}
	r.Refresh()
	return r
}

type optionRenderer struct {
	o     *option
	focus *canvas.Circle
	icon  *canvas.Image
	label *widget.Label
}

// metrics are the sizes the layout is built from, as widget.Check uses them.
func (r *optionRenderer) metrics() (inner, border, iconSize, line float32) {
	th := r.o.Theme()
	inner = th.Size(theme.SizeNameInnerPadding)
	border = th.Size(theme.SizeNameInputBorder)
	iconSize = th.Size(theme.SizeNameInlineIcon)
	// The mark sits beside the first line of the text, not in the middle
	// of a long wrapped paragraph.
	line = fyne.MeasureText("Ag", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height + 2*inner
	return
}

func (r *optionRenderer) Layout(size fyne.Size) {
	inner, border, iconSize, line := r.metrics()
	fs := iconSize + inner
	r.focus.Resize(fyne.NewSquareSize(fs))
	r.focus.Move(fyne.NewPos(border, (line-fs)/2))
	x := fs + 2*border
	r.label.Resize(fyne.NewSize(size.Width-x, size.Height))
	r.label.Move(fyne.NewPos(x, 0))
	r.icon.Resize(fyne.NewSquareSize(iconSize))
	r.icon.Move(fyne.NewPos(inner/2+border, (line-iconSize)/2))
}

func (r *optionRenderer) MinSize() fyne.Size {
	inner, border, iconSize, line := r.metrics()
	x := iconSize + inner + 2*border
	l := r.label.MinSize()
	return fyne.NewSize(x+l.Width, fyne.Max(l.Height, line))
}

func (r *optionRenderer) Refresh() {
	o := r.o
	th := o.Theme()
	v := kit.Variant()
	var res fyne.Resource
	switch {
	case o.Radio && o.Checked:
		res = theme.RadioButtonCheckedIcon()
	case o.Radio:
		res = theme.RadioButtonIcon()
	case o.Checked:
		res = theme.CheckButtonCheckedIcon()
	default:
		res = theme.CheckButtonIcon()
	}
	switch {
	case o.disabled:
		res = theme.NewDisabledResource(res)
	case o.Checked:
		res = theme.NewPrimaryThemedResource(res)
	}
	r.icon.Resource = res
	r.icon.Refresh()

	r.focus.FillColor = color.Transparent
	switch {
	case o.disabled:
	case o.focused:
		r.focus.FillColor = th.Color(theme.ColorNameFocus, v)
	case o.hovered:
		r.focus.FillColor = th.Color(theme.ColorNameHover, v)
	}
	r.focus.Refresh()

	if r.label.Text != o.Text {
		r.label.SetText(o.Text)
	}
	r.label.Refresh()
}

func (r *optionRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.focus, r.icon, r.label}
}

func (r *optionRenderer) Destroy() {}
