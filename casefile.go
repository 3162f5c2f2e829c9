package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"

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

// openCaseFile opens the case file at path for import, as Datei › Fallakte
// importieren … and `import` do: r reads it, encrypted says it must be
// decrypted (storage.Decrypt) before. Only an ordinary file is a case file —
// opening a pipe waits for a writer forever, a device never ends — anything
// else is storage.ErrTargetNotRegular. The caller closes f.
func openCaseFile(path string) (f *os.File, r *bufio.Reader, encrypted bool, err error) {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		return nil, nil, false, storage.ErrTargetNotRegular
	}
	if f, err = os.Open(path); err != nil {
		return nil, nil, false, err
	}
	r = bufio.NewReader(f)
	head, _ := r.Peek(64)
	return f, r, storage.IsEncrypted(head), nil
}
