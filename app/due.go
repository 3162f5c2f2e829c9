package app

import (
	"context"
	"errors"
	"sort"
	"strings"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// DueDays is how many days ahead the list of what is due looks.
const DueDays = 14

// DueItem is one deadline of one case.
type DueItem struct {
	CaseID    int64
	Client    string      // the client's full name
	CasePhase model.Phase // where the case stands
	Deadline  model.Deadline
	// Phase is the workspace where the deadline is dealt with.
	Phase   model.Phase
	Overdue bool
	// Expires is the day an expiring consent runs out; its deadline is
	// the earlier day the warning starts. Expired says it has run out.
	Expires model.Date
	Expired bool
}

// Due lists what is overdue or due within DueDays days from today
// across all cases (the "Fällig" overview), ordered by date, then client:
// first meetings, reviews, goals and measures past their date, agreed
// tasks, consents about to expire, closed cases whose documentation was
// not sent. It reads the case list and loads only the cases whose next
// deadline (the earliest, kept in the list row) falls within that time, so
// it stays quick with many cases; with maxCases > 0 only that many, the
// ones due first, and more says how many further cases have something due
// in that time.
func Due(ctx context.Context, store model.CaseStore, settings model.Settings, today model.Date, maxCases int) (items []DueItem, more int, err error) {
	sums, err := store.ListCases(ctx)
	if err != nil {
		return nil, 0, err
	}
	// The list comes sorted by next due date; the cap takes the earliest.
	sort.SliceStable(sums, func(i, j int) bool { return sums[i].NextDue.Before(sums[j].NextDue) })
	limit := today.AddDays(DueDays)
	loaded := 0
	for _, sum := range sums {
		// (A closed case has a due date only while its documentation
		// waits to be sent.)
		if !sum.NextDue.Valid() || sum.NextDue.After(limit) {
			continue
		}
		if maxCases > 0 && loaded >= maxCases {
			more++
			continue
		}
		loaded++
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		c, err := store.LoadCase(ctx, sum.ID)
		if errors.Is(err, model.ErrNotFound) {
			continue // deleted since the list was read
		}
		if err != nil {
			return nil, 0, err
		}
		for _, d := range model.Deadlines(c, settings) {
			if d.Due.After(limit) {
				break // Deadlines are earliest first
			}
			it := DueItem{
				CaseID: c.ID, Client: c.Client.FullName(), CasePhase: c.Phase, Deadline: d,
				Phase: HandledIn(d.Kind, c.Phase), Overdue: d.Overdue(today),
			}
			if d.Kind == model.DueConsentExpiry {
				for _, k := range c.Consents {
					if k.ID == d.Ref {
						it.Expires = k.ValidUntil
						it.Expired = k.Status(today) == model.ConsentExpired
					}
				}
			}
			items = append(items, it)
		}
	}
	col := model.NameCollator()
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.Deadline.Due != b.Deadline.Due {
			return a.Deadline.Due.Before(b.Deadline.Due)
		}
		if c := col.CompareString(a.Client, b.Client); c != 0 {
			return c < 0
		}
		return a.CaseID < b.CaseID
	})
	return items, more, nil
}

// HandledIn is the phase whose workspace deals with a deadline: the first
// meeting at intake; reviews, goals and measures in monitoring; agreed
// tasks with the case conference in the assessment; the transmission of a
// closed case's documentation in the closure; an expiring consent wherever
// the case stands (its consents are reachable from every phase).
func HandledIn(k model.DeadlineKind, current model.Phase) model.Phase {
	switch k {
	case model.DueFirstMeeting:
		return model.PhaseIntake
	case model.DueReview, model.DueGoal, model.DueMeasure:
		return model.PhaseMonitoring
	case model.DueTask:
		return model.PhaseAssessment
	case model.DueSendClosure, model.DueSendFeedback:
		return model.PhaseClosure
	}
	return current
}

// Text names the deadline and what it concerns in loc's language, as the
// overview and `due` say it: an expiring consent by its partner's name
// (from partners), with the day it runs out.
func (it DueItem) Text(loc *locales.Localizer, partners map[string]model.Partner) string {
	kind := loc.Enum("DeadlineKind", it.Deadline.Kind)
	// A consent whose end has passed does not "run out" any more: it has
	// run out, and disclosures to that partner need a new one.
	if it.Expired {
		kind = loc.T("Due.ConsentExpired")
	}
	label := it.Deadline.Label
	if it.Deadline.Kind == model.DueConsentExpiry {
		if p, ok := partners[label]; ok {
			label = p.Name
		}
	}
	if label = strings.TrimSpace(label); label != "" {
		kind += ": " + label
	}
	switch {
	case it.Expired:
		kind += " " + loc.T("Due.ExpiredOn", "Date", loc.Date(it.Expires))
	case it.Expires.Valid():
		kind += " " + loc.T("Due.Expires", "Date", loc.Date(it.Expires))
	}
	return kind
}
