package storage

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"filippo.io/age"
	"filippo.io/age/armor"

	"teilhabelotse/model"
)

// Case files and backups that leave the machine can be encrypted with a
// passphrase: age (age-encryption.org/v1) with its scrypt recipient, in the
// binary format. Whoever has the file but not the passphrase learns nothing
// but its approximate size; the passphrase cannot be recovered from the
// file, and without it the data is lost.

// encryptedHeader is how every age file begins; armoredHeader is the first
// line of its ASCII-armored form, which is read too.
const (
	encryptedHeader = "age-encryption.org/v1"
	armoredHeader   = "-----BEGIN AGE ENCRYPTED FILE-----"
)

// scryptWorkFactor is log2 of scrypt's cost for new files: 18 takes about
// a second and 256 MiB, which is what makes guessing passphrases slow.
// Tests lower it.
var scryptWorkFactor = 18

// maxScryptWorkFactor bounds what decrypting a file may cost (2^20: about
// 1 GiB and a few seconds), so that a crafted file cannot exhaust the
// machine; age's own default would allow 4 GiB.
const maxScryptWorkFactor = 20

// IsEncrypted reports whether a file beginning with head is encrypted (age,
// binary or armored). 64 bytes are more than enough.
func IsEncrypted(head []byte) bool {
	return bytes.HasPrefix(head, []byte(encryptedHeader)) ||
		bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte(armoredHeader))
}

// IsEncryptedFile reports whether the file at path is encrypted.
func IsEncryptedFile(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	head := make([]byte, 64)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false, err
	}
	return IsEncrypted(head[:n]), nil
}

// Encrypt writes to w what write writes, encrypted with passphrase. Combine
// it with WriteFileAtomic so that a failure leaves no half file.
func Encrypt(w io.Writer, passphrase string, write func(io.Writer) error) error {
	if passphrase == "" {
		return model.ErrEmptyPassphrase
	}
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return err
	}
	r.SetWorkFactor(scryptWorkFactor)
	ew, err := age.Encrypt(w, r)
	if err != nil {
		return err
	}
	if err := write(ew); err != nil {
		return err
	}
	return ew.Close() // writes the last, authenticated chunk
}

// Decrypt returns the plaintext of the encrypted file r. A wrong passphrase
// is found before anything is read and returned as model.ErrWrongPassphrase; a
// file damaged or cut short later gives model.ErrWrongPassphrase from Read, so
// read to the end before trusting what was read. Errors reading r itself
// are returned as they are.
func Decrypt(r io.Reader, passphrase string) (io.Reader, error) {
	if passphrase == "" {
		return nil, model.ErrEmptyPassphrase
	}
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, err
	}
	id.SetMaxWorkFactor(max(maxScryptWorkFactor, scryptWorkFactor))
	src := &sourceReader{r: r}
	br := bufio.NewReader(src)
	var in io.Reader = br
	if head, _ := br.Peek(64); !bytes.HasPrefix(head, []byte(encryptedHeader)) && IsEncrypted(head) {
		in = armor.NewReader(br)
	}
	plain, err := age.Decrypt(in, id)
	if err != nil {
		return nil, src.blame(err)
	}
	return &plainReader{r: plain, src: src}, nil
}

// sourceReader remembers the error of the encrypted file's own reads, to
// tell a failing disk from a failing decryption.
type sourceReader struct {
	r   io.Reader
	err error
}

func (s *sourceReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if err != nil && err != io.EOF {
		s.err = err
	}
	return n, err
}

// blame returns the read error if there was one, else model.ErrWrongPassphrase
// with age's reason.
func (s *sourceReader) blame(err error) error {
	if s.err != nil {
		return s.err
	}
	return fmt.Errorf("%w (%v)", model.ErrWrongPassphrase, err)
}

type plainReader struct {
	r   io.Reader
	src *sourceReader
}

func (p *plainReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if err != nil && err != io.EOF {
		err = p.src.blame(err)
	}
	return n, err
}

// BackupEncrypted writes an encrypted backup to path: a consistent copy is
// made with Backup into a temporary file in the data folder (mode 0600, so
// the plaintext never leaves the folder that already holds the database),
// encrypted to path with WriteFileAtomic, and removed. path holds either
// its old content or the complete encrypted backup.
func (d *DB) BackupEncrypted(ctx context.Context, path, passphrase string) error {
	if passphrase == "" {
		return model.ErrEmptyPassphrase
	}
	plain, err := createTemp(filepath.Dir(d.path), "backup-plain")
	if err != nil {
		return err
	}
	defer removeTemp(plain)
	if err := d.backupAs(ctx, plain, filepath.Base(path)); err != nil {
		return err
	}
	f, err := os.Open(plain)
	if err != nil {
		return err
	}
	defer f.Close()
	return WriteFileAtomic(path, func(w io.Writer) error {
		return Encrypt(w, passphrase, func(ew io.Writer) error {
			_, err := io.Copy(ew, f)
			return err
		})
	})
}

// RestoreEncrypted is Restore for a backup written by BackupEncrypted. The
// passphrase is checked before anything is written; the backup is then
// decrypted into a temporary file in the data folder (DecryptBackup),
// restored from there with all of Restore's checks, and the temporary file
// removed. A wrong passphrase or a damaged file returns
// model.ErrWrongPassphrase and changes nothing.
func RestoreEncrypted(dir, src, passphrase string, now time.Time) (aside string, err error) {
	plain, err := DecryptBackup(dir, src, passphrase)
	if err != nil {
		return "", err
	}
	defer RemoveDecrypted(plain)
	return RestoreDecrypted(dir, plain, src, now)
}

// DecryptBackup decrypts the encrypted backup src into a temporary file in
// the data folder dir — mode 0600, so the plaintext never leaves the
// folder that already holds the database; swept at the next start if the
// program dies meanwhile — and returns its path, for InspectBackup and
// RestoreDecrypted; RemoveDecrypted removes it. A wrong passphrase or a
// damaged file returns model.ErrWrongPassphrase.
func DecryptBackup(dir, src, passphrase string) (string, error) {
	in, err := openBackupFile(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	plain, err := Decrypt(in, passphrase)
	if err != nil {
		return "", err
	}
	if err := privateDir(dir); err != nil {
		return "", err
	}
	return tempCopy(dir, "restore-plain", plain)
}

// RestoreDecrypted restores plain, decrypted from the backup src by
// DecryptBackup, and logs the restore under src's name.
func RestoreDecrypted(dir, plain, src string, now time.Time) (aside string, err error) {
	return restoreAs(dir, plain, filepath.Base(src), now)
}

// RemoveDecrypted removes a backup decrypted by DecryptBackup.
func RemoveDecrypted(plain string) { removeTemp(plain) }
