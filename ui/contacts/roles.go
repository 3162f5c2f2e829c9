package contacts

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// barWidth is the length of the bar of the role taken most often: short
// enough that the four roles fit side by side in the case view at
// 1366×768 and 150 % beside the case list.
const barWidth = 72

// roleBar shows how often each of the four roles was taken in this case's
// contacts: a label, a bar relative to the most frequent role and the count.
func roleBar(s *kit.Session) fyne.CanvasObject {
	counts := model.RoleCounts(s.Case)
	max := 0
	for _, rc := range counts {
		if rc.Count > max {
			max = rc.Count
		}
	}
	cells := make([]fyne.CanvasObject, len(counts))
	for i, rc := range counts {
		w := float32(3)
		col := theme.Color(theme.ColorNameDisabled)
		if rc.Count > 0 {
			w = float32(barWidth * rc.Count / max)
			col = theme.Color(theme.ColorNamePrimary)
		}
		bar := canvas.NewRectangle(col)
		bar.CornerRadius = 3
		bar.SetMinSize(fyne.NewSize(w, 12))
		count := widget.NewLabelWithStyle(strconv.Itoa(rc.Count), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		cells[i] = container.NewVBox(
			widget.NewLabel(s.Env.Loc.Enum("Role", rc.Role)),
			container.NewHBox(container.NewCenter(bar), count),
		)
	}
	return container.NewGridWithColumns(len(cells), cells...)
}
