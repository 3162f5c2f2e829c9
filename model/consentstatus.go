package model

import "slices"

// What the consent screens need beyond CheckCoverage: the status a consent
// is shown with, when its expiry deserves a warning, and what a consent,
// a revocation or a disclosure still lacks before it may be recorded.

// ConsentStatus is how a disclosure consent stands on a given day.
type ConsentStatus string

const (
	ConsentActive     ConsentStatus = "active"     // in force: covers disclosures on that day
	ConsentNotYet     ConsentStatus = "notYet"     // given on a later day
	ConsentExpired    ConsentStatus = "expired"    // valid-until has passed
	ConsentRevoked    ConsentStatus = "revoked"    // revoked on or before that day
	ConsentIncomplete ConsentStatus = "incomplete" // no date it was given on
)

// ConsentStatuses lists every status, for message checks.
var ConsentStatuses = []ConsentStatus{ConsentActive, ConsentNotYet, ConsentExpired, ConsentRevoked, ConsentIncomplete}

// Status says how k stands on day. It is ConsentActive exactly when
// k.Active(day); otherwise it names the reason, a revocation first (it is
// the client's own decision and outranks an expiry).
func (k Consent) Status(day Date) ConsentStatus {
	switch {
	case k.Active(day):
		return ConsentActive
	case k.RevokedOn.Valid() && !k.RevokedOn.After(day):
		return ConsentRevoked
	case !k.GivenOn.Valid():
		return ConsentIncomplete
	case k.ValidUntil.Valid() && k.ValidUntil.Before(day):
		return ConsentExpired
	}
	return ConsentNotYet
}

// ExpiresSoon reports an active consent whose valid-until lies within the
// warning period of s (Settings.ConsentWarnDays) after day, so it can be
// renewed before the next disclosure is refused.
func (k Consent) ExpiresSoon(day Date, s Settings) bool {
	if !k.Active(day) || !k.ValidUntil.Valid() {
		return false
	}
	return !k.ValidUntil.After(day.AddDays(s.WithDefaults().ConsentWarnDays))
}

// RecordGap names what an entry still lacks before it may be recorded.
type RecordGap string

const (
	GapRecipient   RecordGap = "recipient"   // no network partner chosen
	GapCategories  RecordGap = "categories"  // no information category ticked
	GapGivenOn     RecordGap = "givenOn"     // no valid date the consent was given on
	GapGivenFuture RecordGap = "givenFuture" // given on a day after today
	GapForm        RecordGap = "form"        // neither written nor oral
	GapValidUntil  RecordGap = "validUntil"  // not a date, or before the day it was given
	GapRevokedOn   RecordGap = "revokedOn"   // no valid revocation date
	GapRevokedFrom RecordGap = "revokedFrom" // revoked before it was given
	GapRevokedLate RecordGap = "revokedLate" // revoked on a day after today
	GapDate        RecordGap = "date"        // no valid date of the disclosure
	GapChannel     RecordGap = "channel"     // no channel the information went through
)

// RecordGaps lists every gap, for message checks (those of a contact are
// in contactlog.go).
var RecordGaps = []RecordGap{GapRecipient, GapCategories, GapGivenOn, GapGivenFuture, GapForm, GapValidUntil,
	GapRevokedOn, GapRevokedFrom, GapRevokedLate, GapDate, GapChannel, GapContactDate, GapKind, GapMinutes, GapPassed}

// ConsentGaps lists what k lacks before it may be recorded on today. A
// consent is recorded when it was given, so it cannot be given in the
// future; it names a recipient and what may be passed on (Fachkonzept: "Zu
// der Einwilligung gehört die Information darüber, welche Informationen
// weitergegeben werden sollen"), and whether it was given in writing or
// orally. A Raw date (text that is not a date) counts as missing.
func ConsentGaps(k Consent, today Date) []RecordGap {
	var gaps []RecordGap
	if trimmed(k.Partner) == "" {
		gaps = append(gaps, GapRecipient)
	}
	if !anyKnown(k.Categories) {
		gaps = append(gaps, GapCategories)
	}
	switch {
	case !k.GivenOn.Valid():
		gaps = append(gaps, GapGivenOn)
	case k.GivenOn.After(today):
		gaps = append(gaps, GapGivenFuture)
	}
	if !slices.Contains(ConsentForms, k.Form) {
		gaps = append(gaps, GapForm)
	}
	if k.ValidUntil.Raw != "" || (k.ValidUntil.Valid() && k.GivenOn.Valid() && k.ValidUntil.Before(k.GivenOn)) {
		gaps = append(gaps, GapValidUntil)
	}
	return gaps
}

// RevocationGaps lists what is wrong with revoking k on day, recorded on
// today: the day must be a date, not before the consent was given and not
// in the future.
func RevocationGaps(k Consent, day, today Date) []RecordGap {
	switch {
	case !day.Valid():
		return []RecordGap{GapRevokedOn}
	case k.GivenOn.Valid() && day.Before(k.GivenOn):
		return []RecordGap{GapRevokedFrom}
	case day.After(today):
		return []RecordGap{GapRevokedLate}
	}
	return nil
}

// DisclosureGaps lists what d lacks before the consent rule can even be
// asked: a date, a recipient, at least one category and the channel.
func DisclosureGaps(d Disclosure) []RecordGap {
	var gaps []RecordGap
	if !d.Date.Valid() {
		gaps = append(gaps, GapDate)
	}
	if trimmed(d.Partner) == "" {
		gaps = append(gaps, GapRecipient)
	}
	if !anyKnown(d.Categories) {
		gaps = append(gaps, GapCategories)
	}
	if trimmed(d.Channel) == "" {
		gaps = append(gaps, GapChannel)
	}
	return gaps
}

func anyKnown(cs []InfoCategory) bool {
	for _, c := range cs {
		if slices.Contains(InfoCategories, c) {
			return true
		}
	}
	return false
}
