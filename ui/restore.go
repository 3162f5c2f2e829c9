package ui

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// This file is about trust in the data: restoring a backup from the menu
// ("Datei › Sicherung wiederherstellen …"), the notice shown at start
// instead of the main window when the database is damaged, and the warning
// when the data folder was open to other users.

// BackupInfo describes a backup the user can restore.
type BackupInfo struct {
	Path  string
	Time  time.Time // when it was written
	Size  int64     // bytes
	Cases int       // cases in it; -1 when unknown
}

// Maintenance is what restoring a backup needs from the program around the
// window; main implements it with storage.
type Maintenance interface {
	// Backups lists the automatic backups, newest first.
	Backups() ([]BackupInfo, error)
	// Inspect describes a file the user chose. Its error wraps
	// model.ErrEncrypted for an encrypted backup and model.ErrNotBackup
	// for a file that is no database of this program.
	Inspect(path string) (BackupInfo, error)
	// Restore replaces the data by the backup at path and returns the store
	// on the restored data and where the previous database was kept. The
	// store the window used before is closed and must not be used again —
	// on failure neither: Restore then returns the previous data reopened
	// together with the error, which wraps one of model's refusals
	// (model.Refusal) when it is one of those cases. A nil store means the
	// data could not be opened at all.
	Restore(path string) (store model.Store, aside string, err error)
}

// PermFix is a permission that was too open and has been tightened: other
// users of the computer could read or enter the folder or file at Path.
type PermFix struct {
	Path     string
	Dir      bool
	Was, Now fs.FileMode
}

// WithMaintenance adds "Sicherung wiederherstellen …" to the file menu,
// restoring through m.
func WithMaintenance(m Maintenance) Option { return func(u *UI) { u.maint = m } }

// PermissionWarnings has Show tell the user which permissions were
// tightened at start.
func PermissionWarnings(fixes []PermFix) Option {
	return func(u *UI) { u.fixes = append([]PermFix(nil), fixes...) }
}

// Show shows the main window and then what the user must know from the
// start (tightened permissions). The app must already run or be run next.
func (u *UI) Show() {
	u.win.Show()
	u.fitScreen()
	u.showPermissionWarnings()
	u.showFolderRisk()
	u.showSetupIfNeeded()
}

// showPermissionWarnings says once which permissions were tightened.
func (u *UI) showPermissionWarnings() {
	if len(u.fixes) == 0 {
		return
	}
	content := container.NewVBox()
	for _, f := range u.fixes {
		content.Add(&widget.Label{Text: u.loc.PermFix(f.Path, f.Dir, f.Was, f.Now), Wrapping: fyne.TextWrapWord})
	}
	content.Add(&widget.Label{Text: u.loc.T("Perm.Outro"), Wrapping: fyne.TextWrapWord})
	d := dialog.NewCustom(u.loc.T("Perm.Title"), u.loc.T("Perm.Close"), content, u.win)
	d.Resize(fyne.NewSize(noticeWidth, content.MinSize().Height))
	kit.ShowDialog(d, u.win)
	u.fixes = nil
}

// noticeWidth is the width of the restore and notice dialogs.
const noticeWidth = 560

// The backup list of the restore dialog scrolls beyond restoreListHeight;
// restoreChrome is what the dialog needs around it.
const (
	restoreListHeight = 560
	restoreChrome     = 270
)

// whenText is a backup's moment: 24.11.2026, 08:15.
func whenText(t time.Time) string { return t.Format(model.GermanLayout + ", 15:04") }

// casesText is "9 Fälle", or "" when the number is unknown.
func casesText(loc *locales.Localizer, n int) string {
	if n < 0 {
		return ""
	}
	return loc.N("Restore.Cases", n)
}

// sizeText is a file size in the user's language: 1,2 MB.
func sizeText(loc *locales.Localizer, size int64) string {
	if size < 1<<20 {
		return loc.T("Restore.SizeKB", "Size", (size+1023)>>10)
	}
	return loc.T("Restore.SizeMB", "Size", loc.Number(float64(size)/(1<<20), 1))
}

// backupLine is one backup in the list: when, how many cases, how large.
func backupLine(loc *locales.Localizer, b BackupInfo) string {
	if c := casesText(loc, b.Cases); c != "" {
		return loc.T("Restore.Row", "When", whenText(b.Time), "Cases", c, "Size", sizeText(loc, b.Size))
	}
	return loc.T("Restore.RowNoCases", "When", whenText(b.Time), "Size", sizeText(loc, b.Size))
}

