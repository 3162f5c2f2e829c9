package intake

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestOption(t *testing.T) {
	test.NewTempApp(t)
	var got []bool
	o := newOption("Niedrige Selbstwirksamkeit", false, func(v bool) { got = append(got, v) })
	test.NewTempWindow(t, o)
	test.Tap(o)
	o.TypedRune(' ')
	o.SetChecked(true) // not the user's change: no callback
	if len(got) != 2 || !got[0] || got[1] || !o.Checked {
		t.Errorf("changes %v, checked %v", got, o.Checked)
	}
	o.Disable()
	test.Tap(o)
	o.TypedRune(' ')
	if len(got) != 2 || !o.Checked {
		t.Error("a disabled option changed")
	}

	r := newOption("Typ A", true, func(v bool) { got = append(got, v) })
	test.Tap(r)
	test.Tap(r)
	if !r.Checked || len(got) != 3 {
		t.Errorf("a radio button turns on once and stays on: checked %v, changes %v", r.Checked, got)
	}
}
