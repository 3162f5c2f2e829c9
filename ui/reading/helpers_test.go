package reading

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
	"fyne.io/fyne/v2/theme"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui/kit"
)

// testNow is the fixed "now" of the tests: Monday, 10 March 2025, 09:30.
var testNow = time.Date(2025, time.March, 10, 9, 30, 0, 0, time.Local)

// session stores c in a fresh database and opens it, in German.
func session(t *testing.T, c *model.Case, partners []model.Partner) *kit.Session {
	t.Helper()
	t.Setenv("LANG", "de_DE.UTF-8")
	test.NewTempApp(t)
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	partners = append([]model.Partner(nil), partners...)
	for i := range partners {
		partners[i].ID = 0 // new in this database
		if err := db.SavePartner(context.Background(), &partners[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.CreateCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	env := &kit.Env{Loc: locales.New("de"), Store: db, Now: func() time.Time { return testNow }, Partners: partners}
	return kit.NewSession(env, c)
}

// screenshot writes obj in a 1000×800 window to $UI_SCREENSHOTS/name, in
// a vertical scroll as the host shows a workspace, scrolled down by offset.
func screenshot(t *testing.T, obj fyne.CanvasObject, name string, offset float32) {
	t.Helper()
	dir := os.Getenv("UI_SCREENSHOTS")
	if dir == "" {
		t.Skip("set UI_SCREENSHOTS to a folder to write screenshots")
	}
	fyne.CurrentApp().Settings().SetTheme(theme.LightTheme())
	scroll := container.NewVScroll(obj)
	w := test.NewTempWindow(t, scroll)
	w.Resize(fyne.NewSize(1000, 800))
	for i := 0; i < 3; i++ { // wrapped text settles its height over a few layouts
		w.Content().Refresh()
	}
	scroll.ScrollToOffset(fyne.NewPos(0, offset))
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
