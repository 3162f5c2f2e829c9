package model_test

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"teilhabelotse/model"
)

// now is the moment the tests run in: Monday, 2 March 2026, 10:00 UTC.
var now = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

// today is the calendar day of now.
var today = model.DateOf(now)

func heldConference(participants string) model.Conference {
	return model.Conference{
		Held:         true,
		Date:         day(2026, time.February, 20),
		Participants: participants,
		Tasks:        []model.Task{{What: "Arbeitsplatzbegehung", Responsible: "Firmenservice", Due: day(2026, time.April, 15)}},
	}
}

func fullAssessment() model.Assessment {
	return model.Assessment{
		ID:            "a1",
		Date:          day(2026, time.February, 15),
		Health:        "Chronische Rückenschmerzen, depressive Episode",
		Qualification: "Ausbildung als Industriemechanikerin",
		Work:          "Unbefristet beschäftigt, seit 6 Monaten arbeitsunfähig",
		Economic:      "Krankengeld, keine Schulden",
		DailyLiving:   "Selbstständig, fährt Auto",
		Social:        "Verheiratet, zwei Kinder",
		Cultural:      "Sportverein",
		WishesGoals:   "Zurück an den alten Arbeitsplatz, weniger Heben",
		ClientView:    "„Ich will wieder arbeiten, aber nicht wie vorher.“",
		Instruments:   []model.Instrument{{Name: "IMBA", Date: day(2026, time.February, 14), By: "Reha-Klinik", Result: "Heben eingeschränkt"}},
		Profile:       []model.ProfileItem{{Item: "Heben", Capability: 2, Requirement: 4, ActionNeed: "Hebehilfe"}},
		Conferences:   []model.Conference{heldConference("Versicherte, Fallmanagerin, Betriebsarzt")},
		NetworkPartners: []string{
			"p-employer", "p-rehab",
		},
	}
}

func fullPlan() model.PlanVersion {
	return model.PlanVersion{
		Version:  1,
		Created:  day(2026, time.February, 18),
		Disorder: "Bandscheibenvorfall L4/L5",
		Goals: []model.StrategicGoal{{
			ID: "s1", Area: model.AreaWork, Text: "Rückkehr an den bisherigen Arbeitsplatz", ICF: []string{"d850"},
			Operational: []model.OperationalGoal{
				{ID: "g1", Text: "Stufenweise Wiedereingliederung begonnen", TargetDate: day(2026, time.April, 30),
					GAS: model.GASLevels{"nicht begonnen", "geplant", "begonnen", "4 Stunden täglich", "volle Stunden"}},
				{ID: "g2", Text: "Hebehilfe am Arbeitsplatz", TargetDate: day(2026, time.May, 31), Weight: 2},
			},
		}, {
			ID: "s2", Area: model.AreaHealth, Text: "Schmerzen bewältigen",
			Operational: []model.OperationalGoal{{ID: "g3", Text: "Rückenschule besucht", TargetDate: day(2026, time.June, 30)}},
		}},
		Measures: []model.Measure{
			{ID: "m1", Area: model.AreaWork, GoalID: "g1", What: "Stufenweise Wiedereingliederung", Partner: "p-employer",
				Start: day(2026, time.March, 1), End: day(2026, time.April, 30), Status: model.MeasureRunning},
			{ID: "m2", Area: model.AreaHealth, GoalID: "g3", What: "Rückenschule", Start: day(2026, time.March, 10),
				End: day(2026, time.June, 30), Status: model.MeasurePlanned},
		},
		Conference:          heldConference("Versicherte, Arbeitgeber, Fallmanagerin"),
		AreaPartners:        []model.AreaPartner{{Area: model.AreaWork, Partner: "p-employer"}},
		FurtherParticipants: []model.Person{{Name: "Max Muster", Relation: "Ehemann"}},
		FinalizedOn:         day(2026, time.February, 25),
		DiscussedOn:         day(2026, time.February, 25),
		CopyHandedOn:        day(2026, time.February, 25),
	}
}

