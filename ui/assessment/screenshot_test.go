//go:build screenshots

package assessment

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
)

// TestScreenshots writes PNGs of the workspace for a person to look at:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/assessment/
//
// The workspace is drawn whole (taller than the window) so every section
// can be seen. It checks nothing and is skipped unless UI_SCREENSHOTS
// names a folder.
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	cases, partners := demo.Cases(demo.Curated, 1, uitest.Now)
	shots := map[string]*model.Case{}
	for _, c := range cases {
		switch {
		case c.Client.FirstName == "Aylin":
			shots["assessment-current.png"] = c
		case c.Client.FirstName == "Monika":
			shots["assessment-reassessed.png"] = c
		case c.Client.FirstName == "Lukas":
			shots["assessment-empty.png"] = c
		}
	}
	for name, c := range shots {
		h := openHost(t, c, partners)
		uitest.UseLightTheme()
		uitest.ShootTall(t, h.Root, 1000, filepath.Join(dir, name))
		if name == "assessment-reassessed.png" {
			h.selector().SetSelectedIndex(1)
			uitest.ShootTall(t, h.Root, 1000, filepath.Join(dir, "assessment-earlier.png"))
		}
		// The top of the workspace, as the window shows it.
		uitest.ShootScrolled(t, h.Root, "window-"+name, 0)
	}

	// The profile chart with one and with twelve items, wide and narrow.
	items := []string{"Heben und Tragen", "Sitzen", "Stehen und Gehen", "Feinmotorik", "PC-Arbeit", "Konzentration",
		"Arbeiten unter Zeitdruck", "Kundenkontakt am Telefon und am Schalter", "Schichtarbeit", "Belastbarkeit / Ausdauer", "Lernfähigkeit", "Teamarbeit"}
	for _, n := range []int{1, 12} {
		var profile []model.ProfileItem
		for i := 0; i < n; i++ {
			profile = append(profile, model.ProfileItem{Item: items[i], Capability: (i * 2) % 6, Requirement: (i*3 + 2) % 6})
		}
		h := openHost(t, newCase(), nil)
		uitest.UseLightTheme()
		for _, width := range []float32{1000, 560} {
			chart := newProfileChart(&profile, chartText{
				capability: h.S.T("Assessment.Capability"), requirement: h.S.T("Assessment.Requirement"),
				gap: h.S.T("Assessment.GapLegend"), empty: h.S.T("Assessment.ChartEmpty"),
				unnamed:  func(n int) string { return h.S.T("Assessment.ChartUnnamed", "N", n) },
				gapValue: func(g int) string { return h.S.T("Assessment.ChartGap", "Gap", g) },
			})
			w := test.NewWindow(container.NewPadded(chart))
			w.Resize(fyne.NewSize(width, chart.MinSize().Height+4*theme.Padding()))
			out, err := os.Create(filepath.Join(dir, fmt.Sprintf("chart-%d-items-%.0f.png", n, width)))
			if err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(out, w.Canvas().Capture()); err != nil {
				t.Fatal(err)
			}
			out.Close()
			w.Close()
		}
	}
}
