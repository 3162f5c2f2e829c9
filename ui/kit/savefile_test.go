package kit_test

import (
	"fmt"
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
// while the focus is in the file name field, where the dialog puts it;
// the name typed there is the name the file is saved under.
func TestSaveDialogEscapeCancelsAndTheTypedNameSaves(t *testing.T) {
	env, _ := saveEnv(t)
	c := env.Win.Canvas()

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

// Escape cancels the save dialog from every part Tab reaches — the file
// name, the buttons "up" and "home", the folder's list, "Abbrechen" and
// "Speichern" — and nothing is saved; Space on a subfolder in the list
// opens it, and the file is saved there.
func TestSaveDialogEscapeFromEveryPartAndBrowse(t *testing.T) {
	env, dir := saveEnv(t)
	c := env.Win.Canvas()
	if err := os.Mkdir(filepath.Join(dir, "Fälle"), 0o755); err != nil {
		t.Fatal(err)
	}
	var saved []string
	write := func(wc fyne.URIWriteCloser) { saved = append(saved, wc.URI().Path()); wc.Close() }
	open := func() {
		kit.SaveFile(env, "plan", "Teilhabeplan_Muster_v1.pdf", ".pdf", write)
		if c.Overlays().Top() == nil {
			t.Fatal("no save dialog")
		}
	}

	parts := escapeFromEveryPart(t, c, open)
	if len(saved) != 0 {
		t.Fatalf("a cancelled dialog saved %v", saved)
	}

	open()
	list := tabToList(t, c, parts)
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) // the first item: "Fälle"
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	want := filepath.Join(dir, "Fälle", "Teilhabeplan_Muster_v1.pdf")
	if len(saved) != 1 || saved[0] != want {
		t.Errorf("Space on the subfolder, then Enter saved %v, want %s", saved, want)
	}
}

// saveEnv is a window of 1000×700 with an empty home folder, and the
// folder the plan's save dialog opens in.
func saveEnv(t *testing.T) (*kit.Env, string) {
	test.NewTempApp(t)
	t.Setenv("HOME", t.TempDir())
	w := test.NewWindow(container.NewStack())
	w.Resize(fyne.NewSize(1000, 700))
	t.Cleanup(w.Close)
	dir := t.TempDir()
	kit.RememberFolder("plan", storage.NewFileURI(filepath.Join(dir, "x.pdf")))
	return &kit.Env{Loc: locales.New("de"), Win: w, Now: time.Now}, dir
}

// A file of the name in the folder is replaced only after a question;
// Escape on the question keeps the file and the save dialog open.
func TestSaveDialogAsksBeforeReplacing(t *testing.T) {
	env, dir := saveEnv(t)
	c := env.Win.Canvas()
	old := filepath.Join(dir, "Plan.pdf")
	if err := os.WriteFile(old, []byte("alt"), 0o600); err != nil {
		t.Fatal(err)
	}
	var saved []string
	kit.SaveFile(env, "plan", "Plan", ".pdf", func(wc fyne.URIWriteCloser) { saved = append(saved, wc.URI().Path()); wc.Close() })
	save := c.Overlays().Top()
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	ask := c.Overlays().Top()
	if ask == save || !strings.Contains(uitest.Texts(ask), "Plan.pdf") {
		t.Fatalf("saving over Plan.pdf asked nothing: %s", uitest.Texts(ask))
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != save || len(saved) != 0 {
		t.Fatalf("Escape on the question: saved %v, save dialog shown %v", saved, c.Overlays().Top() == save)
	}
	c.Focus(nil)
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(saved) != 1 || saved[0] != old || c.Overlays().Top() != nil {
		t.Errorf("confirming the question saved %v, dialogs left %v", saved, c.Overlays().Top() != nil)
	}
}

// escapeFromEveryPart presses Escape on each part Tab reaches in the
// dialog open shows, the dialog shown anew for each, and says where it
// stayed open; it returns how many parts there are.
func escapeFromEveryPart(t *testing.T, c fyne.Canvas, open func()) int {
	t.Helper()
	open()
	var parts []string
	first := c.Focused()
	for f := first; f != nil && (len(parts) == 0 || f != first) && len(parts) < 20; f = c.Focused() {
		parts = append(parts, fmt.Sprintf("%T", f))
		test.FocusNext(c)
	}
	if len(parts) < 5 { // name, up, home, list, cancel; confirm once enabled
		t.Fatalf("Tab reached only %v", parts)
	}
	for i, part := range parts {
		if i > 0 {
			open()
		}
		for range i {
			test.FocusNext(c)
		}
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if c.Overlays().Top() != nil {
			t.Errorf("Escape on part %d (%s) left the dialog open", i+1, part)
			for c.Overlays().Top() != nil {
				c.Overlays().Remove(c.Overlays().Top())
			}
		}
	}
	return len(parts)
}

// The dialog that opens a file shows the folders and the files of the
// endings asked for, starts where such a file was used last, closes on
// Escape from every part, and gives the chosen file's path.
func TestOpenDialogPicksAFileByKeyboard(t *testing.T) {
	env, dir := saveEnv(t)
	c := env.Win.Canvas()
	for _, f := range []string{"a.json", "b.txt", "C.JSON"} {
		if err := os.WriteFile(filepath.Join(dir, f), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "Akten"), 0o755); err != nil {
		t.Fatal(err)
	}
	kit.RememberFolder("casefile", storage.NewFileURI(filepath.Join(dir, "x.json")))
	var picked []string
	open := func() {
		kit.OpenFile(env, "casefile", []string{".json"}, func(p string) { picked = append(picked, p) })
		if c.Overlays().Top() == nil {
			t.Fatal("no open dialog")
		}
	}
	n := escapeFromEveryPart(t, c, open)
	if len(picked) != 0 {
		t.Fatalf("a cancelled dialog picked %v", picked)
	}
	open()
	shown := uitest.Texts(c.Overlays().Top())
	for _, want := range []string{"Datei öffnen", "Akten", "a.json", "C.JSON"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the dialog does not show %q:\n%s", want, shown)
		}
	}
	if strings.Contains(shown, "b.txt") {
		t.Errorf("a file of another ending is offered:\n%s", shown)
	}
	list := tabToList(t, c, n)
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) // the second item: "a.json"
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if want := filepath.Join(dir, "a.json"); len(picked) != 1 || picked[0] != want {
		t.Errorf("Space on a.json, then Enter picked %v, want %s", picked, want)
	}
}

// tabToList presses Tab, at most parts times, until the folder's list of
// the dialog on top of c has the focus, and returns it.
func tabToList(t *testing.T, c fyne.Canvas, parts int) fyne.Focusable {
	t.Helper()
	for range parts {
		test.FocusNext(c)
		if l, ok := c.Focused().(*kit.KeyList); ok {
			return l
		}
	}
	t.Fatal("Tab does not reach the folder's list")
	return nil
}