// onRestore opens "Sicherung wiederherstellen": the automatic backups,
// newest first, and "Andere Datei wählen …".
func (u *UI) onRestore() {
	if u.maint == nil {
		return
	}
	backups, err := u.maint.Backups()
	rows := container.NewVBox()
	var d *dialog.CustomDialog
	switch {
	case err != nil:
		rows.Add(&widget.Label{Text: u.loc.T("Restore.ListFailed", "Error", u.loc.Error(err)), Wrapping: fyne.TextWrapWord})
	case len(backups) == 0:
		rows.Add(&widget.Label{Text: u.loc.T("Restore.None"), Wrapping: fyne.TextWrapWord})
	}
	for _, b := range backups {
		row := kit.NewButton(backupLine(u.loc, b), theme.HistoryIcon(), func() { d.Hide(); u.confirmRestore(b, false) })
		row.Alignment = widget.ButtonAlignLeading
		rows.Add(row)
	}
	intro := &widget.Label{Text: u.loc.T("Restore.Intro"), Wrapping: fyne.TextWrapWord}
	other := kit.NewButton(u.loc.T("Restore.Other"), theme.FolderOpenIcon(), func() { d.Hide(); u.onRestoreOther() })
	cancel := kit.NewButton(u.loc.T("Restore.Cancel"), nil, func() { d.Hide() })
	buttons := container.NewHBox(other, layout.NewSpacer(), cancel)
	// All fourteen backups fit without scrolling in the default window.
	list := container.NewVScroll(rows)
	list.SetMinSize(fyne.NewSize(0, fyne.Min(rows.MinSize().Height, restoreListHeight)))
	content := container.NewBorder(intro, buttons, nil, nil, list)
	d = dialog.NewCustomWithoutButtons(u.loc.T("Restore.Title"), content, u.win)
	// Room for the title, the intro's three lines and the buttons.
	d.Resize(fyne.NewSize(noticeWidth, list.MinSize().Height+restoreChrome))
	d.Show()
}

// onRestoreOther lets the user pick a backup file anywhere, for example on
// a stick.
func (u *UI) onRestoreOther() { u.pickFile("backup", nil, u.restoreFile) }

// restoreFile asks to restore the file at path, or says why it cannot be.
func (u *UI) restoreFile(path string) {
	b, err := u.maint.Inspect(path)
	if err != nil {
		u.showRestoreError(path, err)
		return
	}
	u.confirmRestore(b, true)
}

// confirmRestore names the moment the data will go back to and what
// happens to the current data, and restores on "Wiederherstellen".
func (u *UI) confirmRestore(b BackupInfo, file bool) {
	name := ""
	if file {
		name = filepath.Base(b.Path)
	}
	u.confirmRestoreOf(b, name)
}

// confirmRestoreOf is confirmRestore naming the file the user chose, ""
// for an automatic backup.
func (u *UI) confirmRestoreOf(b BackupInfo, file string) {
	text := u.loc.T("Restore.Confirm", "When", whenText(b.Time))
	if file != "" {
		text = u.loc.T("Restore.ConfirmFile", "When", whenText(b.Time), "File", file)
	}
	kit.Ask(u.win, u.loc.T("Restore.ConfirmTitle"), text, u.loc.T("Restore.ConfirmButton"), u.loc.T("Restore.Cancel"),
		widget.WarningImportance, func() { u.restore(b) })
}

// restore writes what is pending (so the database kept aside has it),
// restores b and rebuilds the window on the restored data.
func (u *UI) restore(b BackupInfo) {
	if u.view != nil && u.view.sess != nil {
		if err := u.view.sess.Flush(); err != nil {
			return // the session has said why; nothing is restored over unsaved text
		}
		u.view.sess = nil
	}
	if u.partnerWin != nil {
		u.partnerWin.Close()
	}
	if u.evalWin != nil {
		u.evalWin.Close()
	}
	store, aside, err := u.maint.Restore(b.Path)
	if store == nil {
		d := kit.ErrorDialog(u.win, u.loc, u.loc.T("Restore.ReopenFailed", "Error", errText(err)))
		d.SetOnClosed(u.app.Quit)
		kit.ShowDialog(d, u.win)
		return
	}
	u.store = store
	u.loadSettings()
	u.loadPartners()
	u.buildUI()
	u.reloadCases()
	if err != nil {
		u.showRestoreError(b.Path, err)
		return
	}
	u.showRestored(b, aside, "Restore.DoneAside")
}

// ShowRestoredAfterDamage tells, in the main window opened after the
// damage notice, which backup the data now come from and where the
// damaged database was kept.
func (u *UI) ShowRestoredAfterDamage(b BackupInfo, aside string) {
	u.showRestored(b, aside, "Restore.DoneDamagedAside")
}

func (u *UI) showRestored(b BackupInfo, aside, asideID string) {
	n := -1
	if rows, err := u.store.ListCases(context.Background()); err == nil {
		n = len(rows)
	}
	text := u.loc.T("Restore.Done", "When", whenText(b.Time))
	if c := casesText(u.loc, n); c != "" {
		text = u.loc.T("Restore.DoneCases", "When", whenText(b.Time), "Cases", c)
	}
	if aside != "" {
		text += " " + u.loc.T(asideID, "Path", aside)
	}
	kit.ShowDialog(dialog.NewInformation(u.loc.T("Restore.DoneTitle"), text, u.win), u.win)
}

