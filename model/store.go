package model

import (
	"context"
	"errors"
	"io"
)

// ErrNotFound is returned when a case, partner or version does not exist.
var ErrNotFound = errors.New("not found")

// CaseLister is what the case list needs: the summary rows only, never whole
// cases.
type CaseLister interface {
	ListCases(ctx context.Context) ([]CaseSummary, error)
}

// CaseStore loads and saves whole cases. Each save is one transaction: the
// case is written completely or not at all.
type CaseStore interface {
	CaseLister
	LoadCase(ctx context.Context, id int64) (*Case, error)
	// CreateCase stores a new case and sets its ID.
	CreateCase(ctx context.Context, c *Case) error
	SaveCase(ctx context.Context, c *Case) error
}

// PartnerStore is the network partner directory.
type PartnerStore interface {
	Partners(ctx context.Context) ([]Partner, error)
	// SavePartner inserts (ID 0) or updates a partner and sets its ID.
	SavePartner(ctx context.Context, p *Partner) error
}

// SettingsStore keeps the counselor's settings.
type SettingsStore interface {
	Settings(ctx context.Context) (Settings, error)
	// SaveSettings refuses settings that Settings.Validate refuses.
	SaveSettings(ctx context.Context, s Settings) error
	// SaveLogo checks a logo (CheckLogo), keeps a copy in the data folder
	// and returns its path for Settings.LogoPath.
	SaveLogo(ctx context.Context, data []byte) (string, error)
}

// CaseFiles writes a case as a case file (Fallakte, docs/case-file.md).
// The caller logs the export (AuditExport, or AuditAccess for the Art. 15
// copy) once the file is where the user wanted it: writing to w is not yet
// an export.
type CaseFiles interface {
	ExportCase(ctx context.Context, id int64, w io.Writer) error
	// ExportCaseAsStored writes the case even when it breaks a rule of
	// CheckCase, for the Art. 15 copy; ExportCase refuses such a case.
	ExportCaseAsStored(ctx context.Context, id int64, w io.Writer) error
}

// Store is everything the application needs from persistence.
type Store interface {
	CaseStore
	PartnerStore
	SettingsStore
	CaseFiles
	AuditLog
	Archive
	EvaluationSource
}

// EvaluationSource gives the Auswertung the facts of the cases that matter
// for a period (CaseFacts.Matters), without loading whole cases.
type EvaluationSource interface {
	CaseFacts(ctx context.Context, p Period) ([]CaseFacts, error)
}