// documentedCase is a case with every documentation item of every phase
// done and both hard gates of intake open; tests set its Phase and take
// away what they examine.
func documentedCase() *model.Case {
	c := model.NewCase(model.Client{
		FirstName: "Erika", LastName: "Muster", BirthDate: day(1990, time.April, 1), RVNR: "10010490A443",
	}, now.AddDate(0, 0, -40))
	in := &c.Intake
	in.Referral = model.Referral{Route: model.RouteMedicalRehab, ReceivedOn: day(2026, time.January, 20)}
	in.FirstMeeting = model.FirstMeeting{Date: day(2026, time.January, 28), Place: "Beratungsstelle Kassel", Mode: model.ModeInPerson,
		Topics: model.Topics}
	for _, a := range model.ScreeningAreas {
		in.Screening = append(in.Screening, model.ScreeningAnswer{Area: a, Answer: model.AnswerNo})
	}
	in.Screening[0].Answer = model.AnswerYes
	in.Decision = model.CMDecision{Need: model.AnswerYes, Justification: "Rückkehr gefährdet", DecidedJointly: true, DecidedOn: day(2026, time.January, 28)}
	in.ExpectedIntensity = model.IntensityB
	in.Agreement = model.Agreement{Concluded: true, Date: day(2026, time.January, 28)}
	c.CMConsent = model.CaseManagementConsent{GivenOn: day(2026, time.January, 28), Form: model.FormWritten,
		InformedCM: true, InformedDataProtect: true, InformedRights: true}
	c.Assessments = []model.Assessment{fullAssessment()}
	c.Plans = []model.PlanVersion{fullPlan()}
	c.Reviews = []model.Review{{ID: "r1", Date: day(2026, time.February, 27),
		Levels: []model.GoalLevel{{GoalID: "g1", Level: 0}}, Decision: model.DecisionContinue}}
	c.NextReview = day(2026, time.April, 1)
	c.Closure = model.Closure{
		Date: day(2026, time.March, 1), Form: model.EndingRegular, Reason: model.ReasonGoalsReached,
		WorkAbility: model.WorkAbilityYes, Reintegration: model.ReintegrationPrevious,
		FinalLevels: []model.GoalLevel{{GoalID: "g1", Level: 1}, {GoalID: "g2", Level: 0}, {GoalID: "g3", Level: 0}},
		Summary:     "Ziele weitgehend erreicht",
	}
	return c
}

func keys(items []model.CheckItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Key)
	}
	return out
}

// checklistKeys are the items of each phase in the order the documents
// print them.
var checklistKeys = map[model.Phase][]string{
	model.PhaseIntake: {"Check.referral", "Check.firstMeeting", "Check.screening", "Check.decision",
		"Check.cmConsent", "Check.intensity", "Check.agreement"},
	model.PhaseAssessment: {"Check.firstMeeting", "Check.health", "Check.qualification", "Check.work",
		"Check.economic", "Check.dailyLiving", "Check.social", "Check.cultural", "Check.wishesGoals",
		"Check.instruments", "Check.caseConference", "Check.networkPartners"},
	model.PhasePlanning: {"Check.goalsByArea", "Check.measuresByArea", "Check.participationConference",
		"Check.partnersByArea", "Check.furtherParticipants"},
	model.PhaseMonitoring: {"Check.review", "Check.nextReview"},
	model.PhaseClosure:    {"Check.endingForm", "Check.workAbility", "Check.reintegration", "Check.goalAttainment"},
}

func TestChecklistItems(t *testing.T) {
	full, empty := documentedCase(), &model.Case{}
	for phase, want := range checklistKeys {
		if got := keys(model.ChecklistFor(full, phase)); !reflect.DeepEqual(got, want) {
			t.Errorf("ChecklistFor(%s) keys = %v, want %v", phase, got, want)
		}
		if cl := model.ChecklistFor(full, phase); !cl.Complete() || len(cl.Missing()) != 0 {
			t.Errorf("ChecklistFor(%s) of a documented case: missing %v", phase, keys(cl.Missing()))
		}
		cl := model.ChecklistFor(empty, phase)
		if got := keys(cl.Missing()); !reflect.DeepEqual(got, want) {
			t.Errorf("ChecklistFor(%s) of an empty case: missing %v, want all %v", phase, got, want)
		}
		if cl.Complete() {
			t.Errorf("ChecklistFor(%s) of an empty case is complete", phase)
		}
	}
	if cl := model.ChecklistFor(full, model.PhaseClosed); len(cl) != 0 {
		t.Errorf("a closed case has no checklist of its own, got %v", keys(cl))
	}
}

