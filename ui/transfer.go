package ui

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// Transfer moves case files and backups in and out of the program — in
// the window what the command line does with import, export json and
// backup. main implements it on storage.
type Transfer interface {
	// Encrypted reports whether the file at path is encrypted with a
	// passphrase.
	Encrypted(path string) (bool, error)
	// Import imports the case file at path — decrypted with passphrase
	// when it is encrypted — and returns the new case's number. A file
	// with problems imports nothing; the error lists every problem. A case
	// already here is refused with an error that has Cases (see
	// DuplicateCases), one with warnings with an error that has
	// ImportWarnings, unless opts allow them.
	Import(path, passphrase string, opts ImportOptions) (int64, error)
	// Export writes case id's case file to path, encrypted with
	// passphrase unless it is empty.
	Export(id int64, path, passphrase string) error
	// Backup writes a consistent copy of all data to path, encrypted with
	// passphrase unless it is empty.
	Backup(path, passphrase string) error
}

// Unlocker is what a Maintenance offers for encrypted backups: Unlock
// decrypts the backup at path into a private temporary copy, checked and
// described like any backup, which Restore then takes.
type Unlocker interface {
	Unlock(path, passphrase string) (BackupInfo, error)
}

// WithTransfer adds Datei › Fallakte importieren …, Fallakte exportieren …
// and Sicherung anlegen ….
func WithTransfer(t Transfer) Option { return func(u *UI) { u.transfer = t } }

// transferItems are the menu items of Transfer, nil without one.
func (u *UI) transferItems() []*fyne.MenuItem {
	if u.transfer == nil {
		return nil
	}
	return []*fyne.MenuItem{
		{Label: u.loc.T("Transfer.ImportMenu"), Icon: theme.DownloadIcon(), Action: u.onImport},
		{Label: u.loc.T("Transfer.ExportMenu"), Icon: theme.UploadIcon(), Action: u.onExport},
		{Label: u.loc.T("Transfer.BackupMenu"), Icon: theme.DocumentSaveIcon(), Action: u.onBackup},
	}
}

// onImport picks a case file, asks for its passphrase when it is
// encrypted, imports it and opens the new case — or lists every problem.
func (u *UI) onImport() {
	u.pickFile("casefile", []string{".json", ".age"}, func(path string) {
		enc, err := u.transfer.Encrypted(path)
		if err != nil {
			u.showError(err)
			return
		}
		if !enc {
			u.importFile(path, "")
			return
		}
		u.askPassphrase(u.loc.T("Transfer.ImportTitle"), u.loc.T("Transfer.ImportPassphrase", "File", filepath.Base(path)),
			func(pass string) { u.importFile(path, pass) })
	})
}

// pickFile lets the user pick a file to read — of the endings exts, or
// any with none — starting where a file of kind was last used, and gives
// picked its path; a cancelled dialog calls nothing.
func (u *UI) pickFile(kind string, exts []string, picked func(path string)) {
	kit.OpenFile(u.env, kind, exts, picked)
}

func (u *UI) importFile(path, pass string) { u.importWith(path, pass, ImportOptions{}) }

// importWith imports with the answers given so far; a case already here
// and warnings are asked about, and the import runs again with the answer.
func (u *UI) importWith(path, pass string, opts ImportOptions) {
	if u.view != nil && u.view.sess != nil {
		if err := u.view.sess.Flush(); err != nil {
			return
		}
	}
	id, err := u.transfer.Import(path, pass, opts)
	var dup DuplicateCases
	var warn ImportWarnings
	switch {
	case errors.As(err, &dup):
		existing, incoming, by := dup.Cases()
		AskDuplicate(u.win, u.loc, existing, incoming, by, func(c DuplicateChoice) {
			if c != DuplicateCancel {
				opts.Duplicate = c
				u.importWith(path, pass, opts)
			}
		})
		return
	case errors.As(err, &warn):
		u.askWarnings(filepath.Base(path), warn.ImportWarnings(), func() {
			opts.AcceptWarnings = true
			u.importWith(path, pass, opts)
		})
		return
	case errors.Is(err, model.ErrWrongPassphrase), errors.Is(err, model.ErrEmptyPassphrase):
		kit.ShowDialog(kit.ErrorDialog(u.win, u.loc, u.loc.Error(model.Refusal(err, filepath.Base(path)))), u.win)
		return
	case err != nil:
		u.showProblems(u.loc.T("Transfer.ImportFailedTitle"), u.loc.T("Transfer.ImportFailed", "File", filepath.Base(path)), err)
		return
	}
	u.reloadCases()
	u.list.selectCase(id)
	kit.ShowDialog(dialog.NewInformation(u.loc.T("Transfer.ImportTitle"), u.loc.T("Transfer.Imported", "File", filepath.Base(path), "ID", id), u.win), u.win)
}

