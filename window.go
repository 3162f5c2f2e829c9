package main

import (
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"teilhabelotse/assets"
	"teilhabelotse/internal/applog"
	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui"
	"teilhabelotse/ui/kit"
)

// appID is the application ID of FyneApp.toml; Fyne keeps its preferences
// under it.
const appID = "de.teilhabelotse.app"

func newApp() fyne.App {
	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	return a
}

// startGUI opens the main window and returns when the user quits.
func startGUI(store model.Store, loc *locales.Localizer) {
	a := newApp()
	u, m := showMain(a, store, loc)
	if walkHook != nil {
		walkHook(a)
	}
	flushBeforeEnd(a, u)
	dailyOutcome.onFailure(func(text string) { fyne.Do(func() { u.SetNotice(ui.NoticeBackup, text) }) })
	runApp(a)
	m.close()
}

// walkHook is set in a program built for the scripted walk (walkdump.go).
var walkHook func(fyne.App)

// started is when the program started (its packages initialised; the
// system's loading of the program file comes before).
var started = time.Now()

// ending is the main window whose pending input runApp writes when the
// event loop has ended.
var ending atomic.Pointer[ui.UI]

// flushBeforeEnd makes sure pending input of u's window is written before
// the program ends on SIGTERM (shutdown, kill), SIGINT (Ctrl+C), SIGHUP
// (logout, terminal closed) or the display going away (the X server
// ended), instead of dying with it unsaved.
//
// Fyne's driver answers SIGINT and SIGTERM itself: it stops the event
// loop, dropping whatever was queued for it — so the input is written
// after the loop, in runApp, not by a handler racing with Fyne's. SIGHUP
// quits the same way. The display going away ends the program inside the
// loop (Xlib), so that flush runs there.
func flushBeforeEnd(a fyne.App, u *ui.UI) {
	ending.Store(u)
	whenDisplayLost(func() { _ = u.FlushAll() })
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGHUP)
	go func() {
		<-sigs
		signal.Stop(sigs) // a second one ends the program at once
		fyne.Do(a.Quit)
	}()
}

// runApp runs the event loop until the program quits — by the user, a
// signal or the last window closed — and then writes what is still
// pending in the main window's cases, without touching the window.
func runApp(a fyne.App) {
	a.Lifecycle().SetOnStarted(func() {
		// The start-up time as the counselor waits for it, on any system:
		// read it in the log where no stopwatch was at hand (Windows).
		slog.Info("window shown", "ms", time.Since(started).Milliseconds())
	})
	a.Run()
	if u := ending.Load(); u != nil {
		if err := u.SaveBeforeExit(); err != nil {
			slog.Error("input unsaved at the end", applog.Err(err))
		}
	}
}

// startDamageNotice shows the damage notice instead of the main window;
// after a restore the main window opens on the restored data. It returns
// when the user quits.
func startDamageNotice(o *damageOffer, loc *locales.Localizer) {
	a := newApp()
	var m *maintenance
	ui.NewDamageNotice(a, loc, o.info(), func(b ui.BackupInfo) error {
		db, aside, err := o.restore(b.Path)
		if err != nil {
			return err
		}
		var u *ui.UI
		u, m = showMain(a, db, loc)
		flushBeforeEnd(a, u)
		u.ShowRestoredAfterDamage(b, aside)
		return nil
	}).Show()
	runApp(a)
	m.close()
}

// startProblemWindow says why the program cannot start, in a window, and
// returns when the user quits.
func startProblemWindow(loc *locales.Localizer, heading, text, detail string) {
	a := newApp()
	w := ui.NewStartProblem(a, loc, heading, text, detail)
	w.CenterOnScreen()
	w.Show()
	runApp(a)
}

// askRepairWindow asks in a window whether damaged indexes may be
// rebuilt; after the repair the main window opens in the same app.
func askRepairWindow(loc *locales.Localizer, heading, text string, repair func() (*storage.DB, error)) *storage.DB {
	a := newApp()
	var db *storage.DB
	var m *maintenance
	var w fyne.Window
	w = ui.NewStartProblem(a, loc, heading, text, "", ui.StartAction{Text: loc.T("Repair.Button"), Do: func() {
		d, err := repair()
		if err != nil {
			kit.ShowError(w, loc, err)
			return
		}
		db = d
		var u *ui.UI
		u, m = showMain(a, d, loc)
		flushBeforeEnd(a, u)
		w.Close()
	}})
	w.CenterOnScreen()
	w.Show()
	runApp(a)
	m.close()
	return db
}

// showMain builds the main window on store and shows it; on the program's
// own database with the restore menu and the permission warnings.
func showMain(a fyne.App, store model.Store, loc *locales.Localizer) (*ui.UI, *maintenance) {
	opts := []ui.Option{ui.Async(), ui.WithAbout(aboutInfo()), ui.WithFolderRisk(uiFolderRisk()), ui.FirstStart()}
	var m *maintenance
	if db, ok := store.(*storage.DB); ok {
		protectSaveDialogs(filepath.Dir(db.Path()))
		m = newMaintenance(db)
		opts = append(opts, ui.WithMaintenance(m), ui.WithTransfer(transfer{m}), ui.PermissionWarnings(uiFixes(db.PermissionFixes())))
	}
	u := ui.New(a, store, loc, time.Now, opts...)
	u.SetScreen(screenPixels())
	if db, ok := store.(*storage.DB); ok && db.ReadOnly() {
		u.SetNotice(ui.NoticeReadOnly, loc.T("ReadOnly.Notice"))
	}
	u.Show()
	return u, m
}
