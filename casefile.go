package main

import (
	"bytes"
	"context"
	"io"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// caseFile is the case file of case id, read before a passphrase is asked
// for or anything is written: a case that does not exist or would not
// import again is refused first. uid names the case in the audit log.
func caseFile(ctx context.Context, db *storage.DB, id int64) (plain []byte, uid string, err error) {
	var buf bytes.Buffer
	if err := db.ExportCase(ctx, id, &buf); err != nil {
		return nil, "", err
	}
	cs, err := db.LoadCase(ctx, id)
	if err != nil {
		return nil, "", err
	}
	return buf.Bytes(), cs.UID, nil
}

// saveCaseFile writes a case file read by caseFile to w — encrypted with
// passphrase unless it is empty — and logs the export (app.Save). Both the
// window's Fallakte exportieren … and `export json` write through it.
func saveCaseFile(ctx context.Context, db *storage.DB, w io.WriteCloser, path string, plain []byte, uid, passphrase string) error {
	render := func(out io.Writer) error {
		if passphrase == "" {
			_, err := out.Write(plain)
			return err
		}
		return storage.Encrypt(out, passphrase, func(ew io.Writer) error { _, err := ew.Write(plain); return err })
	}
	return app.Save(ctx, w, path, render, db, model.AuditEntry{Kind: model.AuditExport, Case: uid})
}
