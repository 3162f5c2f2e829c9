package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// KeyRadio is Fyne's radio group with items of kit's own: each item of
// Fyne's drops every key, so PageDown on a focused "Ja" of the screening
// scrolled nothing, nor closed Escape a dialog from one. The group keeps
// Fyne's fields and methods (Options, Selected, SetSelected, Required,
// Horizontal, Disable); only its items are drawn here. An item
// selects on Space or a click, moves the focus to the item before or
// after it on the arrow keys — without choosing it: a documented answer
// changes only by an explicit choice — and passes every other key on
// (PassKey) as KeyCheck does.
type KeyRadio struct {
	widget.RadioGroup
	items []*radioItem // drawn by the renderer, in order
}

// NewRadio makes a KeyRadio over the labels.
func NewRadio(options []string, changed func(string)) *KeyRadio {
	r := &KeyRadio{}
	r.Options = options
	r.OnChanged = changed
	r.ExtendBaseWidget(r)
	return r
}

// Unwrap is Fyne's radio group inside, for tests that look for one.
func (r *KeyRadio) Unwrap() fyne.CanvasObject { return &r.RadioGroup }

// CreateRenderer draws the group as Fyne does, with kit's items.
func (r *KeyRadio) CreateRenderer() fyne.WidgetRenderer {
	rr := &radioRenderer{group: r}
	rr.update()
	return rr
}

// choose is a click or Space on item i: Fyne's rule, a second choice of
// the chosen item clears it unless the group is Required.
func (r *KeyRadio) choose(i int) {
	if r.Disabled() || i >= len(r.Options) {
		return
	}
	if r.Selected == r.Options[i] {
		if r.Required {
			return
		}
		r.Selected = ""
	} else {
		r.Selected = r.Options[i]
	}
	if r.OnChanged != nil {
		r.OnChanged(r.Selected)
	}
	r.Refresh()
}

type radioRenderer struct {
	group *KeyRadio
	objs  []fyne.CanvasObject
}

// update makes an item per option and gives each its label and state.
func (rr *radioRenderer) update() {
	r := rr.group
	for len(r.items) < len(r.Options) {
		it := &radioItem{group: r, index: len(r.items)}
		it.ExtendBaseWidget(it)
		r.items = append(r.items, it)
	}
	r.items = r.items[:len(r.Options)]
	rr.objs = rr.objs[:0]
	chosen := false
	for i, it := range r.items {
		sel := !chosen && r.Selected != "" && r.Options[i] == r.Selected
		chosen = chosen || sel
		it.label, it.selected = r.Options[i], sel
		rr.objs = append(rr.objs, it)
	}
}

func (rr *radioRenderer) Layout(fyne.Size) {
	n := float32(max(len(rr.group.items), 1))
	min := rr.MinSize()
	size := fyne.NewSize(min.Width, min.Height/n)
	if rr.group.Horizontal {
		size = fyne.NewSize(min.Width/n, min.Height)
	}
	var pos fyne.Position
	for _, it := range rr.group.items {
		it.Resize(size)
		it.Move(pos)
		if rr.group.Horizontal {
			pos.X += size.Width
		} else {
			pos.Y += size.Height
		}
	}
}

func (rr *radioRenderer) MinSize() fyne.Size {
	var w, h float32
	for _, it := range rr.group.items {
		m := it.MinSize()
		w, h = fyne.Max(w, m.Width), fyne.Max(h, m.Height)
	}
	n := float32(len(rr.group.items))
	if rr.group.Horizontal {
		return fyne.NewSize(w*n, h)
	}
	return fyne.NewSize(w, h*n)
}

func (rr *radioRenderer) Refresh() {
	n := len(rr.group.items)
	rr.update()
	if n != len(rr.group.items) {
		rr.Layout(rr.group.Size())
	}
	for _, it := range rr.group.items {
		it.Refresh()
	}
	canvas.Refresh(rr.group)
}

func (rr *radioRenderer) Objects() []fyne.CanvasObject { return rr.objs }
func (rr *radioRenderer) Destroy()                     {}

// radioItem is one option of a KeyRadio.
type radioItem struct {
	widget.BaseWidget
	group    *KeyRadio
	index    int
	label    string
	selected bool
	focused  bool
	hovered  bool
}

// Disabled is the group's: Tab passes over the items of a disabled group.
func (i *radioItem) Disabled() bool { return i.group.Disabled() }
func (i *radioItem) Enable()        { i.group.Enable() }
func (i *radioItem) Disable()       { i.group.Disable() }

func (i *radioItem) FocusGained() { i.focused = true; i.Refresh() }
func (i *radioItem) FocusLost()   { i.focused = false; i.Refresh() }

