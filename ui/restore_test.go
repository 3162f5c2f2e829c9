package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui/internal/uitest"
)

// storeMaint restores with storage, as main does.
type storeMaint struct {
	dir string
	db  *storage.DB
}

func (m *storeMaint) Backups() ([]BackupInfo, error) {
	bs, err := storage.ListBackups(m.dir)
	var out []BackupInfo
	for _, b := range bs {
		out = append(out, BackupInfo{Path: b.Path, Time: b.Time, Size: b.Size, Cases: b.Cases})
	}
	return out, err
}

func (m *storeMaint) Inspect(path string) (BackupInfo, error) {
	if enc, _ := storage.IsEncryptedFile(path); enc {
		return BackupInfo{Path: path}, model.ErrEncrypted
	}
	b, err := storage.InspectBackup(path)
	return BackupInfo{Path: b.Path, Time: b.Time, Size: b.Size, Cases: b.Cases}, err
}

func (m *storeMaint) Restore(path string) (model.Store, string, error) {
	m.db.Close()
	aside, rerr := storage.Restore(m.dir, path, time.Now())
	db, err := storage.Open(m.dir)
	if err != nil {
		return nil, aside, err
	}
	m.db = db
	return db, aside, rerr
}

// backupMoment is when the test's daily backup was made: 24.11.2026, 08:15.
var backupMoment = time.Date(2026, time.November, 24, 8, 15, 0, 0, time.Local)

// restoreSetup is a window on a database with one case in its backup of
// 24.11.2026, 08:15 and a second case entered after it.
func restoreSetup(t *testing.T) (*UI, *storeMaint) {
	t.Helper()
	dir := t.TempDir()
	db, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	addCase(t, db, "Erika", "Mustermann", "")
	p, _, err := db.DailyBackup(context.Background(), backupMoment, storage.KeepBackups)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, backupMoment, backupMoment); err != nil {
		t.Fatal(err)
	}
	addCase(t, db, "Nach", "Sicherung", "")
	m := &storeMaint{dir: dir, db: db}
	t.Cleanup(func() { m.db.Close() })

	u := New(uitest.German(t), db, locales.New("de"), uitest.Clock, WithMaintenance(m))
	t.Cleanup(func() { u.Window().Close() })
	return u, m
}

func topOverlay(t *testing.T, u *UI) fyne.CanvasObject {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	return top
}

func TestRestoreFromTheMenu(t *testing.T) {
	u, m := restoreSetup(t)
	if n := len(listNames(u)); n != 2 {
		t.Fatalf("%d cases listed before the restore", n)
	}

	menuItem(t, u, "Datei", "Sicherung wiederherstellen …").Action()
	dlg := topOverlay(t, u)
	row := uitest.Button(t, dlg, "24.11.2026, 08:15   ·   1 Fall   ·   "+sizeText(u.loc, fileSize(t, m)))
	uitest.Button(t, dlg, "Andere Datei wählen …")
	uitest.Button(t, dlg, "Abbrechen")
	test.Tap(row)

	confirm := topOverlay(t, u)
	want := "Die Daten werden auf den Stand der Sicherung vom 24.11.2026, 08:15 zurückgesetzt. Alles, was seitdem eingegeben wurde, geht verloren."
	if !strings.Contains(uitest.Texts(confirm), want) {
		t.Fatalf("confirmation says:\n%s\nwant %q", uitest.Texts(confirm), want)
	}
	test.Tap(uitest.Button(t, confirm, "Wiederherstellen"))

	if names := listNames(u); len(names) != 1 || !strings.Contains(names[0], "Mustermann") {
		t.Fatalf("after the restore the list shows %q, want only the backup's case", names)
	}
	if rows, err := m.db.ListCases(context.Background()); err != nil || len(rows) != 1 {
		t.Fatalf("restored database: %d cases, %v", len(rows), err)
	}
	done := uitest.Texts(topOverlay(t, u))
	if !strings.Contains(done, "Stand der Sicherung vom 24.11.2026, 08:15: 1 Fall.") || !strings.Contains(done, ".before-restore-") {
		t.Errorf("success note says:\n%s", done)
	}
	// The window works on the restored store: a new case lands there.
	if err := u.onCreateCase(model.NewCase(model.Client{FirstName: "Neu", LastName: "Danach"}, uitest.Now)); err != nil {
		t.Fatal(err)
	}
	if rows, _ := m.db.ListCases(context.Background()); len(rows) != 2 {
		t.Errorf("a case created after the restore is not in the restored database (%d cases)", len(rows))
	}
}

