package storage

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"teilhabelotse/model"
)

// demoFolder is a data folder with 60 demo cases, its database closed. It
// is large enough that page 2 and the middle of the file hold case data.
func demoFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	d := openIn(t, dir)
	if err := fillDemo(context.Background(), d, 60); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// damagedCopy copies the database of dir into a new data folder and
// damages the copy with damage.
func damagedCopy(t *testing.T, dir string, damage func(b []byte) []byte) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, FileName), damage(b), 0o600); err != nil {
		t.Fatal(err)
	}
	return bad
}

// garbage overwrites n bytes of b from offset off with a pattern no page
// has.
func garbage(b []byte, off, n int) []byte {
	for i := off; i < off+n && i < len(b); i++ {
		b[i] = byte(i*7 + 3)
	}
	return b
}

func TestQuickCheckHealthy(t *testing.T) {
	dir := demoFolder(t)
	d, err := OpenChecked(context.Background(), dir)
	if err != nil {
		t.Fatalf("OpenChecked on a healthy database: %v", err)
	}
	defer d.Close()
	if problems, err := d.QuickCheck(context.Background()); err != nil || len(problems) != 0 {
		t.Errorf("QuickCheck = %v, %v", problems, err)
	}
	if rows, err := d.ListCases(context.Background()); err != nil || len(rows) != 60 {
		t.Errorf("cases after OpenChecked: %d, %v", len(rows), err)
	}
}

