package assessment

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// host is uitest's host with the assessment workspace shown.
type host struct{ *uitest.Host }

// openHost opens c; onSaved, if given, is the host's own callback, set
// before the workspace is built as the case view does.
func openHost(t *testing.T, c *model.Case, partners []model.Partner, onSaved ...func()) host {
	t.Helper()
	h := host{uitest.Open(t, c, partners)}
	for _, f := range onSaved {
		h.S.OnSaved = f
	}
	h.Show(New)
	return h
}

// newCase is a case in the assessment phase with one assessment.
func newCase() *model.Case {
	c := model.NewCase(model.Client{FirstName: "Aylin", LastName: "Musterfrau"}, uitest.Now.Add(-30*24*time.Hour))
	c.Phase = model.PhaseAssessment
	c.StartAssessment(model.NewDate(2025, 2, 2), "")
	return c
}

// button finds the button with text.
func (h host) button(text string) *widget.Button {
	h.T.Helper()
	for _, b := range uitest.All[*widget.Button](h.Root) {
		if b.Text == text {
			return b
		}
	}
	h.T.Fatalf("no button %q", text)
	return nil
}

// input finds the n-th input labelled label: a form item with that text,
// or the first input after a label with that text in the same box.
func (h host) input(label string, n int) fyne.CanvasObject {
	h.T.Helper()
	var found []fyne.CanvasObject
	uitest.Walk(h.Root, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Form:
			for _, it := range x.Items {
				if it.Text == label {
					found = append(found, it.Widget)
				}
			}
		case *fyne.Container:
			for i, c := range x.Objects {
				if l, ok := c.(*widget.Label); ok && l.Text == label {
					if in := firstInput(x.Objects[i+1:]); in != nil {
						found = append(found, in)
					}
				}
			}
		}
	})

	if n >= len(found) {
		h.T.Fatalf("input %q #%d not found (%d found)", label, n, len(found))
	}
	return found[n]
}

func firstInput(objs []fyne.CanvasObject) fyne.CanvasObject {
	for _, o := range objs {
		var in fyne.CanvasObject
		uitest.Walk(o, func(c fyne.CanvasObject) {
			if in != nil {
				return
			}
			switch c.(type) {
			case *kit.Entry, *widget.Select, *widget.Check:
				in = c
			}
		})

		if in != nil {
			return in
		}
	}
	return nil
}

// entry is input as a bound entry.
func (h host) entry(label string, n int) *kit.Entry {
	h.T.Helper()
	e, ok := h.input(label, n).(*kit.Entry)
	if !ok {
		h.T.Fatalf("%q is a %T, not an entry", label, h.input(label, n))
	}
	return e
}

// chartTexts returns the texts the chart draws, by their string.
func chartTexts(c *profileChart) map[string]*canvas.Text {
	out := map[string]*canvas.Text{}
	for _, t := range uitest.All[*canvas.Text](c) {
		if t.Text != "" {
			out[t.Text] = t
		}
	}
	return out
}