func fileSize(t *testing.T, m *storeMaint) int64 {
	t.Helper()
	bs, err := storage.ListBackups(m.dir)
	if err != nil || len(bs) != 1 {
		t.Fatalf("backups %v, %v", bs, err)
	}
	return bs[0].Size
}

// Cancelling the confirmation changes nothing.
func TestRestoreCancelled(t *testing.T) {
	u, _ := restoreSetup(t)
	menuItem(t, u, "Datei", "Sicherung wiederherstellen …").Action()
	test.Tap(uitest.All[*widget.Button](topOverlay(t, u))[0])
	test.Tap(uitest.Button(t, topOverlay(t, u), "Abbrechen"))
	if n := len(listNames(u)); n != 2 {
		t.Errorf("%d cases after cancelling", n)
	}
}

// Pending typing is written before the restore, so the database kept aside
// has it.
func TestRestoreFlushesPendingEdits(t *testing.T) {
	u, m := restoreSetup(t)
	rows, _ := m.db.ListCases(context.Background())
	var id int64
	for _, r := range rows {
		if r.LastName == "Sicherung" {
			id = r.ID
		}
	}
	u.onOpenCase(id)
	u.view.sess.Case.Client.Phone = "0511 123456"
	u.view.sess.Edited()
	u.restore(BackupInfo{Path: filepath.Join(m.dir, storage.BackupDir, "teilhabelotse-2026-11-24.db"), Time: backupMoment})
	asides, _ := filepath.Glob(filepath.Join(m.dir, storage.FileName+".before-restore-*"))
	if len(asides) != 1 {
		t.Fatalf("kept aside: %v", asides)
	}
	check := t.TempDir()
	for _, suffix := range []string{"", "-wal"} {
		if b, err := os.ReadFile(asides[0] + suffix); err == nil {
			os.WriteFile(filepath.Join(check, storage.FileName+suffix), b, 0o600)
		}
	}
	kept, err := storage.Open(check)
	if err != nil {
		t.Fatal(err)
	}
	defer kept.Close()
	c, err := kept.LoadCase(context.Background(), id)
	if err != nil || c.Client.Phone != "0511 123456" {
		t.Errorf("the typing before the restore is not in the kept database: %v", err)
	}
}

// A file chosen by hand: the confirmation names it; an encrypted backup
// points to the command line; anything else is refused before asking.
func TestRestoreOtherFile(t *testing.T) {
	u, m := restoreSetup(t)
	stick := filepath.Join(t.TempDir(), "stick.db")
	src := filepath.Join(m.dir, storage.BackupDir, "teilhabelotse-2026-11-24.db")
	b, _ := os.ReadFile(src)
	os.WriteFile(stick, b, 0o600)
	os.Chtimes(stick, backupMoment, backupMoment)
	u.restoreFile(stick)
	if got := uitest.Texts(topOverlay(t, u)); !strings.Contains(got, "Sicherung „stick.db“ vom 24.11.2026, 08:15 zurückgesetzt") {
		t.Errorf("confirmation for a chosen file:\n%s", got)
	}
	test.Tap(uitest.Button(t, topOverlay(t, u), "Abbrechen"))

	sealed := filepath.Join(t.TempDir(), "sicherung.age")
	os.WriteFile(sealed, []byte("age-encryption.org/v1\n-> scrypt x 18\n"), 0o600)
	u.restoreFile(sealed)
	if got := uitest.Texts(topOverlay(t, u)); !strings.Contains(got, "teilhabelotse restore "+sealed) {
		t.Errorf("encrypted backup:\n%s", got)
	}

	letter := filepath.Join(t.TempDir(), "brief.txt")
	os.WriteFile(letter, []byte(strings.Repeat("Sehr geehrte Damen und Herren ", 10)), 0o600)
	u.restoreFile(letter)
	if got := uitest.Texts(topOverlay(t, u)); !strings.Contains(got, "keine Sicherung von Teilhabelotse") {
		t.Errorf("not a backup:\n%s", got)
	}
	if n := len(listNames(u)); n != 2 {
		t.Errorf("%d cases after refusals", n)
	}
}

