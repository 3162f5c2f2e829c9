package main

import (
	"bytes"
	"errors"
	"io"

	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// exportJSON writes the case file, encrypted if asked, and logs it.
func (c *cli) exportJSON(db *storage.DB, id int64, out string, encrypt bool) error {
	if !encrypt {
		if err := c.writeOut(id, out, "CLI.Exported", func(w io.Writer) error { return db.ExportCase(c.ctx, id, w) }); err != nil {
			return err
		}
		return c.logExport(db, id)
	}
	// Exported first, so that a wrong number or a case that would not
	// import again is said before the passphrase is asked for.
	var plain bytes.Buffer
	if err := db.ExportCase(c.ctx, id, &plain); errors.Is(err, model.ErrNotFound) {
		return fail("CLI.CaseNotFound", "ID", id)
	} else if err != nil {
		return at(out, err)
	}
	pass, err := c.passphrase(out, true)
	if err != nil {
		return err
	}
	if err := c.writeOut(id, out, "CLI.ExportedEncrypted", func(w io.Writer) error {
		return storage.Encrypt(w, pass, func(ew io.Writer) error { _, err := ew.Write(plain.Bytes()); return err })
	}); err != nil {
		return err
	}
	return c.logExport(db, id)
}

// logExport records a written case file in the audit log.
func (c *cli) logExport(db *storage.DB, id int64) error {
	cs, err := db.LoadCase(c.ctx, id)
	if err == nil {
		err = db.Audit(c.ctx, model.AuditEntry{Kind: model.AuditExport, Case: cs.UID})
	}
	return err
}
