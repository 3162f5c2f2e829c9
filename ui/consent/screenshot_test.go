//go:build screenshots

package consent

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/container"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// TestScreenshots writes PNGs of the consents workspace and the consent
// dialog for a person to look at:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/consent/
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	f := uitest.NewFixture(t)
	f.Demo(func(c *model.Case) int { return len(c.Consents) + len(c.Disclosures) })
	sc := container.NewVScroll(New(f.S))
	f.Put(sc)
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "consent.png"))
	sc.ScrollToBottom()
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "consent-end.png"))
	Require(f.S, f.S.Env.Partners[0].UID, cats(model.InfoHealth, model.InfoWork, model.InfoPlan), uitest.Today, func() {})
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "consent-dialog.png"))
	f.Win.Canvas().Overlays().Top().Hide()
	// The conference dialog, once held and once not held with its reason.
	put := func(c *model.Case) *model.Conference { return &c.CurrentPlan().Conference }
	if f.S.Case.CurrentPlan() != nil {
		EditConference(f.S, "Teilhabekonferenz", put)
		uitest.ShootWindow(t, f.Win, filepath.Join(dir, "conference-dialog.png"))
		uitest.Field[*kit.KeySelect](t, f.Overlay(), "Durchführung").SetSelected("nicht durchgeführt")
		uitest.Field[*kit.Entry](t, f.Overlay(), "Grund").SetText("Nur ein Träger beteiligt; alles bilateral abgestimmt")
		uitest.ShootWindow(t, f.Win, filepath.Join(dir, "conference-not-held.png"))
	}
}
