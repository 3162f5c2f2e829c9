package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Folds keeps which accordion items of a workspace are unfolded across
// its rebuilds: every structural change (a goal or a review added) builds
// the workspace anew, and the counselor must find it as she left it. A
// workspace keeps one Folds per session (in its State).
type Folds struct {
	open  map[string]bool   // accordion items by key, as they are to be shown
	items map[string]folded // the items of the current build
}

// folded is an accordion item with the state it was built in.
type folded struct {
	item  *widget.AccordionItem
	built bool
}

// Harvest records which accordion items the user opened or closed in the
// build that is about to be replaced. Items she left alone keep what the
// workspace decided meanwhile (a new goal opens its area).
func (f *Folds) Harvest() {
	for k, it := range f.items {
		if it.item.Open != it.built {
			f.Unfold(k, it.item.Open)
		}
	}
	f.items = map[string]folded{}
}

// Unfold decides that the item key is shown open (or closed) from the next
// build on.
func (f *Folds) Unfold(key string, open bool) {
	if f.open == nil {
		f.open = map[string]bool{}
	}
	f.open[key] = open
}

// Item makes an accordion item that keeps its open state across rebuilds;
// def is its state the first time it is shown.
func (f *Folds) Item(key, title string, detail fyne.CanvasObject, def bool) *widget.AccordionItem {
	open, ok := f.open[key]
	if !ok {
		open = def
	}
	it := widget.NewAccordionItem(title, detail)
	it.Open = open
	if f.items == nil {
		f.items = map[string]folded{}
	}
	f.items[key] = folded{it, open}
	return it
}

// FoldStack lays accordion items one under another, each its own
// accordion: Fyne's accordion puts all its titles before all its
// contents, so Tab went through the title of every fold before it reached
// the first field of the open one. It returns each item's accordion too,
// to refresh a title.
func FoldStack(items ...*widget.AccordionItem) (*fyne.Container, []*KeyAccordion) {
	objs := make([]fyne.CanvasObject, 0, 2*len(items))
	accs := make([]*KeyAccordion, len(items))
	for i, it := range items {
		if i > 0 {
			objs = append(objs, widget.NewSeparator())
		}
		accs[i] = NewAccordion(it)
		objs = append(objs, accs[i])
	}
	return container.NewVBox(objs...), accs
}
