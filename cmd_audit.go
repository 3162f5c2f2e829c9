package main

import (
	"flag"
	"fmt"
	"text/tabwriter"

	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// auditCmd prints the audit log: of one case (--case), or the whole log
// with the case number of each entry.
var auditCmd = command{
	name: "audit", help: "CLI.Help.audit",
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		id := fs.Int64("case", 0, "")
		return func([]string) error {
			return c.withDB("CLI.OpenFailed", func(db *storage.DB) error { return c.audit(db, *id) })
		}
	},
}

func (c *cli) audit(db *storage.DB, id int64) error {
	rows, err := db.ListCases(c.ctx)
	if err != nil {
		return err
	}
	numbers := map[string]int64{}
	for _, r := range rows {
		numbers[r.UID] = r.ID
	}
	var entries []model.AuditEntry
	if id > 0 {
		cs, err := db.LoadCase(c.ctx, id)
		if err != nil {
			return caseErr(id, err)
		}
		if entries, err = db.AuditEntries(c.ctx, cs.UID); err != nil {
			return err
		}
	} else if entries, err = db.AllAuditEntries(c.ctx); err != nil {
		return err
	}
	if len(entries) == 0 {
		c.say("CLI.AuditEmpty")
		return nil
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
		fmt.Fprintf(tw, "%s %s\t%s\t%s\n", c.loc.Date(model.DateOf(at)), at.Format("15:04"), which, c.loc.Audit(e))
	}
	return tw.Flush()
}
