package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// After "… hinzufügen" the new entry's first field has the focus — not
// its remove button, not the field of an entry above — so the counselor
// types into it at once.
func TestAnAddedEntryHasTheFocus(t *testing.T) {
	s, _ := openSession(t)
	s.Case.Assessments = []model.Assessment{{}}
	list := &s.Case.Assessments[0].Instruments
	host := container.NewStack()
	var names []*kit.Entry
	build := func() {
		names = nil
		host.Objects = []fyne.CanvasObject{kit.Repeat(s, list, "Assessment.AddInstrument",
			func() model.Instrument { return model.Instrument{} },
			func(_ int, it *model.Instrument) fyne.CanvasObject {
				name := s.Text(&it.Name)
				names = append(names, name)
				return container.NewVBox(widget.NewButton("entfernen", nil), name, s.Text(&it.By))
			})}
		host.Refresh()
	}
	s.Rebuild = build
	build()
	w := test.NewTempWindow(t, host)
	s.Env.Win = w
	w.Resize(fyne.NewSize(500, 600))

	for n := 1; n <= 2; n++ {
		add := addButton(t, host, s.T("Assessment.AddInstrument"))
		test.Tap(add)
		if len(*list) != n {
			t.Fatalf("%d instruments after %d adds", len(*list), n)
		}
		if got := w.Canvas().Focused(); got != names[n-1] {
			t.Errorf("after add %d the focus is on %T, not the new entry's first field", n, got)
		}
	}
	test.Type(w.Canvas().Focused(), "ICF-Checkliste")
	if (*list)[1].Name != "ICF-Checkliste" {
		t.Errorf("typing after the add wrote %q into the new instrument", (*list)[1].Name)
	}
}

func addButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Button:
			if x.Text == text {
				found = x
			}
		case *kit.Button:
			if x.Text == text {
				found = &x.Button
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}
