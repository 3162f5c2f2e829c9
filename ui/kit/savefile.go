package kit

import (
	"net/url"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// SaveFile is the one save dialog of the program: titled and labelled in
// the program's language (Fyne's own says "Speichern Datei" in the
// system's), opening in the folder a file of this kind was last saved in
// (remembered per kind — plan, closure documentation, report … — in the
// program's preferences, which hold no client data) with the suggested
// name. write gets the chosen file; a cancelled dialog calls nothing.
func SaveFile(env *Env, kind, name, ext string, write func(fyne.URIWriteCloser)) *dialog.FileDialog {
	loc := env.Loc
	save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			ShowError(env.Win, loc, err)
			return
		}
		if w == nil {
			return // cancelled
		}
		RememberFolder(kind, w.URI())
		write(w)
	}, env.Win)
	save.SetTitleText(loc.T("Kit.SaveTitle"))
	save.SetConfirmText(loc.T("Kit.Save"))
	save.SetDismissText(loc.T("Kit.Cancel"))
	if dir := StartFolder(kind); dir != nil {
		save.SetLocation(dir)
	}
	save.SetFileName(name)
	save.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	save.Resize(fyne.NewSize(800, 560))
	show := func() {
		save.Show()
		takeOverName(env.Win.Canvas(), save.Dismiss)
	}
	if env.Async {
		// Space on the button that leads here also types its character,
		// after this key's handler: shown at once, the dialog's name field
		// had the focus by then and the file was saved as " Teilhabeplan…".
		// Shown after the event, the character goes to the button.
		go fyne.Do(show)
	} else {
		show()
	}
	return save
}

// Fyne's save dialog puts the focus in its file name field, a Fyne entry,
// which keeps every key to itself: Escape, which cancels every other
// dialog of the program, did nothing there. takeOverName puts a nameEntry
// in that field's place, focused, that keeps the dialog's own field (whose
// text the dialog saves under) in step both ways.

// nameEntry is the file name field of the save dialog; Escape cancels.
type nameEntry struct {
	widget.Entry
	cancel func()
}

// TypedKey cancels the dialog on Escape.
func (e *nameEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		e.cancel()
		return
	}
	e.Entry.TypedKey(ev)
}

// Unwrap is Fyne's entry inside, for tests that look for one.
func (e *nameEntry) Unwrap() fyne.CanvasObject { return &e.Entry }

// takeOverName replaces the file name field of the save dialog on top of
// c by a nameEntry that cancels with cancel; a dialog of the system (where
// Fyne uses one) is left alone.
func takeOverName(c fyne.Canvas, cancel func()) {
	pop, ok := c.Overlays().Top().(*widget.PopUp)
	if !ok {
		return
	}
	holder := nameHolder(pop.Content)
	if holder == nil {
		return
	}
	theirs := holder.Content.(*widget.Entry)
	ours := &nameEntry{cancel: cancel}
	ours.ExtendBaseWidget(ours)
	ours.PlaceHolder = theirs.PlaceHolder
	ours.SetText(theirs.Text)
	chosen := theirs.OnChanged // enables "Speichern" while there is a name
	theirs.OnChanged = func(name string) {
		if chosen != nil {
			chosen(name)
		}
		if ours.Text != name { // a file picked in the list
			ours.SetText(name)
		}
	}
	ours.OnChanged = func(name string) {
		if theirs.Text != name {
			theirs.SetText(name)
		}
	}
	ours.OnSubmitted = theirs.OnSubmitted
	holder.Content = ours
	holder.Refresh()
	c.Focus(ours)
}

// nameHolder is the scroll that holds the file name field of Fyne's save
// dialog (its only entry), or nil.
func nameHolder(o fyne.CanvasObject) *container.Scroll {
	switch x := o.(type) {
	case *container.Scroll:
		if _, ok := x.Content.(*widget.Entry); ok {
			return x
		}
		return nameHolder(x.Content)
	case *container.Split:
		if h := nameHolder(x.Leading); h != nil {
			return h
		}
		return nameHolder(x.Trailing)
	case *fyne.Container:
		for _, c := range x.Objects {
			if h := nameHolder(c); h != nil {
				return h
			}
		}
	}
	return nil
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
