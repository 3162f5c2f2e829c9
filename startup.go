package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"teilhabelotse/internal/applog"
	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui"
)

// Start-up of the window: the database is checked before anything else, a
// damaged one is never worked on, and the daily backup is made only from a
// database that passed the check.

// damageWindow shows the damage notice (and, after a restore, the main
// window) until the user quits; main sets the Fyne one. Without it the
// damage is only said on stderr.
var damageWindow func(o *damageOffer, loc *locales.Localizer)

// startWindow is the command line without a subcommand: open the database
// in dataDir, run the quick check, keep the daily backup and open the
// window — or, when the database is damaged, the notice that offers the
// newest automatic backup instead.
func (c *cli) startWindow(dataDir string, gui guiFunc) error {
	if gui == nil {
		return fail("CLI.NoGUI")
	}
	// The folder is taken before anything is opened, so a second window
	// says so and brings nothing up.
	lock, err := c.lockFolder(dataDir, "window")
	if err != nil {
		return err
	}
	defer lock.Release()
	db, err := storage.OpenChecked(c.ctx, dataDir)
	if err != nil && storage.IsReadOnlyFault(err) {
		if ro, rerr := storage.OpenReadOnly(dataDir); rerr == nil {
			// Read, print and export; the window says why nothing saves.
			db, err = ro, nil
		}
	}
	var damaged *model.DamagedError
	var p *model.Problem
	switch {
	case errors.As(err, &damaged) && storage.IndexOnly(damaged.Problems) && repairWindow != nil:
		// Only indexes: the data are intact, and restoring a backup would
		// throw work away. Rebuilt with the user's consent.
		// The window then runs on the repaired database until the user
		// quits (one Fyne app per process).
		repaired := repairWindow(c.loc, c.loc.T("Repair.Heading"), c.loc.T("Repair.Text", "Problem", damaged.Problems[0]),
			func() (*storage.DB, error) { return storage.RepairIndexes(c.ctx, dataDir) })
		if repaired == nil {
			return errReported
		}
		repaired.Close()
		return nil
	case errors.As(err, &damaged):
		return c.startDamaged(dataDir, damaged)
	case errors.As(err, &p):
		// Said in a window too: started from the desktop, nobody reads
		// stderr.
		return c.startProblem("window", c.loc.T("StartProblem.OpenHeading"), c.loc.Error(err), "")
	case err != nil:
		return c.startProblem("window", c.loc.T("StartProblem.OpenHeading"),
			c.loc.T("CLI.OpenFault", "Dir", dataDir, "Error", c.errText(err)), "")
	}
	c.adoptLanguage(db)
	// The first start of a day keeps a backup in the data folder, written
	// beside the opening window (VACUUM INTO reads a snapshot; with 10,000
	// cases it takes about 0.4 s). A failure is said but does not keep the
	// counselor from working. The database closes only after it.
	dailyBackup.Add(1)
	go func() {
		defer dailyBackup.Done()
		if db.ReadOnly() {
			return // nothing can be written there; the window says so
		}
		_, made, err := db.DailyBackup(c.ctx, c.now(), storage.KeepBackups)
		if err != nil {
			slog.Error("daily backup failed", applog.Err(err))
			fmt.Fprintln(c.stderr, c.loc.T("CLI.DailyBackupFailed", "Error", c.loc.ErrorShort(err)))
			dailyOutcome.finish(c.loc.T("Backup.DailyFailed", "Error", c.loc.ErrorShort(err)))
		} else if made {
			slog.Info("daily backup made")
		}
	}()
	defer func() {
		dailyBackup.Wait()
		db.Close()
	}()
	gui(db, c.loc)
	return nil
}

// startDamaged says on stderr that the database is damaged, before the
// notice is shown. It succeeds only when a backup was restored and the
// window ran on it.
func (c *cli) startDamaged(dataDir string, damaged *model.DamagedError) error {
	o := newDamageOffer(dataDir, damaged, c.now)
	c.report(fail("Damaged.Stderr", "Path", o.path))
	if damageWindow == nil {
		return errReported
	}
	damageWindow(o, c.loc)
	if o.restored == nil {
		return errReported
	}
	return nil
}

// damageOffer is what the damage notice offers: the newest automatic
// backup in place of the damaged database.
type damageOffer struct {
	dir      string
	path     string // the damaged database
	problem  string // the check's first finding
	backups  []storage.BackupInfo
	now      func() time.Time
	restored *storage.DB // the database after a restore, nil before
}

func newDamageOffer(dir string, damaged *model.DamagedError, now func() time.Time) *damageOffer {
	o := &damageOffer{dir: dir, path: filepath.Join(dir, storage.FileName), now: now}
	if len(damaged.Problems) > 0 {
		o.problem = damaged.Problems[0]
	}
	// Backups that cannot be listed are no offer; the notice then says
	// where the damaged file is.
	o.backups, _ = storage.ListBackups(dir)
	return o
}

