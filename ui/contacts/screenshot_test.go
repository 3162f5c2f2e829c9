//go:build screenshots

package contacts

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// TestScreenshots writes PNGs of the contact log and the contact dialog:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/contacts/
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	f := uitest.NewFixture(t)
	f.Demo(func(c *model.Case) int { return len(c.Contacts) })
	f.Put(container.NewVScroll(New(f.S)))
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "contacts.png"))
	test.Tap(uitest.Buttons(f.Win.Content(), "Bearbeiten")[0])
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "contacts-edit.png"))
	test.Tap(uitest.Button(t, f.Win.Content(), "Kontakt erfassen …"))
	dlg := f.Overlay()
	answerPassed(t, dlg, "Ja, Informationen weitergegeben")
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "contacts-dialog.png"))
}
