package kit

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
)

// conflict is a save refused because the case was saved elsewhere since it
// was opened (model.ErrConflict). Nothing is written over the other text,
// and the user's own stays in the fields: the dialog shows both, side by
// side, and the user decides — keep theirs and save it over the stored
// version, or take the stored one.
func (s *Session) conflict() {
	stored, err := s.Env.Store.LoadCase(context.Background(), s.Case.ID)
	if err != nil {
		s.ShowError(err)
		return
	}
	diffs := model.TextDiffs(s.Case, stored)
	if s.Env.Win == nil {
		return
	}
	rows := container.NewVBox(widget.NewLabel(s.T("Kit.ConflictText")))
	var mine []string
	for _, d := range diffs {
		mine = append(mine, d.Path+":\n"+d.Mine)
		rows.Add(widget.NewLabelWithStyle(d.Path, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		rows.Add(container.NewGridWithColumns(2,
			conflictText(s.T("Kit.ConflictMine"), d.Mine),
			conflictText(s.T("Kit.ConflictTheirs"), d.Theirs)))
	}
	scroll := container.NewVScroll(rows)
	scroll.SetMinSize(fyne.NewSize(640, 360))
	// Enter keeps the user's text; Escape only closes (the next save
	// asks again) and never throws the text away.
	var d *Dialog
	d = NewDialog(s.Env.Win, s.T("Kit.ConflictTitle"), s.T("Kit.ConflictKeepMine"), "", func() {
		d.Hide()
		s.rebase(stored.Updated) // saved over the version just shown
		s.mu.Lock()
		s.dirty = true
		s.mu.Unlock()
		s.failing = false
		_ = s.Flush()
	}, func() { s.failing = false })
	takeTheirs := NewButton(s.T("Kit.ConflictTakeTheirs"), nil, func() {
		d.Hide()
		*s.Case = *stored
		s.rebase(stored.Updated)
		s.mu.Lock()
		s.dirty = false
		s.mu.Unlock()
		s.failing = false
		s.ReplaceView()
		s.status(Saved)
		if s.Rebuild != nil {
			s.Rebuild()
		}
	})
	copyMine := NewButton(s.T("Kit.TextCopy"), nil, func() {
		fyne.CurrentApp().Clipboard().SetContent(strings.Join(mine, "\n\n"))
	})
	d.SetExtraButtons(copyMine, takeTheirs)
	d.SetWidth(720)
	d.SetContent(scroll)
	d.Show()
}

func conflictText(title, text string) fyne.CanvasObject {
	e := &Entry{} // Tab leaves it (Entry.AcceptsTab)
	noteShape(&e.Entry)
	e.ExtendBaseWidget(e)
	e.SetText(text)
	return container.NewBorder(widget.NewLabel(title), nil, nil, nil, e)
}
