package model

import (
	"strings"
	"time"
)

// AuditIdentity records that the client's name, birth date or RV-Nummer
// was corrected after intake. Detail: fields (comma-separated keys of
// IdentityFields), reason (an IdentityReason) — never the old or new value.
const AuditIdentity AuditKind = "identity"

// IdentityReason is why an identifying datum of the client was changed.
// The values are stored in the audit log; never rename one.
type IdentityReason string

// The reasons offered when name, birth date or RV-Nummer change after intake.
const (
	IdentityTypo       IdentityReason = "typo"       // Tippfehler bei der Aufnahme
	IdentityNameChange IdentityReason = "nameChange" // Namensänderung (Heirat, Scheidung …)
	IdentityByCarrier  IdentityReason = "carrier"    // vom Rentenversicherungsträger mitgeteilt
	IdentityOther      IdentityReason = "other"
)

// IdentityReasons lists the reasons in the order the window offers them.
var IdentityReasons = []IdentityReason{IdentityTypo, IdentityNameChange, IdentityByCarrier, IdentityOther}

// The identifying data of the client, as named in IdentityChanged and the
// audit log.
const (
	IdentityName      = "name"
	IdentityBirthDate = "birthDate"
	IdentityRVNR      = "rvnr"
)

// IdentityChanged lists which identifying data differ between before and
// after: name (first or last), birth date, RV-Nummer (compared normalised,
// so "10 010490 A 443" is no change of "10010490A443").
func IdentityChanged(before, after Client) []string {
	var out []string
	if strings.TrimSpace(before.FirstName) != strings.TrimSpace(after.FirstName) ||
		strings.TrimSpace(before.LastName) != strings.TrimSpace(after.LastName) {
		out = append(out, IdentityName)
	}
	if before.BirthDate.ISO() != after.BirthDate.ISO() || before.BirthDate.Raw != after.BirthDate.Raw {
		out = append(out, IdentityBirthDate)
	}
	if NormalizeRVNR(before.RVNR) != NormalizeRVNR(after.RVNR) {
		out = append(out, IdentityRVNR)
	}
	return out
}

// IdentityNeedsReason reports whether changing the client's identifying
// data needs a reason and an audit entry: once the case has left intake,
// documents and reports to the carrier carry them, and a silent change
// could mix up two people.
func (c *Case) IdentityNeedsReason() bool {
	return c.Phase != "" && c.Phase != PhaseIntake
}

// IdentityAudit is the audit entry of a correction of the fields named.
func IdentityAudit(caseUID string, fields []string, reason IdentityReason, at time.Time) AuditEntry {
	return AuditEntry{At: at, Kind: AuditIdentity, Case: caseUID,
		Detail: map[string]string{"fields": strings.Join(fields, ","), "reason": string(reason)}}
}