// askWarnings lists the whole-case check's warnings of a file and imports
// it only when the user says the entries are right.
func (u *UI) askWarnings(file string, ws model.Problems, accept func()) {
	var d *kit.Dialog
	d = kit.NewDialog(u.win, u.loc.T("Transfer.WarningsTitle"), u.loc.T("Transfer.WarningsAccept"), u.loc.T("Duplicate.Cancel"),
		func() { d.Hide(); accept() }, nil)
	box := container.NewVBox(kit.Wrapped(u.loc.T("Transfer.WarningsIntro", "File", file)))
	for _, l := range strings.Split(u.loc.Error(ws), "\n") {
		box.Add(kit.Wrapped("• " + l))
	}
	d.SetContent(box)
	d.SetWidth(noticeWidth)
	d.Show()
}

// showProblems lists every problem of err, one per line, scrollable.
func (u *UI) showProblems(title, intro string, err error) {
	lines := strings.Split(u.loc.Error(err), "\n")
	list := container.NewVBox()
	for _, l := range lines {
		list.Add(&widget.Label{Text: "• " + l, Wrapping: fyne.TextWrapWord})
	}
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(0, fyne.Min(list.MinSize().Height, 320)))
	content := container.NewBorder(&widget.Label{Text: intro + " " + u.loc.N("Transfer.ProblemCount", len(lines)), Wrapping: fyne.TextWrapWord}, nil, nil, nil, scroll)
	d := dialog.NewCustom(title, u.loc.T("Transfer.Close"), content, u.win)
	d.Resize(fyne.NewSize(noticeWidth, scroll.MinSize().Height+160))
	kit.ShowDialog(d, u.win)
}

// onExport writes the open case's case file, encrypted when asked.
func (u *UI) onExport() {
	if u.view == nil || u.view.c == nil {
		kit.ShowDialog(dialog.NewInformation(u.loc.T("Transfer.ExportTitle"), u.loc.T("Transfer.ExportNoCase"), u.win), u.win)
		return
	}
	if u.view.sess != nil {
		if err := u.view.sess.Flush(); err != nil {
			return
		}
	}
	id := u.view.c.ID
	u.askEncrypt(u.loc.T("Transfer.ExportTitle"), u.loc.T("Transfer.ExportText"), func(pass string) {
		name := fmt.Sprintf("fallakte-%d.json", id)
		if pass != "" {
			name += ".age"
		}
		u.saveTo("casefile", name, func(path string) error { return u.transfer.Export(id, path, pass) })
	})
}

// onBackup writes a backup of all data to a file the user picks, for
// example on a USB stick, encrypted when asked.
func (u *UI) onBackup() {
	u.askEncrypt(u.loc.T("Transfer.BackupTitle"), u.loc.T("Transfer.BackupText"), func(pass string) {
		name := "teilhabelotse-" + time.Now().Format("2006-01-02") + ".db"
		if pass != "" {
			name += ".age"
		}
		u.saveTo("backup", name, func(path string) error { return u.transfer.Backup(path, pass) })
	})
}

// saveTo asks where to save name with the program's one save dialog
// (kit.SaveWith, which remembers the folder of each kind) and runs write
// there off the event goroutine; a saved file gets the notice every saved
// file gets ("Öffnen", "Ordner zeigen"), a failure its error.
func (u *UI) saveTo(kind, name string, write func(path string) error) {
	kit.SaveWith(u.env, kind, name, filepath.Ext(name), func() func(io.WriteCloser, string) error {
		return func(w io.WriteCloser, path string) error {
			w.Close() // the transfer writes the file at path itself
			return write(path)
		}
	}, func(_ fyne.URI, err error) {
		if err != nil {
			u.showError(err)
		}
	})
}

