package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
)

// Checklist is the one display of a phase's documentation checklist
// (model.ChecklistFor), used by every phase and by the transition dialog:
// each item with a tick when documented, an empty circle when still open —
// work to do, never an error — or a dash when it does not apply, under a
// line that counts them and says whether they are the Fachkonzept's
// minimum or the program's own advice.
type Checklist struct {
	s       *Session
	minimum bool // the Fachkonzept's "mindestens zu dokumentieren"
	// Summary counts the items ("3 von 7 Punkten dokumentiert"); hide it
	// where the list is not the whole checklist.
	Summary *widget.Label
	box     *fyne.Container
	columns int
	icons   []*widget.Icon
	labels  []*widget.Label
	done    []bool
	na      []bool
}

// Checklist makes an empty checklist of phase laid out in one or two
// columns; Set fills it.
func (s *Session) Checklist(phase model.Phase, columns int) *Checklist {
	cl := &Checklist{s: s, Summary: &widget.Label{Wrapping: fyne.TextWrapWord}, columns: max(columns, 1),
		minimum: model.FachkonzeptMinimum(phase)}
	// Tighter than a VBox: short lines should not fill the screen.
	cl.box = container.New(layout.NewCustomPaddedVBoxLayout(0))
	return cl
}

// The icons are made when drawn, not at start-up: theme icons need the
// running app.
func doneIcon() fyne.Resource { return theme.NewSuccessThemedResource(theme.ConfirmIcon()) }
func openIcon() fyne.Resource { return theme.NewWarningThemedResource(theme.RadioButtonIcon()) }
func naIcon() fyne.Resource   { return theme.NewDisabledResource(theme.ContentRemoveIcon()) }

// firstLine places an icon beside the first line of a wrapped label: down
// by the label's inner padding and half the difference of the heights.
func firstLine(ic *widget.Icon) fyne.CanvasObject {
	th := theme.Current()
	text := fyne.MeasureText("Ag", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height
	top := th.Size(theme.SizeNameInnerPadding) + (text-th.Size(theme.SizeNameInlineIcon))/2
	return container.NewVBox(container.New(layout.NewCustomPaddedLayout(top, 0, 0, 0), ic))
}

// Set shows items, in their order, and counts them.
func (cl *Checklist) Set(items []model.CheckItem) {
	for len(cl.icons) < len(items) {
		ic := widget.NewIcon(openIcon())
		l := &widget.Label{Wrapping: fyne.TextWrapWord}
		cl.icons = append(cl.icons, ic)
		cl.labels = append(cl.labels, l)
		cell := container.NewBorder(nil, nil, firstLine(ic), nil, l)
		// Items side by side in rows, each row as high as its longer text.
		if n := len(cl.box.Objects); cl.columns > 1 && (len(cl.icons)-1)%cl.columns != 0 && n > 0 {
			cl.box.Objects[n-1].(*fyne.Container).Add(cell)
		} else {
			cl.box.Add(container.NewGridWithColumns(cl.columns, cell))
		}
	}
	cl.done, cl.na = cl.done[:0], cl.na[:0]
	done := 0
	for i, it := range items {
		text, icon := cl.s.T(it.Key.MessageID()), openIcon()
		switch {
		case it.NotApplicable:
			text, icon = cl.s.T("Kit.ChecklistNotApplicable", "Item", text), naIcon()
		case it.Done:
			done++
			icon = doneIcon()
		}
		cl.labels[i].SetText(text)
		cl.icons[i].SetResource(icon)
		cl.done = append(cl.done, it.Done)
		cl.na = append(cl.na, it.NotApplicable)
		cl.icons[i].Show()
		cl.labels[i].Show()
	}
	for i := len(items); i < len(cl.icons); i++ {
		cl.icons[i].Hide()
		cl.labels[i].Hide()
	}
	// In the text colour: the light success colour is hard to read as
	// text, and the ticks already carry it.
	kind := "Advice"
	if cl.minimum {
		kind = "Minimum"
	}
	total := model.Checklist(items).Applicable()
	if done == total {
		cl.Summary.SetText(cl.s.T("Kit.ChecklistComplete" + kind))
	} else {
		cl.Summary.SetText(cl.s.T("Kit.ChecklistCount"+kind, "Done", done, "Total", total))
	}
}

// Item is the text of item i as shown and whether it is done.
func (cl *Checklist) Item(i int) (text string, done bool) {
	return cl.labels[i].Text, cl.done[i]
}

// NotApplicable reports whether item i does not apply to the case.
func (cl *Checklist) NotApplicable(i int) bool { return cl.na[i] }

// Len is the number of items shown.
func (cl *Checklist) Len() int { return len(cl.done) }

// Object is the count line above the items.
func (cl *Checklist) Object() fyne.CanvasObject { return container.NewVBox(cl.Summary, cl.box) }
