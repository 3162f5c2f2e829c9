package ui

import (
	"errors"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// retention is the dialog "Aufbewahrung und Löschung": the retention
// period after closure, and the closed cases kept past it, each of which
// can be erased after a confirmation that names the client.
type retention struct {
	u     *UI
	dlg   dialog.Dialog
	years *kit.Entry
	intro *widget.Label
	list  *kit.KeyList
	due   []model.ClosedCase // closed cases past the period
}

func (u *UI) onRetention() {
	u.view.flush() // what was typed is written before anything is erased
	r := &retention{u: u}
	r.years = kit.NewEntry()
	r.years.SetText(strconv.Itoa(u.settings.WithDefaults().RetentionYears))
	r.years.OnSubmitted = func(string) { r.saveYears() }
	save := kit.NewButton(u.loc.T("Retention.SaveYears"), nil, r.saveYears)
	r.intro = kit.Wrapped("")
	r.list = kit.NewList(func() int { return len(r.due) }, r.createRow, r.updateRow)
	top := container.NewVBox(
		kit.Wrapped(u.loc.T("Retention.Explain")),
		container.NewBorder(nil, nil, widget.NewLabel(u.loc.T("Retention.Years")), save, r.years),
		widget.NewSeparator(),
		r.intro,
	)
	content := container.NewBorder(top, nil, nil, nil, r.list)
	r.dlg = dialog.NewCustom(u.loc.T("Retention.Title"), u.loc.T("Retention.Close"), content, u.win)
	r.dlg.Resize(fyne.NewSize(820, 600))
	r.reload()
	kit.ShowDialog(r.dlg, u.win)
}

// reload reads the closed cases and keeps those past the period.
func (r *retention) reload() {
	u := r.u
	closed, err := u.store.ClosedCases(u.ctx())
	if err != nil {
		u.showError(err)
		return
	}
	r.due = r.due[:0]
	for _, c := range closed {
		if model.PastRetention(c.ClosedOn, u.settings, u.today()) {
			r.due = append(r.due, c)
		}
	}
	years := u.settings.WithDefaults().RetentionYears
	if len(r.due) == 0 {
		r.intro.SetText(u.loc.T("Retention.NoneDue", "Years", years, "Closed", len(closed)))
	} else {
		r.intro.SetText(u.loc.T("Retention.Due", "Count", len(r.due), "Years", years))
	}
	r.list.Refresh()
}

func (r *retention) saveYears() {
	u := r.u
	n, err := strconv.Atoi(r.years.Text)
	if err == nil {
		err = model.ValidateRetentionYears(n)
	} else {
		err = model.ValidateRetentionYears(0)
	}
	if err != nil {
		u.showError(err)
		return
	}
	if u.changeSettings(func(s *model.Settings) bool { s.RetentionYears = n; return true }) {
		r.reload()
	}
}

func (r *retention) createRow() fyne.CanvasObject {
	erase := kit.NewButton(r.u.loc.T("Retention.Erase"), theme.DeleteIcon(), nil)
	return container.NewBorder(nil, nil, nil, erase, widget.NewLabel(""))
}

func (r *retention) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(r.due) {
		return
	}
	c := r.due[i]
	row := o.(*fyne.Container)
	loc := r.u.loc
	row.Objects[0].(*widget.Label).SetText(loc.T("Retention.Row",
		"Name", listName(loc, c.FirstName, c.LastName), "RVNR", formatRVNR(c.RVNR),
		"Closed", loc.Date(c.ClosedOn), "End", loc.Date(model.RetentionEnds(c.ClosedOn, r.u.settings))))
	row.Objects[1].(*kit.Button).OnTapped = func() { r.confirmErase(c) }
}

// confirmErase names the client and what erasure means before it happens.
func (r *retention) confirmErase(c model.ClosedCase) {
	u := r.u
	text := u.loc.T("Retention.ConfirmText", "Name", listName(u.loc, c.FirstName, c.LastName),
		"Closed", u.loc.Date(c.ClosedOn))
	kit.Ask(u.win, u.loc.T("Retention.ConfirmTitle"), text, u.loc.T("Retention.ConfirmErase"), u.loc.T("Kit.Cancel"),
		widget.DangerImportance, func() { r.erase(c) })
}

func (r *retention) erase(c model.ClosedCase) {
	u := r.u
	if u.view.c != nil && u.view.c.ID == c.ID {
		u.view.closeCase()
	}
	err := u.store.EraseCase(u.ctx(), c.ID)
	if errors.Is(err, model.ErrScrubPending) {
		kit.ShowDialog(dialog.NewInformation(u.loc.T("Retention.ConfirmTitle"), u.loc.T("Retention.ScrubPending"), u.win), u.win)
	} else if err != nil {
		u.showError(err)
	}
	// Also after an error: the deletion may have been committed.
	u.reloadCases()
	r.reload()
}

// closeCase shows no case, without writing the one shown: it is about to
// be erased.
func (v *caseView) closeCase() {
	v.c, v.sess, v.work = nil, nil, nil
	v.workHost.Objects = nil
	v.body.Hide()
	v.none.Show()
	v.workChanged()
}
