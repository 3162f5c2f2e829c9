package main

import (
	"errors"

	"teilhabelotse/storage"
)

// checkOut refuses an --out that would replace the database, a daily
// backup or anything else in the data folder, that is a device, pipe or
// folder, or that exists — unless --force asks to replace an existing
// file. It runs before the database is opened.
func (c *cli) checkOut(out string, force bool) error {
	dir, err := c.dir()
	if err != nil {
		return err
	}
	err = storage.CheckTarget(dir, out, force)
	switch {
	case errors.Is(err, storage.ErrTargetInData):
		return fail("CLI.OutInData", "Path", out, "Dir", dir)
	case errors.Is(err, storage.ErrTargetNotRegular):
		return fail("CLI.OutNotRegular", "Path", out)
	case errors.Is(err, storage.ErrTargetExists):
		return fail("CLI.OutExists", "Path", out)
	case err != nil:
		return fail("CLI.OutUnusable", "Path", out, "Error", c.sysErr(err))
	}
	return nil
}

// withDBForOut runs run on the database (withDB) for a command that
// writes to out, once checkOut has accepted out: a refused target is said
// before the data folder is touched.
func (c *cli) withDBForOut(out string, force bool, run func(db *storage.DB) error) error {
	if err := c.checkOut(out, force); err != nil {
		return err
	}
	return c.withDB("CLI.OpenFailed", run)
}
