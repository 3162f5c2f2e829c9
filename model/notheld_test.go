package model_test

import (
	"slices"
	"testing"

	"teilhabelotse/model"
)

func pathsOf(ps model.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Path+" "+p.Code)
	}
	return out
}

// A conference documented as not held, with its reason, is not a gap: the
// checklist item does not apply. Without the reason it stays missing, and
// an empty record is missing as before — never inferred as "not held".
func TestConferenceNotHeldDoesNotApply(t *testing.T) {
	c := documentedCase()
	plan := c.CurrentPlan()
	item := func(ph model.Phase, key model.CheckKey) model.CheckItem {
		for _, it := range model.ChecklistFor(c, ph) {
			if it.Key == key {
				return it
			}
		}
		t.Fatalf("%s has no %s", ph, key)
		return model.CheckItem{}
	}
	plan.Conference = model.Conference{}
	if it := item(model.PhasePlanning, model.CheckParticipationConference); it.Done || it.NotApplicable {
		t.Errorf("an empty conference record: %+v, want missing", it)
	}
	plan.Conference = model.Conference{NotHeld: true}
	if it := item(model.PhasePlanning, model.CheckParticipationConference); it.Done || it.NotApplicable {
		t.Errorf("not held without a reason: %+v, want missing", it)
	}
	plan.Conference.NotHeldReason = "Alle Beteiligten bilateral abgestimmt"
	if it := item(model.PhasePlanning, model.CheckParticipationConference); it.Done || !it.NotApplicable {
		t.Errorf("not held with its reason: %+v, want not applicable", it)
	}

	a := c.CurrentAssessment()
	a.Conferences = []model.Conference{{NotHeld: true, NotHeldReason: "Kein weiterer Träger beteiligt"}}
	if it := item(model.PhaseAssessment, model.CheckCaseConference); !it.NotApplicable {
		t.Errorf("case conference not held: %+v, want not applicable", it)
	}
	// One planned beside the one not held: still to be documented.
	a.Conferences = append(a.Conferences, model.Conference{Date: day(2026, 3, 20)})
	if it := item(model.PhaseAssessment, model.CheckCaseConference); it.Done || it.NotApplicable {
		t.Errorf("a conference still planned: %+v, want missing", it)
	}
	// One held and documented: done.
	a.Conferences = append(a.Conferences, heldConference("Firmenservice"))
	if it := item(model.PhaseAssessment, model.CheckCaseConference); !it.Done {
		t.Errorf("a conference held: %+v, want done", it)
	}
}

// The not-held state holds on every path: Validate (window, case file,
// check) refuses a conference both held and not held, or not held with
// attendees or shared information; CheckCase warns of one without reason.
func TestConferenceNotHeldIsChecked(t *testing.T) {
	c := documentedCase()
	var known map[string]bool // any partner
	plan := c.CurrentPlan()
	plan.Conference = model.Conference{NotHeld: true, NotHeldReason: "nicht nötig"}
	if ps := c.Validate(known); len(ps) != 0 {
		t.Fatalf("a conference not held with its reason: %v", pathsOf(ps))
	}
	if f := model.CheckCase(c); slices.Contains(pathsOf(f.Warnings), "plans[0].conference.notHeldReason "+model.CodeRuleConferenceNoReason) {
		t.Errorf("warned of a reason that is there: %v", pathsOf(f.Warnings))
	}
	plan.Conference.Held = true
	if ps := pathsOf(c.Validate(known)); !slices.Contains(ps, "plans[0].conference.notHeld "+model.CodeConferenceHeldAndNot) {
		t.Errorf("held and not held: %v", ps)
	}
	plan.Conference = model.Conference{NotHeld: true, NotHeldReason: "x", Attendees: []model.Attendee{{Person: "Brigitte"}}}
	if ps := pathsOf(c.Validate(known)); !slices.Contains(ps, "plans[0].conference.attendees "+model.CodeConferenceNotHeldAttendees) {
		t.Errorf("not held with attendees: %v", ps)
	}
	plan.Conference = model.Conference{NotHeld: true}
	if ws := pathsOf(model.CheckCase(c).Warnings); !slices.Contains(ws, "plans[0].conference.notHeldReason "+model.CodeRuleConferenceNoReason) {
		t.Errorf("not held without a reason is not warned of: %v", ws)
	}
	c.CurrentAssessment().Conferences = []model.Conference{{NotHeld: true}}
	if ws := pathsOf(model.CheckCase(c).Warnings); !slices.Contains(ws, "assessments[0].conferences[0].notHeldReason "+model.CodeRuleConferenceNoReason) {
		t.Errorf("a case conference not held without a reason is not warned of: %v", ws)
	}
}

// "Kein Arbeitgeber" and an employer at once is refused on every path.
func TestNoEmployerIsChecked(t *testing.T) {
	c := documentedCase()
	var known map[string]bool // any partner
	c.Client.NoEmployer = true
	if ps := c.Validate(known); len(ps) != 0 {
		t.Fatalf("no employer: %v", pathsOf(ps))
	}
	c.Client.Employer = "p-emp"
	if ps := pathsOf(c.Validate(known)); !slices.Contains(ps, "client.noEmployer "+model.CodeEmployerAndNone) {
		t.Errorf("employer and none: %v", ps)
	}
}
