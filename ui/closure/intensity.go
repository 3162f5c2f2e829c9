package closure

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// intensityChoice binds the final intensity type to a radio group of the
// short names ("Typ A") with the Fachkonzept's full description of the
// chosen type below it. kit.Radio would put the full descriptions on the
// buttons; radio labels do not wrap, and those sentences would make the
// workspace wider than the space the case view gives it.
type intensityChoice struct {
	radio *kit.KeyRadio
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
	ic.radio = kit.RadioLabeled(s, labels, model.Intensities, p)
	edited := ic.radio.OnChanged
	ic.radio.OnChanged = func(label string) {
		edited(label)
		describe()
	}
	describe()
	return ic
}

func (ic *intensityChoice) object() fyne.CanvasObject {
	return container.NewVBox(ic.radio, ic.desc)
}
