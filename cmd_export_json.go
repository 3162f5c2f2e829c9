package main

import (
	"errors"
	"io"

	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// exportJSON writes the case file, encrypted if asked, and logs it
// (saveCaseFile). The case is exported first, so that a wrong number or a
// case that would not import again is said before the passphrase is asked
// for.
func (c *cli) exportJSON(db *storage.DB, id int64, out string, encrypt bool) error {
	plain, uid, err := caseFile(c.ctx, db, id)
	if errors.Is(err, model.ErrNotFound) {
		return fail("CLI.CaseNotFound", "ID", id)
	} else if err != nil {
		return at(out, err)
	}
	pass, done := "", "CLI.Exported"
	if encrypt {
		if pass, err = c.passphrase(out, true); err != nil {
			return err
		}
		done = "CLI.ExportedEncrypted"
	}
	return c.writeOut(id, out, func(w io.WriteCloser, path string) error {
		return saveCaseFile(c.ctx, db, w, path, plain, uid, pass)
	}, done, "ID", id, "Path", out)
}
