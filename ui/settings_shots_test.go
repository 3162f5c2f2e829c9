//go:build screenshots

package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// TestSettingsScreenshots writes the setup page, the settings dialog and
// the Stammdaten tab for docs/screenshots:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestSettingsScreenshots ./ui/
//
// It checks nothing and is skipped unless UI_SCREENSHOTS names a folder.
func TestSettingsScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	store := uitest.Store(t)
	u := newTestUI(t, store)
	uitest.UseLightTheme()
	u.firstStart = true
	u.showSetupIfNeeded()
	setup := u.win.Canvas().Overlays().Top()
	fillDialog(t, setup, "Name der Organisation", 0, "Integrationsfachdienst Hafenstadt gGmbH")
	fillDialog(t, setup, "Anschrift", 0, "Kaistraße 5\n20457 Hamburg")
	fillDialog(t, setup, "Telefon", 0, "040 555 100")
	fillDialog(t, setup, "E-Mail", 0, "fallmanagement@ifd-hafenstadt.example.org")
	logo, err := os.ReadFile(filepath.Join("..", "assets", "icon.png"))
	if err != nil {
		t.Fatal(err)
	}
	u.setup.takeLogo("logo-ifd.png", logo)
	shoot(t, u.win, filepath.Join(dir, "app-setup.png"))
	fillDialog(t, setup, "Name", 0, "Sabine Lotse")
	fillDialog(t, setup, "Funktion", 0, "Fallmanagerin")
	fillDialog(t, setup, "Auftraggebender Träger", 0, "Deutsche Rentenversicherung Nord")
	fillDialog(t, setup, "Name", 1, "Jörg Stellvertreter")
	fillDialog(t, setup, "Telefon", 1, "040 555 101")
	test.Tap(uitest.Button(t, setup, "Speichern"))

	u.onSettings()
	shoot(t, u.win, filepath.Join(dir, "app-settings.png"))
	u.win.Canvas().Overlays().Top().Hide()

	c := addCase(t, store, "Erika", "Musterfrau", "10010490A443")
	c.Client.BirthDate = model.NewDate(1990, 4, 1)
	c.Client.Address, c.Client.Phone = "Elbchaussee 12\n22765 Hamburg", "040 987654"
	c.Client.Interpreter, c.Client.InterpreterLanguage = true, "Arabisch"
	c.Client.Guardian = model.Person{Name: "Betreuungsverein Altona e. V.", Relation: "Behördenangelegenheiten", Contact: "040 333"}
	c.Commission = model.Commission{Carrier: "Deutsche Rentenversicherung Nord", Reference: "FM-2025-0815", Date: model.NewDate(2025, 3, 3)}
	if err := store.SaveCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	u.reloadCases()
	u.list.selectCase(c.ID)
	test.Tap(uitest.OneButton(t, u.view.body, "Stammdaten"))
	shoot(t, u.win, filepath.Join(dir, "app-stammdaten.png"))
}
