package main

import (
	"context"
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
			return c.withDBForOut(*out, *force, func(db *storage.DB) error { return c.backup(db, *out, *encrypt) })
		}
	},
}

func (c *cli) backup(db *storage.DB, out string, encrypt bool) error {
	pass, done := "", "CLI.BackupDone"
	if encrypt {
		var err error
		if pass, err = c.passphrase(out, true); err != nil {
			return err
		}
		done = "CLI.BackupDoneEncrypted"
	}
	if err := backupTo(c.ctx, db, out, pass); err != nil {
		return fail("CLI.BackupFailed", "Path", out, "Error", c.errText(err))
	}
	c.say(done, "Path", out)
	return nil
}

// backupTo writes a consistent copy of all data to path — encrypted with
// passphrase unless it is empty — for Datei › Sicherung anlegen … and
// backup alike.
func backupTo(ctx context.Context, db *storage.DB, path, passphrase string) error {
	if passphrase == "" {
		return db.Backup(ctx, path)
	}
	return db.BackupEncrypted(ctx, path, passphrase)
}