// Tapped chooses the item and takes the focus, as Fyne's item does.
func (i *radioItem) Tapped(*fyne.PointEvent) {
	if i.Disabled() {
		return
	}
	if !i.focused && !fyne.CurrentDevice().IsMobile() {
		if c := fyne.CurrentApp().Driver().CanvasForObject(i); c != nil {
			c.Focus(i)
		}
	}
	i.group.choose(i.index)
}

// TypedRune chooses the item on Space (the driver sends Space as a rune
// and as a key; the rune chooses, as in Fyne's item).
func (i *radioItem) TypedRune(r rune) {
	if r == ' ' {
		i.group.choose(i.index)
	}
}

// TypedKey moves along the group on the arrow keys and passes the keys it
// does not use on.
func (i *radioItem) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace:
	case fyne.KeyUp, fyne.KeyLeft:
		i.focusSibling(-1)
	case fyne.KeyDown, fyne.KeyRight:
		i.focusSibling(1)
	default:
		PassKey(i, ev)
	}
}

// focusSibling focuses the item step places away in the group, if any.
func (i *radioItem) focusSibling(step int) {
	items := i.group.items
	j := i.index + step
	if j < 0 || j >= len(items) {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(i); c != nil {
		c.Focus(items[j])
	}
}

func (i *radioItem) MouseIn(*desktop.MouseEvent) {
	if !i.Disabled() {
		i.hovered = true
		i.Refresh()
	}
}
func (i *radioItem) MouseMoved(*desktop.MouseEvent) {}
func (i *radioItem) MouseOut() {
	if i.hovered {
		i.hovered = false
		i.Refresh()
	}
}

func (i *radioItem) CreateRenderer() fyne.WidgetRenderer {
	r := &radioItemRenderer{item: i, label: &canvas.Text{Alignment: fyne.TextAlignLeading}}
	r.focus.FillColor = color.Transparent
	r.update()
	return r
}

// radioItemRenderer draws an item as Fyne's radio item looks: a filled
// circle in an outline, a tint behind it on focus or hover, the label.
type radioItemRenderer struct {
	item       *radioItem
	focus      canvas.Circle
	icon, over canvas.Image
	label      *canvas.Text
}

func (r *radioItemRenderer) Layout(size fyne.Size) {
	th := r.item.Theme()
	inner := th.Size(theme.SizeNameInnerPadding)
	border := th.Size(theme.SizeNameInputBorder)
	iconSize := th.Size(theme.SizeNameInlineIcon)
	fs := fyne.NewSquareSize(iconSize + inner)
	r.focus.Resize(fs)
	r.focus.Move(fyne.NewPos(border, (size.Height-fs.Height)/2))
	r.label.Resize(size)
	r.label.Move(fyne.NewPos(fs.Width+th.Size(theme.SizeNamePadding), 0))
	pos := fyne.NewPos(inner/2+border, (size.Height-iconSize)/2)
	for _, im := range []*canvas.Image{&r.icon, &r.over} {
		im.Resize(fyne.NewSquareSize(iconSize))
		im.Move(pos)
	}
}

func (r *radioItemRenderer) MinSize() fyne.Size {
	th := r.item.Theme()
	in := 2 * th.Size(theme.SizeNameInnerPadding)
	return r.label.MinSize().AddWidthHeight(in+th.Size(theme.SizeNameInlineIcon)+th.Size(theme.SizeNamePadding), in)
}

func (r *radioItemRenderer) Refresh() {
	r.update()
	canvas.Refresh(r.item)
}

func (r *radioItemRenderer) update() {
	it := r.item
	th := it.Theme()
	v := Variant()
	r.label.Text = it.label
	r.label.TextSize = th.Size(theme.SizeNameText)
	r.label.Color = th.Color(theme.ColorNameForeground, v)
	out := theme.NewThemedResource(th.Icon(theme.IconNameRadioButton))
	in := theme.NewThemedResource(th.Icon(theme.IconNameRadioButtonFill))
	out.ColorName, in.ColorName = theme.ColorNameInputBorder, theme.ColorNameInputBackground
	if it.selected {
		out.ColorName, in.ColorName = theme.ColorNameForeground, theme.ColorNamePrimary
	}
	r.focus.FillColor = color.Transparent
	switch {
	case it.Disabled():
		r.label.Color = th.Color(theme.ColorNameDisabled, v)
		out.ColorName, in.ColorName = theme.ColorNameDisabled, theme.ColorNameBackground
		if it.selected {
			in.ColorName = theme.ColorNameDisabled
		}
	case it.focused:
		r.focus.FillColor = th.Color(theme.ColorNameFocus, v)
	case it.hovered:
		r.focus.FillColor = th.Color(theme.ColorNameHover, v)
	}
	r.icon.Resource, r.over.Resource = in, out
	r.icon.Refresh()
	r.over.Refresh()
	r.focus.Refresh()
	r.label.Refresh()
}

func (r *radioItemRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{&r.focus, &r.icon, &r.over, r.label}
}
func (r *radioItemRenderer) Destroy() {}
