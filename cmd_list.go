package main

import (
	"flag"
	"fmt"

	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// listCmd prints one tab-separated line per case: ID, name, phase key,
// next due date (or "-").
var listCmd = command{
	name: "list", help: "CLI.Help.list",
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		return func([]string) error {
			return c.withDB("CLI.OpenFailed", c.list)
		}
	},
}

// list prints the case list, one line per case.
func (c *cli) list(db *storage.DB) error {
	rows, err := db.ListCases(c.ctx)
	if err != nil {
		return err
	}
	for _, r := range rows {
		due := "-"
		if r.NextDue.Valid() {
			due = r.NextDue.ISO()
		}
		name := model.Client{FirstName: r.FirstName, LastName: r.LastName}.FullName()
		fmt.Fprintf(c.stdout, "%d\t%s\t%s\t%s\n", r.ID, safeText(name), r.Phase, due)
	}
	return nil
}
