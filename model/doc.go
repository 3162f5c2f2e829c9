// Package model is the domain of Teilhabelotse: the case file of one
// client through the Deutsche Rentenversicherung's case-management control
// loop, and every rule about it. It does no I/O and knows neither Fyne nor
// SQL, so the window, the command line and the case-file import reach the
// same decision by calling the same function.
//
// Where to look:
//   - Case, Client and the records of each phase (intake.go, assessment.go,
//     planning.go, review.go, closure) hold what is recorded.
//   - Phase and MovesFrom are the control loop: which moves a phase allows,
//     with hard gates (a move is refused, Problems say why) and soft ones
//     (ChecklistFor's missing items, acknowledged and recorded).
//   - ChecklistFor is what the Fachkonzept asks to document per phase;
//     ClosureRequired what closing needs.
//   - Consent and Disclosure decide whether active consent covers a
//     disclosure to a partner (consent.go, consentstatus.go).
//   - Deadlines lists what falls due; GAS levels and T-scores live in gas.go.
//   - Validate is the one whole-case check every path runs.
//   - evaluation*.go compute the evaluation of many cases over a period.
//   - Store (store.go) is the small interface a front end needs from
//     storage.
//
// A rule's refusal is a *Problem (or Problems): a stable code, the path of
// the field, the value and arguments. The locales package says it in the
// user's language, once, for every front end.
package model
