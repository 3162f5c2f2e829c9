package main

import (
	"flag"

	"teilhabelotse/storage"
)

// backupCmd writes a consistent copy of the database to --out; the file
// there is either the old one or the complete backup.
var backupCmd = command{
	name: "backup", help: "CLI.Help.backup", passphrase: true,
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		out := fs.String("out", "", "")
		encrypt := fs.Bool("encrypt", false, "")
		force := fs.Bool("force", false, "")
		return func([]string) error {
			if *out == "" {
				return fail("CLI.BackupNeedOut")
			}
			db, err := c.openForOut(*out, *force)
			if err != nil {
				return err
			}
			defer db.Close()
			return c.backup(db, *out, *encrypt)
		}
	},
}

func (c *cli) backup(db *storage.DB, out string, encrypt bool) error {
	if encrypt {
		pass, err := c.passphrase(out, true)
		if err != nil {
			return err
		}
		if err := db.BackupEncrypted(c.ctx, out, pass); err != nil {
			return fail("CLI.BackupFailed", "Path", out, "Error", c.errText(err))
		}
		c.say("CLI.BackupDoneEncrypted", "Path", out)
		return nil
	}
	if err := db.Backup(c.ctx, out); err != nil {
		return fail("CLI.BackupFailed", "Path", out, "Error", c.errText(err))
	}
	c.say("CLI.BackupDone", "Path", out)
	return nil
}
