package storage

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"filippo.io/age/armor"

	"teilhabelotse/model"
)

// fastScrypt makes encryption cheap for the test: 2^10 instead of 2^18.
func fastScrypt(t *testing.T) {
	t.Helper()
	old := scryptWorkFactor
	scryptWorkFactor = 10
	t.Cleanup(func() { scryptWorkFactor = old })
}

func encrypt(t *testing.T, plain []byte, pass string) []byte {
	t.Helper()
	var buf bytes.Buffer
	err := Encrypt(&buf, pass, func(w io.Writer) error { _, err := w.Write(plain); return err })
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func decrypt(pass string, sealed []byte) ([]byte, error) {
	r, err := Decrypt(bytes.NewReader(sealed), pass)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func TestEncryptRoundTrip(t *testing.T) {
	fastScrypt(t)
	d := MustOpen(t)
	plain := export(t, d, storeRich(t, d))
	const pass = "Korrekt Pferd Batterie Heftklammer"
	sealed := encrypt(t, plain, pass)

	if !IsEncrypted(sealed) || IsEncrypted(plain) {
		t.Errorf("IsEncrypted: sealed %v, plain %v", IsEncrypted(sealed), IsEncrypted(plain))
	}
	for _, secret := range []string{"Özdemir", "Jürgen", "10010490A443", FormatName, `"formatVersion"`, `"lastName"`} {
		if bytes.Contains(sealed, []byte(secret)) {
			t.Errorf("the encrypted file contains %q", secret)
		}
	}
	got, err := decrypt(pass, sealed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, plain) {
		t.Error("decrypted bytes differ from the plaintext")
	}
	if again := encrypt(t, plain, pass); bytes.Equal(again, sealed) {
		t.Error("two encryptions gave the same bytes (no fresh salt and key?)")
	}

	// The file says how it was sealed, so real use keeps age's strength.
	if !bytes.Contains(sealed, []byte("-> scrypt ")) {
		t.Errorf("no scrypt stanza in the header: %q", sealed[:min(len(sealed), 120)])
	}

	// An armored file (age -a -p) opens as well.
	var arm bytes.Buffer
	aw := armor.NewWriter(&arm)
	aw.Write(sealed)
	aw.Close()
	if !IsEncrypted(arm.Bytes()) {
		t.Error("armored file not recognised")
	}
	if got, err := decrypt(pass, arm.Bytes()); err != nil || !bytes.Equal(got, plain) {
		t.Errorf("armored: %v", err)
	}
}

func TestDecryptRefuses(t *testing.T) {
	fastScrypt(t)
	plain := []byte(`{"format": "teilhabelotse-fallakte", "case": {"client": {"lastName": "Mustermann"}}}`)
	sealed := encrypt(t, plain, "richtig")

	for _, pass := range []string{"falsch", "Richtig", "richtig "} {
		got, err := decrypt(pass, sealed)
		if !errors.Is(err, model.ErrWrongPassphrase) {
			t.Errorf("passphrase %q: err %v, want model.ErrWrongPassphrase", pass, err)
		}
		if len(got) > 0 {
			t.Errorf("passphrase %q: %d bytes of plaintext", pass, len(got))
		}
	}
	if _, err := decrypt("", sealed); !errors.Is(err, model.ErrEmptyPassphrase) {
		t.Errorf("empty passphrase: %v", err)
	}
	if err := Encrypt(io.Discard, "", func(io.Writer) error { return nil }); !errors.Is(err, model.ErrEmptyPassphrase) {
		t.Errorf("encrypt with empty passphrase: %v", err)
	}

	// Damaged or cut short: never the plaintext in part, always an error.
	damaged := bytes.Clone(sealed)
	damaged[len(damaged)-5] ^= 0x40
	if _, err := decrypt("richtig", damaged); !errors.Is(err, model.ErrWrongPassphrase) {
		t.Errorf("damaged: %v", err)
	}
	if _, err := decrypt("richtig", sealed[:len(sealed)-20]); !errors.Is(err, model.ErrWrongPassphrase) {
		t.Errorf("cut short: %v", err)
	}

	// A file asking for more scrypt work than allowed is refused, not run.
	// (Forged in a cheap file: making one would take the work itself.)
	forged := bytes.Replace(sealed, []byte(" 10\n"), []byte(" 22\n"), 1)
	if bytes.Equal(forged, sealed) {
		t.Fatal("work factor not found in the header")
	}
	start := time.Now()
	if _, err := decrypt("richtig", forged); !errors.Is(err, model.ErrWrongPassphrase) {
		t.Errorf("forged work factor: %v", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("a file with work factor 22 took %v to refuse", time.Since(start))
	}
}

func TestIsEncryptedFile(t *testing.T) {
	fastScrypt(t)
	dir := t.TempDir()
	sealed := filepath.Join(dir, "a.age")
	os.WriteFile(sealed, encrypt(t, []byte("x"), "p"), 0o600)
	short := filepath.Join(dir, "short")
	os.WriteFile(short, []byte("{}"), 0o600)
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, nil, 0o600)
	for path, want := range map[string]bool{sealed: true, short: false, empty: false} {
		if got, err := IsEncryptedFile(path); err != nil || got != want {
			t.Errorf("%s: %v, %v; want %v", filepath.Base(path), got, err, want)
		}
	}
	if _, err := IsEncryptedFile(filepath.Join(dir, "nope")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestBackupEncryptedRestore(t *testing.T) {
	fastScrypt(t)
	ctx := context.Background()
	src := MustOpen(t)
	storeRich(t, src)
	out := filepath.Join(t.TempDir(), "sicherung.age")
	if err := src.BackupEncrypted(ctx, out, "geheim"); err != nil {
		t.Fatal(err)
	}
	if p := perm(t, out); p != fileMode {
		t.Errorf("encrypted backup mode %v, want %v", p, fileMode)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !IsEncrypted(raw) || bytes.Contains(raw, []byte("SQLite format")) || bytes.Contains(raw, []byte("Özdemir")) {
		t.Error("the backup is not encrypted")
	}
	// No plaintext copy is left beside the database or the backup.
	for _, d := range []string{filepath.Dir(src.path), filepath.Dir(out)} {
		ents, _ := os.ReadDir(d)
		for _, e := range ents {
			if strings.HasSuffix(e.Name(), ".tmp") {
				t.Errorf("left behind: %s", filepath.Join(d, e.Name()))
			}
		}
	}

	// Wrong passphrase: nothing changes, nothing is left.
	dst := t.TempDir()
	before := openIn(t, dst)
	if err := before.Close(); err != nil {
		t.Fatal(err)
	}
	dbBefore, _ := os.ReadFile(filepath.Join(dst, FileName))
	if _, err := RestoreEncrypted(dst, out, "falsch", time.Now()); !errors.Is(err, model.ErrWrongPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	if _, err := RestoreEncrypted(dst, out, "", time.Now()); !errors.Is(err, model.ErrEmptyPassphrase) {
		t.Errorf("empty passphrase: %v", err)
	}
	if dbAfter, _ := os.ReadFile(filepath.Join(dst, FileName)); !bytes.Equal(dbBefore, dbAfter) {
		t.Error("a refused restore changed the database")
	}
	ents, _ := os.ReadDir(dst)
	for _, e := range ents {
		if e.Name() != FileName && !strings.HasPrefix(e.Name(), FileName+"-") {
			t.Errorf("a refused restore left %s", e.Name())
		}
	}

	// An encrypted case file is not a backup.
	notBackup := filepath.Join(t.TempDir(), "fall.age")
	os.WriteFile(notBackup, encrypt(t, []byte(`{"format":"teilhabelotse-fallakte"}`), "geheim"), 0o600)
	if _, err := RestoreEncrypted(dst, notBackup, "geheim", time.Now()); !errors.Is(err, model.ErrNotBackup) {
		t.Errorf("encrypted case file: %v, want model.ErrNotBackup", err)
	}

	aside, err := RestoreEncrypted(dst, out, "geheim", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if aside == "" {
		t.Error("the previous database was not kept aside")
	}
	got := openIn(t, dst)
	want, err := src.ListCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	have, err := got.ListCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !jsonEqual(t, have, want) {
		t.Errorf("cases after restore:\n%+v\nwant\n%+v", have, want)
	}
	for _, r := range want {
		if !bytes.Equal(export(t, got, r.ID), export(t, src, r.ID)) {
			t.Errorf("case %d differs after restore", r.ID)
		}
	}
	ents, _ = os.ReadDir(dst)
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("restore left %s", e.Name())
		}
	}
}
