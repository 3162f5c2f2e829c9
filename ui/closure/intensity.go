package closure

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"slices"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// intensityChoice binds the final intensity type to a radio group of the
// short names ("Typ A") with the Fachkonzept's full description of the
// chosen type below it. kit.Radio would put the full descriptions on the
// buttons; radio labels do not wrap, and those sentences would make the
// workspace wider than the space the case view gives it.
type intensityChoice struct {
	radio *widget.RadioGroup
	desc  *widget.Label
}

func newIntensityChoice(s *kit.Session, p *model.Intensity) *intensityChoice {
	ic := &intensityChoice{desc: kit.Wrapped("")}
	labels := make([]string, len(model.Intensities))
	for i, v := range model.Intensities {
		labels[i] = s.T("Closure.IntensityShort", "Type", string(v))
	}
	describe := func() {
		if *p == "" {
			ic.desc.Hide()
			return
		}
		ic.desc.SetText(s.Env.Loc.Enum("Intensity", *p))
		ic.desc.Show()
	}
	ic.radio = widget.NewRadioGroup(labels, nil)
	ic.radio.Horizontal = true
	ic.radio.Required = true // as kit.Radio: a second click does not clear it
	if i := slices.Index(model.Intensities, *p); i >= 0 {
		ic.radio.SetSelected(labels[i])
	}
	ic.radio.OnChanged = func(label string) {
		var v model.Intensity
		if i := slices.Index(labels, label); i >= 0 {
			v = model.Intensities[i]
		}
		if v != *p {
			*p = v
			s.Edited()
		}
		describe()
	}
	describe()
	return ic
}

func (ic *intensityChoice) object() fyne.CanvasObject {
	return container.NewVBox(ic.radio, ic.desc)
}
