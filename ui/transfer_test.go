package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// fakeTransfer records what the window asked for.
type fakeTransfer struct {
	importErr error
	importID  int64
	pass      string
	path      string // where the last export or backup was written
}

func (f *fakeTransfer) Encrypted(path string) (bool, error) {
	return strings.HasSuffix(path, ".age"), nil
}
func (f *fakeTransfer) Import(path, pass string, _ ImportOptions) (int64, error) {
	f.pass = pass
	return f.importID, f.importErr
}
func (f *fakeTransfer) Export(id int64, path, pass string) error {
	f.pass, f.path = pass, path
	return nil
}
func (f *fakeTransfer) Backup(path, pass string) error { f.pass, f.path = pass, path; return nil }

func transferUI(t *testing.T, f *fakeTransfer) *UI {
	t.Helper()
	a := uitest.German(t)
	u := New(a, uitest.Store(t), locales.New("de"), uitest.Clock, WithTransfer(f))
	t.Cleanup(func() { u.Window().Close() })
	return u
}

func TestTransferMenu(t *testing.T) {
	u := transferUI(t, &fakeTransfer{})
	for _, item := range []string{"Fallakte importieren …", "Fallakte exportieren …", "Sicherung anlegen …"} {
		menuItem(t, u, "Datei", item)
	}
}

// An import with problems lists every one and says nothing was changed.
func TestImportProblemsListed(t *testing.T) {
	f := &fakeTransfer{importErr: model.Problems{
		{Path: "case.client.birthDate", Code: model.CodeNotADate, Value: "31.02.1970"},
		{Path: "case.client.lastName", Code: model.CodeRequired},
	}}
	u := transferUI(t, f)
	u.importFile("/media/stick/fall.json", "")
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog after a failed import")
	}
	all := uitest.Texts(top)
	if !strings.Contains(all, "nicht importiert") || !strings.Contains(all, "2 Probleme") ||
		!strings.Contains(all, "• case.client.birthDate") || !strings.Contains(all, "• case.client.lastName") {
		t.Errorf("the problem list:\n%s", all)
	}
}

// An encrypted file asks for its passphrase; the one typed is used, a
// wrong one is said as such.
func TestImportAsksPassphrase(t *testing.T) {
	f := &fakeTransfer{importErr: model.ErrWrongPassphrase}
	u := transferUI(t, f)
	u.askPassphrase("Fallakte importieren", "verschlüsselt", func(p string) { u.importFile("/x/fall.json.age", p) })
	dlg := u.win.Canvas().Overlays().Top()
	var entry *kit.Entry
	uitest.WalkDeep(dlg, func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok && e.Password {
			entry = e
		}
	})
	if entry == nil {
		t.Fatal("no passphrase entry")
	}
	test.Type(entry, "geheim")
	tap(t, dlg, "Öffnen")
	if f.pass != "geheim" {
		t.Fatalf("import got passphrase %q", f.pass)
	}
	if top := uitest.Texts(u.win.Canvas().Overlays().Top()); !strings.Contains(top, "Die Passphrase ist falsch") {
		t.Errorf("a wrong passphrase is not said: %s", top)
	}
}

// Encryption is offered ticked; continuing needs the passphrase twice.
func TestBackupOffersEncryption(t *testing.T) {
	f := &fakeTransfer{}
	u := transferUI(t, f)
	var got *string
	u.askEncrypt("Sicherung anlegen", "Kopie", func(p string) { got = &p })
	dlg := u.win.Canvas().Overlays().Top()
	var entries []*kit.Entry
	uitest.WalkDeep(dlg, func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok && e.Password {
			entries = append(entries, e)
		}
	})
	if len(entries) != 2 {
		t.Fatalf("%d passphrase entries, want 2", len(entries))
	}
	cont := uitest.Buttons(dlg, "Weiter …")[0]
	if !cont.Disabled() {
		t.Error("continuing without a passphrase is possible")
	}
	test.Type(entries[0], "ein langer Satz")
	test.Type(entries[1], "ein anderer Satz")
	if !cont.Disabled() {
		t.Error("continuing with two different passphrases is possible")
	}
	entries[1].SetText("ein langer Satz")
	if cont.Disabled() {
		t.Fatal("two equal passphrases do not let continue")
	}
	test.Tap(cont)
	if got == nil || *got != "ein langer Satz" {
		t.Fatalf("continued with %v", got)
	}
}

func tap(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	bs := uitest.Buttons(o, text)
	if len(bs) == 0 {
		t.Fatalf("no button %q", text)
	}
	test.Tap(bs[0])
}

// A backup is saved through the program's one save dialog, titled in the
// program's language (Fyne's own says "Save File").
func TestBackupAsksWhereWithTheProgramsSaveDialog(t *testing.T) {
	u := transferUI(t, &fakeTransfer{})
	u.onBackup()
	dlg := u.win.Canvas().Overlays().Top()
	uitest.WalkDeep(dlg, func(o fyne.CanvasObject) {
		if c, ok := o.(*kit.KeyCheck); ok && c.Checked {
			test.Tap(c) // without a passphrase
		}
	})
	tap(t, dlg, "Weiter …")
	if top := uitest.Texts(u.win.Canvas().Overlays().Top()); !strings.Contains(top, "Speichern unter") {
		t.Errorf("the save dialog: %s", top)
	}
}
