package model

// DocKind names a printable document of a case: what the window's print
// buttons and the command line's export make, and what the audit log
// records of it.
type DocKind string

// The documents of a case.
const (
	DocPlan    DocKind = "plan"
	DocClosure DocKind = "closure"
	DocConsent DocKind = "consent"
	// DocAssessment is the Bedarfsermittlung; its version is the number
	// of the assessment (1 the first).
	DocAssessment DocKind = "assessment"
	// DocAgreement is the Zustimmung und Vereinbarung zum Fallmanagement,
	// DocInfoSheet the client's Informationsblatt.
	DocAgreement DocKind = "agreement"
	DocInfoSheet DocKind = "infosheet"
	// DocFeedback is the Rückmeldung an den Auftraggeber of a case not
	// admitted.
	DocFeedback DocKind = "feedback"
	// DocProgress is the Verlaufsbericht (Sachstandsbericht) of an open case.
	DocProgress DocKind = "progress"
)

// DocKinds are all the documents of a case.
var DocKinds = []DocKind{DocPlan, DocClosure, DocConsent, DocAssessment, DocAgreement, DocInfoSheet, DocFeedback, DocProgress}

// SentToCarrier says the document goes to the carrier that commissioned
// the case: the Abschlussdokumentation to the DRV, the Rückmeldung on a
// case not admitted to the commissioner. Printing it may record the day
// it was sent (Closure.TransmittedOn, see SendProblems) — the day a closed
// case waits for (DueSendClosure, DueSendFeedback).
func (k DocKind) SentToCarrier() bool { return k == DocClosure || k == DocFeedback }

// CodeSentFuture: the day a document was sent to the carrier lies after
// today. Value: that day.
const CodeSentFuture = "ErrSentFuture"

// sentPath is where the day a document went to the carrier is kept.
const sentPath = "closure.transmittedOn"

// SendProblems says what is wrong with recording on as the day c's
// document went to the carrier (see SentToCarrier): a day after today, or
// one the case's date rules refuse (before the closure's date). None means
// it may be recorded.
func SendProblems(c *Case, on, today Date) Problems {
	if on.After(today) {
		return Problems{{Path: sentPath, Code: CodeSentFuture, Value: on.ISO()}}
	}
	return DateProblemsIf(c, func(c *Case) { c.Closure.TransmittedOn = on }, sentPath)
}

// RecordSent records on as the day c's document went to the carrier
// (Closure.TransmittedOn), unless SendProblems refuses it; then c stays as
// it was and the problems are the error.
func RecordSent(c *Case, on, today Date) error {
	if ps := SendProblems(c, on, today); len(ps) > 0 {
		return ps
	}
	c.Closure.TransmittedOn = on
	return nil
}
