package kit

import (
	"net/url"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// SaveFile is the one save dialog of the program: titled and labelled in
// the program's language (Fyne's own says "Speichern Datei" in the
// system's), opening in the folder a file of this kind was last saved in
// (remembered per kind — plan, closure documentation, report … — in the
// program's preferences, which hold no client data) with the suggested
// name. write gets the chosen file; a cancelled dialog calls nothing. It
// is a Dialog (savedialog.go): Escape cancels it and Enter saves from
// every part of it, which Fyne's file dialog did only where it had no
// focusable part.
func SaveFile(env *Env, kind, name, ext string, write func(fyne.URIWriteCloser)) *Dialog {
	d := newSaveDialog(env, kind, name, ext, write)
	if env.Async {
		// Space on the button that leads here also types its character,
		// after this key's handler: shown at once, the dialog's name field
		// had the focus by then and the file was saved as " Teilhabeplan…".
		// Shown after the event, the character goes to the button.
		go fyne.Do(d.dlg.Show)
	} else {
		d.dlg.Show()
	}
	return d.dlg
}

func folderKey(kind string) string { return "saveFolder." + kind }

// RememberFolder keeps the folder of u as where files of kind are saved.
func RememberFolder(kind string, u fyne.URI) {
	if u == nil || u.Scheme() != "file" {
		return
	}
	if a := fyne.CurrentApp(); a != nil {
		a.Preferences().SetString(folderKey(kind), filepath.Dir(u.Path()))
	}
}

// StartFolder is where the save dialog for kind opens: the folder used
// last for it while it still exists, else the user's documents folder,
// else nil (Fyne's default, the home folder).
func StartFolder(kind string) fyne.ListableURI {
	var dirs []string
	if a := fyne.CurrentApp(); a != nil {
		if d := a.Preferences().String(folderKey(kind)); d != "" {
			dirs = append(dirs, d)
		}
	}
	if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, "Dokumente"), filepath.Join(home, "Documents"))
	}
	for _, d := range dirs {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			if l, err := storage.ListerForURI(storage.NewFileURI(d)); err == nil {
				return l
			}
		}
	}
	return nil
}

// ShowSaved says that u was saved, without stopping the work: a notice
// with "Öffnen" (the file in its program) and "Ordner zeigen" (the folder
// in the file manager) that stays until closed or replaced by the next.
func ShowSaved(env *Env, u fyne.URI) {
	loc := env.Loc
	var pop *widget.PopUp
	closeIt := func() {
		if env.Notice != nil {
			env.Notice(nil)
		} else if pop != nil {
			pop.Hide()
		}
	}
	openURI := func(target fyne.URI) {
		if l, err := url.Parse(target.String()); err == nil {
			if err := fyne.CurrentApp().OpenURL(l); err != nil {
				ShowError(env.Win, loc, err)
			}
		}
	}
	open := NewButton(loc.T("Kit.SavedOpen"), theme.FileIcon(), func() { openURI(u) })
	open.Importance = widget.HighImportance
	folder := NewButton(loc.T("Kit.SavedFolder"), theme.FolderOpenIcon(), func() {
		if dir, err := storage.Parent(u); err == nil {
			openURI(dir)
		}
	})
	closeBtn := NewButton("", theme.CancelIcon(), closeIt)
	closeBtn.Importance = widget.LowImportance
	text := &widget.Label{Text: loc.T("Kit.Saved", "File", u.Name()), Truncation: fyne.TextTruncateEllipsis}
	notice := container.NewBorder(nil, nil, widget.NewIcon(theme.ConfirmIcon()), container.NewHBox(open, folder, closeBtn), text)
	if env.Notice != nil {
		env.Notice(notice)
		return
	}
	if env.Win == nil {
		return
	}
	pop = widget.NewPopUp(notice, env.Win.Canvas())
	size := env.Win.Canvas().Size()
	w := fyne.Min(size.Width-20, 640)
	pop.Resize(fyne.NewSize(w, notice.MinSize().Height))
	pop.ShowAtPosition(fyne.NewPos(size.Width-w-10, size.Height-notice.MinSize().Height-20))
}
