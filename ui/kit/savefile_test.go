package kit_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// The save dialog speaks the program's language, not Fyne's "Speichern
// Datei", and opens where a file of the same kind was saved last.
func TestSaveDialogInOurLanguageInTheLastFolder(t *testing.T) {
	test.NewTempApp(t)
	t.Setenv("HOME", t.TempDir()) // no documents folder: the remembered one decides
	w := test.NewWindow(container.NewStack())
	w.Resize(fyne.NewSize(1000, 700))
	t.Cleanup(w.Close)
	env := &kit.Env{Loc: locales.New("de"), Win: w, Now: time.Now}

	if kit.StartFolder("plan") != nil {
		t.Fatal("a first save starts in a folder nobody chose")
	}
	dir := t.TempDir()
	kit.RememberFolder("plan", storage.NewFileURI(filepath.Join(dir, "Teilhabeplan.pdf")))
	if got := kit.StartFolder("plan"); got == nil || got.Path() != dir {
		t.Fatalf("the plan's dialog starts in %v, want %s", got, dir)
	}
	if kit.StartFolder("closure") != nil {
		t.Error("the folder is remembered per kind of document, not for all")
	}
	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	if kit.StartFolder("plan") != nil {
		t.Error("a folder that is gone is not offered")
	}

	kit.SaveFile(env, "plan", "Teilhabeplan_Muster_v1.pdf", ".pdf", func(fyne.URIWriteCloser) {})
	shown := uitest.Texts(w.Canvas().Overlays().Top())
	for _, want := range []string{"Speichern unter", "Speichern", "Abbrechen"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the save dialog lacks %q:\n%s", want, shown)
		}
	}
	if strings.Contains(shown, "Speichern Datei") || strings.Contains(shown, "Save File") {
		t.Errorf("the save dialog has Fyne's own title:\n%s", shown)
	}
	if !strings.Contains(shown, "Teilhabeplan_Muster_v1.pdf") {
		t.Errorf("the suggested name is not offered:\n%s", shown)
	}
}

// After saving, a notice says so and offers to open the file or its
// folder; it does not block the window and goes when closed.
func TestSavedNoticeOffersOpenAndFolder(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(container.NewStack())
	t.Cleanup(w.Close)
	host := container.NewStack()
	env := &kit.Env{Loc: locales.New("de"), Win: w, Now: time.Now, Notice: func(o fyne.CanvasObject) {
		host.Objects = nil
		if o != nil {
			host.Objects = []fyne.CanvasObject{o}
		}
	}}
	kit.ShowSaved(env, storage.NewFileURI(filepath.Join(t.TempDir(), "Abschluss_Muster.pdf")))
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the notice is a dialog over the window")
	}
	if len(host.Objects) != 1 || !strings.Contains(uitest.Texts(host), "Gespeichert: Abschluss_Muster.pdf") {
		t.Fatalf("notice shows %q", uitest.Texts(host))
	}
	test.Tap(uitest.Button(t, host, "Öffnen"))
	test.Tap(uitest.Button(t, host, "Ordner zeigen"))
	var closeBtn *widget.Button
	for _, b := range uitest.All[*widget.Button](host) {
		if b.Text == "" {
			closeBtn = b
		}
	}
	test.Tap(closeBtn)
	if len(host.Objects) != 0 {
		t.Error("closing the notice leaves it")
	}
}

// Escape cancels the save dialog as it cancels every other dialog, also
// while the focus is in the file name field, where Fyne's dialog puts it;
// the name typed there is the name the file is saved under.
func TestSaveDialogEscapeCancelsAndTheTypedNameSaves(t *testing.T) {
	test.NewTempApp(t)
	t.Setenv("HOME", t.TempDir())
	w := test.NewWindow(container.NewStack())
	w.Resize(fyne.NewSize(1000, 700))
	t.Cleanup(w.Close)
	env := &kit.Env{Loc: locales.New("de"), Win: w, Now: time.Now}
	dir := t.TempDir()
	kit.RememberFolder("plan", storage.NewFileURI(filepath.Join(dir, "x.pdf")))
	c := w.Canvas()

	var saved []string
	write := func(wc fyne.URIWriteCloser) { saved = append(saved, wc.URI().Name()); wc.Close() }
	kit.SaveFile(env, "plan", "Teilhabeplan_Muster_v1.pdf", ".pdf", write)
	if c.Overlays().Top() == nil || c.Focused() == nil {
		t.Fatal("the save dialog is not shown with the focus in it")
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Fatal("Escape in the file name field left the save dialog open")
	}
	if len(saved) != 0 {
		t.Fatalf("a cancelled dialog saved %v", saved)
	}

	kit.SaveFile(env, "plan", "Teilhabeplan_Muster_v1.pdf", ".pdf", write)
	name := c.Focused()
	name.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(name, "Plan Erika.pdf")
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(saved) != 1 || saved[0] != "Plan Erika.pdf" {
		t.Fatalf("Enter after typing a name saved %v, want [Plan Erika.pdf]", saved)
	}
	if c.Overlays().Top() != nil {
		t.Error("the dialog stays open after saving")
	}
}