// showRestoreError says why a backup was not restored; an encrypted one is
// no error but a pointer to the command line.
func (u *UI) showRestoreError(path string, err error) {
	if errors.Is(err, model.ErrEncrypted) {
		u.unlockAndRestore(path)
		return
	}
	kit.ShowDialog(kit.ErrorDialog(u.win, u.loc, restoreErrorText(u.loc, path, err)), u.win)
}

func restoreErrorText(loc *locales.Localizer, path string, err error) string {
	if p := model.Refusal(err, path); p != nil {
		return loc.Error(p)
	}
	return loc.T("Restore.Failed", "Error", errText(err))
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// DamageInfo is what the damage notice tells.
type DamageInfo struct {
	Path    string       // the damaged database file
	Problem string       // what the check found first, as a detail
	Backups []BackupInfo // the automatic backups, newest first
}

// DamageNotice is the window shown at start instead of the main window
// when the database failed the check: it offers to restore the newest
// automatic backup, or — without one — says where the damaged file is.
type DamageNotice struct {
	app     fyne.App
	win     fyne.Window
	loc     *locales.Localizer
	info    DamageInfo
	restore func(BackupInfo) error

	text          *widget.Label
	restoreButton *widget.Button
	quitButton    *widget.Button
}

// NewDamageNotice builds the notice on a. restore is called with the
// backup to restore; it opens the main window on the restored data, and
// the notice then closes. An error it returns is shown, and when it says
// the backup is unusable the next older one is offered.
func NewDamageNotice(a fyne.App, loc *locales.Localizer, info DamageInfo, restore func(BackupInfo) error) *DamageNotice {
	n := &DamageNotice{app: a, loc: loc, info: info, restore: restore}
	n.win = a.NewWindow(loc.T("Damaged.Title"))
	n.win.SetContent(n.buildUI())
	n.win.Resize(fyne.NewSize(640, 360))
	n.win.SetCloseIntercept(a.Quit)
	n.update()
	return n
}

// Window is the notice's window.
func (n *DamageNotice) Window() fyne.Window { return n.win }

// Show shows the notice in the middle of the screen.
func (n *DamageNotice) Show() {
	n.win.CenterOnScreen()
	n.win.Show()
}

func (n *DamageNotice) buildUI() fyne.CanvasObject {
	icon := widget.NewIcon(theme.WarningIcon())
	heading := &widget.Label{Text: n.loc.T("Damaged.Heading"), TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText}
	intro := &widget.Label{Text: n.loc.T("Damaged.Text"), Wrapping: fyne.TextWrapWord}
	n.text = &widget.Label{Wrapping: fyne.TextWrapWord}
	detail := &widget.Label{Text: n.loc.T("Damaged.Detail", "Problem", n.info.Problem), SizeName: captionSize,
		Truncation: fyne.TextTruncateEllipsis}
	n.quitButton = &widget.Button{Text: n.loc.T("Damaged.Quit"), OnTapped: n.app.Quit}
	n.restoreButton = &widget.Button{Importance: widget.HighImportance, Icon: theme.HistoryIcon(), OnTapped: n.onRestore}
	buttons := container.NewHBox(layout.NewSpacer(), n.quitButton, n.restoreButton)
	body := container.NewVBox(intro, n.text)
	return container.NewPadded(container.NewBorder(
		container.NewBorder(nil, nil, icon, nil, heading),
		container.NewVBox(detail, buttons), nil, nil,
		container.NewVScroll(body)))
}

// update says what can be done: restore the newest backup, or nothing.
func (n *DamageNotice) update() {
	if len(n.info.Backups) == 0 {
		n.text.SetText(n.loc.T("Damaged.NoBackup", "Path", n.info.Path))
		n.restoreButton.Hide()
		n.quitButton.Importance = widget.HighImportance
		n.quitButton.Refresh()
		return
	}
	b := n.info.Backups[0]
	if c := casesText(n.loc, b.Cases); c != "" {
		n.text.SetText(n.loc.T("Damaged.OfferCases", "When", whenText(b.Time), "Cases", c))
	} else {
		n.text.SetText(n.loc.T("Damaged.Offer", "When", whenText(b.Time)))
	}
	n.restoreButton.SetText(n.loc.T("Damaged.Restore", "When", whenText(b.Time)))
}

func (n *DamageNotice) onRestore() {
	if len(n.info.Backups) == 0 {
		return
	}
	b := n.info.Backups[0]
	err := n.restore(b)
	if err == nil {
		n.win.Close()
		return
	}
	// A backup that can never be restored leaves the offer; one refused
	// for now (the database in use) stays.
	if p := model.Refusal(err, b.Path); p != nil {
		switch p.Code {
		case model.CodeRefusalDamaged, model.CodeRefusalNotBackup, model.CodeRefusalNewer, model.CodeRefusalMissing:
			n.info.Backups = n.info.Backups[1:]
			n.update()
		}
	}
	kit.ShowDialog(kit.ErrorDialog(n.win, n.loc, restoreErrorText(n.loc, b.Path, err)), n.win)
}
