package ui

import (
	"bytes"
	"context"
	"os"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/pdf"
	"teilhabelotse/ui/kit"
)

// docKind is one of the documents the case manager prints.
type docKind int

const (
	docPlan docKind = iota
	docClosure
	docConsent
	docAssessment
	docAgreement
	docInfoSheet
	docFeedback // the Rückmeldung an den Auftraggeber of a case not admitted
	docProgress // the Verlaufsbericht of an open case
)

// document is what to print: a plan version (0 = newest), the closure
// documentation, a consent form, an assessment (version is its number,
// 1 the first), or the feedback on a case not admitted.
type document struct {
	kind    docKind
	version int
	consent model.Consent
	// extract prints the plan without its health data (pdf.PlanExtract);
	// handedOver says the recipient's consent decided it, so the choice is
	// not the user's to undo.
	extract, handedOver bool
}

// fileName is the default name in the save dialog, e.g.
// Teilhabeplan_Mustermann_v2_2026-11-22.pdf.
func (d document) fileName(env *kit.Env, c *model.Case) string {
	loc, today := env.Loc, env.Today()
	name := fileSafe(c.Client.LastName)
	if name == "" {
		name = fileSafe(c.Client.FullName())
	}
	switch d.kind {
	case docPlan:
		v := d.version
		if v == 0 {
			v = len(c.Plans)
		}
		if d.extract {
			return loc.T("Export.FilePlanExtract", "Name", name, "Version", v, "Date", today.ISO())
		}
		return loc.T("Export.FilePlan", "Name", name, "Version", v, "Date", today.ISO())
	case docClosure:
		return loc.T("Export.FileClosure", "Name", name, "Date", today.ISO())
	case docAssessment:
		return loc.T("Export.FileAssessment", "Name", name, "N", d.version, "Date", today.ISO())
	case docAgreement:
		return loc.T("Export.FileAgreement", "Name", name, "Date", today.ISO())
	case docInfoSheet:
		return loc.T("Export.FileInfoSheet", "Name", name, "Date", today.ISO())
	case docFeedback:
		return loc.T("Export.FileFeedback", "Name", name, "Date", today.ISO())
	case docProgress:
		return loc.T("Export.FileProgress", "Name", name, "Date", today.ISO())
	}
	return loc.T("Export.FileConsent", "Name", name, "Recipient", fileSafe(env.PartnerName(d.consent.Partner)), "Date", today.ISO())
}

// fileSafe keeps letters (umlauts too) and digits and joins the rest with
// "_", so a name works as a file name on every system.
func fileSafe(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(f, "_")
}

// missing lists the documentation items the document would print as gaps.
func (d document) missing(c *model.Case) []model.CheckItem {
	switch d.kind {
	case docPlan:
		return model.ChecklistFor(c, model.PhasePlanning).Missing()
	case docClosure:
		var out []model.CheckItem
		for _, p := range model.LoopPhases {
			out = append(out, model.ChecklistFor(c, p).Missing()...)
		}
		return out
	case docAssessment:
		// The checklist is that of the newest assessment; an earlier one
		// is printed as it was documented.
		if d.version == len(c.Assessments) {
			return model.ChecklistFor(c, model.PhaseAssessment).Missing()
		}
	}
	return nil
}

// audit is the log entry of d made of c.
func (d document) audit(c *model.Case) model.AuditEntry {
	switch d.kind {
	case docPlan:
		v := d.version
		if v == 0 {
			v = len(c.Plans)
		}
		return model.DocumentAudit(c.UID, model.DocPlan, v)
	case docClosure:
		return model.DocumentAudit(c.UID, model.DocClosure, 0)
	case docAssessment:
		return model.DocumentAudit(c.UID, model.DocAssessment, d.version)
	case docAgreement:
		return model.DocumentAudit(c.UID, model.DocAgreement, 0)
	case docInfoSheet:
		return model.DocumentAudit(c.UID, model.DocInfoSheet, 0)
	case docFeedback:
		return model.DocumentAudit(c.UID, model.DocFeedback, 0)
	case docProgress:
		return model.DocumentAudit(c.UID, model.DocProgress, 0)
	}
	return model.DocumentAudit(c.UID, model.DocConsent, 0)
}

