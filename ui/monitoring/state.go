package monitoring

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// view is what the monitoring workspace remembers of one session between
// rebuilds: every structural change (a review added) builds the workspace
// anew, and the counselor must find it as she left it — the same reviews
// unfolded.
type view struct {
	s *kit.Session

	open  map[string]bool   // accordion items by key, as they are to be shown
	items map[string]folded // the items of the current build

	// refresh redraws what depends on the whole case (what is overdue,
	// the checklist, the reviews' titles) after each save; each build
	// replaces it.
	refresh func()
}

// viewOf returns the view of s, kept by the session across rebuilds, and
// makes the checklist follow every save.
func viewOf(s *kit.Session) *view {
	v := s.Memo("monitoring", func() any {
		return &view{s: s, open: map[string]bool{}, items: map[string]folded{}}
	}).(*view)
	s.AfterSave("monitoring", func() {
		if v.refresh != nil {
			v.refresh()
		}
	})
	return v
}

// folded is an accordion item with the state it was built in.
type folded struct {
	item  *widget.AccordionItem
	built bool
}

// harvest records which accordion items the user opened or closed in the
// build that is about to be replaced. Items she left alone keep what the
// workspace decided meanwhile (a new goal opens its area).
func (v *view) harvest() {
	for k, f := range v.items {
		if f.item.Open != f.built {
			v.open[k] = f.item.Open
		}
	}
	v.items = map[string]folded{}
}

// item makes an accordion item that keeps its open state across rebuilds;
// def is its state the first time it is shown.
func (v *view) item(key, title string, detail fyne.CanvasObject, def bool) *widget.AccordionItem {
	open, ok := v.open[key]
	if !ok {
		open = def
	}
	it := widget.NewAccordionItem(title, detail)
	it.Open = open
	v.items[key] = folded{it, open}
	return it
}
