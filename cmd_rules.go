package main

import (
	"errors"

	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// parseDuplicate reads --duplicate=refuse|new|replace.
func parseDuplicate(s string, d *storage.Duplicate) error {
	for _, v := range storage.Duplicates {
		if s == string(v) {
			*d = v
			return nil
		}
	}
	return errors.New("not one of refuse, new, replace")
}

// importRefused says why an import that the options did not allow was
// refused — the case is already here, or the user has not accepted the
// warnings — and what to type to go on; nil for any other error.
func (c *cli) importRefused(path string, err error) error {
	var dup *storage.DuplicateError
	var warn *storage.WarningsError
	switch {
	case errors.As(err, &dup):
		return fail("CLI.ImportDuplicate", "Path", path, "ID", dup.Existing.ID, "Name", dup.Existing.Client.FullName(),
			"By", c.loc.T(map[string]string{"uid": "CLI.DuplicateBy.uid", "rvnr": "CLI.DuplicateBy.rvnr"}[dup.By]))
	case errors.As(err, &warn):
		return failures{at(path, warn.Warnings), fail("CLI.ImportWarnings", "Path", path)}
	}
	return nil
}

// brokenCases names every case that breaks a rule of the whole-case
// check, with each finding, and fails when there is one.
func (c *cli) brokenCases(db *storage.DB) error {
	broken, err := db.BrokenCases(c.ctx)
	if err != nil {
		return fail("CLI.CheckFailed", "Error", c.errText(err))
	}
	if len(broken) == 0 {
		return nil
	}
	var out failures
	for _, b := range broken {
		name := model.Client{FirstName: b.Summary.FirstName, LastName: b.Summary.LastName}.FullName()
		out = append(out, fail("CLI.CheckBroken", "ID", b.Summary.ID, "Name", name), at(c.loc.T("CLI.CaseRef", "ID", b.Summary.ID), b.Findings))
	}
	return append(out, fail("CLI.CheckBrokenTotal", "Count", len(broken)))
}