func TestChecklistMissing(t *testing.T) {
	tests := []struct {
		name    string
		phase   model.Phase
		mutate  func(c *model.Case)
		missing []string
	}{
		// Intake.
		{"no access route", model.PhaseIntake, func(c *model.Case) { c.Intake.Referral.Route = "" }, []string{"Check.referral"}},
		{"no date received", model.PhaseIntake, func(c *model.Case) { c.Intake.Referral.ReceivedOn = model.Date{} }, []string{"Check.referral"}},
		{"bad date received", model.PhaseIntake, func(c *model.Case) { c.Intake.Referral.ReceivedOn = model.Date{Raw: "31.02.2026"} }, []string{"Check.referral"}},
		{"first meeting without date", model.PhaseIntake, func(c *model.Case) { c.Intake.FirstMeeting.Date = model.Date{} }, []string{"Check.firstMeeting"}},
		{"first meeting without place", model.PhaseIntake, func(c *model.Case) { c.Intake.FirstMeeting.Place = "  " }, []string{"Check.firstMeeting"}},
		{"one screening area left out", model.PhaseIntake, func(c *model.Case) { c.Intake.Screening = c.Intake.Screening[1:] }, []string{"Check.screening"}},
		{"one screening area unanswered", model.PhaseIntake, func(c *model.Case) { c.Intake.Screening[3].Answer = "" }, []string{"Check.screening"}},
		{"one area answered twice, another not", model.PhaseIntake, func(c *model.Case) { c.Intake.Screening[7].Area = model.ScreenJob }, []string{"Check.screening"}},
		{"screening 'unknown' is an answer", model.PhaseIntake, func(c *model.Case) { c.Intake.Screening[2].Answer = model.AnswerUnknown }, nil},
		{"no decision", model.PhaseIntake, func(c *model.Case) { c.Intake.Decision.Need = "" }, []string{"Check.decision"}},
		{"decision without justification", model.PhaseIntake, func(c *model.Case) { c.Intake.Decision.Justification = " " }, []string{"Check.decision"}},
		{"decision 'no' is a decision", model.PhaseIntake, func(c *model.Case) { c.Intake.Decision.Need = model.AnswerNo }, nil},
		{"no consent to case management", model.PhaseIntake, func(c *model.Case) { c.CMConsent.GivenOn = model.Date{} }, []string{"Check.cmConsent"}},
		{"no intensity type", model.PhaseIntake, func(c *model.Case) { c.Intake.ExpectedIntensity = "" }, []string{"Check.intensity"}},
		{"no agreement", model.PhaseIntake, func(c *model.Case) { c.Intake.Agreement.Concluded = false }, []string{"Check.agreement"}},

		// Assessment (Bedarfsermittlung).
		{"assessment: first meeting place", model.PhaseAssessment, func(c *model.Case) { c.Intake.FirstMeeting.Place = "" }, []string{"Check.firstMeeting"}},
		{"health", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Health = "" }, []string{"Check.health"}},
		{"qualification", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Qualification = "" }, []string{"Check.qualification"}},
		{"work", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Work = "" }, []string{"Check.work"}},
		{"economic", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Economic = "\t" }, []string{"Check.economic"}},
		{"daily living", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].DailyLiving = "" }, []string{"Check.dailyLiving"}},
		{"social", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Social = "" }, []string{"Check.social"}},
		{"cultural", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Cultural = "" }, []string{"Check.cultural"}},
		{"wishes and goals", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].WishesGoals = "" }, []string{"Check.wishesGoals"}},
		{"instruments", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Instruments = nil }, []string{"Check.instruments"}},
		{"no case conference", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences = nil }, []string{"Check.caseConference"}},
		{"case conference not held", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences[0].Held = false }, []string{"Check.caseConference"}},
		{"case conference without date", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences[0].Date = model.Date{} }, []string{"Check.caseConference"}},
		{"case conference without participants", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences[0].Participants = "" }, []string{"Check.caseConference"}},
		{"case conference without tasks", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences[0].Tasks = nil }, []string{"Check.caseConference"}},
		{"case conference task without responsibility", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences[0].Tasks[0].Responsible = "" }, []string{"Check.caseConference"}},
		{"a later complete case conference counts", model.PhaseAssessment, func(c *model.Case) {
			a := &c.Assessments[0]
			a.Conferences = append([]model.Conference{{Held: true}}, a.Conferences...)
		}, nil},
		{"network partners", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].NetworkPartners = nil }, []string{"Check.networkPartners"}},
		{"the newest assessment counts", model.PhaseAssessment, func(c *model.Case) {
			a := fullAssessment()
			a.ID, a.Health, a.Instruments = "a2", "", nil
			c.Assessments = append(c.Assessments, a)
		}, []string{"Check.health", "Check.instruments"}},
		{"no assessment yet", model.PhaseAssessment, func(c *model.Case) { c.Assessments = nil }, checklistKeys[model.PhaseAssessment][1:]},

		// Reha- und Teilhabeplanung.
		{"no goals", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Goals = nil }, []string{"Check.goalsByArea"}},
		{"goal without area", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Goals[1].Area = "" }, []string{"Check.goalsByArea"}},
		{"strategic goal without operational goal", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Goals[1].Operational = nil }, []string{"Check.goalsByArea"}},
		{"no measures", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Measures = nil }, []string{"Check.measuresByArea"}},
		{"measure without area", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Measures[1].Area = "" }, []string{"Check.measuresByArea"}},
		{"participation conference not held", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Conference.Held = false }, []string{"Check.participationConference"}},
		{"participation conference without tasks", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Conference.Tasks = nil }, []string{"Check.participationConference"}},
		{"participation conference without participants", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Conference.Participants = " " }, []string{"Check.participationConference"}},
		{"no partners by area", model.PhasePlanning, func(c *model.Case) { c.Plans[0].AreaPartners = nil }, []string{"Check.partnersByArea"}},
		{"no further participants", model.PhasePlanning, func(c *model.Case) { c.Plans[0].FurtherParticipants = nil }, []string{"Check.furtherParticipants"}},
		{"relatives are further participants", model.PhasePlanning, func(c *model.Case) {
			c.Plans[0].FurtherParticipants = nil
			c.Client.Relatives = []model.Person{{Name: "Max Muster"}}
		}, nil},
		{"the legal guardian is a further participant", model.PhasePlanning, func(c *model.Case) {
			c.Plans[0].FurtherParticipants = nil
			c.Client.Guardian = model.Person{Name: "Betreuungsverein Nord"}
		}, nil},
		{"the newest plan version counts", model.PhasePlanning, func(c *model.Case) {
			p := fullPlan()
			p.Version, p.FinalizedOn, p.Measures = 2, model.Date{}, nil
			c.Plans = append(c.Plans, p)
		}, []string{"Check.measuresByArea"}},
		{"no plan yet", model.PhasePlanning, func(c *model.Case) { c.Plans = nil }, checklistKeys[model.PhasePlanning]},

		// Monitoring.
		{"no review", model.PhaseMonitoring, func(c *model.Case) { c.Reviews = nil }, []string{"Check.review"}},
		{"no next review date", model.PhaseMonitoring, func(c *model.Case) { c.NextReview = model.Date{} }, []string{"Check.nextReview"}},

		// Abschluss.
		{"no form of ending", model.PhaseClosure, func(c *model.Case) { c.Closure.Form = "" }, []string{"Check.endingForm"}},
		{"premature without reason", model.PhaseClosure, func(c *model.Case) {
			c.Closure.Form, c.Closure.Reason = model.EndingPremature, ""
		}, []string{"Check.endingForm"}},
		{"premature with reason", model.PhaseClosure, func(c *model.Case) {
			c.Closure.Form, c.Closure.Reason = model.EndingPremature, model.ReasonIllness
		}, nil},
		{"regular without reason", model.PhaseClosure, func(c *model.Case) { c.Closure.Reason = "" }, nil},
		{"work ability", model.PhaseClosure, func(c *model.Case) { c.Closure.WorkAbility = "" }, []string{"Check.workAbility"}},
		{"reintegration", model.PhaseClosure, func(c *model.Case) { c.Closure.Reintegration = "" }, []string{"Check.reintegration"}},
		{"a goal without final level", model.PhaseClosure, func(c *model.Case) { c.Closure.FinalLevels = c.Closure.FinalLevels[:2] }, []string{"Check.goalAttainment"}},
		{"no goals: the summary is the attainment", model.PhaseClosure, func(c *model.Case) {
			c.Plans, c.Closure.FinalLevels = nil, nil
		}, nil},
		{"no goals and no summary", model.PhaseClosure, func(c *model.Case) {
			c.Plans, c.Closure.FinalLevels, c.Closure.Summary = nil, nil, ""
		}, []string{"Check.goalAttainment"}},
	}
	for _, tt := range tests {
		c := documentedCase()
		tt.mutate(c)
		cl := model.ChecklistFor(c, tt.phase)
		if got := keys(cl.Missing()); !reflect.DeepEqual(got, tt.missing) {
			t.Errorf("%s: missing %v, want %v", tt.name, got, tt.missing)
		}
		if got := cl.Complete(); got != (len(tt.missing) == 0) {
			t.Errorf("%s: Complete() = %v", tt.name, got)
		}
		for _, it := range cl {
			if it.Done == slices.Contains(tt.missing, it.Key) {
				t.Errorf("%s: item %s done = %v", tt.name, it.Key, it.Done)
			}
		}
	}
}