// askEncrypt offers to encrypt what leaves the computer: unticked, ok gets
// ""; ticked, a new passphrase typed twice.
func (u *UI) askEncrypt(title, text string, ok func(pass string)) {
	var dlg *kit.Dialog
	var encrypt *kit.KeyCheck
	var first, second *kit.Entry
	hint := &widget.Label{Wrapping: fyne.TextWrapWord}
	update := func() {
		on := encrypt.Checked
		first.Hidden, second.Hidden, hint.Hidden = !on, !on, !on
		switch {
		case !on:
			dlg.SetConfirmEnabled(true)
		case first.Text == "":
			hint.SetText(u.loc.T("Transfer.PassphraseHint"))
			dlg.SetConfirmEnabled(false)
		case first.Text != second.Text:
			hint.SetText(u.loc.T("Transfer.PassphraseMismatch"))
			dlg.SetConfirmEnabled(false)
		default:
			hint.SetText(u.loc.T("Transfer.PassphraseKeep"))
			dlg.SetConfirmEnabled(true)
		}
		dlg.Refit()
	}
	dlg = kit.NewDialog(u.win, title, u.loc.T("Transfer.Continue"), u.loc.T("Transfer.Cancel"), func() {
		pass := ""
		if encrypt.Checked {
			pass = first.Text
		}
		dlg.Hide()
		ok(pass)
	}, nil)
	encrypt = dlg.Check(u.loc.T("Transfer.Encrypt"), func(bool) { update() })
	first, second = dlg.Entry(), dlg.Entry()
	first.Password, second.Password = true, true
	first.SetPlaceHolder(u.loc.T("Transfer.Passphrase"))
	second.SetPlaceHolder(u.loc.T("Transfer.PassphraseAgain"))
	first.OnChanged = func(string) { update() }
	second.OnChanged = func(string) { update() }
	dlg.SetContent(container.NewVBox(&widget.Label{Text: text, Wrapping: fyne.TextWrapWord}, encrypt, first, second, hint))
	encrypt.SetChecked(true) // recommended for anything that leaves the computer
	update()
	dlg.Show()
}

// askPassphrase asks for the passphrase of an encrypted file.
func (u *UI) askPassphrase(title, text string, ok func(pass string)) {
	var dlg *kit.Dialog
	var entry *kit.Entry
	dlg = kit.NewDialog(u.win, title, u.loc.T("Transfer.Open"), u.loc.T("Transfer.Cancel"), func() {
		if entry.Text == "" {
			return
		}
		dlg.Hide()
		ok(entry.Text)
	}, nil)
	entry = dlg.Entry()
	entry.Password = true
	entry.SetPlaceHolder(u.loc.T("Transfer.Passphrase"))
	entry.OnChanged = func(s string) { dlg.SetConfirmEnabled(s != "") }
	dlg.SetContent(container.NewVBox(&widget.Label{Text: text, Wrapping: fyne.TextWrapWord}, entry))
	dlg.SetConfirmEnabled(false)
	dlg.FocusFirst(entry)
	dlg.Show()
}

// unlockAndRestore asks for the passphrase of the encrypted backup at
// path, decrypts it and asks to restore it like any backup.
func (u *UI) unlockAndRestore(path string) {
	un, ok := u.maint.(Unlocker)
	if !ok {
		kit.ShowDialog(dialog.NewInformation(u.loc.T("Restore.EncryptedTitle"), u.loc.Error(model.Refusal(model.ErrEncrypted, path)), u.win), u.win)
		return
	}
	u.askPassphrase(u.loc.T("Restore.EncryptedTitle"), u.loc.T("Transfer.RestorePassphrase", "File", filepath.Base(path)), func(pass string) {
		b, err := un.Unlock(path, pass)
		if errors.Is(err, model.ErrWrongPassphrase) || errors.Is(err, model.ErrEmptyPassphrase) {
			kit.ShowDialog(kit.ErrorDialog(u.win, u.loc, u.loc.Error(model.Refusal(err, filepath.Base(path)))), u.win)
			return
		}
		if err != nil {
			u.showRestoreError(path, err)
			return
		}
		u.confirmRestoreOf(b, filepath.Base(path))
	})
}
