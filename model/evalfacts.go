package model

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
)

// FactsVersion is the version of what FactsOf derives. Storage keeps the
// facts of every case beside it and derives them again for every case whose
// stored facts are older, so raising it is all a change of FactsOf needs.
const FactsVersion = 1

// Day is a calendar day as a number (1 is 1 January of year 1), 0 when
// unset. The evaluation compares many dates of many cases; numbers compare
// and decode faster than Dates.
type Day int32

// daysTo1970 is the Day of 1 January 1970 minus one.
const daysTo1970 = 719162

// Day converts d; an unset or unreadable date is 0.
func (d Date) Day() Day {
	if !d.Valid() {
		return 0
	}
	return Day(d.Time().Unix()/86400 + daysTo1970 + 1)
}

// Date converts the day back; 0 is the zero Date.
func (d Day) Date() Date {
	if d == 0 {
		return Date{}
	}
	return DateOf(Date{Y: 1970, M: 1, D: 1}.Time().AddDate(0, 0, int(d)-daysTo1970-1))
}

// Set reports a day that was recorded.
func (d Day) Set() bool { return d != 0 }

// CaseFacts is what the evaluation needs of one case: dates, keys and
// counts, never a name, an RV-Nummer or a typed text. FactsOf derives it on
// every save, so that evaluating thousands of cases does not read their
// whole documents (docs/evaluation.md).
type CaseFacts struct {
	ID  int64  `json:"-"` // the local database key, to open the case; never exported
	Key string `json:"k"` // CaseKey of the UID

	// Carrier is the commissioning carrier recorded on the case; "" means
	// the settings' default, resolved when evaluating.
	Carrier  string    `json:"c,omitempty"`
	Phase    Phase     `json:"p"`
	Received Day       `json:"rc,omitempty"` // referral received
	Opened   Day       `json:"op,omitempty"` // case file opened ("opened" event)
	Met      Day       `json:"fm,omitempty"` // first meeting
	Need     Answer    `json:"nd,omitempty"` // decision on case management
	Expected Intensity `json:"ei,omitempty"`
	// CMGiven and CMWithdrawn date the Zustimmung zum Fallmanagement.
	CMGiven     Day `json:"cg,omitempty"`
	CMWithdrawn Day `json:"cw,omitempty"`

	Steps     []Step `json:"st,omitempty"` // the transitions, oldest first
	PlanFinal Day    `json:"pf,omitempty"` // the first finalised plan version
	Reviews   []Day  `json:"rv,omitempty"`

	ClosureDate   Day           `json:"cd,omitempty"`
	Ending        EndingForm    `json:"ef,omitempty"`
	Reason        EndingReason  `json:"er,omitempty"`
	WorkAbility   WorkAbility   `json:"wa,omitempty"`
	Reintegration Reintegration `json:"ri,omitempty"`
	Final         Intensity     `json:"fi,omitempty"`
	Transmitted   Day           `json:"tr,omitempty"`
	// TScore is the closure's GAS T-score ×100, rounded; HasT says there is one.
	TScore   int           `json:"t,omitempty"`
	HasT     bool          `json:"ht,omitempty"`
	Levels   []AreaLevel   `json:"gl,omitempty"` // final GAS level per operational goal
	Contacts []ContactFact `json:"ct,omitempty"`
	Measures []MeasureFact `json:"ms,omitempty"`
	Partners []string      `json:"pa,omitempty"` // partner UIDs linked to the case
	Consents []ConsentFact `json:"cs,omitempty"` // consents to disclosure
}

// Step is one transition of the control loop.
type Step struct {
	On   Day            `json:"d"`
	Kind TransitionKind `json:"k"`
	To   Phase          `json:"t"`
}

// AreaLevel is the final GAS level of one operational goal and the
// participation area of its strategic goal.
type AreaLevel struct {
	Area  Area `json:"a"`
	Level int  `json:"l"`
}

// ContactFact is one contact: its day, minutes and the roles taken (a bit
// per role, in the order of Roles).
type ContactFact struct {
	On      Day   `json:"d"`
	Minutes int   `json:"m,omitempty"`
	Roles   uint8 `json:"r,omitempty"`
}

// MeasureFact is one measure with its partner and current status.
type MeasureFact struct {
	Partner string        `json:"p,omitempty"`
	Area    Area          `json:"a,omitempty"`
	Status  MeasureStatus `json:"s"`
}

// ConsentFact dates one consent to disclosure.
type ConsentFact struct {
	Given   Day `json:"g,omitempty"`
	Until   Day `json:"u,omitempty"`
	Revoked Day `json:"r,omitempty"`
}

// CaseKey is the key a case has in evaluation exports: derived from its UID
// by a one-way hash, so it stays the same from one export to the next (a
// spreadsheet can join two years) but leads neither to the database row
// nor, without the database, to the case file.
func CaseKey(uid string) string {
	h := sha256.Sum256([]byte("teilhabelotse/evaluation\x00" + uid))
	return "F-" + hex.EncodeToString(h[:5])
}

