package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// auditTab is the case's privacy tab: the Art. 15 GDPR copy, and the
// audit log — when the phase changed, what was disclosed to whom, which
// documents and files were made of the case. The log is read when the tab
// is opened; the entries are few and indexed by case.
func auditTab(s *kit.Session) fyne.CanvasObject {
	loc := s.Env.Loc
	access := kit.NewButton(loc.T("Access.Button"), theme.DownloadIcon(), func() { exportAccessCopy(s) })
	box := container.NewVBox(
		kit.Heading(loc.T("Access.Heading")),
		kit.Wrapped(loc.T("Access.Intro")),
		container.NewHBox(access),
		widget.NewSeparator(),
		kit.Heading(loc.T("AuditView.Heading")),
		kit.Wrapped(loc.T("AuditView.Intro")))
	entries, err := s.Env.Store.AuditEntries(context.Background(), s.Case.UID)
	if err != nil {
		box.Add(kit.Wrapped(loc.Error(err)))
		return box
	}
	if len(entries) == 0 {
		box.Add(widget.NewLabel(loc.T("AuditView.Empty")))
		return box
	}
	grid := container.New(layout.NewFormLayout())
	for i := len(entries) - 1; i >= 0; i-- { // newest first, like the case list's "Fällig"
		e := entries[i]
		grid.Add(widget.NewLabel(auditTime(loc, e)))
		grid.Add(kit.Wrapped(loc.Audit(e)))
	}
	box.Add(grid)
	return box
}

// auditTime is the local date and time of an entry, e.g. "25.11.2026, 09:15".
func auditTime(loc *locales.Localizer, e model.AuditEntry) string {
	at := e.At.Local()
	return loc.DateTime(at)
}
