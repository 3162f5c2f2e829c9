package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne moves a scroll 25 units per notch of the mouse wheel, two thirds
// of one entry's row. Windows, GTK and browsers move about three lines of
// text, and a counselor going through a workspace of a hundred fields
// turned the wheel three times as often as in any other program (the
// scripted walk counted 718 notches for one case). A page (NewPage)
// therefore moves three lines of the theme's text per notch, here and
// only here: the page's content lies in a widget that takes the wheel
// wherever nothing inside takes it itself, and the notes' own wheel
// layer (wheel.go) hands the wheel to the same function. A field that
// scrolls itself (a plain multi-line entry, a list) still gets the wheel
// first: Fyne gives it to the innermost scrollable under the pointer.

// fyneNotch is what Fyne's desktop driver reports for one notch
// (internal/driver/glfw/scroll_speed_default.go).
const fyneNotch = 25

// wheelLines is how many lines of text one notch moves a page.
const wheelLines = 3

// WheelStep is how far one notch moves a page: three lines of text with
// the space between lines.
func WheelStep() float32 {
	line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height + theme.LineSpacing()
	return wheelLines * line
}

// scrollPage scrolls page by ev, made as fast as WheelStep says; a notch
// never moves more than the view less two lines, so what was at the bottom
// is still seen at the top.
func scrollPage(page fyne.Scrollable, ev *fyne.ScrollEvent) {
	f := WheelStep() / fyneNotch
	dy := ev.Scrolled.DY * f
	if sc, ok := page.(*container.Scroll); ok {
		most := fyne.Max(sc.Size().Height-2*WheelStep()/wheelLines, fyneNotch)
		dy = fyne.Max(-most, fyne.Min(dy, most))
	}
	fast := *ev
	fast.Scrolled = fyne.NewDelta(ev.Scrolled.DX, dy)
	page.Scrolled(&fast)
}

// pageWheel holds a page's content and takes the wheel wherever no field
// inside takes it; it takes no taps and no focus. It is the content's
// parent, not a layer beside it, so it moves and grows only with it.
type pageWheel struct {
	widget.BaseWidget
	content fyne.CanvasObject
	page    *container.Scroll
}

func newPageWheel(content fyne.CanvasObject) *pageWheel {
	w := &pageWheel{content: content}
	w.ExtendBaseWidget(w)
	return w
}

func (w *pageWheel) Scrolled(ev *fyne.ScrollEvent) {
	if w.page != nil {
		scrollPage(w.page, ev)
	}
}

func (w *pageWheel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(w.content)
}
