package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// KeyAccordion is Fyne's accordion whose fold headers are kit Buttons:
// Fyne's headers are its own buttons, which drop every key but Space, so
// PageDown on a focused fold header of the plan scrolled nothing. The
// accordion keeps Fyne's fields and methods (Items, Open, Close,
// Append); only its headers are made here, laid out as Fyne lays them.
type KeyAccordion struct {
	widget.Accordion
}

// NewAccordion makes a KeyAccordion of the items.
func NewAccordion(items ...*widget.AccordionItem) *KeyAccordion {
	a := &KeyAccordion{}
	a.Items = items
	a.ExtendBaseWidget(a)
	return a
}

// Unwrap is Fyne's accordion inside, for tests that look for one.
func (a *KeyAccordion) Unwrap() fyne.CanvasObject { return &a.Accordion }

// CreateRenderer draws the folds as Fyne does, with kit's headers.
func (a *KeyAccordion) CreateRenderer() fyne.WidgetRenderer {
	r := &accordionRenderer{acc: a}
	r.update()
	return r
}

// accordionOf is the Fyne accordion o is or holds, else nil.
func accordionOf(o fyne.CanvasObject) *widget.Accordion {
	switch x := o.(type) {
	case *widget.Accordion:
		return x
	case *KeyAccordion:
		return &x.Accordion
	}
	return nil
}

type accordionRenderer struct {
	acc      *KeyAccordion
	headers  []*Button
	dividers []fyne.CanvasObject
	objs     []fyne.CanvasObject
}

// update makes a header per fold and shows or hides the folds' details.
func (r *accordionRenderer) update() {
	a := r.acc
	th := a.Theme()
	for len(r.headers) < len(a.Items) {
		h := NewButton("", nil, nil)
		h.Alignment = widget.ButtonAlignLeading
		h.IconPlacement = widget.ButtonIconLeadingText
		h.Importance = widget.LowImportance
		r.headers = append(r.headers, h)
	}
	for len(r.dividers) < len(a.Items)-1 {
		r.dividers = append(r.dividers, widget.NewSeparator())
	}
	r.objs = r.objs[:0]
	for i, it := range a.Items {
		h := r.headers[i]
		h.Text = it.Title
		h.OnTapped = func() {
			if it.Open {
				a.Close(i)
			} else {
				a.Open(i)
			}
		}
		if it.Open {
			h.Icon = th.Icon(theme.IconNameArrowDropUp)
			it.Detail.Show()
		} else {
			h.Icon = th.Icon(theme.IconNameArrowDropDown)
			it.Detail.Hide()
		}
		h.Refresh()
		r.objs = append(r.objs, h)
	}
	for _, it := range a.Items {
		r.objs = append(r.objs, it.Detail)
	}
	r.objs = append(r.objs, r.dividers[:max(len(a.Items)-1, 0)]...)
}

func (r *accordionRenderer) Layout(size fyne.Size) {
	th := r.acc.Theme()
	pad := th.Size(theme.SizeNamePadding)
	sep := th.Size(theme.SizeNameSeparatorThickness)
	items := r.acc.Items
	// What the open folds get beyond their minimum, shared among them.
	extra, open := size.Height-r.MinSize().Height, 0
	for _, it := range items {
		if it.Open {
			open++
		}
	}
	if open > 0 && extra > 0 {
		extra /= float32(open)
	} else {
		extra = 0
	}
	var y float32
	for i, it := range items {
		if i > 0 {
			d := r.dividers[i-1]
			d.Move(fyne.NewPos(0, y-(pad+sep)/2))
			d.Resize(fyne.NewSize(size.Width, sep))
		}
		h := r.headers[i]
		hh := h.MinSize().Height
		h.Move(fyne.NewPos(0, y))
		h.Resize(fyne.NewSize(size.Width, hh))
		y += hh
		if it.Open {
			y += pad
			dh := it.Detail.MinSize().Height + extra
			it.Detail.Move(fyne.NewPos(0, y))
			it.Detail.Resize(fyne.NewSize(size.Width, dh))
			y += dh
		}
		y += pad
	}
}

func (r *accordionRenderer) MinSize() fyne.Size {
	pad := r.acc.Theme().Size(theme.SizeNamePadding)
	var size fyne.Size
	for i, it := range r.acc.Items {
		if i > 0 {
			size.Height += pad
		}
		h := r.headers[i].MinSize()
		d := it.Detail.MinSize()
		size.Width = fyne.Max(size.Width, fyne.Max(h.Width, d.Width))
		size.Height += h.Height
		if it.Open {
			size.Height += pad + d.Height
		}
	}
	return size
}

func (r *accordionRenderer) Refresh() {
	r.update()
	r.Layout(r.acc.Size())
	canvas.Refresh(r.acc)
}

func (r *accordionRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *accordionRenderer) Destroy()                     {}
