package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Parts are the objects a page is built of directly below o — a
// container's objects, a form's fields, a card's content, an accordion's
// folds, what a scroll (kit's page wheel too), a theme override or a
// split holds — and whether o holds any such. A walk through a page (Freeze, hiding what cannot be
// used) goes through Parts; a form or a card, though Disableable itself
// (its own buttons), is walked, not disabled.
func Parts(o fyne.CanvasObject) ([]fyne.CanvasObject, bool) {
	switch x := o.(type) {
	case *fyne.Container:
		return x.Objects, true
	case *widget.Form:
		return each(x.Items, func(it *widget.FormItem) fyne.CanvasObject { return it.Widget }), true
	case *widget.Card:
		if x.Content == nil {
			return nil, true
		}
		return []fyne.CanvasObject{x.Content}, true
	case *widget.Accordion, *KeyAccordion:
		return each(accordionOf(x).Items, func(it *widget.AccordionItem) fyne.CanvasObject { return it.Detail }), true
	case *container.Scroll:
		return []fyne.CanvasObject{x.Content}, true
	case *pageWheel:
		return []fyne.CanvasObject{x.content}, true
	case *container.ThemeOverride:
		return []fyne.CanvasObject{x.Content}, true
	case *container.Split:
		return []fyne.CanvasObject{x.Leading, x.Trailing}, true
	}
	return nil, false
}

// each is part(x) of every x of xs.
func each[T any](xs []T, part func(T) fyne.CanvasObject) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(xs))
	for i, x := range xs {
		out[i] = part(x)
	}
	return out
}
