package model

import (
	"errors"
	"io/fs"
)

// Why a backup, a restore or an encrypted file is refused. storage returns
// them (wrapped with detail); the window and the command line say them with
// the same words through locales.Localizer.Refusal, so a reason has one
// name from storage to the message.
var (
	// ErrNotBackup: the file is not a database of this program.
	ErrNotBackup = errors.New("not a database of this program")
	// ErrInUse: another connection — the program window, another
	// command — has the database open.
	ErrInUse = errors.New("the database is in use")
	// ErrWrongPassphrase: an encrypted file did not open with the
	// passphrase given. age cannot tell a wrong passphrase from a damaged
	// file, so neither can the message.
	ErrWrongPassphrase = errors.New("wrong passphrase or damaged file")
	// ErrEmptyPassphrase: a file "encrypted" with an empty passphrase
	// would be open to everyone.
	ErrEmptyPassphrase = errors.New("empty passphrase")
	// ErrEncrypted: the backup is encrypted and needs a passphrase first.
	ErrEncrypted = errors.New("encrypted backup")
)

// DamagedError is a database or backup that fails SQLite's integrity
// check; Problems are SQLite's findings.
type DamagedError struct{ Problems []string }

func (e *DamagedError) Error() string {
	if len(e.Problems) == 0 {
		return "damaged database"
	}
	return "damaged database: " + e.Problems[0]
}

// Problem codes of the refusals; each a message ID in locales with the
// file's path as Path (none for CodeRefusalInUse).
const (
	CodeRefusalNotBackup       = "Refusal.NotBackup"
	CodeRefusalInUse           = "Refusal.InUse"
	CodeRefusalWrongPassphrase = "Refusal.WrongPassphrase"
	CodeRefusalEncrypted       = "Refusal.Encrypted"
	CodeRefusalDamaged         = "Refusal.Damaged" // Args: Error, SQLite's first finding
	CodeRefusalNewer           = "Refusal.Newer"   // Args: Have, Know — the schema versions
	CodeRefusalMissing         = "Refusal.Missing"
)

// Refusal is err — a refused backup, restore or encrypted file at path —
// as the problem both front ends say, or nil when err is none of those
// (a failure of the disk, say, which the caller reports as such).
func Refusal(err error, path string) *Problem {
	var damaged *DamagedError
	var p *Problem
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrEncrypted):
		return &Problem{Path: path, Code: CodeRefusalEncrypted}
	case errors.Is(err, ErrWrongPassphrase), errors.Is(err, ErrEmptyPassphrase):
		return &Problem{Path: path, Code: CodeRefusalWrongPassphrase}
	case errors.Is(err, ErrInUse):
		// The database is in use, not the file: its path would mislead.
		return &Problem{Code: CodeRefusalInUse}
	case errors.Is(err, ErrNotBackup):
		return &Problem{Path: path, Code: CodeRefusalNotBackup}
	case errors.As(err, &damaged):
		finding := ""
		if len(damaged.Problems) > 0 {
			finding = damaged.Problems[0]
		}
		return &Problem{Path: path, Code: CodeRefusalDamaged, Args: map[string]any{"Error": finding}}
	case errors.As(err, &p) && p.Code == CodeSchemaNewer:
		return &Problem{Path: path, Code: CodeRefusalNewer, Args: map[string]any{"Have": p.Args["Have"], "Know": p.Args["Know"]}}
	case errors.Is(err, fs.ErrNotExist):
		return &Problem{Path: path, Code: CodeRefusalMissing}
	}
	return nil
}
