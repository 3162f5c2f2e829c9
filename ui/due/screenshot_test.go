//go:build screenshots

package due

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/locales"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// TestScreenshots writes a PNG of the overview over the demo cases:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/due/
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	uitest.German(t)
	uitest.UseLightTheme()
	db := uitest.Store(t)
	ctx := context.Background()
	cases, partners := demo.Cases(30, 1, uitest.Now)
	for i := range partners {
		if err := db.SavePartner(ctx, &partners[i]); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range cases {
		if err := db.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	env := &kit.Env{Loc: locales.New("de"), Store: db, Now: uitest.Clock, Partners: partners}
	o := newOverview(env, nil)
	w := test.NewTempWindow(t, container.NewVScroll(o.card))
	<-o.done
	uitest.ShootWindow(t, w, filepath.Join(dir, "due.png"))
}
