package closure

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// score shows the GAS T-score larger than any heading: it is the one
// number the closure produces. A widget rather than a bare canvas.Text so
// that its colour follows the theme.
type score struct {
	widget.BaseWidget
	Text string
}

func newScore() *score {
	s := &score{}
	s.ExtendBaseWidget(s)
	return s
}

// SetText shows text.
func (s *score) SetText(text string) {
	s.Text = text
	s.Refresh()
}

func (s *score) CreateRenderer() fyne.WidgetRenderer {
	t := &canvas.Text{TextStyle: fyne.TextStyle{Bold: true}}
	r := &scoreRenderer{s: s, text: t}
	r.Refresh()
	return r
}

type scoreRenderer struct {
	s    *score
	text *canvas.Text
}

func (r *scoreRenderer) Refresh() {
	r.text.Text = r.s.Text
	r.text.TextSize = 2 * theme.TextHeadingSize()
	r.text.Color = theme.Color(theme.ColorNameForeground)
	r.text.Refresh()
}

func (r *scoreRenderer) Layout(size fyne.Size) {
	p := theme.InnerPadding()
	r.text.Move(fyne.NewPos(p, p))
	r.text.Resize(size.Subtract(fyne.NewSize(2*p, 2*p)))
}

func (r *scoreRenderer) MinSize() fyne.Size {
	p := theme.InnerPadding()
	return r.text.MinSize().Add(fyne.NewSize(2*p, 2*p))
}

func (r *scoreRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.text} }
func (r *scoreRenderer) Destroy()                     {}
