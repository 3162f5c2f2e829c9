package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui"
)

// testCLI is a command line run in German at the moment now.
func testCLI(now time.Time) (*cli, *bytes.Buffer) {
	var errb bytes.Buffer
	return &cli{stdout: &bytes.Buffer{}, stderr: &errb, loc: locales.New("de"), now: func() time.Time { return now }, ctx: context.Background()}, &errb
}

// startDays starts the window once on each day, so each leaves its daily
// backup; the backup files get the moment of their start as their time.
func startDays(t *testing.T, dir string, days ...time.Time) {
	t.Helper()
	for _, day := range days {
		c, errb := testCLI(day)
		if code := c.exit(c.startWindow(dir, func(model.Store, *locales.Localizer) {})); code != 0 {
			t.Fatalf("start on %v: exit %d, %s", day, code, errb)
		}
		p := filepath.Join(dir, storage.BackupDir, "teilhabelotse-"+day.Format("2006-01-02")+".db")
		if err := os.Chtimes(p, day, day); err != nil {
			t.Fatal(err)
		}
	}
}

// damageInPlace writes garbage over page 2 of the database in dir.
func damageInPlace(t *testing.T, dir string) {
	t.Helper()
	path := filepath.Join(dir, storage.FileName)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 4096; i < 8192; i++ {
		b[i] = byte(i*7 + 3)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func caseNames(t *testing.T, s model.Store) []string {
	t.Helper()
	rows, err := s.ListCases(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range rows {
		names = append(names, r.LastName)
	}
	return names
}

// withDamageWindow replaces the damage notice for one test.
func withDamageWindow(t *testing.T, fn func(o *damageOffer, loc *locales.Localizer)) {
	t.Helper()
	old := damageWindow
	damageWindow = fn
	t.Cleanup(func() { damageWindow = old })
}

// A damaged database is not opened for work: the start offers the newest
// automatic backup, restoring it gives a working store with the backup's
// cases, the damaged file is kept, and no daily backup is made from it.
func TestStartOnDamagedDatabaseOffersNewestBackup(t *testing.T) {
	dir := demoData(t, "--seed", "3")
	day1 := time.Date(2026, 11, 23, 8, 5, 0, 0, time.Local)
	day2 := time.Date(2026, 11, 24, 8, 15, 0, 0, time.Local)
	startDays(t, dir, day1, day2)
	want := func() []string {
		db := openStore(t, dir)
		defer db.Close() // when this returns: the command line may need the folder
		names := caseNames(t, db)
		// Entered after the last backup: lost by the restore.
		c := model.NewCase(model.Client{FirstName: "Nach", LastName: "Sicherung"}, day2)
		if err := db.CreateCase(context.Background(), c); err != nil {
			t.Fatal(err)
		}
		return names
	}()
	damageInPlace(t, dir)

	var offered ui.DamageInfo
	var restored []string
	var aside string
	withDamageWindow(t, func(o *damageOffer, loc *locales.Localizer) {
		offered = o.info()
		db, a, err := o.restore(offered.Backups[0].Path)
		if err != nil {
			t.Fatalf("restore: %v", err)
		}
		restored, aside = caseNames(t, db), a
		db.Close()
	})
	day3 := time.Date(2026, 11, 25, 9, 0, 0, 0, time.Local)
	c, errb := testCLI(day3)
	windows := 0
	code := c.exit(c.startWindow(dir, func(model.Store, *locales.Localizer) { windows++ }))
	if code != 0 || windows != 0 {
		t.Fatalf("exit %d, main window started %d times on a damaged database", code, windows)
	}
	if !strings.Contains(errb.String(), "beschädigt") {
		t.Errorf("stderr %q does not say the database is damaged", errb)
	}
	if len(offered.Backups) != 2 || !offered.Backups[0].Time.Equal(day2) || offered.Backups[0].Cases != 9 {
		t.Fatalf("offered %+v, want the backup of 24.11. 08:15 with 9 cases first", offered.Backups)
	}
	if offered.Path != filepath.Join(dir, storage.FileName) || offered.Problem == "" {
		t.Errorf("offer names %q, problem %q", offered.Path, offered.Problem)
	}
	if strings.Join(restored, ",") != strings.Join(want, ",") {
		t.Errorf("restored cases %v, want the backup's %v", restored, want)
	}
	if _, err := os.Stat(aside); err != nil || filepath.Dir(aside) != dir {
		t.Errorf("the damaged database is not kept: %q, %v", aside, err)
	}
	// Today's start saw the damage: no backup of it.
	if _, err := os.Stat(filepath.Join(dir, storage.BackupDir, "teilhabelotse-2026-11-25.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a daily backup was made from the damaged database: %v", err)
	}
	// And the next start works on the restored data.
	startDays(t, dir, day3.Add(time.Hour))
}

// Without a backup the notice has nothing to offer, and quitting it ends
// the program with status 1.
func TestStartOnDamagedDatabaseWithoutBackup(t *testing.T) {
	bad := corruptCopy(t, demoData(t, "--seed", "3"))
	var offered *ui.DamageInfo
	withDamageWindow(t, func(o *damageOffer, loc *locales.Localizer) { i := o.info(); offered = &i })
	c, errb := testCLI(time.Now())
	if code := c.exit(c.startWindow(bad, func(model.Store, *locales.Localizer) { t.Error("main window on a damaged database") })); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if offered == nil || len(offered.Backups) != 0 || offered.Path != filepath.Join(bad, storage.FileName) {
		t.Fatalf("offer %+v", offered)
	}
	if !strings.Contains(errb.String(), filepath.Join(bad, storage.FileName)) {
		t.Errorf("stderr %q does not name the damaged file", errb)
	}
	if ents, _ := os.ReadDir(filepath.Join(bad, storage.BackupDir)); len(ents) != 0 {
		t.Errorf("backups made from a damaged database: %v", ents)
	}
}

// A file that is not a database at all, in place of the database, is
// damage too — and the program does not crash on it.
func TestStartOnGarbageFile(t *testing.T) {
	pinLanguage(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, storage.FileName), bytes.Repeat([]byte("kaputt "), 2000), 0o600)
	withDamageWindow(t, nil)
	c, errb := testCLI(time.Now())
	if code := c.exit(c.startWindow(dir, func(model.Store, *locales.Localizer) { t.Error("main window on garbage") })); code != 1 {
		t.Errorf("exit %d", code)
	}
	if !strings.Contains(errb.String(), "beschädigt") {
		t.Errorf("stderr %q", errb)
	}
}

// The restore the window's menu uses: backups listed newest first, a
// restore gives the backup's cases and keeps the previous database; what
// is refused leaves the data as they were and the store usable.
func TestMaintenanceRestore(t *testing.T) {
	dir := demoData(t, "--seed", "3")
	startDays(t, dir, time.Date(2026, 11, 24, 8, 15, 0, 0, time.Local))
	db := openStore(t, dir)
	m := newMaintenance(db)
	defer m.close()
	backups, err := m.Backups()
	if err != nil || len(backups) != 1 || backups[0].Cases != 9 || backups[0].Time.Format("02.01.2006, 15:04") != "24.11.2026, 08:15" {
		t.Fatalf("Backups = %+v, %v", backups, err)
	}
	want := caseNames(t, db)
	if err := db.CreateCase(context.Background(), model.NewCase(model.Client{FirstName: "Neu", LastName: "Danach"}, time.Now())); err != nil {
		t.Fatal(err)
	}

	// Refused: not a backup. The data stay, the store works.
	letter := filepath.Join(t.TempDir(), "brief.db")
	os.WriteFile(letter, bytes.Repeat([]byte("Sehr geehrte Damen und Herren "), 20), 0o600)
	if _, err := m.Inspect(letter); !errors.Is(err, model.ErrNotBackup) {
		t.Errorf("Inspect(letter) = %v", err)
	}
	store, aside, err := m.Restore(letter)
	if !errors.Is(err, model.ErrNotBackup) || store == nil || aside != "" {
		t.Fatalf("Restore(letter) = %v, %q, %v", store, aside, err)
	}
	if got := caseNames(t, store); len(got) != len(want)+1 {
		t.Fatalf("after a refused restore: %v", got)
	}

	// Encrypted: pointed to the command line, nothing closed or changed.
	sealed := filepath.Join(t.TempDir(), "sicherung.age")
	os.WriteFile(sealed, []byte("age-encryption.org/v1\n-> scrypt abc 18\nxyz\n"), 0o600)
	if _, err := m.Inspect(sealed); !errors.Is(err, model.ErrEncrypted) {
		t.Errorf("Inspect(encrypted) = %v", err)
	}
	if s, _, err := m.Restore(sealed); !errors.Is(err, model.ErrEncrypted) || s != store {
		t.Errorf("Restore(encrypted) = %v, %v", s, err)
	}
	if got := caseNames(t, store); len(got) != len(want)+1 {
		t.Fatalf("after an encrypted file: %v", got)
	}

	info, err := m.Inspect(backups[0].Path)
	if err != nil || info.Cases != 9 {
		t.Fatalf("Inspect(backup) = %+v, %v", info, err)
	}
	store, aside, err = m.Restore(backups[0].Path)
	if err != nil || store == nil {
		t.Fatalf("Restore(backup) = %v, %v", store, err)
	}
	if got := caseNames(t, store); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("restored %v, want %v", got, want)
	}
	if !strings.HasPrefix(filepath.Base(aside), storage.FileName+".before-restore-") {
		t.Errorf("kept aside as %q", aside)
	}
	if _, err := os.Stat(aside); err != nil {
		t.Errorf("the previous database is not kept: %v", err)
	}
}

// Permissions that were open are tightened and said on stderr, one line
// each, in the user's language.
func TestWarnPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permission bits")
	}
	dir := demoData(t, "--seed", "3")
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, storage.FileName), 0o644); err != nil {
		t.Fatal(err)
	}
	db := openStore(t, dir)
	c, errb := testCLI(time.Now())
	c.warnPermissions(db)
	got := lines(errb.String())
	if len(got) != 2 ||
		got[0] != "Der Ordner "+dir+" war für andere Benutzer lesbar (Rechte 0755). Die Rechte wurden auf 0700 gesetzt." ||
		!strings.Contains(got[1], "Die Datei "+filepath.Join(dir, storage.FileName)+" war für andere Benutzer lesbar (Rechte 0644)") {
		t.Errorf("warnings:\n%s", errb)
	}
	c.loc = locales.New("en")
	errb.Reset()
	c.warnPermissions(db)
	if !strings.Contains(errb.String(), "was readable by other users (mode 0755)") {
		t.Errorf("English warnings:\n%s", errb)
	}
}