// FactsOf derives the facts of c.
func FactsOf(c *Case) CaseFacts {
	f := CaseFacts{
		ID: c.ID, Key: CaseKey(c.UID), Carrier: strings.TrimSpace(c.Commission.Carrier), Phase: c.Phase,
		Received: c.Intake.Referral.ReceivedOn.Day(), Met: c.Intake.FirstMeeting.Date.Day(),
		Need: c.Intake.Decision.Need, Expected: c.Intake.ExpectedIntensity,
		CMGiven: c.CMConsent.GivenOn.Day(), CMWithdrawn: c.CMConsent.WithdrawnOn.Day(),
	}
	for _, ev := range c.Events {
		if ev.Kind == KindOpened {
			if !f.Opened.Set() {
				f.Opened = DateOf(ev.At).Day()
			}
			continue
		}
		f.Steps = append(f.Steps, Step{On: DateOf(ev.At).Day(), Kind: ev.Kind, To: ev.To})
	}
	if !f.Opened.Set() && !c.Created.IsZero() {
		f.Opened = DateOf(c.Created).Day()
	}
	for _, p := range c.Plans {
		if p.Final() && (!f.PlanFinal.Set() || p.FinalizedOn.Day() < f.PlanFinal) {
			f.PlanFinal = p.FinalizedOn.Day()
		}
	}
	for _, r := range c.Reviews {
		if r.Date.Valid() {
			f.Reviews = append(f.Reviews, r.Date.Day())
		}
	}
	if c.ClosureRecorded() {
		cl := c.Closure
		f.ClosureDate, f.Ending, f.Reason = cl.Date.Day(), cl.Form, cl.Reason
		f.WorkAbility, f.Reintegration, f.Final = cl.WorkAbility, cl.Reintegration, cl.FinalIntensity
		f.Transmitted = cl.TransmittedOn.Day()
		if t, ok := c.ClosureTScore(); ok {
			f.TScore, f.HasT = int(roundHalfAway(t*100)), true
		}
		f.Levels = finalAreaLevels(c)
	}
	for _, k := range c.Contacts {
		cf := ContactFact{On: k.Date.Day(), Minutes: max(k.Minutes, 0)}
		for i, r := range Roles {
			if slices.Contains(k.Roles, r) {
				cf.Roles |= 1 << i
			}
		}
		f.Contacts = append(f.Contacts, cf)
	}
	f.Measures = measureFacts(c)
	if uids := c.PartnerUIDs(); len(uids) > 0 {
		f.Partners = uids
	}
	for _, k := range c.Consents {
		f.Consents = append(f.Consents, ConsentFact{Given: k.GivenOn.Day(), Until: k.ValidUntil.Day(), Revoked: k.RevokedOn.Day()})
	}
	return f
}

// finalAreaLevels are the closure's final levels of the goals the newest
// plan has, each with its area (as ClosureTScore counts them).
func finalAreaLevels(c *Case) []AreaLevel {
	var out []AreaLevel
	p := c.CurrentPlan()
	for _, l := range c.Closure.FinalLevels {
		if !ValidLevel(l.Level) {
			continue
		}
		var area Area
		if p != nil {
			a, ok := p.GoalArea(l.GoalID)
			if !ok {
				continue
			}
			area = a
		}
		out = append(out, AreaLevel{Area: area, Level: l.Level})
	}
	return out
}

// measureFacts are the measures of every plan version, each once (as the
// newest version that has it describes it), with its status as last
// reviewed: a measure broken off and then dropped from a Fortschreibung
// still counts as broken off.
func measureFacts(c *Case) []MeasureFact {
	index := map[string]int{}
	var out []MeasureFact
	for _, p := range c.Plans {
		for _, m := range p.Measures {
			mf := MeasureFact{Partner: m.Partner, Area: m.Area, Status: c.MeasureStatus(m)}
			if i, ok := index[m.ID]; ok && m.ID != "" {
				out[i] = mf
				continue
			}
			index[m.ID] = len(out)
			out = append(out, mf)
		}
	}
	return out
}

func roundHalfAway(x float64) float64 {
	if x < 0 {
		return -roundHalfAway(-x)
	}
	return float64(int64(x + 0.5))
}

// Span is the first and the last day anything recorded in the facts
// happened (a consent's expiry counts on the day after "valid until").
// Outside it the case adds nothing to a period but, while open, its place
// in the caseload: storage reads only the facts of cases that Matter.
func (f *CaseFacts) Span() (first, last Day) {
	see := func(d Day) {
		if !d.Set() {
			return
		}
		if !first.Set() || d < first {
			first = d
		}
		if d > last {
			last = d
		}
	}
	for _, d := range []Day{f.Received, f.Opened, f.Met, f.CMGiven, f.CMWithdrawn, f.PlanFinal, f.ClosureDate, f.Transmitted} {
		see(d)
	}
	for _, st := range f.Steps {
		see(st.On)
	}
	for _, d := range f.Reviews {
		see(d)
	}
	for _, k := range f.Contacts {
		see(k.On)
	}
	for _, k := range f.Consents {
		see(k.Given)
		see(k.Revoked)
		if k.Until.Set() {
			see(k.Until + 1)
		}
	}
	return first, last
}

// Matters reports whether the case can count in period p: something
// happened in it, or the case began before its end and is still open.
// Evaluate gives the same figures for all facts as for those that matter.
func (f *CaseFacts) Matters(p Period) bool { return f.matters(p.From.Day(), p.To.Day()) }

func (f *CaseFacts) matters(from, to Day) bool {
	first, last := f.Span()
	return first.Set() && first <= to && (last >= from || f.Phase != PhaseClosed)
}
