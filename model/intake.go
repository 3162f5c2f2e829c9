package model

import "slices"

// Rules of phase 1 that the intake workspace applies: when the first
// meeting is overdue, when its mode needs a reason, and what the Zustimmung
// zum Fallmanagement and its withdrawal need before they are recorded.

// NeedsReason reports a mode that is an exception: the Fachkonzept wants
// the first meeting "grundsätzlich in Präsenz"; a digital or telephone
// meeting is possible "im Ausnahmefall", so its reason is documented.
func (m MeetingMode) NeedsReason() bool { return m == ModeVideo || m == ModePhone }

// ReasonMissing reports an exceptional mode without its reason.
func (fm FirstMeeting) ReasonMissing() bool {
	return fm.Mode.NeedsReason() && trimmed(fm.ModeReason) == ""
}

// FirstMeetingOverdue reports a first meeting that has no date yet although
// its due day (FirstMeetingDue) lies before today. It holds in every phase,
// because the intake may be completed after the case has moved on.
func FirstMeetingOverdue(c *Case, s Settings, today Date) bool {
	if c.Intake.FirstMeeting.Date.Valid() {
		return false
	}
	due, ok := FirstMeetingDue(c, s)
	return ok && due.Before(today)
}

// ConsentCheck says what keeps a Zustimmung zum Fallmanagement from being
// recorded. The zero value means it may be recorded.
type ConsentCheck struct {
	NoDate      bool // the day it was given is missing or not a date
	FutureDate  bool // it is recorded as given after today
	NoForm      bool // neither written nor oral
	NotInformed bool // the client was not informed about case management
}

// OK reports that nothing is missing.
func (k ConsentCheck) OK() bool { return k == ConsentCheck{} }

// CheckRecord tells whether k may be recorded on today. A consent is
// recorded once it was given, so not for a later day; and the client
// agrees to case management only after being told what it is (Fachkonzept:
// "Eine zentrale Aufgabe im Erstgespräch ist es, die Versicherten über das
// Fallmanagement zu informieren").
func (k CaseManagementConsent) CheckRecord(today Date) ConsentCheck {
	return ConsentCheck{
		NoDate:      !k.GivenOn.Valid(),
		FutureDate:  k.GivenOn.Valid() && k.GivenOn.After(today),
		NoForm:      !slices.Contains(ConsentForms, k.Form),
		NotInformed: !k.InformedCM,
	}
}

// WithdrawalCheck says what keeps a withdrawal from being recorded. The
// zero value means it may be recorded.
type WithdrawalCheck struct {
	NoDate      bool // missing or not a date
	BeforeGiven bool // before the consent was given
	FutureDate  bool // after today
	NotGiven    bool // there is no consent to withdraw
}

// OK reports that nothing is missing.
func (w WithdrawalCheck) OK() bool { return w == WithdrawalCheck{} }

// CheckWithdrawal tells whether k may be recorded as withdrawn on day,
// recorded on today.
func (k CaseManagementConsent) CheckWithdrawal(day, today Date) WithdrawalCheck {
	return WithdrawalCheck{
		NoDate:      !day.Valid(),
		BeforeGiven: day.Valid() && k.GivenOn.Valid() && day.Before(k.GivenOn),
		FutureDate:  day.Valid() && day.After(today),
		NotGiven:    !k.GivenOn.Valid(),
	}
}
