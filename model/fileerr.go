package model

// Faults of a file outside the database — an export, a document, a backup
// target, a case file to import — beside the file system faults it shares
// with the database (full, read-only, permission, not a folder, missing,
// I/O).
const (
	FaultInData     Fault = "indata"     // an output target inside the data folder
	FaultNotRegular Fault = "notregular" // a folder, device or pipe where a file was expected
)

// FileError is a file outside the database that cannot be read or
// written, with what is actually wrong, so that window and command line
// say it in the user's language.
type FileError struct {
	Fault Fault
	Path  string
	Err   error
}

func (e *FileError) Error() string {
	return string(e.Fault) + ": " + e.Path + ": " + e.Err.Error()
}

func (e *FileError) Unwrap() error { return e.Err }