func (d document) render(buf *bytes.Buffer, env *kit.Env, c *model.Case) error {
	partners := model.PartnerIndex(env.Partners)
	now := env.Now()
	switch d.kind {
	case docPlan:
		if d.extract {
			return pdf.PlanExtract(buf, c, d.version, partners, env.Settings, env.Loc, now)
		}
		return pdf.Plan(buf, c, d.version, partners, env.Settings, env.Loc, now)
	case docClosure:
		return pdf.Closure(buf, c, partners, env.Settings, env.Loc, now)
	case docAssessment:
		return pdf.Assessment(buf, c, d.version, partners, env.Settings, env.Loc, now)
	case docAgreement:
		return pdf.Agreement(buf, c, partners, env.Settings, env.Loc, now)
	case docInfoSheet:
		return pdf.InfoSheet(buf, c, env.Settings, env.Loc, now)
	case docFeedback:
		return pdf.Feedback(buf, c, partners, env.Settings, env.Loc, now)
	case docProgress:
		return pdf.Progress(buf, c, partners, env.Settings, env.Loc, now)
	}
	return pdf.ConsentForm(buf, c, d.consent, partners, env.Settings, env.Loc, now)
}

// exportDocument walks the user through printing d: first the gaps it
// would show (go back and fix them, or export anyway; for the closure
// documentation also whether it goes to the DRV now), then the save dialog,
// then the PDF opens in the system viewer.
func exportDocument(s *kit.Session, d document) {
	loc, win := s.Env.Loc, s.Env.Win
	missing := d.missing(s.Case)
	sends := d.kind == docClosure || d.kind == docFeedback // goes to the carrier
	// The plan always asks: whole, or the extract without health data;
	// what goes to the carrier whether it goes now. Other documents with
	// nothing missing go straight to the save dialog.
	if len(missing) == 0 && d.kind != docPlan && !sends {
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
	if d.kind == docPlan {
		box.Add(extractChoice(s, dlg, &d))
	}
	if sends {
		sent.on = s.Env.Today()
		draft := kit.NewDraft(s.Env, dlg)
		date := draft.Date(&sent.on)
		toID := "Export.ToDRV"
		if d.kind == docFeedback {
			toID = "Export.ToCommissioner"
		}
		check := draft.Check(toID, &sent.now)
		bound := check.OnChanged
		check.OnChanged = func(on bool) {
			bound(on)
			if on {
				date.Enable()
			} else {
				date.Disable()
			}
		}
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
	check := draft.Check("Export.Extract", &d.extract)
	if !d.handedOver {
		return container.NewVBox(check, kit.Explanation(s.T("Export.ExtractHint")))
	}
	check.Disable()
	text := s.T("Export.ExtractByConsent")
	if !d.extract {
		text = s.T("Export.WholeByConsent")
	}
	return container.NewVBox(check, kit.Explanation(text))
}

// saveDocument asks where to save (in the folder used last for this kind
// of document), renders the PDF off the event goroutine from a copy of the
// case, writes it and says so with a notice that offers to open it or its
// folder. sentOn is recorded as the day the closure documentation (or the
// feedback on a case not admitted) was sent to the carrier, unless it is
// zero.
func saveDocument(s *kit.Session, d document, sentOn model.Date) {
	env := s.Env
	kit.SaveFile(env, d.folderKind(), d.fileName(env, s.Case), ".pdf", func(w fyne.URIWriteCloser) {
		if sentOn.Valid() {
			if err := s.Change(func(c *model.Case) error { c.Closure.TransmittedOn = sentOn; return nil }); err != nil {
				w.Close()
				return
			}
		}
		snapshot := s.Case.Clone()
		// The goroutine reads partners and settings as they are now; the
		// window may replace them meanwhile.
		frozen := *env
		go func() {
			var buf bytes.Buffer
			err := d.render(&buf, &frozen, snapshot)
			if err == nil {
				_, err = w.Write(buf.Bytes())
			}
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			if w.URI().Scheme() == "file" {
				// Health data: only the counselor's account may read it,
				// whatever happens next.
				_ = os.Chmod(w.URI().Path(), 0o600)
			}
			if err == nil {
				err = frozen.Store.Audit(context.Background(), d.audit(snapshot))
			}
			fyne.Do(func() {
				if err != nil {
					s.ShowError(err)
					return
				}
				kit.ShowSaved(env, w.URI())
			})
		}()
	})
}

// folderKind names the kind of document whose last folder the save dialog
// remembers.
func (d document) folderKind() string {
	switch d.kind {
	case docPlan:
		return "plan"
	case docClosure:
		return "closure"
	}
	return "consent"
}

// transmissionProblem says what is wrong with on as the day the closure
// documentation went to the DRV, "" when nothing is (or it is not sent).
func transmissionProblem(s *kit.Session, send bool, on model.Date) string {
	if !send || !on.Valid() {
		return ""
	}
	if on.After(s.Env.Today()) {
		return s.T("Export.ToDRVFuture")
	}
	const path = "closure.transmittedOn"
	if ps := model.DateProblemsIf(s.Case, func(c *model.Case) { c.Closure.TransmittedOn = on }, path); len(ps) > 0 {
		return kit.DateMessage(s.Env.Loc, ps[0], path)
	}
	return ""
}
