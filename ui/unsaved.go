package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// FlushAll writes what is pending in the open case and in every case left
// while its save failed, and returns the first failure. The program calls
// it before it ends for any reason (quit, SIGTERM, logout).
func (u *UI) FlushAll() error {
	if u.view == nil {
		return nil
	}
	var first error
	var still []*kit.Session
	for _, s := range append(append([]*kit.Session(nil), u.view.left...), u.view.sess) {
		if s == nil {
			continue
		}
		if err := s.Flush(); err != nil {
			if first == nil {
				first = err
			}
			if s != u.view.sess {
				still = append(still, s)
			}
		} else if s != u.view.sess {
			s.Close()
		}
	}
	u.view.left = still
	return first
}

// SaveBeforeExit writes what is still pending in every session once more
// when the event loop has ended (a signal quit the program while a save
// was waiting for the typing pause). It touches no widget; the first
// failure is returned.
func (u *UI) SaveBeforeExit() error {
	if u.view == nil {
		return nil
	}
	var first error
	for _, s := range append(append([]*kit.Session(nil), u.view.left...), u.view.sess) {
		if s == nil {
			continue
		}
		if err := s.SaveBeforeExit(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// unsavedText is every text of the unsaved sessions that differs from
// what is stored (all of a case's texts when the store cannot be read),
// each under its field's path: what "Text kopieren" puts on the clipboard.
func (u *UI) unsavedText() string {
	var parts []string
	for _, s := range append(append([]*kit.Session(nil), u.view.left...), u.view.sess) {
		if s == nil || !s.Dirty() {
			continue
		}
		stored, err := u.store.LoadCase(context.Background(), s.Case.ID)
		if err != nil {
			stored = &model.Case{}
		}
		parts = append(parts, "— "+s.Case.Client.FullName()+" —")
		for _, d := range model.TextDiffs(s.Case, stored) {
			if d.Mine != "" {
				parts = append(parts, d.Path+":\n"+d.Mine)
			}
		}
	}
	return strings.Join(parts, "\n\n")
}

// askQuitUnsaved says that input could not be saved and why, and offers to
// copy it, to quit anyway, or to go back (saving goes on being retried):
// quitting never silently does nothing, and never silently loses text.
func (u *UI) askQuitUnsaved(err error) {
	text := &widget.Label{Text: u.loc.T("Quit.FailedText", "Error", u.loc.Error(err)), Wrapping: fyne.TextWrapWord}
	copied := &widget.Label{Text: u.loc.T("Quit.Copied"), SizeName: captionSize}
	copied.Hide()
	// Enter copies, Escape goes back: neither loses a word. Quitting
	// anyway is its own button.
	d := kit.NewDialog(u.win, u.loc.T("Quit.FailedTitle"), u.loc.T("Quit.CopyText"), u.loc.T("Quit.BackToWork"), func() {
		u.app.Clipboard().SetContent(u.unsavedText())
		copied.Show()
	}, nil)
	anyway := kit.NewButton(u.loc.T("Quit.Anyway"), nil, func() { u.app.Quit() })
	anyway.Importance = widget.DangerImportance
	d.SetExtraButtons(anyway)
	d.SetContent(container.NewVBox(text, copied))
	d.Show()
}
