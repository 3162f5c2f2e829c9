package model

import "errors"

// ErrConflict is a save refused because the case was saved by someone
// else (another program, an import) since this copy was loaded: writing it
// would silently erase the other text. The caller keeps its copy and shows
// both (see TextDiffs).
var ErrConflict = errors.New("the case was changed elsewhere since it was loaded")

// Fault is what is actually wrong when the database cannot be read or
// written. Only FaultCorrupt is damage to the file; for every other fault
// the data are intact and restoring a backup would throw work away.
type Fault string

const (
	FaultCorrupt    Fault = "corrupt"    // the file is damaged or not a database
	FaultFull       Fault = "full"       // the disk is full
	FaultReadOnly   Fault = "readonly"   // the file or file system is read-only
	FaultLocked     Fault = "locked"     // another program holds a lock on the database
	FaultPermission Fault = "permission" // the account may not read or write it
	FaultNotDir     Fault = "notdir"     // a part of the data folder's path is a file
	FaultMissing    Fault = "missing"    // the folder or file does not exist
	FaultIO         Fault = "io"         // the disk reported a read or write error
)

// StoreError is a storage failure with what is actually wrong. Op says
// what was being done ("open", "save").
type StoreError struct {
	Fault Fault
	Path  string
	Err   error
}

func (e *StoreError) Error() string {
	return string(e.Fault) + ": " + e.Path + ": " + e.Err.Error()
}

func (e *StoreError) Unwrap() error { return e.Err }

// CodeErased refuses the import of a case that was erased here: an old
// export must not bring erased health data back. Args: Date (the day of
// the erasure, a Date) and UID.
const CodeErased = "ErrCaseErased"

// AuditRepair records that the program put back a protection of the audit
// log that was missing (Detail: what — the trigger's name).
const AuditRepair AuditKind = "repair"
