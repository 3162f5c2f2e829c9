package main

import (
	"io"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// exportDocument prints one of the PDF documents of a case (app.Print):
// the plan (newest version unless x.version > 0, the extract without
// health data with --without-health), the closure documentation, an
// assessment, the agreement, the information sheet, the progress report,
// the feedback on a case not admitted or a consent form. A document the
// case cannot have yet is refused with what to do instead. With --sent the
// day the document went to the carrier is recorded first (model.RecordSent).
func (c *cli) exportDocument(db *storage.DB, x export) error {
	cs, in, err := c.caseDocs(db, x.id)
	if err != nil {
		return err
	}
	d := app.Document{Kind: model.DocKind(x.format), Version: x.version, Extract: x.withoutHealth}
	switch d.Kind {
	case model.DocPlan:
		if err := x.numbered(len(cs.Plans), "CLI.NoPlan", "CLI.NoPlanVersion", "Version"); err != nil {
			return err
		}
	case model.DocClosure:
		if cs.ClosedNotAdmitted() {
			return fail("CLI.ClosureNotAdmitted", "ID", x.id, "Reason", cs.NotAdmitted)
		}
		if !cs.ClosureRecorded() {
			return fail("CLI.NoClosure", "ID", x.id)
		}
	case model.DocAssessment:
		if err := x.numbered(len(cs.Assessments), "CLI.NoAssessment", "CLI.NoAssessmentNumber", "N"); err != nil {
			return err
		}
	case model.DocProgress:
		if cs.Phase == model.PhaseClosed {
			return fail("CLI.ProgressClosed", "ID", x.id)
		}
		if !cs.UnderWay() {
			return fail("CLI.ProgressAtIntake", "ID", x.id)
		}
	case model.DocFeedback:
		if !cs.ClosedNotAdmitted() {
			return fail("CLI.NoFeedback", "ID", x.id)
		}
	case model.DocConsent:
		k, ok := cs.ConsentByID(x.consent)
		if !ok {
			return fail("CLI.NoConsent", "ID", x.id, "Consent", x.consent)
		}
		d.Consent = k
	}
	if x.sent.Valid() {
		// As the window does when "An die DRV übermittelt am" is ticked:
		// the day is recorded first, so the document prints it.
		if err := model.RecordSent(cs, x.sent, model.DateOf(c.now())); err != nil {
			return err
		}
		if err := db.SaveCase(c.ctx, cs); err != nil {
			return caseErr(x.id, err)
		}
	}
	return c.writeOut(x.id, x.out, func(w io.WriteCloser, path string) error {
		return app.Print(c.ctx, w, path, d, cs, in, db)
	}, "CLI.ExportedDocument", "ID", x.id, "Path", x.out)
}

// numbered refuses --version for a document the case has count of (plan
// versions, assessments): noneID when it has none yet, badID (with the
// version as arg) when it has no such one; 0 is the newest.
func (x export) numbered(count int, noneID, badID, arg string) error {
	if count == 0 {
		return fail(noneID, "ID", x.id)
	}
	if x.version < 0 || x.version > count {
		return fail(badID, "ID", x.id, arg, x.version, "Count", count)
	}
	return nil
}

// exportAccess writes the Art. 15 GDPR copy of a case (case file and
// documents in one ZIP) and logs it (app.AccessCopy).
func (c *cli) exportAccess(db *storage.DB, id int64, out string) error {
	cs, in, err := c.caseDocs(db, id)
	if err != nil {
		return err
	}
	return c.writeOut(id, out, func(w io.WriteCloser, path string) error {
		return app.AccessCopy(c.ctx, w, path, cs, db, in, db)
	}, "CLI.ExportedAccess", "ID", id, "Path", out)
}

// caseDocs reads what the documents of case id are made of.
func (c *cli) caseDocs(db *storage.DB, id int64) (*model.Case, app.Inputs, error) {
	cs, err := db.LoadCase(c.ctx, id)
	if err != nil {
		return nil, app.Inputs{}, caseErr(id, err)
	}
	partners, settings, err := c.directory(db)
	if err != nil {
		return nil, app.Inputs{}, err
	}
	return cs, app.Inputs{Partners: model.PartnerIndex(partners), Settings: settings, Loc: c.loc, Now: c.now()}, nil
}
