package model

import (
	"errors"
	"fmt"
	"strings"
)

// Problem is one thing wrong with user input or a file. Code is a message ID
// of locales/ so every front end can say it in the user's language; Path is
// the JSON path of the field ("plans[0].goals[2].targetDate") or the name of
// a form field; Value is the offending input as typed.
type Problem struct {
	Path  string
	Code  string
	Value string
	Args  map[string]any
}

func (p *Problem) Error() string {
	var b strings.Builder
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Code)
	if p.Value != "" {
		fmt.Fprintf(&b, " %q", p.Value)
	}
	return b.String()
}

// Problems is a list of everything wrong at once; it is an error when not empty.
type Problems []*Problem

func (ps Problems) Error() string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.Error()
	}
	return strings.Join(s, "; ")
}

// Has reports a problem with code at path or below it ("disclosures[0]"
// finds "disclosures[0].date").
func (ps Problems) Has(code, path string) bool {
	for _, p := range ps {
		if p.Code == code && strings.HasPrefix(p.Path, path) {
			return true
		}
	}
	return false
}

// Err returns nil for an empty list, so callers can `return ps.Err()`.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// ProblemsOf is what err says as problems — a Problems list, or a single
// *Problem as a list of one — and false when err is neither.
func ProblemsOf(err error) (Problems, bool) {
	var ps Problems
	if errors.As(err, &ps) {
		return ps, true
	}
	var p *Problem
	if errors.As(err, &p) {
		return Problems{p}, true
	}
	return nil, false
}

// Problem codes. Each is a message ID in locales/*.json with the template
// fields Path, Value and the Args.
const (
	CodeNotADate          = "ErrNotADate"
	CodeRequired          = "ErrRequired"
	CodeUnknownValue      = "ErrUnknownValue"
	CodeRVNRFormat        = "ErrRVNRFormat"
	CodeRVNRCheckDigit    = "ErrRVNRCheckDigit"
	CodeRVNRBirthDate     = "ErrRVNRBirthDate"
	CodeBadEmail          = "ErrBadEmail"
	CodeOutOfRange        = "ErrOutOfRange"
	CodeUnknownReference  = "ErrUnknownReference"
	CodeDuplicateID       = "ErrDuplicateID"
	CodeDateOrder         = "ErrDateOrder"
	CodeBadFormat         = "ErrCaseFileFormat"
	CodeNewerFormat       = "ErrCaseFileNewer"
	CodeBadJSON           = "ErrCaseFileJSON"
	CodeWrongType         = "ErrWrongType"
	CodeGateNeedDecision  = "GateNeedDecision"
	CodeGateNeedConsent   = "GateNeedConsent"
	CodeGateNeedFinalPlan = "GateNeedFinalPlan"
	CodeGateNeedClosure   = "GateNeedClosure"
	CodeGateNotAllowed    = "GateNotAllowed"
	CodeGateNeedReason    = "GateNeedReason"
	CodeGateNeedAck       = "GateNeedAck"
	CodeGateWithdrawn     = "GateWithdrawn"     // Value: the day the consent to case management was withdrawn
	CodeRetentionRange    = "ErrRetentionRange" // Args: Max (years)
	CodeTextTooLong       = "ErrTextTooLong"    // Args: Chars, Limit (TextCount); see MaxTextRunes

	// Codes of files and the database (messages in locales/storage.*.json).
	CodeUnknownField = "ErrUnknownField"     // a case file field no version of the format has
	CodeTooLarge     = "ErrCaseFileTooLarge" // Args: MaxMB (megabytes)
	CodeSchemaNewer  = "ErrSchemaNewer"      // Args: Have, Know (schema versions)
	CodeBadEncoding  = "ErrCaseFileEncoding" // a case file that is not UTF-8; Args: Offset, Line, Column
	CodeInvalidText  = "ErrInvalidText"      // text to be saved that is not UTF-8
)
