package main

import (
	"flag"
	"fmt"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// dueCmd prints what is overdue or due within the next app.DueDays days
// across all cases — the window's "Fällig" overview (app.Due) — one
// tab-separated line per deadline: day, case number, name, what is due.
var dueCmd = command{
	name: "due", help: "CLI.Help.due",
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		return func([]string) error {
			return c.withDB("CLI.OpenFailed", c.due)
		}
	},
}

// due prints the deadlines, one line each.
func (c *cli) due(db *storage.DB) error {
	partners, settings, err := c.directory(db)
	if err != nil {
		return err
	}
	items, _, err := app.Due(c.ctx, db, settings, model.DateOf(c.now()), 0)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		c.say("CLI.DueNothing", "Days", app.DueDays)
		return nil
	}
	index := model.PartnerIndex(partners)
	for _, it := range items {
		fmt.Fprintf(c.stdout, "%s\t%d\t%s\t%s\n", it.Deadline.Due.ISO(), it.CaseID, safeText(it.Client), safeText(it.Text(c.loc, index)))
	}
	return nil
}
