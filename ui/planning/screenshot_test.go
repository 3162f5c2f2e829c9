package planning

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
)

// TestScreenshots writes PNGs of the planning workspace for a person to
// look at:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/planning/
//
// It checks nothing and is skipped unless UI_SCREENSHOTS names a folder.
// Besides the 1000×800 window it writes the pages further down ("-p2", …),
// to see everything below the fold.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("UI_SCREENSHOTS")
	if dir == "" {
		t.Skip("set UI_SCREENSHOTS to a folder to write screenshots")
	}
	cases, partners := demo.Cases(demo.Curated, 1, testNow)
	shots := map[string]*model.Case{}
	for _, c := range cases {
		switch c.Client.LastName {
		case "Probe":
			shots["planning-draft"] = c
		case "Mustermann":
			shots["planning-final"] = c
		case "Beispielmann":
			shots["planning-v2"] = c
		}
	}
	shots["planning-empty"] = planningCase()
	for name, c := range shots {
		f := open(t, c, partners)
		fyne.CurrentApp().Settings().SetTheme(theme.LightTheme())
		var scroll *container.Scroll
		f.s.Rebuild = func() {
			scroll = container.NewVScroll(New(f.s))
			f.win.SetContent(scroll)
		}
		f.s.Rebuild()
		openAll(f.win.Content())
		shoot(t, f.win, fyne.NewSize(1000, 800), filepath.Join(dir, name+".png"))
		for page := 2; page <= 6 && scroll.Offset.Y+scroll.Size().Height < scroll.Content.MinSize().Height; page++ {
			scroll.ScrollToOffset(fyne.NewPos(0, scroll.Offset.Y+760))
			shoot(t, f.win, fyne.NewSize(1000, 800), filepath.Join(dir, fmt.Sprintf("%s-p%d.png", name, page)))
		}
		for page := 1; page <= 3; page++ {
			scroll.ScrollToOffset(fyne.NewPos(0, scroll.Content.MinSize().Height-float32(page)*760))
			shoot(t, f.win, fyne.NewSize(1000, 800), filepath.Join(dir, fmt.Sprintf("%s-end%d.png", name, page)))
		}
	}
}

func shoot(t *testing.T, w fyne.Window, size fyne.Size, path string) {
	t.Helper()
	w.Resize(size)
	// The test canvas does not re-layout when a wrapped text changes its
	// height, as the real driver does every frame; refresh a few times.
	for i := 0; i < 3; i++ {
		w.Content().Refresh()
		for _, o := range w.Canvas().Overlays().List() {
			o.Refresh()
		}
	}
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

// openAll unfolds the first fold of every accordion, so the pictures show
// what is inside.
func openAll(root fyne.CanvasObject) {
	walk(root, func(o fyne.CanvasObject) {
		if a, ok := o.(*widget.Accordion); ok {
			for i, it := range a.Items {
				if it.Detail != nil && i < 3 {
					a.Open(i)
				}
			}
		}
	})
}
