package main

import (
	"context"
	"io"

	"teilhabelotse/storage"
	"teilhabelotse/ui"
)

// transfer gives the window import, export and backup (ui.Transfer) on the
// window's database, with the command line's storage calls.
type transfer struct{ m *maintenance }

var _ ui.Transfer = transfer{}

func (t transfer) Encrypted(path string) (bool, error) { return storage.IsEncryptedFile(path) }

func (t transfer) Import(path, passphrase string, opts ui.ImportOptions) (int64, error) {
	f, br, encrypted, err := openCaseFile(path)
	if err != nil {
		return 0, storage.ClassifyFile(err, path)
	}
	defer f.Close()
	var r io.Reader = br
	if encrypted {
		if r, err = storage.Decrypt(br, passphrase); err != nil {
			return 0, err
		}
	}
	o := storage.ImportOptions{AcceptWarnings: opts.AcceptWarnings}
	switch opts.Duplicate {
	case ui.DuplicateNew:
		o.Duplicate = storage.DuplicateNew
	case ui.DuplicateReplace:
		o.Duplicate = storage.DuplicateReplace
	}
	id, err := t.m.db.ImportCaseWith(context.Background(), r, o)
	return id, err
}

// Export writes case id's case file to path through the safe writer of the
// save dialogs, as `export json` does (saveCaseFile).
func (t transfer) Export(id int64, path, passphrase string) error {
	ctx := context.Background()
	plain, uid, err := caseFile(ctx, t.m.db, id)
	if err != nil {
		return err
	}
	return saveCaseFile(ctx, t.m.db, storage.NewAtomicWriter(path), path, plain, uid, passphrase)
}

func (t transfer) Backup(path, passphrase string) error {
	return backupTo(context.Background(), t.m.db, path, passphrase)
}

// Unlock decrypts the encrypted backup at path into a private temporary
// file in the data folder, checked like any backup; Restore takes it from
// there (logged under the name of the encrypted file, as `restore` does)
// and it is removed after the restore or when the window closes.
func (m *maintenance) Unlock(path, passphrase string) (ui.BackupInfo, error) {
	m.dropUnlocked()
	plain, err := storage.DecryptBackup(m.dir, path, passphrase)
	if err != nil {
		return ui.BackupInfo{}, err
	}
	m.unlocked, m.unlockedFrom = plain, path
	b, err := storage.InspectBackup(plain)
	if err != nil {
		m.dropUnlocked()
		return ui.BackupInfo{}, err
	}
	info := uiBackup(b)
	info.Path = plain
	return info, nil
}

// dropUnlocked removes the decrypted copy of an encrypted backup.
func (m *maintenance) dropUnlocked() {
	if m.unlocked != "" {
		storage.RemoveDecrypted(m.unlocked)
		m.unlocked, m.unlockedFrom = "", ""
	}
}
