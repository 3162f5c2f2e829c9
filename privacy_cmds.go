package main

import (
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"teilhabelotse/model"
	"teilhabelotse/pdf"
	"teilhabelotse/storage"
)

// audit prints the audit log: of one case, or (id 0) the whole log with the
// case number of each entry.
func (c *cli) audit(db *storage.DB, id int64) int {
	rows, err := db.ListCases(c.ctx)
	if err != nil {
		return c.failErr("", err)
	}
	numbers := map[string]int64{}
	for _, r := range rows {
		numbers[r.UID] = r.ID
	}
	var entries []model.AuditEntry
	if id > 0 {
		cs, err := db.LoadCase(c.ctx, id)
		if err != nil {
			return c.caseErr(id, err)
		}
		entries, err = db.AuditEntries(c.ctx, cs.UID)
		if err != nil {
			return c.failErr("", err)
		}
	} else if entries, err = db.AllAuditEntries(c.ctx); err != nil {
		return c.failErr("", err)
	}
	if len(entries) == 0 {
		c.say("CLI.AuditEmpty")
		return 0
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
	for _, e := range entries {
		at := e.At.Local()
		which := ""
		switch n, ok := numbers[e.Case]; {
		case e.Case == "":
		case ok:
			which = c.loc.T("CLI.AuditCase", "ID", n)
		default:
			which = c.loc.T("CLI.AuditGoneCase")
		}
		fmt.Fprintf(tw, "%s %s\t%s\t%s\n", model.DateOf(at).German(), at.Format("15:04"), which, c.loc.Audit(e))
	}
	tw.Flush()
	return 0
}

// exportAccess writes the Art. 15 GDPR copy of a case (case file and
// documents in one ZIP) and logs it.
func (c *cli) exportAccess(db *storage.DB, id int64, out string) int {
	cs, index, settings, code := c.caseDocs(db, id)
	if cs == nil {
		return code
	}
	write := func(w io.Writer) error {
		return pdf.AccessCopy(w, cs, func(w io.Writer) error { return db.ExportCase(c.ctx, id, w) },
			index, settings, c.loc, c.now())
	}
	if code := c.writeOut(id, out, "CLI.ExportedAccess", write); code != 0 {
		return code
	}
	if err := db.Audit(c.ctx, model.AuditEntry{Kind: model.AuditAccess, Case: cs.UID}); err != nil {
		return c.failErr("", err)
	}
	return 0
}

// caseErr says why case id could not be read.
func (c *cli) caseErr(id int64, err error) int {
	if errors.Is(err, model.ErrNotFound) {
		return c.fail("CLI.CaseNotFound", "ID", id)
	}
	return c.failErr("", err)
}

// caseDocs reads what the documents of case id are made of; on failure it
// has said why and returns a nil case and the exit status.
func (c *cli) caseDocs(db *storage.DB, id int64) (*model.Case, map[string]model.Partner, model.Settings, int) {
	cs, err := db.LoadCase(c.ctx, id)
	if err != nil {
		return nil, nil, model.Settings{}, c.caseErr(id, err)
	}
	partners, err := db.Partners(c.ctx)
	if err != nil {
		return nil, nil, model.Settings{}, c.failErr("", err)
	}
	settings, err := db.Settings(c.ctx)
	if err != nil {
		return nil, nil, model.Settings{}, c.failErr("", err)
	}
	return cs, model.PartnerIndex(partners), settings, 0
}
