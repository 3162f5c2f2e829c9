package app

import (
	"context"
	"io"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/pdf"
)

// Document is one printable document of a case.
type Document struct {
	// Kind is one of model's document names: model.DocPlan, DocClosure,
	// DocConsent, DocAssessment, DocAgreement, DocInfoSheet, DocFeedback
	// (the Rückmeldung an den Auftraggeber of a case not admitted),
	// DocProgress (the Verlaufsbericht of an open case).
	Kind model.DocKind
	// Version is the plan's version or the assessment's number (1 the
	// first); 0 is the newest.
	Version int
	// Consent is the consent whose form DocConsent prints.
	Consent model.Consent
	// Extract prints the plan without its health data (pdf.PlanExtract).
	Extract bool
}

// Inputs is what documents are made of besides the case: the partner
// directory, the counselor's settings, the language and the moment they
// are printed at.
type Inputs struct {
	Partners map[string]model.Partner
	Settings model.Settings
	Loc      *locales.Localizer
	Now      time.Time
}

// newest is the plan version or assessment number d prints: Version, or
// the newest for 0.
func (d Document) newest(c *model.Case) int {
	switch {
	case d.Version != 0:
		return d.Version
	case d.Kind == model.DocPlan:
		return len(c.Plans)
	case d.Kind == model.DocAssessment:
		return len(c.Assessments)
	}
	return 0
}

// Render writes d of c as PDF.
func (d Document) Render(w io.Writer, c *model.Case, in Inputs) error {
	p, s, loc, now := in.Partners, in.Settings, in.Loc, in.Now
	switch d.Kind {
	case model.DocPlan:
		if d.Extract {
			return pdf.PlanExtract(w, c, d.Version, p, s, loc, now)
		}
		return pdf.Plan(w, c, d.Version, p, s, loc, now)
	case model.DocClosure:
		return pdf.Closure(w, c, p, s, loc, now)
	case model.DocAssessment:
		return pdf.Assessment(w, c, d.newest(c), p, s, loc, now)
	case model.DocAgreement:
		return pdf.Agreement(w, c, p, s, loc, now)
	case model.DocInfoSheet:
		return pdf.InfoSheet(w, c, s, loc, now)
	case model.DocFeedback:
		return pdf.Feedback(w, c, p, s, loc, now)
	case model.DocProgress:
		return pdf.Progress(w, c, p, s, loc, now)
	}
	return pdf.ConsentForm(w, c, d.Consent, p, s, loc, now)
}

// Audit is the log entry of d printed from c: the document's name, and the
// plan's version or the assessment's number.
func (d Document) Audit(c *model.Case) model.AuditEntry {
	switch d.Kind {
	case model.DocPlan, model.DocAssessment:
		return model.DocumentAudit(c.UID, d.Kind, d.newest(c))
	}
	return model.DocumentAudit(c.UID, d.Kind, 0)
}

// Missing lists the documentation items d would print as gaps: the
// planning checklist's for the plan, every phase's for the closure
// documentation, the assessment's for the newest assessment (an earlier one
// is printed as it was documented).
func (d Document) Missing(c *model.Case) []model.CheckItem {
	switch d.Kind {
	case model.DocPlan:
		return model.ChecklistFor(c, model.PhasePlanning).Missing()
	case model.DocClosure:
		var out []model.CheckItem
		for _, p := range model.LoopPhases {
			out = append(out, model.ChecklistFor(c, p).Missing()...)
		}
		return out
	case model.DocAssessment:
		if d.newest(c) == len(c.Assessments) {
			return model.ChecklistFor(c, model.PhaseAssessment).Missing()
		}
	}
	return nil
}

// Print renders d of c, writes it to w — the file at path, "" when it is
// not a local file — and logs it (Save).
func Print(ctx context.Context, w io.WriteCloser, path string, d Document, c *model.Case, in Inputs, log model.AuditLog) error {
	return Save(ctx, w, path, func(out io.Writer) error { return d.Render(out, c, in) }, log, d.Audit(c))
}

// AccessCopy writes the Art. 15 GDPR copy of c — its case file as stored,
// even when it breaks a rule, and its documents in one ZIP — to w and logs
// it.
func AccessCopy(ctx context.Context, w io.WriteCloser, path string, c *model.Case, files model.CaseFiles, in Inputs, log model.AuditLog) error {
	render := func(out io.Writer) error {
		return pdf.AccessCopy(out, c, func(cf io.Writer) error { return files.ExportCaseAsStored(ctx, c.ID, cf) },
			in.Partners, in.Settings, in.Loc, in.Now)
	}
	return Save(ctx, w, path, render, log, model.AuditEntry{Kind: model.AuditAccess, Case: c.UID})
}

// Report writes the evaluation e as format ("pdf", or "csv": one row per
// case of facts) to w and logs it. The report holds no client's name, but
// it is the provider's confidential business: it is kept private as well.
func Report(ctx context.Context, w io.WriteCloser, path, format string, e *model.Evaluation, facts []model.CaseFacts, in Inputs, log model.AuditLog) error {
	render := func(out io.Writer) error { return pdf.Report(out, e, in.Settings, in.Loc, in.Now) }
	if format == "csv" {
		rows := model.CaseRows(facts, e.Period, e.Filter, in.Settings)
		render = func(out io.Writer) error { return pdf.ReportCSV(out, e, rows, in.Settings, in.Loc) }
	}
	return Save(ctx, w, path, render, log, model.ReportAudit(format, e))
}
