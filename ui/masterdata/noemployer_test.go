package masterdata

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/internal/uitest"
)

// "Kein Arbeitgeber" is recorded from the master data and clears an
// employer chosen before; choosing an employer afterwards clears it again.
// What the case holds is never both (model.CodeEmployerAndNone).
func TestNoEmployerIsRecorded(t *testing.T) {
	f := newFixture(t)
	f.Show(New)
	emp := uitest.Fields(f.Root, "Arbeitgeber")[0]
	var sel *widget.Select
	uitest.WalkDeep(emp, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok {
			sel = s
		}
	})
	uitest.SelectOption(t, sel, f.Employer.Name)
	test.Tap(uitest.CheckWith(t, f.Root, "Kein Arbeitgeber (z. B. arbeitslos, in Ausbildung, selbstständig)"))
	if err := f.S.Flush(); err != nil {
		t.Fatal(err)
	}
	cl := f.Stored().Client
	if !cl.NoEmployer || cl.Employer != "" || sel.SelectedIndex() != 0 {
		t.Errorf("no employer: %v, employer %q, choice %d", cl.NoEmployer, cl.Employer, sel.SelectedIndex())
	}
	if ps := f.Stored().Validate(nil); len(ps) != 0 {
		t.Errorf("stored what Validate refuses: %v", ps)
	}

	uitest.SelectOption(t, sel, f.Employer.Name)
	if err := f.S.Flush(); err != nil {
		t.Fatal(err)
	}
	cl = f.Stored().Client
	if cl.NoEmployer || cl.Employer != f.Employer.UID || uitest.CheckWith(t, f.Root, "Kein Arbeitgeber (z. B. arbeitslos, in Ausbildung, selbstständig)").Checked {
		t.Errorf("an employer chosen after all: no employer %v, employer %q", cl.NoEmployer, cl.Employer)
	}
}