// TestWhatDoesNotApplyIsNotMissing: a case that ended has no next review
// to document, and the phases it never reached have nothing missing.
func TestWhatDoesNotApplyIsNotMissing(t *testing.T) {
	c := documentedCase()
	c.NextReview = model.Date{}
	c.Events = []model.Event{
		{At: now, Kind: model.KindOpened, To: model.PhaseIntake},
		{At: now, Kind: model.KindAdvance, From: model.PhaseIntake, To: model.PhaseAssessment},
		{At: now, Kind: model.KindAdvance, From: model.PhaseAssessment, To: model.PhasePlanning},
		{At: now, Kind: model.KindAdvance, From: model.PhasePlanning, To: model.PhaseMonitoring},
	}
	c.Phase = model.PhaseMonitoring
	if m := keys(model.ChecklistFor(c, model.PhaseMonitoring).Missing()); !slices.Equal(m, []string{"Check.nextReview"}) {
		t.Errorf("open case: missing %v, want the next review", m)
	}
	for _, ph := range []model.Phase{model.PhaseClosure, model.PhaseClosed} {
		c.Phase = ph
		cl := model.ChecklistFor(c, model.PhaseMonitoring)
		if m := cl.Missing(); len(m) != 0 || cl.Applicable() != 1 || !cl[1].NotApplicable || cl[1].Done {
			t.Errorf("%s: monitoring checklist %+v, want the next review not applicable", ph, cl)
		}
	}
	// Closed as not admitted: the phases after intake were never reached.
	na := documentedCase()
	na.Phase = model.PhaseClosed
	na.Events = []model.Event{
		{At: now, Kind: model.KindOpened, To: model.PhaseIntake},
		{At: now, Kind: model.KindNotAdmitted, From: model.PhaseIntake, To: model.PhaseClosed, Reason: "kein Bedarf"},
	}
	na.Assessments, na.Plans, na.Reviews = nil, nil, nil
	for _, ph := range []model.Phase{model.PhaseAssessment, model.PhasePlanning, model.PhaseMonitoring} {
		cl := model.ChecklistFor(na, ph)
		if len(cl.Missing()) != 0 || cl.Applicable() != 0 || cl.Complete() != true {
			t.Errorf("not admitted, %s: %+v, want every item not applicable", ph, cl)
		}
	}
	if cl := model.ChecklistFor(na, model.PhaseIntake); cl.Applicable() != len(cl) {
		t.Errorf("the intake it went through does not apply: %+v", cl)
	}
	// The Fachkonzept's minimums are those of assessment, planning and closure.
	for ph, want := range map[model.Phase]bool{model.PhaseIntake: false, model.PhaseAssessment: true,
		model.PhasePlanning: true, model.PhaseMonitoring: false, model.PhaseClosure: true} {
		if model.FachkonzeptMinimum(ph) != want {
			t.Errorf("FachkonzeptMinimum(%s) = %v", ph, !want)
		}
	}
}
