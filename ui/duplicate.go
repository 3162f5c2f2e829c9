package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// ImportOptions are the window's answers to an import's questions.
type ImportOptions struct {
	AcceptWarnings bool
	Duplicate      DuplicateChoice // DuplicateCancel: refuse a case already here
}

// DuplicateCases is the error of an import whose case is already here
// (storage.DuplicateError has it).
type DuplicateCases interface {
	Cases() (existing, incoming *model.Case, by string)
}

// ImportWarnings is the error of an import that waits for its warnings to
// be accepted (storage.WarningsError has it).
type ImportWarnings interface {
	ImportWarnings() model.Problems
}

// DuplicateChoice is what the user decided about a case file whose case
// is already here (storage.DuplicateError).
type DuplicateChoice int

const (
	DuplicateCancel  DuplicateChoice = iota // import nothing
	DuplicateNew                            // import it as another case
	DuplicateReplace                        // replace the case here (a backup is made first)
)

// AskDuplicate shows the case here and the file's case side by side —
// name, birth date, RV-Nummer, phase, last change — says why they are
// taken for the same (by: "uid" for the same case file, "rvnr" for the
// same RV-Nummer) and asks what to do; choose runs once with the answer.
// Enter imports nothing and Escape too: neither a second case nor a
// replacement happens without a click on its button. The window's import
// (Datei › Fallakte importieren) calls it with the DuplicateError's cases
// and imports again with the matching storage.ImportOptions.
func AskDuplicate(win fyne.Window, loc *locales.Localizer, existing, incoming *model.Case, by string, choose func(DuplicateChoice)) *kit.Dialog {
	var d *kit.Dialog
	answered := false
	answer := func(c DuplicateChoice) {
		if !answered {
			answered = true
			d.Hide()
			choose(c)
		}
	}
	d = kit.NewDialog(win, loc.T("Duplicate.Title"), loc.T("Duplicate.Cancel"), "", func() { answer(DuplicateCancel) },
		func() { answer(DuplicateCancel) })
	d.SetConfirmIcon(theme.CancelIcon())
	d.ConfirmButton().Importance = widget.MediumImportance
	asNew := kit.NewButton(loc.T("Duplicate.New"), theme.ContentAddIcon(), func() { answer(DuplicateNew) })
	replace := kit.NewButton(loc.T("Duplicate.Replace"), theme.ViewRefreshIcon(), func() { answer(DuplicateReplace) })
	d.SetExtraButtons(replace, asNew)

	why := "Duplicate.ByUID"
	if by == "rvnr" {
		why = "Duplicate.ByRVNR"
	}
	grid := container.NewGridWithColumns(3,
		widget.NewLabel(""), bold(loc.T("Duplicate.Here", "ID", existing.ID)), bold(loc.T("Duplicate.File")))
	row := func(labelID string, value func(c *model.Case) string) {
		grid.Add(widget.NewLabel(loc.T(labelID)))
		grid.Add(widget.NewLabel(value(existing)))
		grid.Add(widget.NewLabel(value(incoming)))
	}
	row("Duplicate.Name", func(c *model.Case) string { return c.Client.FullName() })
	row("Duplicate.BirthDate", func(c *model.Case) string { return loc.Date(c.Client.BirthDate) })
	row("Duplicate.RVNR", func(c *model.Case) string { return c.Client.RVNR })
	row("Duplicate.Phase", func(c *model.Case) string { return loc.Enum("PhaseShort", c.Phase) })
	row("Duplicate.Updated", func(c *model.Case) string {
		if c.Updated.IsZero() {
			return "—"
		}
		return loc.DateTime(c.Updated.Local())
	})
	d.SetContent(container.NewVBox(kit.Wrapped(loc.T(why)), grid, kit.Wrapped(loc.T("Duplicate.Explain"))))
	d.Show()
	return d
}

func bold(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
