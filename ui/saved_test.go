package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// A saved backup is said as every saved file is: the notice under the work
// with "Öffnen" and "Ordner zeigen", not a dialog that stops the window.
func TestSavedBackupIsSaidWithTheNotice(t *testing.T) {
	f := &fakeTransfer{}
	u := transferUI(t, f)
	u.onBackup()
	dlg := u.win.Canvas().Overlays().Top()
	uitest.WalkDeep(dlg, func(o fyne.CanvasObject) {
		if c, ok := o.(*kit.KeyCheck); ok && c.Checked {
			test.Tap(c) // without a passphrase
		}
	})
	dir := t.TempDir()
	uitest.SaveAs(t, u.win, "backup", dir, "sicherung.db", func() { tap(t, dlg, "Weiter …") })
	if want := filepath.Join(dir, "sicherung.db"); f.path != want {
		t.Fatalf("backed up to %q, want %q", f.path, want)
	}
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a dialog says the backup was saved: %s", uitest.Texts(top))
	}
	if got := uitest.Texts(u.saved); !strings.Contains(got, "Gespeichert: sicherung.db") {
		t.Fatalf("the notice says %q", got)
	}
	uitest.Button(t, u.saved, "Öffnen")
	uitest.Button(t, u.saved, "Ordner zeigen")
}

// A report saved from the Auswertung is said in its own window with the
// same notice, not in the main window behind it.
func TestSavedReportIsSaidInTheEvaluationWindow(t *testing.T) {
	u := transferUI(t, &fakeTransfer{})
	u.onEvaluation()
	win := u.evalWin
	dir := t.TempDir()
	uitest.SaveAs(t, win, "report", dir, "bericht.pdf", func() {
		test.Tap(uitest.Button(t, win.Content(), "Auswertung als PDF …"))
	})
	top := win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(uitest.Texts(top), "Gespeichert: bericht.pdf") {
		t.Fatalf("the evaluation window shows no notice: %v", top != nil)
	}
	uitest.Button(t, top, "Öffnen")
	uitest.Button(t, top, "Ordner zeigen")
	if got := uitest.Texts(win.Content()); strings.Contains(got, "Gespeichert") {
		t.Errorf("the window says it was saved a second way: %s", got)
	}
	if got := uitest.Texts(u.saved); got != "" {
		t.Errorf("the main window's notice says %q", got)
	}
}
