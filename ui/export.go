package ui

import (
	"context"
	"io"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// document is what to print (app.Document) and how it was asked for.
type document struct {
	app.Document
	// handedOver says the recipient's consent decided between the whole
	// plan and its extract, so the choice is not the user's to undo.
	handedOver bool
}

// doc is the document of kind (model.DocPlan …) in its newest version.
func doc(kind model.DocKind) document { return document{Document: app.Document{Kind: kind}} }

// fileName is the default name in the save dialog, e.g.
// Teilhabeplan_Mustermann_v2_2026-11-22.pdf.
func (d document) fileName(env *kit.Env, c *model.Case) string {
	loc, today := env.Loc, env.Today()
	name := fileSafe(c.Client.LastName)
	if name == "" {
		name = fileSafe(c.Client.FullName())
	}
	switch d.Kind {
	case model.DocPlan:
		v := d.Version
		if v == 0 {
			v = len(c.Plans)
		}
		if d.Extract {
			return loc.T("Export.FilePlanExtract", "Name", name, "Version", v, "Date", today.ISO())
		}
		return loc.T("Export.FilePlan", "Name", name, "Version", v, "Date", today.ISO())
	case model.DocClosure:
		return loc.T("Export.FileClosure", "Name", name, "Date", today.ISO())
	case model.DocAssessment:
		return loc.T("Export.FileAssessment", "Name", name, "N", d.Version, "Date", today.ISO())
	case model.DocAgreement:
		return loc.T("Export.FileAgreement", "Name", name, "Date", today.ISO())
	case model.DocInfoSheet:
		return loc.T("Export.FileInfoSheet", "Name", name, "Date", today.ISO())
	case model.DocFeedback:
		return loc.T("Export.FileFeedback", "Name", name, "Date", today.ISO())
	case model.DocProgress:
		return loc.T("Export.FileProgress", "Name", name, "Date", today.ISO())
	}
	return loc.T("Export.FileConsent", "Name", name, "Recipient", fileSafe(env.PartnerName(d.Consent.Partner)), "Date", today.ISO())
}

// fileSafe keeps letters (umlauts too) and digits and joins the rest with
// "_", so a name works as a file name on every system.
func fileSafe(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(f, "_")
}

// inputs is what documents are made of as the window has it now.
func inputs(env *kit.Env) app.Inputs {
	return app.Inputs{Partners: model.PartnerIndex(env.Partners), Settings: env.Settings, Loc: env.Loc, Now: env.Now()}
}

// exportDocument walks the user through printing d: first the gaps it
// would show (go back and fix them, or export anyway; for the closure
// documentation also whether it goes to the DRV now), then the save dialog,
// then the PDF opens in the system viewer.
func exportDocument(s *kit.Session, d document) {
	loc, win := s.Env.Loc, s.Env.Win
	missing := d.Missing(s.Case)
	sends := d.Kind.SentToCarrier()
	// The plan always asks: whole, or the extract without health data;
	// what goes to the carrier whether it goes now. Other documents with
	// nothing missing go straight to the save dialog.
	if len(missing) == 0 && d.Kind != model.DocPlan && !sends {
		saveDocument(s, d, model.Date{})
		return
	}
	box := container.NewVBox()
	if len(missing) > 0 {
		box.Add(kit.Wrapped(loc.T("Export.MissingIntro")))
		for _, it := range missing {
			box.Add(widget.NewLabel("• " + loc.T(it.Key.MessageID())))
		}
	}
	confirm := loc.T("Export.Anyway")
	if len(missing) == 0 {
		confirm = loc.T("Export.Export")
	}
	// Enter creates, Escape goes back to editing. Sending to the DRV is
	// recorded only when ticked, with the day it happened: merely looking
	// at the PDF once recorded a transmission.
	var dlg *kit.Dialog
	var sent struct {
		now bool
		on  model.Date
	}
	dlg = kit.NewDialog(win, loc.T("Export.Title"), confirm, loc.T("Export.Back"), func() {
		dlg.Hide()
		on := model.Date{}
		if sent.now {
			on = sent.on
		}
		saveDocument(s, d, on)
	}, nil)
	if d.Kind == model.DocPlan {
		box.Add(extractChoice(s, dlg, &d))
	}
	if sends {
		sent.on = s.Env.Today()
		draft := kit.NewDraft(s.Env, dlg)
		date := draft.Date(&sent.on)
		toID := "Export.ToDRV"
		if d.Kind == model.DocFeedback {
			toID = "Export.ToCommissioner"
		}
		check := draft.Check(toID, &sent.now)
		kit.Then(&check.OnChanged, func(on bool) {
			if on {
				date.Enable()
			} else {
				date.Disable()
			}
		})
		date.Disable()
		// The day is judged by the model's rule for the closure record:
		// not before the closure's date, and not in the future.
		hint := kit.Wrapped("")
		hint.Importance = widget.DangerImportance
		draft.Validate(func() bool {
			hint.SetText(transmissionProblem(s, sent.now, sent.on))
			return !sent.now || sent.on.Valid() && hint.Text == ""
		})
		box.Add(check)
		box.Add(widget.NewForm(widget.NewFormItem(loc.T("Export.ToDRVOn"), date)))
		box.Add(hint)
	}
	dlg.SetContent(box)
	dlg.Show()
}

// extractChoice lets the plan be printed as the Auszug ohne Angaben zur
// Gesundheit — for a recipient whose consent does not cover health data.
// After a handover the consent has decided: the choice is shown, fixed.
func extractChoice(s *kit.Session, dlg *kit.Dialog, d *document) fyne.CanvasObject {
	draft := kit.NewDraft(s.Env, dlg)
	check := draft.Check("Export.Extract", &d.Extract)
	if !d.handedOver {
		return container.NewVBox(check, kit.Explanation(s.T("Export.ExtractHint")))
	}
	check.Disable()
	text := s.T("Export.ExtractByConsent")
	if !d.Extract {
		text = s.T("Export.WholeByConsent")
	}
	return container.NewVBox(check, kit.Explanation(text))
}

// saveDocument asks where to save (in the folder used last for this kind
// of document), then prints the document from a copy of the case off the
// event goroutine (app.Print) and says so with a notice that offers to
// open it or its folder. sentOn is recorded as the day the closure
// documentation (or the feedback on a case not admitted) was sent to the
// carrier, unless it is zero.
func saveDocument(s *kit.Session, d document, sentOn model.Date) {
	env := s.Env
	kit.SaveWith(env, d.folderKind(), d.fileName(env, s.Case), ".pdf", func() func(io.WriteCloser, string) error {
		if sentOn.Valid() {
			if err := s.Change(func(c *model.Case) error { return model.RecordSent(c, sentOn, env.Today()) }); err != nil {
				return nil
			}
		}
		snapshot, in, store := s.Case.Clone(), inputs(env), env.Store
		return func(w io.WriteCloser, path string) error {
			return app.Print(context.Background(), w, path, d.Document, snapshot, in, store)
		}
	}, func(_ fyne.URI, err error) {
		if err != nil {
			s.ShowError(err)
		}
	})
}

// folderKind names the kind of document whose last folder the save dialog
// remembers.
func (d document) folderKind() string {
	switch d.Kind {
	case model.DocPlan:
		return "plan"
	case model.DocClosure:
		return "closure"
	}
	return "consent"
}

// transmissionProblem says what is wrong with on as the day the closure
// documentation went to the DRV (model.SendProblems), "" when nothing is
// (or it is not sent).
func transmissionProblem(s *kit.Session, send bool, on model.Date) string {
	if !send || !on.Valid() {
		return ""
	}
	ps := model.SendProblems(s.Case, on, s.Env.Today())
	switch {
	case len(ps) == 0:
		return ""
	case ps[0].Code == model.CodeSentFuture:
		return s.T("Export.ToDRVFuture")
	}
	return kit.DateMessage(s.Env.Loc, ps[0], "closure.transmittedOn")
}
