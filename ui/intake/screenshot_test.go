//go:build screenshots

package intake

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// TestScreenshots writes PNGs of the intake for a person to look at:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/intake/
//
// It checks nothing and is skipped unless UI_SCREENSHOTS names a folder.
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	shots := []struct {
		name  string
		c     func() *model.Case
		width float32
		open  bool
	}{
		{"intake-rich", func() *model.Case { return richCase(t) }, 1000, true},
		{"intake-rich-narrow", func() *model.Case { return richCase(t) }, 460, true},
		{"intake-new-overdue", func() *model.Case {
			c := newCase()
			c.Intake.Referral.ReceivedOn = uitest.Today.AddDays(-20)
			c.Intake.FirstMeeting.Mode = model.ModePhone
			return c
		}, 1000, false},
		{"intake-closed", func() *model.Case {
			c := richCase(t)
			c.Phase = model.PhaseClosed
			return c
		}, 1000, false},
	}
	for _, sh := range shots {
		f := open(t, sh.c())
		// Built again under the light theme: widgets take some colours
		// when they are created.
		uitest.UseLightTheme()
		f.w = build(f.S)
		if sh.open {
			f.w.screening.areas[0].fold.Open(0)
			f.w.screening.areas[4].fold.Open(0)
		}
		// The whole workspace as tall as it is, cut into pages of 800
		// points a person can look at.
		w := test.NewTempWindow(t, f.w.root)
		for i := 0; i < 3; i++ {
			w.Resize(fyne.NewSize(sh.width, f.w.root.MinSize().Height))
			f.w.root.Refresh()
		}
		full := w.Canvas().Capture()
		scale := float32(full.Bounds().Dx()) / sh.width
		pageH := int(800 * scale)
		for page, y := 1, 0; y < full.Bounds().Dy(); page, y = page+1, y+pageH {
			r := image.Rect(0, y, full.Bounds().Dx(), min(y+pageH, full.Bounds().Dy()))
			save(t, full.(interface {
				SubImage(image.Rectangle) image.Image
			}).SubImage(r), filepath.Join(dir, fmt.Sprintf("%s-%d.png", sh.name, page)))
		}
	}
	// The consent dialog over an empty case.
	f := open(t, newCase())
	uitest.UseLightTheme()
	test.Tap(f.w.consent.record)
	test.Tap(f.w.consent.recordDlg.forms[0])
	write(t, f.Win, filepath.Join(dir, "intake-consent-dialog.png"))
}

func write(t *testing.T, w fyne.Window, path string) {
	t.Helper()
	for _, o := range w.Canvas().Overlays().List() {
		o.Refresh()
	}
	save(t, w.Canvas().Capture(), path)
}

func save(t *testing.T, img image.Image, path string) {
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
