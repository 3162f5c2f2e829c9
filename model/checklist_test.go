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

func keys(items []model.CheckItem) []model.CheckKey {
	var out []model.CheckKey
	for _, it := range items {
		out = append(out, it.Key)
	}
	return out
}

// checklistKeys are the items of each phase in the order the documents
// print them.
var checklistKeys = map[model.Phase][]model.CheckKey{
	model.PhaseIntake: {model.CheckReferral, model.CheckFirstMeeting, model.CheckScreening, model.CheckDecision,
		model.CheckCMConsent, model.CheckIntensity, model.CheckAgreement},
	model.PhaseAssessment: {model.CheckFirstMeeting, model.CheckHealth, model.CheckQualification, model.CheckWork,
		model.CheckEconomic, model.CheckDailyLiving, model.CheckSocial, model.CheckCultural, model.CheckWishesGoals,
		model.CheckInstruments, model.CheckCaseConference, model.CheckNetworkPartners},
	model.PhasePlanning: {model.CheckGoalsByArea, model.CheckMeasuresByArea, model.CheckParticipationConference,
		model.CheckPartnersByArea, model.CheckFurtherParticipants},
	model.PhaseMonitoring: {model.CheckReview, model.CheckNextReview},
	model.PhaseClosure:    {model.CheckEndingForm, model.CheckWorkAbility, model.CheckReintegration, model.CheckGoalAttainment},
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
		missing []model.CheckKey
	}{
		// Intake.
		{"no access route", model.PhaseIntake, func(c *model.Case) { c.Intake.Referral.Route = "" }, []model.CheckKey{model.CheckReferral}},
		{"no date received", model.PhaseIntake, func(c *model.Case) { c.Intake.Referral.ReceivedOn = model.Date{} }, []model.CheckKey{model.CheckReferral}},
		{"bad date received", model.PhaseIntake, func(c *model.Case) { c.Intake.Referral.ReceivedOn = model.Date{Raw: "31.02.2026"} }, []model.CheckKey{model.CheckReferral}},
		{"first meeting without date", model.PhaseIntake, func(c *model.Case) { c.Intake.FirstMeeting.Date = model.Date{} }, []model.CheckKey{model.CheckFirstMeeting}},
		{"first meeting without place", model.PhaseIntake, func(c *model.Case) { c.Intake.FirstMeeting.Place = "  " }, []model.CheckKey{model.CheckFirstMeeting}},
		{"one screening area left out", model.PhaseIntake, func(c *model.Case) { c.Intake.Screening = c.Intake.Screening[1:] }, []model.CheckKey{model.CheckScreening}},
		{"one screening area unanswered", model.PhaseIntake, func(c *model.Case) { c.Intake.Screening[3].Answer = "" }, []model.CheckKey{model.CheckScreening}},
		{"one area answered twice, another not", model.PhaseIntake, func(c *model.Case) { c.Intake.Screening[7].Area = model.ScreenJob }, []model.CheckKey{model.CheckScreening}},
		{"screening 'unknown' is an answer", model.PhaseIntake, func(c *model.Case) { c.Intake.Screening[2].Answer = model.AnswerUnknown }, nil},
		{"no decision", model.PhaseIntake, func(c *model.Case) { c.Intake.Decision.Need = "" }, []model.CheckKey{model.CheckDecision}},
		{"decision without justification", model.PhaseIntake, func(c *model.Case) { c.Intake.Decision.Justification = " " }, []model.CheckKey{model.CheckDecision}},
		{"decision 'no' is a decision", model.PhaseIntake, func(c *model.Case) { c.Intake.Decision.Need = model.AnswerNo }, nil},
		{"no consent to case management", model.PhaseIntake, func(c *model.Case) { c.CMConsent.GivenOn = model.Date{} }, []model.CheckKey{model.CheckCMConsent}},
		{"no intensity type", model.PhaseIntake, func(c *model.Case) { c.Intake.ExpectedIntensity = "" }, []model.CheckKey{model.CheckIntensity}},
		{"no agreement", model.PhaseIntake, func(c *model.Case) { c.Intake.Agreement.Concluded = false }, []model.CheckKey{model.CheckAgreement}},

		// Assessment (Bedarfsermittlung).
		{"assessment: first meeting place", model.PhaseAssessment, func(c *model.Case) { c.Intake.FirstMeeting.Place = "" }, []model.CheckKey{model.CheckFirstMeeting}},
		{"health", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Health = "" }, []model.CheckKey{model.CheckHealth}},
		{"qualification", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Qualification = "" }, []model.CheckKey{model.CheckQualification}},
		{"work", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Work = "" }, []model.CheckKey{model.CheckWork}},
		{"economic", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Economic = "\t" }, []model.CheckKey{model.CheckEconomic}},
		{"daily living", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].DailyLiving = "" }, []model.CheckKey{model.CheckDailyLiving}},
		{"social", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Social = "" }, []model.CheckKey{model.CheckSocial}},
		{"cultural", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Cultural = "" }, []model.CheckKey{model.CheckCultural}},
		{"wishes and goals", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].WishesGoals = "" }, []model.CheckKey{model.CheckWishesGoals}},
		{"instruments", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Instruments = nil }, []model.CheckKey{model.CheckInstruments}},
		{"no case conference", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences = nil }, []model.CheckKey{model.CheckCaseConference}},
		{"case conference not held", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences[0].Held = false }, []model.CheckKey{model.CheckCaseConference}},
		{"case conference without date", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences[0].Date = model.Date{} }, []model.CheckKey{model.CheckCaseConference}},
		{"case conference without participants", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences[0].Participants = "" }, []model.CheckKey{model.CheckCaseConference}},
		{"case conference without tasks", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences[0].Tasks = nil }, []model.CheckKey{model.CheckCaseConference}},
		{"case conference task without responsibility", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].Conferences[0].Tasks[0].Responsible = "" }, []model.CheckKey{model.CheckCaseConference}},
		{"a later complete case conference counts", model.PhaseAssessment, func(c *model.Case) {
			a := &c.Assessments[0]
			a.Conferences = append([]model.Conference{{Held: true}}, a.Conferences...)
		}, nil},
		{"network partners", model.PhaseAssessment, func(c *model.Case) { c.Assessments[0].NetworkPartners = nil }, []model.CheckKey{model.CheckNetworkPartners}},
		{"the newest assessment counts", model.PhaseAssessment, func(c *model.Case) {
			a := fullAssessment()
			a.ID, a.Health, a.Instruments = "a2", "", nil
			c.Assessments = append(c.Assessments, a)
		}, []model.CheckKey{model.CheckHealth, model.CheckInstruments}},
		{"no assessment yet", model.PhaseAssessment, func(c *model.Case) { c.Assessments = nil }, checklistKeys[model.PhaseAssessment][1:]},

		// Reha- und Teilhabeplanung.
		{"no goals", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Goals = nil }, []model.CheckKey{model.CheckGoalsByArea}},
		{"goal without area", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Goals[1].Area = "" }, []model.CheckKey{model.CheckGoalsByArea}},
		{"strategic goal without operational goal", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Goals[1].Operational = nil }, []model.CheckKey{model.CheckGoalsByArea}},
		{"no measures", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Measures = nil }, []model.CheckKey{model.CheckMeasuresByArea}},
		{"measure without area", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Measures[1].Area = "" }, []model.CheckKey{model.CheckMeasuresByArea}},
		{"participation conference not held", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Conference.Held = false }, []model.CheckKey{model.CheckParticipationConference}},
		{"participation conference without tasks", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Conference.Tasks = nil }, []model.CheckKey{model.CheckParticipationConference}},
		{"participation conference without participants", model.PhasePlanning, func(c *model.Case) { c.Plans[0].Conference.Participants = " " }, []model.CheckKey{model.CheckParticipationConference}},
		{"no partners by area", model.PhasePlanning, func(c *model.Case) { c.Plans[0].AreaPartners = nil }, []model.CheckKey{model.CheckPartnersByArea}},
		{"no further participants", model.PhasePlanning, func(c *model.Case) { c.Plans[0].FurtherParticipants = nil }, []model.CheckKey{model.CheckFurtherParticipants}},
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
		}, []model.CheckKey{model.CheckMeasuresByArea}},
		{"no plan yet", model.PhasePlanning, func(c *model.Case) { c.Plans = nil }, checklistKeys[model.PhasePlanning]},

		// Monitoring.
		{"no review", model.PhaseMonitoring, func(c *model.Case) { c.Reviews = nil }, []model.CheckKey{model.CheckReview}},
		{"no next review date", model.PhaseMonitoring, func(c *model.Case) { c.NextReview = model.Date{} }, []model.CheckKey{model.CheckNextReview}},

		// Abschluss.
		{"no form of ending", model.PhaseClosure, func(c *model.Case) { c.Closure.Form = "" }, []model.CheckKey{model.CheckEndingForm}},
		{"premature without reason", model.PhaseClosure, func(c *model.Case) {
			c.Closure.Form, c.Closure.Reason = model.EndingPremature, ""
		}, []model.CheckKey{model.CheckEndingForm}},
		{"premature with reason", model.PhaseClosure, func(c *model.Case) {
			c.Closure.Form, c.Closure.Reason = model.EndingPremature, model.ReasonIllness
		}, nil},
		{"regular without reason", model.PhaseClosure, func(c *model.Case) { c.Closure.Reason = "" }, nil},
		{"work ability", model.PhaseClosure, func(c *model.Case) { c.Closure.WorkAbility = "" }, []model.CheckKey{model.CheckWorkAbility}},
		{"reintegration", model.PhaseClosure, func(c *model.Case) { c.Closure.Reintegration = "" }, []model.CheckKey{model.CheckReintegration}},
		{"a goal without final level", model.PhaseClosure, func(c *model.Case) { c.Closure.FinalLevels = c.Closure.FinalLevels[:2] }, []model.CheckKey{model.CheckGoalAttainment}},
		{"no goals: the summary is the attainment", model.PhaseClosure, func(c *model.Case) {
			c.Plans, c.Closure.FinalLevels = nil, nil
		}, nil},
		{"no goals and no summary", model.PhaseClosure, func(c *model.Case) {
			c.Plans, c.Closure.FinalLevels, c.Closure.Summary = nil, nil, ""
		}, []model.CheckKey{model.CheckGoalAttainment}},
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
	if m := keys(model.ChecklistFor(c, model.PhaseMonitoring).Missing()); !slices.Equal(m, []model.CheckKey{model.CheckNextReview}) {
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

// Every item a checklist shows has a key that histories may store, and no
// two stored keys are the same: CheckKeys is what the locale test and
// Validate go by.
func TestChecklistKeysAreRegistered(t *testing.T) {
	seen := map[model.CheckKey]bool{}
	for _, k := range model.CheckKeys {
		if k == "" || seen[k] {
			t.Errorf("CheckKeys holds %q twice or empty", k)
		}
		seen[k] = true
	}
	for _, p := range model.AllPhases {
		for _, it := range model.ChecklistFor(documentedCase(), p) {
			if !seen[it.Key] {
				t.Errorf("%s: item %q is not in model.CheckKeys", p, it.Key)
			}
		}
	}
}
