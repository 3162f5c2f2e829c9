package main

import (
	"flag"
	"os"

	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// restoreCmd checks a backup file and only then replaces the database by
// it, keeping the previous one aside in the data folder. The database must
// not be open while it is replaced, so this command opens it only after.
var restoreCmd = command{
	name: "restore", help: "CLI.Help.restore", maxArgs: 1, passphrase: true, writes: true,
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		return func(files []string) error {
			if len(files) == 0 {
				return fail("CLI.RestoreNoFile")
			}
			dir, err := c.dir()
			if err != nil {
				return err
			}
			return c.restore(dir, files[0])
		}
	},
}

func (c *cli) restore(dataDir, file string) error {
	if st, err := os.Stat(file); err != nil {
		return fail("CLI.RestoreUnreadable", "Path", file, "Error", c.sysErr(err))
	} else if st.IsDir() {
		return model.Refusal(model.ErrNotBackup, file)
	}
	// An encrypted backup is decrypted inside the data folder; a wrong
	// passphrase is found before anything is written.
	encrypted, err := storage.IsEncryptedFile(file)
	if err != nil {
		return fail("CLI.RestoreUnreadable", "Path", file, "Error", c.sysErr(err))
	}
	var aside string
	if encrypted {
		var pass string
		if pass, err = c.passphrase(file, false); err != nil {
			return err
		}
		aside, err = storage.RestoreEncrypted(dataDir, file, pass, c.now())
	} else {
		aside, err = storage.Restore(dataDir, file, c.now())
	}
	if p := model.Refusal(err, file); p != nil {
		return p
	} else if err != nil {
		return fail("CLI.RestoreFailed", "Error", c.sysErr(err))
	}
	db, err := storage.Open(dataDir)
	if err != nil {
		return fail("CLI.OpenFailed", "Dir", dataDir, "Error", c.errText(err))
	}
	defer db.Close()
	c.adoptLanguage(db)
	r, err := db.Check(c.ctx)
	if err != nil {
		return fail("CLI.CheckFailed", "Error", c.errText(err))
	}
	if aside == "" {
		c.say("CLI.RestoreDoneFirst", "Path", file, "Version", r.SchemaVersion, "Cases", c.loc.N("Count.Cases", r.Cases))
	} else {
		c.say("CLI.RestoreDone", "Path", file, "Version", r.SchemaVersion, "Cases", c.loc.N("Count.Cases", r.Cases), "Aside", aside)
	}
	return nil
}