// info is the offer as the notice shows it.
func (o *damageOffer) info() ui.DamageInfo {
	return ui.DamageInfo{Path: o.path, Problem: o.problem, Backups: uiBackups(o.backups)}
}

// restore puts the backup at path in place of the damaged database (which
// storage.Restore keeps aside) and opens the restored one, checked.
func (o *damageOffer) restore(path string) (db *storage.DB, aside string, err error) {
	aside, err = storage.Restore(o.dir, path, o.now())
	if err != nil {
		return nil, "", err
	}
	db, err = storage.OpenChecked(context.Background(), o.dir)
	if err != nil {
		return nil, aside, err
	}
	o.restored = db
	return db, aside, nil
}

// dailyOutcome carries a failed daily backup to the window, which shows
// it above its content and in Hilfe › Über; whichever comes second, the
// failure or the window, delivers it.
var dailyOutcome outcome

type outcome struct {
	mu   sync.Mutex
	text string
	show func(text string)
}

func (o *outcome) finish(text string) {
	o.mu.Lock()
	o.text = text
	show := o.show
	o.mu.Unlock()
	if show != nil {
		show(text)
	}
}

func (o *outcome) onFailure(show func(text string)) {
	o.mu.Lock()
	o.show = show
	text := o.text
	o.mu.Unlock()
	if text != "" {
		show(text)
	}
}

// dailyBackup is the backup of the day running beside the window: a
// restore and quitting wait for it, so it never works on a database that
// is being closed or replaced.
var dailyBackup sync.WaitGroup

// maintenance restores backups for the window (ui.Maintenance).
type maintenance struct {
	dir      string
	db       *storage.DB // the database the window works on
	now      func() time.Time
	unlocked string // the decrypted copy of an encrypted backup (Unlock), "" without
	// unlockedFrom is the encrypted backup unlocked was decrypted from.
	unlockedFrom string
}

var _ ui.Maintenance = (*maintenance)(nil)

func newMaintenance(db *storage.DB) *maintenance {
	return &maintenance{dir: filepath.Dir(db.Path()), db: db, now: time.Now}
}

func (m *maintenance) Backups() ([]ui.BackupInfo, error) {
	bs, err := storage.ListBackups(m.dir)
	return uiBackups(bs), err
}

func (m *maintenance) Inspect(path string) (ui.BackupInfo, error) {
	if enc, err := storage.IsEncryptedFile(path); err != nil {
		return ui.BackupInfo{}, err
	} else if enc {
		return ui.BackupInfo{Path: path}, model.ErrEncrypted
	}
	b, err := storage.InspectBackup(path)
	if err != nil {
		return ui.BackupInfo{}, err
	}
	return uiBackup(b), nil
}

// Restore closes the window's database, restores the backup at path and
// opens the data again — the restored data, or after a refusal the
// previous data, which storage.Restore left as they were.
func (m *maintenance) Restore(path string) (model.Store, string, error) {
	if enc, err := storage.IsEncryptedFile(path); err != nil {
		return m.db, "", err
	} else if enc {
		return m.db, "", model.ErrEncrypted
	}
	dailyBackup.Wait()
	m.db.Close()
	var aside string
	var rerr error
	if path == m.unlocked {
		aside, rerr = storage.RestoreDecrypted(m.dir, path, m.unlockedFrom, m.now())
		m.dropUnlocked()
	} else {
		aside, rerr = storage.Restore(m.dir, path, m.now())
	}
	db, err := storage.OpenChecked(context.Background(), m.dir)
	if err != nil {
		m.db = nil
		return nil, aside, err
	}
	m.db = db
	if rerr != nil {
		return db, "", rerr
	}
	return db, aside, nil
}

// close closes the database the window worked on last.
func (m *maintenance) close() {
	dailyBackup.Wait()
	if m != nil {
		m.dropUnlocked()
	}
	if m != nil && m.db != nil {
		m.db.Close()
	}
}

func uiBackup(b storage.BackupInfo) ui.BackupInfo {
	return ui.BackupInfo{Path: b.Path, Time: b.Time, Size: b.Size, Cases: b.Cases}
}

func uiBackups(bs []storage.BackupInfo) []ui.BackupInfo {
	out := make([]ui.BackupInfo, len(bs))
	for i, b := range bs {
		out[i] = uiBackup(b)
	}
	return out
}

func uiFixes(fixes []storage.PermFix) []ui.PermFix {
	out := make([]ui.PermFix, len(fixes))
	for i, f := range fixes {
		out[i] = ui.PermFix{Path: f.Path, Dir: f.Dir, Was: f.Was, Now: f.Now}
	}
	return out
}
