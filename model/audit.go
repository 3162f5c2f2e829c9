package model

import (
	"context"
	"strconv"
	"time"
)

// AuditKind says what an audit log entry records. The values are stored;
// never rename one.
type AuditKind string

// What the audit log records (issue "Trust": every disclosure, document
// export, phase transition, import, export, backup, restore and deletion).
const (
	AuditTransition AuditKind = "transition" // Detail: from, to, kind
	AuditDisclosure AuditKind = "disclosure" // Detail: partner, categories
	AuditDocument   AuditKind = "document"   // Detail: document, version
	AuditImport     AuditKind = "import"     // a case file was imported
	AuditReplace    AuditKind = "replace"    // a case file replaced the case; Detail: backup (file name)
	AuditExport     AuditKind = "export"     // a case file was written
	AuditAccess     AuditKind = "access"     // Art. 15 GDPR copy handed out
	AuditBackup     AuditKind = "backup"     // Detail: file (base name)
	AuditRestore    AuditKind = "restore"    // Detail: file (base name)
	AuditDeletion   AuditKind = "deletion"   // the case was erased
)

// AuditEntry is one line of the append-only audit log. Case is the case's
// UID ("" for entries about the whole database, such as a backup). Detail
// holds only keys, dates, partner and document names — never the client's
// name or anything typed about them, so an erased case leaves no personal
// data behind in the log.
type AuditEntry struct {
	At     time.Time
	Kind   AuditKind
	Case   string
	Detail map[string]string
}

// AuditLog is the append-only record of what happened to the data.
type AuditLog interface {
	// Audit appends an entry; At is set to now when zero.
	Audit(ctx context.Context, e AuditEntry) error
	// AuditEntries lists the entries of one case, oldest first.
	AuditEntries(ctx context.Context, caseUID string) ([]AuditEntry, error)
}

// TransitionAudit is the audit entry of a phase transition.
func TransitionAudit(caseUID string, ev Event) AuditEntry {
	return AuditEntry{At: ev.At, Kind: AuditTransition, Case: caseUID,
		Detail: map[string]string{"from": string(ev.From), "to": string(ev.To), "kind": string(ev.Kind)}}
}

// DisclosureAudit is the audit entry of an Informationsweitergabe to p.
// An organisation is named by its directory name at the time, so the log
// stays readable after it is renamed or removed; a person of the client's
// own circle (relatives, their doctor or therapist) is personal data and
// is named only by that category, so nothing of it outlives an erasure.
func DisclosureAudit(caseUID string, d Disclosure, p Partner, at time.Time) AuditEntry {
	cats := ""
	for i, c := range d.Categories {
		if i > 0 {
			cats += ","
		}
		cats += string(c)
	}
	detail := map[string]string{"categories": cats, "date": d.Date.ISO()}
	if p.Category == PartnerPersonal || p.Name == "" {
		detail["partnerCategory"] = string(p.Category)
	} else {
		detail["partner"] = p.Name
	}
	return AuditEntry{At: at, Kind: AuditDisclosure, Case: caseUID, Detail: detail}
}

// DocumentAudit is the audit entry of a printed document; version is the
// plan version (0 for the other documents).
func DocumentAudit(caseUID string, document DocKind, version int) AuditEntry {
	e := AuditEntry{Kind: AuditDocument, Case: caseUID, Detail: map[string]string{"document": string(document)}}
	if version > 0 {
		e.Detail["version"] = strconv.Itoa(version)
	}
	return e
}
