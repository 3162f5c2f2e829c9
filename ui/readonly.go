package ui

import (
	"fyne.io/fyne/v2"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// readOnly reports whether store was opened read-only (the program's own
// database on a write-protected file or disk says so).
func readOnly(store model.Store) bool {
	ro, ok := store.(interface{ ReadOnly() bool })
	return ok && ro.ReadOnly()
}

// frozenTabs are the case tabs whose forms are frozen on a read-only
// database. The reading view and the Datenschutz tab (Art. 15 copy) stay
// as they are, and so do the print buttons above a phase: reading,
// printing and exporting still work.
var frozenTabs = map[string]bool{"Work.MasterData": true, "Work.Contacts": true, "Work.Consents": true, "Work.Partners": true}

// freezeIfReadOnly disables the input widgets of o when nothing can be
// saved, so the window does not take typing it cannot keep.
func freezeIfReadOnly(s *kit.Session, o fyne.CanvasObject) fyne.CanvasObject {
	if s.Env.ReadOnly {
		kit.Freeze(o)
	}
	return o
}