func TestNoRestoreItemWithoutMaintenance(t *testing.T) {
	u := newTestUI(t, uitest.Store(t))
	for _, it := range u.win.MainMenu().Items[0].Items {
		if it.Label == "Sicherung wiederherstellen …" {
			t.Error("restore offered without a way to restore")
		}
	}
}

func TestPermissionWarningAfterShow(t *testing.T) {
	u := New(uitest.German(t), uitest.Store(t), locales.New("de"), uitest.Clock,
		PermissionWarnings([]PermFix{{Path: "/home/fm/.config/teilhabelotse", Dir: true, Was: 0o755, Now: 0o700}}))
	t.Cleanup(func() { u.Window().Close() })
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("warning before the window shows")
	}
	u.Show()
	got := uitest.Texts(topOverlay(t, u))
	if !strings.Contains(got, "Der Ordner /home/fm/.config/teilhabelotse war für andere Benutzer lesbar (Rechte 0755). Die Rechte wurden auf 0700 gesetzt.") ||
		!strings.Contains(got, "Zugriffsrechte korrigiert") {
		t.Errorf("warning says:\n%s", got)
	}
}

func TestDamageNotice(t *testing.T) {
	a := uitest.German(t)
	older := BackupInfo{Path: "/d/backups/teilhabelotse-2026-11-23.db", Time: backupMoment.Add(-24*time.Hour - 10*time.Minute), Cases: 8}
	newest := BackupInfo{Path: "/d/backups/teilhabelotse-2026-11-24.db", Time: backupMoment, Cases: 9}
	var tried []string
	n := NewDamageNotice(a, locales.New("de"), DamageInfo{Path: "/d/teilhabelotse.db", Problem: "database disk image is malformed", Backups: []BackupInfo{newest, older}},
		func(b BackupInfo) error {
			tried = append(tried, b.Path)
			if b.Path == newest.Path {
				return &model.DamagedError{Problems: []string{"row 3 missing from index"}}
			}
			return nil
		})
	n.Show()
	content := n.Window().Content()
	got := uitest.Texts(content)
	for _, want := range []string{"Die Datenbank ist beschädigt", "Die neueste automatische Sicherung ist vom 24.11.2026, 08:15 (9 Fälle).", "database disk image is malformed"} {
		if !strings.Contains(got, want) {
			t.Errorf("notice lacks %q:\n%s", want, got)
		}
	}
	uitest.Button(t, content, "Beenden")
	test.Tap(uitest.Button(t, content, "Sicherung vom 24.11.2026, 08:15 wiederherstellen"))
	// The newest is unusable: said, and the next older one offered.
	if top := n.Window().Canvas().Overlays().Top(); top == nil || !strings.Contains(uitest.Texts(top), "beschädigt (row 3 missing from index) und wurde nicht verwendet") {
		t.Fatal("the failure is not said")
	}
	n.Window().Canvas().Overlays().Top().Hide()
	test.Tap(uitest.Button(t, content, "Sicherung vom 23.11.2026, 08:05 wiederherstellen"))
	if strings.Join(tried, " ") != newest.Path+" "+older.Path {
		t.Errorf("restored %v", tried)
	}
	// Restored: the notice gives way to the main window that restore opened.
	for _, w := range a.Driver().AllWindows() {
		if w == n.Window() {
			t.Error("the notice stays open after the restore")
			w.Close()
		}
	}
}

func TestDamageNoticeWithoutBackup(t *testing.T) {
	n := NewDamageNotice(uitest.German(t), locales.New("de"), DamageInfo{Path: "/d/teilhabelotse.db", Problem: "x"}, func(BackupInfo) error {
		t.Error("restore without a backup")
		return nil
	})
	t.Cleanup(func() { n.Window().Close() })
	content := n.Window().Content()
	if got := uitest.Texts(content); !strings.Contains(got, "keine automatische Sicherung") || !strings.Contains(got, "/d/teilhabelotse.db") {
		t.Errorf("notice:\n%s", got)
	}
	for _, b := range uitest.All[*widget.Button](content) {
		if b.Text != "Beenden" {
			t.Errorf("button %q offered without a backup", b.Text)
		}
	}
}
