package uitest

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/kit"
)

// SaveAs answers the program's save dialog (kit.SaveFile) for kind, which
// open will show over w, as a user does: it opens in dir (remembered as
// kind's folder beforehand), the suggested name is replaced by name, and
// "Speichern" is pressed.
func SaveAs(t testing.TB, w fyne.Window, kind, dir, name string, open func()) {
	t.Helper()
	kit.RememberFolder(kind, storage.NewFileURI(filepath.Join(dir, "earlier")))
	open()
	save := w.Canvas().Overlays().Top()
	if save == nil {
		t.Fatal("no save dialog")
	}
	var entry *kit.Entry
	WalkDeep(save, func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok && entry == nil && e.Text != "" {
			entry = e // the file name, the dialog's one filled entry
		}
	})
	if entry == nil {
		t.Fatalf("no file name in the save dialog: %s", Texts(save))
	}
	entry.SetText(name)
	test.Tap(Button(t, save, "Speichern"))
}
