//go:build screenshots

package intake

import (
	"path/filepath"
	"testing"

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
		uitest.ShootTall(t, f.w.root, sh.width, filepath.Join(dir, sh.name+".png"))
	}
	// The consent dialog over an empty case.
	f := open(t, newCase())
	uitest.UseLightTheme()
	test.Tap(f.w.consent.record)
	test.Tap(f.w.consent.recordDlg.forms[0])
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "intake-consent-dialog.png"))
}
