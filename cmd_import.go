package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// importCmd imports each case file as a new case and prints its ID. A bad
// file imports nothing and is reported with every problem it has; the
// others are still imported. An encrypted file is decrypted with the
// passphrase asked for at the first one; it is imported only once it has
// been read to its authenticated end.
var importCmd = command{
	name: "import", help: "CLI.Help.import", maxArgs: -1, passphrase: true, writes: true,
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		var opts storage.ImportOptions
		fs.BoolVar(&opts.AcceptWarnings, "accept-warnings", false, "")
		fs.Func("duplicate", "", func(s string) error { return parseDuplicate(s, &opts.Duplicate) })
		allow := fs.Bool("allow-erased", false, "")
		return func(files []string) error {
			if len(files) == 0 {
				return fail("CLI.ImportNoFiles")
			}
			if *allow {
				// A legal hold: logged with the day of the erasure.
				c.ctx = storage.WithAllowErased(c.ctx)
			}
			return c.withDB("CLI.OpenFailed", func(db *storage.DB) error { return c.importFiles(db, files, opts) })
		}
	},
}

func (c *cli) importFiles(db *storage.DB, files []string, opts storage.ImportOptions) error {
	var failed error
	var pass string
	var passErr error // asked for once, at the first encrypted file
	for _, path := range files {
		// Each file's failure is said at once, before the passphrase of
		// the next one is asked for.
		if err := c.importFile(db, path, opts, &pass, &passErr); err != nil {
			c.report(err)
			failed = errReported
		}
	}
	return failed
}

func (c *cli) importFile(db *storage.DB, path string, opts storage.ImportOptions, pass *string, passErr *error) error {
	f, br, encrypted, err := openCaseFile(path)
	if errors.Is(err, storage.ErrTargetNotRegular) {
		return failures{fail("CLI.ImportNotAFile", "Path", path), fail("CLI.ImportNothing", "Path", path)}
	} else if err != nil {
		return fail("CLI.ImportUnreadable", "Path", path, "Error", c.sysErr(err))
	}
	defer f.Close()
	var r io.Reader = br
	if encrypted {
		if *pass == "" && *passErr == nil {
			*pass, *passErr = c.passphrase(path, false)
			if *passErr != nil {
				// Said once; the files after it are only not imported.
				c.report(*passErr)
			}
		}
		if *passErr != nil {
			return fail("CLI.ImportNothing", "Path", path)
		}
		if r, err = storage.Decrypt(r, *pass); err != nil {
			return c.importDecryptFailed(path, err)
		}
	}
	id, err := db.ImportCaseWith(c.ctx, r, opts)
	if errors.Is(err, model.ErrWrongPassphrase) {
		return c.importDecryptFailed(path, err)
	}
	if refused := c.importRefused(path, err); refused != nil {
		return refused
	}
	if err != nil {
		return failures{at(path, err), fail("CLI.ImportNothing", "Path", path)}
	}
	fmt.Fprintln(c.stdout, id)
	return nil
}

// importDecryptFailed reports an encrypted case file that could not be
// opened: a wrong passphrase or a damaged file (said as such), or a failed
// read.
func (c *cli) importDecryptFailed(path string, err error) error {
	if errors.Is(err, model.ErrWrongPassphrase) {
		return fail("CLI.ImportWrongPassphrase", "Path", path)
	}
	return failures{fail("CLI.ImportUnreadable", "Path", path, "Error", c.sysErr(err)), fail("CLI.ImportNothing", "Path", path)}
}
