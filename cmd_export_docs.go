package main

import (
	"io"

	"teilhabelotse/model"
	"teilhabelotse/pdf"
	"teilhabelotse/storage"
)

// exportDocument renders one of the PDF documents of a case: the plan
// (newest version unless x.version > 0), the closure documentation or a
// consent form.
func (c *cli) exportDocument(db *storage.DB, x export) error {
	cs, index, settings, err := c.caseDocs(db, x.id)
	if err != nil {
		return err
	}
	now := c.now()
	var write func(io.Writer) error
	entry := model.DocumentAudit(cs.UID, x.format, 0)
	switch x.format {
	case "plan":
		version := x.version
		if len(cs.Plans) == 0 {
			return fail("CLI.NoPlan", "ID", x.id)
		}
		if version < 0 || version > len(cs.Plans) {
			return fail("CLI.NoPlanVersion", "ID", x.id, "Version", version, "Count", len(cs.Plans))
		}
		render := pdf.Plan
		if x.withoutHealth {
			render = pdf.PlanExtract
		}
		write = func(w io.Writer) error { return render(w, cs, version, index, settings, c.loc, now) }
		if version == 0 {
			version = len(cs.Plans)
		}
		entry = model.DocumentAudit(cs.UID, model.DocPlan, version)
	case "closure":
		if cs.ClosedNotAdmitted() {
			return fail("CLI.ClosureNotAdmitted", "ID", x.id, "Reason", cs.NotAdmitted)
		}
		if !cs.ClosureRecorded() {
			return fail("CLI.NoClosure", "ID", x.id)
		}
		write = func(w io.Writer) error { return pdf.Closure(w, cs, index, settings, c.loc, now) }
	case "assessment":
		n := x.version
		if len(cs.Assessments) == 0 {
			return fail("CLI.NoAssessment", "ID", x.id)
		}
		if n < 0 || n > len(cs.Assessments) {
			return fail("CLI.NoAssessmentNumber", "ID", x.id, "N", n, "Count", len(cs.Assessments))
		}
		if n == 0 {
			n = len(cs.Assessments)
		}
		write = func(w io.Writer) error { return pdf.Assessment(w, cs, n, index, settings, c.loc, now) }
		entry = model.DocumentAudit(cs.UID, model.DocAssessment, n)
	case "agreement":
		write = func(w io.Writer) error { return pdf.Agreement(w, cs, index, settings, c.loc, now) }
		entry = model.DocumentAudit(cs.UID, model.DocAgreement, 0)
	case "infosheet":
		write = func(w io.Writer) error { return pdf.InfoSheet(w, cs, settings, c.loc, now) }
		entry = model.DocumentAudit(cs.UID, model.DocInfoSheet, 0)
	case "progress":
		if cs.Phase == model.PhaseClosed {
			return fail("CLI.ProgressClosed", "ID", x.id)
		}
		write = func(w io.Writer) error { return pdf.Progress(w, cs, index, settings, c.loc, now) }
		entry = model.DocumentAudit(cs.UID, model.DocProgress, 0)
	case "feedback":
		if !cs.ClosedNotAdmitted() {
			return fail("CLI.NoFeedback", "ID", x.id)
		}
		write = func(w io.Writer) error { return pdf.Feedback(w, cs, index, settings, c.loc, now) }
		entry = model.DocumentAudit(cs.UID, model.DocFeedback, 0)
	case "consent":
		k, ok := cs.ConsentByID(x.consent)
		if !ok {
			return fail("CLI.NoConsent", "ID", x.id, "Consent", x.consent)
		}
		write = func(w io.Writer) error { return pdf.ConsentForm(w, cs, k, index, settings, c.loc, now) }
	}
	if err := c.writeOut(x.id, x.out, "CLI.ExportedDocument", write); err != nil {
		return err
	}
	return db.Audit(c.ctx, entry)
}

// exportAccess writes the Art. 15 GDPR copy of a case (case file and
// documents in one ZIP) and logs it.
func (c *cli) exportAccess(db *storage.DB, id int64, out string) error {
	cs, index, settings, err := c.caseDocs(db, id)
	if err != nil {
		return err
	}
	write := func(w io.Writer) error {
		return pdf.AccessCopy(w, cs, func(w io.Writer) error { return db.ExportCaseAsStored(c.ctx, id, w) },
			index, settings, c.loc, c.now())
	}
	if err := c.writeOut(id, out, "CLI.ExportedAccess", write); err != nil {
		return err
	}
	return db.Audit(c.ctx, model.AuditEntry{Kind: model.AuditAccess, Case: cs.UID})
}

// caseDocs reads what the documents of case id are made of.
func (c *cli) caseDocs(db *storage.DB, id int64) (*model.Case, map[string]model.Partner, model.Settings, error) {
	cs, err := db.LoadCase(c.ctx, id)
	if err != nil {
		return nil, nil, model.Settings{}, caseErr(id, err)
	}
	partners, err := db.Partners(c.ctx)
	if err != nil {
		return nil, nil, model.Settings{}, err
	}
	settings, err := db.Settings(c.ctx)
	if err != nil {
		return nil, nil, model.Settings{}, err
	}
	return cs, model.PartnerIndex(partners), settings, nil
}
