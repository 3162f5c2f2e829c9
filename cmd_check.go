package main

import (
	"flag"

	"teilhabelotse/storage"
)

// checkCmd runs the database's consistency checks and says the result in
// one line: fine, with schema version and number of cases, or damaged,
// with the first finding and what to do.
var checkCmd = command{
	name: "check", help: "CLI.Help.check",
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		repair := fs.Bool("repair", false, "")
		return func([]string) error {
			return c.withDB("CLI.CheckOpenFailed", func(db *storage.DB) error { return c.check(db, *repair) })
		}
	},
}

// check checks the database and every case in it; repair rebuilds what
// can be rebuilt.
func (c *cli) check(db *storage.DB, repair bool) error {
	r, err := db.Check(c.ctx)
	if err != nil {
		return fail("CLI.CheckFailed", "Error", c.errText(err))
	}
	if !r.OK() {
		if r, err = c.checkFindings(db, r, repair); err != nil {
			return err
		}
	}
	if err := c.brokenCases(db); err != nil {
		return err
	}
	c.say("CLI.CheckOK", "Version", r.SchemaVersion, "Cases", c.loc.N("Count.Cases", r.Cases))
	return nil
}

// checkFindings says what the check found as what it is: damaged indexes
// (the data intact; rebuilt with --repair, the user's consent), a tampered
// audit log, or real damage — only then the advice to restore a backup.
func (c *cli) checkFindings(db *storage.DB, r storage.CheckReport, repair bool) (storage.CheckReport, error) {
	n, first := len(r.Problems), r.Problems[0]
	switch {
	case storage.IndexOnly(r.Problems) && repair:
		// REINDEX writes: the window must not be open meanwhile.
		l, err := c.lockFolder(c.dataDir, "check")
		if err != nil {
			return r, err
		}
		defer l.Release()
		fixed, err := db.Reindex(c.ctx)
		if err != nil {
			return r, fail("CLI.CheckFailed", "Error", c.errText(err))
		}
		if !fixed.OK() {
			return fixed, fail("CLI.CheckDamaged", "Findings", c.loc.N("Count.Findings", len(fixed.Problems)), "Problem", fixed.Problems[0])
		}
		c.say("CLI.CheckRepaired", "Findings", c.loc.N("Count.Findings", n))
		return fixed, nil
	case storage.IndexOnly(r.Problems):
		return r, fail("CLI.CheckIndexDamaged", "Findings", c.loc.N("Count.Findings", n), "Problem", first)
	case storage.AuditOnly(r.Problems):
		return r, fail("CLI.CheckAuditTampered", "Findings", c.loc.N("Count.Findings", n), "Problem", first)
	}
	return r, fail("CLI.CheckDamaged", "Findings", c.loc.N("Count.Findings", n), "Problem", first)
}
