package main

import (
	"errors"
	"flag"
	"io"
	"slices"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// exportFormat says f is what "export" writes: the case file (json), the
// Art. 15 copy (access) or one of the documents.
func exportFormat(f string) bool {
	return f == "json" || f == "access" || slices.Contains(model.DocKinds, model.DocKind(f))
}

// exportCmd writes one case as a case file (json, cmd_export_json.go) or
// one of its documents (plan, closure, consent, access, assessment,
// agreement, infosheet;
// cmd_export_docs.go) to --out.
var exportCmd = command{
	name: "export", help: "CLI.Help.export", maxArgs: 1, verb: true, passphrase: true,
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		var x export
		fs.Int64Var(&x.id, "case", 0, "")
		fs.StringVar(&x.out, "out", "", "")
		fs.IntVar(&x.version, "version", 0, "")
		fs.StringVar(&x.consent, "consent", "", "")
		fs.BoolVar(&x.encrypt, "encrypt", false, "")
		fs.BoolVar(&x.force, "force", false, "")
		fs.BoolVar(&x.withoutHealth, "without-health", false, "")
		fs.Func("sent", "", func(v string) (err error) { x.sent, err = model.ParseDate(v); return err })
		return func(args []string) error {
			if len(args) > 0 {
				x.format = args[0]
			}
			if err := x.check(); err != nil {
				return err
			}
			// Recording the day it was sent changes the case: that takes
			// the data folder, as the window's saves do.
			c.writes = x.sent.Valid()
			return c.withDBForOut(x.out, x.force, func(db *storage.DB) error {
				switch x.format {
				case "json":
					return c.exportJSON(db, x.id, x.out, x.encrypt)
				case "access":
					return c.exportAccess(db, x.id, x.out)
				}
				return c.exportDocument(db, x)
			})
		}
	},
}

// export is what the command line asks to export.
type export struct {
	format  string
	id      int64
	out     string
	version int    // of the plan, or the number of the assessment; 0 is the newest
	consent string // the consent whose form is printed
	encrypt bool
	force   bool // replace an existing file at out
	// withoutHealth prints the plan as the Auszug ohne Angaben zur
	// Gesundheit (pdf.PlanExtract).
	withoutHealth bool
	// sent is the day the document went to the carrier, recorded on the
	// case before it is printed (only for what model.DocKind.SentToCarrier).
	sent model.Date
}

// check says what is missing or wrong on the command line before the data
// folder is touched.
func (x export) check() error {
	switch {
	case x.format == "":
		return fail("CLI.ExportNoFormat")
	case !exportFormat(x.format):
		return fail("CLI.ExportFormat", "Format", x.format)
	case x.id <= 0:
		return fail("CLI.ExportNeedCase")
	case x.out == "":
		return fail("CLI.ExportNeedOut")
	case x.format == "consent" && x.consent == "":
		return fail("CLI.ExportNeedConsent")
	case x.encrypt && x.format != "json":
		return fail("CLI.EncryptOnlyJSON")
	case x.withoutHealth && x.format != "plan":
		return fail("CLI.WithoutHealthOnlyPlan")
	case x.sent.Valid() && !model.DocKind(x.format).SentToCarrier():
		return fail("CLI.SentOnlyToCarrier")
	}
	return nil
}

// writeOut runs save — a use case of package app — on the file out,
// written through the atomic writer the window's save dialogs use
// (safefiles.go): out is either the old file or the complete new one,
// never half written. Once it is complete it says doneID with kv; a case
// that does not exist is said as such (id).
func (c *cli) writeOut(id int64, out string, save func(w io.WriteCloser, path string) error, doneID string, kv ...any) error {
	err := save(storage.NewAtomicWriter(out), out)
	if app.Written(err) {
		c.say(doneID, kv...)
		return errors.Unwrap(err) // nil, or why it was not logged
	}
	var we *app.WriteError
	switch {
	case errors.As(err, &we):
	case errors.Is(err, model.ErrNotFound):
		return fail("CLI.CaseNotFound", "ID", id)
	case storage.FileFault(err) == "":
		// A refusal of the content, such as a case that breaks the rules.
		return at(out, err)
	}
	return fail("CLI.ExportFailed", "Path", out, "Error", c.sysErr(err))
}