// A damaged database is reported as damaged, whatever part is hit, and
// never crashes the program; the file is left as it was.
func TestOpenCheckedReportsDamage(t *testing.T) {
	dir := demoFolder(t)
	st, err := os.Stat(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	if st.Size() < 16*page {
		t.Fatalf("database only %d bytes", st.Size())
	}
	for name, damage := range map[string]func([]byte) []byte{
		"page 2 overwritten":       func(b []byte) []byte { return garbage(b, page, page) },
		"middle overwritten":       func(b []byte) []byte { return garbage(b, len(b)/2, 16<<10) },
		"header overwritten":       func(b []byte) []byte { return garbage(b, 0, 100) },
		"truncated to half":        func(b []byte) []byte { return b[:len(b)/2/page*page] },
		"truncated mid-page":       func(b []byte) []byte { return b[:len(b)/2+123] },
		"first page only (intact)": func(b []byte) []byte { return b[:page] },
	} {
		t.Run(name, func(t *testing.T) {
			bad := damagedCopy(t, dir, damage)
			before, _ := os.ReadFile(filepath.Join(bad, FileName))
			d, err := OpenChecked(context.Background(), bad)
			var de *model.DamagedError
			if !errors.As(err, &de) || len(de.Problems) == 0 {
				if d != nil {
					d.Close()
				}
				t.Fatalf("OpenChecked = %v, want a *model.DamagedError with findings", err)
			}
			t.Logf("%d findings, the first: %s", len(de.Problems), de.Problems[0])
			if d != nil {
				t.Error("a damaged database was returned open")
			}
			if after, _ := os.ReadFile(filepath.Join(bad, FileName)); !bytes.Equal(before, after) {
				t.Error("checking changed the damaged file")
			}
		})
	}
}

// What is not damage is not reported as damage: a newer schema keeps its
// own message.
func TestOpenCheckedNewerSchemaIsNotDamage(t *testing.T) {
	dir := demoFolder(t)
	path := filepath.Join(dir, FileName)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[63] = 99 // user_version, big-endian at offset 60
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = OpenChecked(context.Background(), dir)
	var de *model.DamagedError
	if errors.As(err, &de) || !isSchemaNewer(err) {
		t.Fatalf("OpenChecked on a newer schema: %v", err)
	}
}

func TestListBackupsNewestFirst(t *testing.T) {
	dir := t.TempDir()
	if got, err := ListBackups(dir); err != nil || got != nil {
		t.Fatalf("without a backups folder: %v, %v", got, err)
	}
	d := openIn(t, dir)
	ctx := context.Background()
	day := time.Date(2026, 11, 22, 8, 15, 0, 0, time.Local)
	for i := 0; i < 3; i++ {
		// One more case each day.
		c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Muster"}, day)
		if err := d.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
		when := day.AddDate(0, 0, i).Add(time.Duration(i) * time.Minute)
		p, made, err := d.DailyBackup(ctx, when, KeepBackups)
		if err != nil || !made {
			t.Fatal(made, err)
		}
		if err := os.Chtimes(p, when, when); err != nil {
			t.Fatal(err)
		}
	}
	folder := filepath.Join(dir, BackupDir)
	os.WriteFile(filepath.Join(folder, "notiz.txt"), []byte("keine Sicherung"), 0o600)
	os.WriteFile(filepath.Join(folder, "teilhabelotse-2026-10-31.db"), bytes.Repeat([]byte("x"), 5000), 0o600)
	// A database that cannot be read is listed; restoring it will say why not.
	unreadable := append([]byte("SQLite format 3\x00"), bytes.Repeat([]byte("x"), 5000)...)
	os.WriteFile(filepath.Join(folder, "teilhabelotse-2026-11-01.db"), unreadable, 0o600)

	got, err := ListBackups(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		name  string
		when  time.Time
		cases int
	}{
		{"teilhabelotse-2026-11-24.db", day.AddDate(0, 0, 2).Add(2 * time.Minute), 3},
		{"teilhabelotse-2026-11-23.db", day.AddDate(0, 0, 1).Add(time.Minute), 2},
		{"teilhabelotse-2026-11-22.db", day, 1},
		{"teilhabelotse-2026-11-01.db", time.Time{}, -1},
	}
	if len(got) != len(want) {
		t.Fatalf("ListBackups = %+v", got)
	}
	for i, w := range want {
		g := got[i]
		if filepath.Base(g.Path) != w.name || g.Cases != w.cases || g.Size <= 0 || (!w.when.IsZero() && !g.Time.Equal(w.when)) {
			t.Errorf("backup %d = %+v, want %s at %v with %d cases", i, g, w.name, w.when, w.cases)
		}
	}
	// Counting the cases leaves nothing beside the backups.
	entries, _ := os.ReadDir(folder)
	if len(entries) != 6 {
		t.Errorf("backups folder holds %d files after listing, want 6", len(entries))
	}
}

func TestInspectBackup(t *testing.T) {
	d := MustOpen(t)
	storeRich(t, d)
	path := filepath.Join(t.TempDir(), "stick.db")
	if err := d.Backup(context.Background(), path); err != nil {
		t.Fatal(err)
	}
	info, err := InspectBackup(path)
	if err != nil || info.Cases != 1 || info.Path != path || info.Size <= 0 || time.Since(info.Time) > time.Hour {
		t.Errorf("InspectBackup = %+v, %v", info, err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("inspecting left %d files, want only the backup", len(entries))
	}
	if _, err := InspectBackup(filepath.Dir(path)); !errors.Is(err, model.ErrNotBackup) {
		t.Errorf("a folder: %v", err)
	}
	letter := filepath.Join(t.TempDir(), "brief.db")
	os.WriteFile(letter, []byte("Sehr geehrte Damen und Herren, …"), 0o600)
	if _, err := InspectBackup(letter); !errors.Is(err, model.ErrNotBackup) {
		t.Errorf("a letter: %v", err)
	}
	if _, err := InspectBackup(filepath.Join(t.TempDir(), "fehlt.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
}

// Open tightens what other users could read and says what it changed: the
// data folder, the database with its -wal and -shm, a database kept aside
// by a restore, the backups folder and the backups.
func TestOpenReportsPermissionFixes(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permission bits")
	}
	// An open folder that holds no data yet exposed nothing: it is
	// tightened without a warning.
	dir := filepath.Join(t.TempDir(), "daten")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	first := openIn(t, dir)
	if fixes := first.PermissionFixes(); len(fixes) != 0 {
		t.Errorf("a new data folder needed fixes: %+v", fixes)
	}
	if m := perm(t, dir); m != dirMode {
		t.Errorf("new data folder mode %o", m)
	}
	ctx := context.Background()
	backup, _, err := first.DailyBackup(ctx, time.Now(), KeepBackups)
	if err != nil {
		t.Fatal(err)
	}
	// The first connection stays open, so -wal and -shm exist.
	defer first.Close()
	if err := first.SaveSettings(ctx, model.Settings{Name: "Test"}); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, FileName)
	aside := filepath.Join(dir, AsideName(time.Now()))
	if err := os.WriteFile(aside, []byte("alter Stand"), 0o600); err != nil {
		t.Fatal(err)
	}
	open := map[string]os.FileMode{
		dir:                           0o755,
		db:                            0o644,
		db + "-wal":                   0o640,
		db + "-shm":                   0o604,
		aside:                         0o644,
		filepath.Join(dir, BackupDir): 0o750,
		backup:                        0o644,
	}
	for p, m := range open {
		if err := os.Chmod(p, m); err != nil {
			t.Fatal(err)
		}
	}
	// Too strict is corrected silently: not a privacy problem.
	other := filepath.Join(dir, "notiz.txt")
	os.WriteFile(other, nil, 0o644)

	d := openIn(t, dir)
	got := map[string]PermFix{}
	for _, f := range d.PermissionFixes() {
		got[f.Path] = f
	}
	for p, was := range open {
		f, ok := got[p]
		isDir := p == dir || p == filepath.Join(dir, BackupDir)
		want := fileMode
		if isDir {
			want = dirMode
		}
		if !ok || f.Was != was || f.Now != want || f.Dir != isDir {
			t.Errorf("%s: fix %+v, want %o → %o (dir %v)", p, f, was, want, isDir)
		}
		if m := perm(t, p); m != want {
			t.Errorf("%s: mode %o after Open, want %o", p, m, want)
		}
		delete(got, p)
	}
	for p, f := range got {
		t.Errorf("unexpected fix %s: %+v", p, f)
	}
	if m := perm(t, other); m != 0o644 {
		t.Errorf("Open changed a file that is not the program's: %o", m)
	}

	again := openIn(t, dir)
	if fixes := again.PermissionFixes(); len(fixes) != 0 {
		t.Errorf("second Open still fixed %+v", fixes)
	}
}

// BenchmarkQuickCheck10000 is the check every start of the window runs,
// on the database of 10,000 demo cases.
func BenchmarkQuickCheck10000(b *testing.B) {
	d := benchStore(b)
	ctx := context.Background()
	for b.Loop() {
		if problems, err := d.QuickCheck(ctx); err != nil || len(problems) > 0 {
			b.Fatal(problems, err)
		}
	}
}
