package model

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"
)

func TestRefusalNamesEachReasonOnce(t *testing.T) {
	newer := &Problem{Code: CodeSchemaNewer, Args: map[string]any{"Have": 9, "Know": 5}}
	for _, c := range []struct {
		err  error
		code string
	}{
		{fmt.Errorf("inspect: %w", ErrNotBackup), CodeRefusalNotBackup},
		{fmt.Errorf("restore: %w", ErrInUse), CodeRefusalInUse},
		{fmt.Errorf("%w (unexpected EOF)", ErrWrongPassphrase), CodeRefusalWrongPassphrase},
		{ErrEmptyPassphrase, CodeRefusalWrongPassphrase},
		{ErrEncrypted, CodeRefusalEncrypted},
		{&DamagedError{Problems: []string{"row 3 missing from index i"}}, CodeRefusalDamaged},
		{fmt.Errorf("restore: %w", newer), CodeRefusalNewer},
		{&fs.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist}, CodeRefusalMissing},
	} {
		p := Refusal(c.err, "/media/usb/sicherung.db")
		wantPath := "/media/usb/sicherung.db"
		if c.code == CodeRefusalInUse {
			wantPath = ""
		}
		if p == nil || p.Code != c.code || p.Path != wantPath {
			t.Errorf("Refusal(%v) = %+v, want code %s with the file's path", c.err, p, c.code)
		}
	}
	if p := Refusal(&DamagedError{Problems: []string{"row 3 missing"}}, "f"); p.Args["Error"] != "row 3 missing" {
		t.Errorf("damaged backup without SQLite's finding: %+v", p)
	}
	if p := Refusal(newer, "f"); p.Args["Have"] != 9 || p.Args["Know"] != 5 {
		t.Errorf("newer backup without its versions: %+v", p)
	}
	for _, err := range []error{nil, errors.New("disk full"), &StoreError{Fault: FaultFull, Path: "/d", Err: errors.New("x")}} {
		if p := Refusal(err, "f"); p != nil {
			t.Errorf("Refusal(%v) = %+v, want nil: not a refusal but a failure to report as such", err, p)
		}
	}
}
