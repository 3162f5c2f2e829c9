package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// MenuButton is a button that opens a menu of items above itself: for a
// bar at the window's bottom that has room for one button, not for each
// item (the compact transition bar, its documents).
func MenuButton(label string, items ...*fyne.MenuItem) *Button {
	var btn *Button
	btn = NewButton(label, theme.MenuDropDownIcon(), func() {
		c := fyne.CurrentApp().Driver().CanvasForObject(btn)
		if c == nil {
			return
		}
		widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", items...), c,
			fyne.NewPos(0, -btn.MinSize().Height*float32(len(items))), btn)
	})
	btn.IconPlacement = widget.ButtonIconTrailingText
	return btn
}
