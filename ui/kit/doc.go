// Package kit holds what every window of the program is built from: the
// session of one open case, which saves every change by itself; widgets
// bound to fields of that case; the one dialog; drafts for dialogs and
// editors; the one error dialog.
//
// # A workspace
//
// Widgets bind to pointers into the case (Session.Text, Note, Date, Int,
// Check, Level, Select, Radio, Checks, PartnerSelect) and lay out with
// Session.Form and Row. Typing is in the case at once and written after a
// pause or when the field loses focus. A structural change (adding or
// removing an entry, a new version) may move those fields, so it goes
// through Session.Change, which saves at once and rebuilds the workspace.
//
// # A dialog or an editor
//
// A dialog edits a copy and commits it on confirm; it never writes while
// the user types, and it needs no parsing of its own:
//
//	draft := contact // a copy of what the dialog edits
//	var dlg *kit.Dialog
//	dlg = kit.NewDialog(win, loc.T("X.Title"), loc.T("X.Save"), loc.T("Kit.Cancel"), func() {
//		if err := save(draft); err != nil { // the model checks, the store writes
//			kit.ShowError(win, loc, err)  // the dialog stays open, nothing typed is lost
//			return
//		}
//		dlg.Hide()
//	}, nil)
//	d := kit.NewDraft(env, dlg)
//	dlg.SetContent(d.Form(
//		kit.Row{LabelID: "X.Name", Field: d.Text(&draft.Name)},
//		kit.Row{LabelID: "X.On", Field: d.Date(&draft.On)},
//		kit.Row{LabelID: "X.Minutes", Field: d.Int(&draft.Minutes, 0, 600)},
//		kit.Row{LabelID: "X.Kind", Field: kit.DraftSelect(d, "ContactKind", model.ContactKinds, &draft.Kind)},
//	))
//	d.Validate(func() bool { return draft.Name != "" }) // may also set a hint label
//	dlg.Show()
//
// The Draft's binders are the Session's: a text that is not a date, a
// number out of range or a text over model.MaxTextRunes stays in its
// field with the message under it, the draft keeps its last valid value,
// and confirm is disabled until every field is valid and Validate agrees.
// Enter confirms (when enabled) and Escape cancels wherever the focus is;
// a custom input passes its keys to Dialog.Key. Without a cancel text a
// dialog is a notice with one button. Dialog.SetFooter keeps a line below
// a scrolling form; SetExtraButtons adds e.g. printing.
//
// An editor in its own window (settings, master data) is built the same
// way: a Draft on the window's dialog or form, committed by its save
// button; the business rules it checks live in model, not in the editor.
//
// # Errors
//
// ShowError (or Session.ShowError) is the one way a window shows an
// error: our own localized title, the text from locales (a model.Problem
// by its code). ErrorDialog is the same dialog for a text already made.
package kit
