package model_test

import (
	"sort"
	"strings"
	"testing"

	"teilhabelotse/model"
)

// Helpers here are prefixed vt so they cannot clash with the other test
// files of package model_test.

func vtDay(s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

var vtPartners = map[string]bool{"p1": true, "p2": true}

// vtCase is a valid case that reaches every list Validate walks.
func vtCase() *model.Case {
	zero := 0
	return &model.Case{
		UID: "c1", Phase: model.PhaseMonitoring,
		Client: model.Client{FirstName: "Eva", LastName: "Kraus", BirthDate: vtDay("1990-04-01"), RVNR: "10 010490 a 443",
			Email: "eva@example.org", Relatives: []model.Person{{Name: "Max", Relation: "Bruder"}}, Employer: "p1"},
		Intake: model.Intake{
			Referral:     model.Referral{Route: model.RouteSelf, ReceivedOn: vtDay("2025-01-02")},
			FirstMeeting: model.FirstMeeting{Date: vtDay("2025-01-10"), Mode: model.ModeInPerson, Topics: []model.Topic{model.TopicConsent}},
			Screening: []model.ScreeningAnswer{{Area: model.ScreenJob, Answer: model.AnswerYes, Indicators: []string{"job.demands"}},
				{Area: model.ScreenHealth, Answer: model.AnswerNo}},
			Decision:          model.CMDecision{Need: model.AnswerYes, DecidedOn: vtDay("2025-01-10")},
			ExpectedIntensity: model.IntensityA,
		},
		CMConsent: model.CaseManagementConsent{GivenOn: vtDay("2025-01-10"), Form: model.FormOral},
		Assessments: []model.Assessment{{ID: "a1", Date: vtDay("2025-01-20"),
			ContextFactors:  []model.ContextFactor{{Kind: model.FactorPersonal, Effect: model.EffectBarrier, Description: "Angst"}},
			Instruments:     []model.Instrument{{Name: "IMBA", Date: vtDay("2025-01-19")}},
			Profile:         []model.ProfileItem{{Item: "Heben", Capability: 0, Requirement: 5}},
			Conferences:     []model.Conference{{Held: true, Tasks: []model.Task{{What: "Termin", Due: vtDay("2025-02-01")}}}},
			NetworkPartners: []string{"p2"}}},
		Plans: []model.PlanVersion{
			{Version: 1, FinalizedOn: vtDay("2025-02-01"),
				Goals: []model.StrategicGoal{{ID: "g1", Area: model.AreaWork, ICF: []string{"d850", "B152.1"},
					Operational: []model.OperationalGoal{{ID: "g1.1", TargetDate: vtDay("2025-06-01"), Weight: 2, Baseline: &zero}}}},
				Measures: []model.Measure{{ID: "m1", Area: model.AreaWork, GoalID: "g1.1", Partner: "p1",
					Start: vtDay("2025-02-01"), End: vtDay("2025-02-01"), Status: model.MeasureDone}},
				AreaPartners: []model.AreaPartner{{Area: model.AreaHealth, Partner: "p2"}}},
			// A Fortschreibung repeats the goal and measure IDs of version 1.
			{Version: 2, Goals: []model.StrategicGoal{{ID: "g1", Operational: []model.OperationalGoal{{ID: "g1.1"}, {ID: "g1.2"}}}},
				Measures: []model.Measure{{ID: "m1", GoalID: "g1"}}},
		},
		Reviews: []model.Review{{ID: "r1", Date: vtDay("2025-03-01"), Levels: []model.GoalLevel{{GoalID: "g1.1", Level: -2}},
			Measures: []model.MeasureState{{MeasureID: "m1", Status: model.MeasureRunning}}, Decision: model.DecisionPlanAdjust}},
		Closure: model.Closure{FinalLevels: []model.GoalLevel{{GoalID: "g1.2", Level: 2}}},
		Contacts: []model.Contact{{ID: "k1", Date: vtDay("2025-03-01"), Minutes: 1440, Kind: model.ContactPhone,
			Partners: []string{"p1"}, Roles: []model.Role{model.RoleGatekeeper}}},
		Consents: []model.Consent{{ID: "e1", Partner: "p1", Categories: []model.InfoCategory{model.InfoHealth},
			GivenOn: vtDay("2025-01-10"), ValidUntil: vtDay("2025-01-10")}},
		Disclosures: []model.Disclosure{{ID: "d1", Partner: "p1", Categories: []model.InfoCategory{model.InfoHealth}, ContactID: "k1"}},
		Partners:    []model.PartnerLink{{Partner: "p2", Areas: []model.Area{model.AreaDaily}}},
		Events:      []model.Event{{Kind: model.KindOpened, To: model.PhaseIntake}, {Kind: model.KindAdvance, From: model.PhaseIntake, To: model.PhaseAssessment}},
	}
}

func vtKeys(ps model.Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Path+" "+p.Code+" "+p.Value)
	}
	sort.Strings(out)
	return out
}

