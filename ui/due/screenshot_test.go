//go:build screenshots

package due

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/locales"
	"teilhabelotse/model/demo"
	"teilhabelotse/storage"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// TestScreenshots writes a PNG of the overview over the demo cases:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/due/
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("UI_SCREENSHOTS")
	if dir == "" {
		t.Skip("set UI_SCREENSHOTS to a folder to write screenshots")
	}
	t.Setenv("LANG", "de_DE.UTF-8")
	test.NewTempApp(t)
	uitest.UseLightTheme()
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	cases, partners := demo.Cases(30, 1, testNow)
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
	env := &kit.Env{Loc: locales.New("de"), Store: db, Now: func() time.Time { return testNow }, Partners: partners}
	o := newOverview(env, nil)
	w := test.NewTempWindow(t, container.NewVScroll(o.card))
	<-o.done
	w.Resize(fyne.NewSize(1000, 800))
	for i := 0; i < 3; i++ {
		w.Content().Refresh()
	}
	out, err := os.Create(filepath.Join(dir, "due.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
