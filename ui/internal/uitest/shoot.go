package uitest

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/kit"
)

// ShotsDir is the folder the screenshot tools write to, $UI_SCREENSHOTS;
// without it the calling test is skipped.
func ShotsDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("UI_SCREENSHOTS")
	if dir == "" {
		t.Skip("set UI_SCREENSHOTS to a folder to write screenshots")
	}
	return dir
}

// ShootWindow is Shoot at the size the workspace screenshots share.
func ShootWindow(t testing.TB, w fyne.Window, path string) {
	t.Helper()
	Shoot(t, w, fyne.NewSize(1000, 800), path)
}

// Shoot writes what w shows at size as a PNG to path, for a person to look
// at (the screenshot tool, ui/screenshots_test.go, runs only when
// UI_SCREENSHOTS names a folder).
func Shoot(t testing.TB, w fyne.Window, size fyne.Size, path string) {
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
	writePNG(t, w.Canvas().Capture(), path)
}

func writePNG(t testing.TB, img image.Image, path string) {
	t.Helper()
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, img); err != nil {
		t.Fatal(err)
	}
}

// ShootPages shows the workspace build makes of the host's case, in the
// light theme with the first folds of every accordion open, and writes
// dir/name.png of the first 1000×800 page, then further pages ("-p2", …)
// and the last ones ("-end1", …), to see everything below the fold.
func (h *Host) ShootPages(dir, name string, build func(*kit.Session) fyne.CanvasObject) {
	t := h.T
	t.Helper()
	UseLightTheme()
	h.Show(build)
	scroll := h.Win.Content().(*container.Scroll)
	openFolds(scroll)
	size := fyne.NewSize(1000, 800)
	Shoot(t, h.Win, size, filepath.Join(dir, name+".png"))
	for page := 2; page <= 6 && scroll.Offset.Y+scroll.Size().Height < scroll.Content.MinSize().Height; page++ {
		scroll.ScrollToOffset(fyne.NewPos(0, scroll.Offset.Y+760))
		Shoot(t, h.Win, size, filepath.Join(dir, fmt.Sprintf("%s-p%d.png", name, page)))
	}
	for page := 1; page <= 3; page++ {
		scroll.ScrollToOffset(fyne.NewPos(0, scroll.Content.MinSize().Height-float32(page)*760))
		Shoot(t, h.Win, size, filepath.Join(dir, fmt.Sprintf("%s-end%d.png", name, page)))
	}
}

// CuratedByLastName are the curated demo cases whose clients have the
// last names of shots, under the picture names shots maps them to, and
// the demo's partners.
func CuratedByLastName(shots map[string]string) (map[string]*model.Case, []model.Partner) {
	cases, partners := demo.Cases(demo.Curated, 1, Now)
	out := map[string]*model.Case{}
	for _, c := range cases {
		if name, ok := shots[c.Client.LastName]; ok {
			out[name] = c
		}
	}
	return out, partners
}

// Demo puts the demo case with the most of what count counts into the
// fixture's session, with the demo's partners, in the light theme.
func (f *Fixture) Demo(count func(*model.Case) int) {
	UseLightTheme()
	cases, partners := demo.Cases(9, 1, Now)
	f.S.Env.Partners = partners
	var c *model.Case
	for _, x := range cases {
		if c == nil || count(x) > count(c) {
			c = x
		}
	}
	c.ID = f.S.Case.ID
	f.S.Case = c
}

// openFolds unfolds the first three folds of every accordion, so the
// pictures show what is inside.
func openFolds(root fyne.CanvasObject) {
	WalkDeep(root, func(o fyne.CanvasObject) {
		if a, ok := o.(*widget.Accordion); ok {
			for i, it := range a.Items {
				if it.Detail != nil && i < 3 {
					a.Open(i)
				}
			}
		}
	})
}

// ShootTall writes obj as tall as it is and width points wide to path,
// cut into pages of 800 points a person can look at without shrinking the
// text ("-1.png", "-2.png", … when there is more than one).
func ShootTall(t testing.TB, obj fyne.CanvasObject, width float32, path string) {
	t.Helper()
	w := test.NewTempWindow(t, obj)
	for i := 0; i < 3; i++ { // wrapped text settles its height over a few layouts
		w.Resize(fyne.NewSize(width, obj.MinSize().Height+2*theme.Padding()))
		obj.Refresh()
	}
	img := w.Canvas().Capture()
	b := img.Bounds()
	page := int(800 * float32(b.Dx()) / width)
	for n, y := 1, b.Min.Y; y < b.Max.Y; n, y = n+1, y+page {
		name := path
		if b.Dy() > page {
			name = strings.TrimSuffix(path, ".png") + fmt.Sprintf("-%d.png", n)
		}
		sub := img.(interface {
			SubImage(image.Rectangle) image.Image
		}).SubImage(image.Rect(b.Min.X, y, b.Max.X, min(y+page, b.Max.Y)))
		writePNG(t, sub, name)
	}
}

// ShootScrolled writes obj in a 1000×800 window to $UI_SCREENSHOTS/name,
// in a vertical scroll as the host shows a workspace, scrolled down by
// offset; without UI_SCREENSHOTS the test is skipped.
func ShootScrolled(t testing.TB, obj fyne.CanvasObject, name string, offset float32) {
	t.Helper()
	dir := ShotsDir(t)
	UseLightTheme()
	scroll := container.NewVScroll(obj)
	w := test.NewTempWindow(t, scroll)
	w.Resize(fyne.NewSize(1000, 800))
	for i := 0; i < 3; i++ { // wrapped text settles its height over a few layouts
		w.Content().Refresh()
	}
	scroll.ScrollToOffset(fyne.NewPos(0, offset))
	Shoot(t, w, fyne.NewSize(1000, 800), filepath.Join(dir, name))
}
