package main

import "flag"

// checkCmd runs the database's consistency checks and says the result in
// one line: fine, with schema version and number of cases, or damaged,
// with the first finding and what to do.
var checkCmd = command{
	name: "check", help: "CLI.Help.check",
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		return func([]string) error {
			db, err := c.open("CLI.CheckOpenFailed")
			if err != nil {
				return err
			}
			defer db.Close()
			r, err := db.Check(c.ctx)
			if err != nil {
				return fail("CLI.CheckFailed", "Error", c.errText(err))
			}
			if !r.OK() {
				return fail("CLI.CheckDamaged", "Count", len(r.Problems), "Problem", r.Problems[0])
			}
			if err := c.brokenCases(db); err != nil {
				return err
			}
			c.say("CLI.CheckOK", "Version", r.SchemaVersion, "Cases", r.Cases)
			return nil
		}
	},
}