func TestValidateAcceptsValidCase(t *testing.T) {
	if ps := vtCase().Validate(vtPartners); len(ps) > 0 {
		t.Errorf("valid case: %v", ps)
	}
	if ps := (&model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: "Neu"}}).Validate(nil); len(ps) > 0 {
		t.Errorf("a fresh draft must be valid: %v", ps)
	}
}

func TestValidateCase(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *model.Case)
		want []string // "path code value", any order
	}{
		{"last name required", func(c *model.Case) { c.Client.LastName = "  " }, []string{"client.lastName ErrRequired "}},
		{"phase", func(c *model.Case) { c.Phase = "paused" }, []string{"phase ErrUnknownValue paused"}},
		{"no phase", func(c *model.Case) { c.Phase = "" }, []string{"phase ErrRequired "}},
		{"bad dates everywhere", func(c *model.Case) {
			c.Client.BirthDate = model.Date{Raw: "1.4.90"}
			c.Plans[0].Goals[0].Operational[0].TargetDate = model.Date{Raw: "31.02.2025"}
			c.Reviews[0].Date = model.Date{Raw: "gestern"}
			c.Assessments[0].Conferences[0].Tasks[0].Due = model.Date{Raw: "bald"}
			c.NextReview = model.Date{Raw: "2025-13-01"}
		}, []string{
			"assessments[0].conferences[0].tasks[0].due ErrNotADate bald",
			"client.birthDate ErrNotADate 1.4.90",
			"nextReview ErrNotADate 2025-13-01",
			"plans[0].goals[0].operational[0].targetDate ErrNotADate 31.02.2025",
			"reviews[0].date ErrNotADate gestern",
		}},
		{"rvnr format", func(c *model.Case) { c.Client.RVNR = "123" }, []string{"client.rvnr ErrRVNRFormat 123"}},
		{"rvnr check digit", func(c *model.Case) { c.Client.RVNR = "10010490A444" }, []string{"client.rvnr ErrRVNRCheckDigit 10010490A444"}},
		{"email", func(c *model.Case) { c.Client.Email = "Eva <eva@example.org>" }, []string{"client.email ErrBadEmail Eva <eva@example.org>"}},
		{"people need names", func(c *model.Case) {
			c.Client.Relatives[0].Name = ""
			c.Client.Guardian.Relation = "Betreuer"
			c.Plans[0].FurtherParticipants = []model.Person{{Contact: "0711"}}
		}, []string{"client.guardian.name ErrRequired ", "client.relatives[0].name ErrRequired ", "plans[0].furtherParticipants[0].name ErrRequired "}},
		{"enums", func(c *model.Case) {
			c.Intake.Referral.Route = "mail"
			c.Intake.FirstMeeting.Mode = "chat"
			c.Intake.FirstMeeting.Topics = append(c.Intake.FirstMeeting.Topics, "smalltalk")
			c.Intake.Decision.Need = "maybe"
			c.Intake.ExpectedIntensity = "D"
			c.CMConsent.Form = "email"
			c.Assessments[0].ContextFactors[0].Kind = "inner"
			c.Assessments[0].ContextFactors[0].Effect = "neutral"
			c.Plans[0].Goals[0].Area = "weather"
			c.Plans[0].Measures[0].Area = "sports"
			c.Plans[0].Measures[0].Status = "paused"
			c.Plans[0].AreaPartners[0].Area = "x"
			c.Reviews[0].Decision = "stop"
			c.Reviews[0].Measures[0].Status = "gone"
			c.Closure.Form = "abrupt"
			c.Closure.Reason = "bored"
			c.Closure.WorkAbility = "maybe"
			c.Closure.Reintegration = "moon"
			c.Closure.FinalIntensity = "Z"
			c.Contacts[0].Kind = "telepathy"
			c.Contacts[0].Roles[0] = "boss"
			c.Consents[0].Categories[0] = "secrets"
			c.Disclosures[0].Categories = append(c.Disclosures[0].Categories, "gossip")
			c.Partners[0].Areas[0] = "space"
			c.Events[1].Kind = "jump"
			c.Events[1].From = "limbo"
			c.Events[1].To = "heaven"
		}, []string{
			"assessments[0].contextFactors[0].effect ErrUnknownValue neutral",
			"assessments[0].contextFactors[0].kind ErrUnknownValue inner",
			"closure.finalIntensity ErrUnknownValue Z",
			"closure.form ErrUnknownValue abrupt",
			"closure.reason ErrUnknownValue bored",
			"closure.reintegration ErrUnknownValue moon",
			"closure.workAbility ErrUnknownValue maybe",
			"cmConsent.form ErrUnknownValue email",
			"consents[0].categories[0] ErrUnknownValue secrets",
			"contacts[0].kind ErrUnknownValue telepathy",
			"contacts[0].roles[0] ErrUnknownValue boss",
			"disclosures[0].categories[1] ErrUnknownValue gossip",
			"events[1].from ErrUnknownValue limbo",
			"events[1].kind ErrUnknownValue jump",
			"events[1].to ErrUnknownValue heaven",
			"intake.decision.need ErrUnknownValue maybe",
			"intake.expectedIntensity ErrUnknownValue D",
			"intake.firstMeeting.mode ErrUnknownValue chat",
			"intake.firstMeeting.topics[1] ErrUnknownValue smalltalk",
			"intake.referral.route ErrUnknownValue mail",
			"partners[0].areas[0] ErrUnknownValue space",
			"plans[0].areaPartners[0].area ErrUnknownValue x",
			"plans[0].goals[0].area ErrUnknownValue weather",
			"plans[0].measures[0].area ErrUnknownValue sports",
			"plans[0].measures[0].status ErrUnknownValue paused",
			"reviews[0].decision ErrUnknownValue stop",
			"reviews[0].measures[0].status ErrUnknownValue gone",
		}},
		{"screening", func(c *model.Case) {
			c.Intake.Screening[0].Indicators = append(c.Intake.Screening[0].Indicators, "health.chronic") // another area's
			c.Intake.Screening[1].Area = model.ScreenJob
			c.Intake.Screening = append(c.Intake.Screening, model.ScreeningAnswer{Area: "hobbies", Answer: "perhaps"}, model.ScreeningAnswer{})
		}, []string{
			"intake.screening[0].indicators[1] ErrUnknownValue health.chronic",
			"intake.screening[1].area ErrDuplicateID job",
			"intake.screening[2].answer ErrUnknownValue perhaps",
			"intake.screening[2].area ErrUnknownValue hobbies",
			"intake.screening[3].area ErrRequired ",
		}},
		{"scales", func(c *model.Case) {
			c.Assessments[0].Profile[0].Capability = -1
			c.Assessments[0].Profile[0].Requirement = 6
			c.Reviews[0].Levels[0].Level = 3
			c.Closure.FinalLevels[0].Level = -3
			bl := 5
			c.Plans[0].Goals[0].Operational[0].Baseline = &bl
			c.Plans[0].Goals[0].Operational[0].Weight = -1
			c.Contacts[0].Minutes = 1441
			c.Plans[1].Version = 3
		}, []string{
			"assessments[0].profile[0].capability ErrOutOfRange -1",
			"assessments[0].profile[0].requirement ErrOutOfRange 6",
			"closure.finalLevels[0].level ErrOutOfRange -3",
			"contacts[0].minutes ErrOutOfRange 1441",
			"plans[0].goals[0].operational[0].baseline ErrOutOfRange 5",
			"plans[0].goals[0].operational[0].weight ErrOutOfRange -1",
			"plans[1].version ErrOutOfRange 3",
			"reviews[0].levels[0].level ErrOutOfRange 3",
		}},
		{"duplicate and missing IDs", func(c *model.Case) {
			c.Assessments = append(c.Assessments, c.Assessments[0])
			c.Plans[0].Goals[0].Operational = append(c.Plans[0].Goals[0].Operational, model.OperationalGoal{ID: "g1"})
			c.Plans[0].Measures = append(c.Plans[0].Measures, model.Measure{})
			c.Reviews = append(c.Reviews, model.Review{ID: "r1"})
			c.Contacts = append(c.Contacts, model.Contact{ID: "k1"})
			c.Consents = append(c.Consents, model.Consent{ID: "e1", Partner: "p1"})
			c.Disclosures = append(c.Disclosures, model.Disclosure{Partner: "p1"})
			c.Partners = append(c.Partners, model.PartnerLink{Partner: "p2"})
			c.Plans[1].Version = 1
		}, []string{
			"assessments[1].id ErrDuplicateID a1",
			"consents[1].id ErrDuplicateID e1",
			"contacts[1].id ErrDuplicateID k1",
			"disclosures[1].id ErrRequired ",
			"partners[1].partner ErrDuplicateID p2",
			"plans[0].goals[0].operational[1].id ErrDuplicateID g1",
			"plans[0].measures[1].id ErrRequired ",
			"plans[1].version ErrDuplicateID 1",
			"reviews[1].id ErrDuplicateID r1",
		}},
		{"references", func(c *model.Case) {
			c.Client.Employer = "p9"
			c.Assessments[0].NetworkPartners = []string{"p2", "p8", ""}
			c.Plans[0].Measures[0].GoalID = "g7"
			c.Plans[0].Measures[0].Partner = "p7"
			c.Plans[0].AreaPartners[0].Partner = "p6"
			c.Plans[1].Measures[0].GoalID = "g1.2" // a goal of version 2 itself: fine
			c.Reviews[0].Levels[0].GoalID = "g5"
			c.Reviews[0].Measures[0].MeasureID = "m5"
			c.Closure.FinalLevels = append(c.Closure.FinalLevels, model.GoalLevel{})
			c.Contacts[0].Partners = []string{"p5"}
			c.Consents[0].Partner = "p4"
			c.Disclosures[0].Partner = ""
			c.Disclosures[0].ContactID = "k9"
			c.Partners[0].Partner = "p3"
		}, []string{
			"assessments[0].networkPartners[1] ErrUnknownReference p8",
			"assessments[0].networkPartners[2] ErrRequired ",
			"client.employer ErrUnknownReference p9",
			"closure.finalLevels[1].goalId ErrRequired ",
			"consents[0].partner ErrUnknownReference p4",
			"contacts[0].partners[0] ErrUnknownReference p5",
			"disclosures[0].contactId ErrUnknownReference k9",
			"disclosures[0].partner ErrRequired ",
			"partners[0].partner ErrUnknownReference p3",
			"plans[0].areaPartners[0].partner ErrUnknownReference p6",
			"plans[0].measures[0].goalId ErrUnknownReference g7",
			"plans[0].measures[0].partner ErrUnknownReference p7",
			"reviews[0].levels[0].goalId ErrUnknownReference g5",
			"reviews[0].measures[0].measureId ErrUnknownReference m5",
		}},
		{"date order", func(c *model.Case) {
			c.CMConsent.WithdrawnOn = vtDay("2025-01-09")
			c.Plans[0].Measures[0].End = vtDay("2025-01-31")
			c.Consents[0].ValidUntil = vtDay("2025-01-09")
			c.Consents[0].RevokedOn = vtDay("2025-01-01")
		}, []string{
			"cmConsent.withdrawnOn ErrDateOrder 2025-01-09",
			"consents[0].revokedOn ErrDateOrder 2025-01-01",
			"consents[0].validUntil ErrDateOrder 2025-01-09",
			"plans[0].measures[0].end ErrDateOrder 2025-01-31",
		}},
		{"icf and required texts", func(c *model.Case) {
			c.Plans[0].Goals[0].ICF = []string{"d850", "x123", "d", "Teilhabe"}
			c.Assessments[0].Instruments[0].Name = ""
			c.Assessments[0].Profile[0].Item = ""
			c.Assessments[0].Conferences[0].Tasks[0].What = ""
			c.Events[1].To = ""
			c.Events[0].Kind = ""
			c.Contacts[0].Roles = append(c.Contacts[0].Roles, "")
		}, []string{
			"contacts[0].roles[1] ErrUnknownValue ",
			"events[0].kind ErrRequired ",
			"assessments[0].conferences[0].tasks[0].what ErrRequired ",
			"assessments[0].instruments[0].name ErrRequired ",
			"assessments[0].profile[0].item ErrRequired ",
			"events[1].to ErrRequired ",
			"plans[0].goals[0].icf[1] ErrUnknownValue x123",
			"plans[0].goals[0].icf[2] ErrUnknownValue d",
			"plans[0].goals[0].icf[3] ErrUnknownValue Teilhabe",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := vtCase()
			tt.edit(c)
			got := vtKeys(c.Validate(vtPartners))
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("\n got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

func TestValidatePartnerReferencesNilMapSkips(t *testing.T) {
	c := vtCase()
	c.Client.Employer = "anyone"
	if ps := c.Validate(nil); len(ps) > 0 {
		t.Errorf("nil map must skip partner references: %v", ps)
	}
	if got := vtKeys(c.Validate(map[string]bool{})); len(got) != 8 {
		t.Errorf("empty map must know no partner: %v", got)
	}
}

func TestValidateProblemDetails(t *testing.T) {
	c := vtCase()
	c.Assessments[0].Profile[0].Requirement = 9
	c.Plans[0].Measures[0].End = vtDay("2025-01-31")
	ps := c.Validate(vtPartners)
	if len(ps) != 2 {
		t.Fatalf("%v", ps)
	}
	if ps[0].Args["Min"] != 0 || ps[0].Args["Max"] != 5 {
		t.Errorf("OutOfRange args %v", ps[0].Args)
	}
	if ps[1].Args["Other"] != "plans[0].measures[0].start" || ps[1].Args["OtherValue"] != "2025-02-01" {
		t.Errorf("DateOrder args %v", ps[1].Args)
	}
}

func TestValidatePartner(t *testing.T) {
	tests := []struct {
		name string
		p    model.Partner
		want []string
	}{
		{"valid", model.Partner{Name: "IFD", Category: model.PartnerIFD, Email: "a@b.de"}, nil},
		{"new entry without UID is valid", model.Partner{Name: "IFD", Category: model.PartnerIFD}, nil},
		{"everything wrong", model.Partner{UID: "x", Name: " ", Category: "friends", Email: "a@"},
			[]string{"category ErrUnknownValue friends", "email ErrBadEmail a@", "name ErrRequired "}},
		{"no category", model.Partner{Name: "X"}, []string{"category ErrRequired "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := vtKeys(tt.p.Validate())
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPartnerUIDs(t *testing.T) {
	c := vtCase()
	c.Contacts[0].Partners = []string{"p3", "p1", ""}
	c.Disclosures[0].Partner = "p4"
	got := strings.Join(c.PartnerUIDs(), ",")
	if got != "p1,p2,p3,p4" {
		t.Errorf("PartnerUIDs = %s", got)
	}
	if got := (&model.Case{}).PartnerUIDs(); len(got) != 0 {
		t.Errorf("empty case: %v", got)
	}
}
