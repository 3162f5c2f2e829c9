package storage

import (
	"reflect"
	"sort"
	"testing"
	"time"

	"teilhabelotse/model"
)

// richPartners are the directory entries richCase refers to, plus one it
// does not (which an export must leave out).
func richPartners() []model.Partner {
	return []model.Partner{
		{UID: "p-employer", Name: "Müller & Söhne GmbH", Category: model.PartnerEmployer, ContactPerson: "Frau Berg",
			Phone: "0711 123456", Email: "personal@mueller-soehne.example", Address: "Hauptstraße 1, 70173 Stuttgart", Notes: "BEM-Beauftragte: Frau Berg"},
		{UID: "p-rehaklinik", Name: "Rehaklinik am See", Category: model.PartnerMedicalRehab, ContactPerson: "Dr. Kaya",
			Phone: "07531 9876", Email: "sozialdienst@rehaklinik.example", Address: "Seeweg 5, 78462 Konstanz", Notes: "Sozialdienst"},
		{UID: "p-drv", Name: "DRV Baden-Württemberg, Reha-Fachberatung", Category: model.PartnerRehaFachberatung, ContactPerson: "Herr Sommer",
			Phone: "0721 825-0", Email: "reha@drv-bw.example", Address: "Gartenstraße 105, 76135 Karlsruhe", Notes: "zuständig ab 2024"},
		{UID: "p-ifd", Name: "IFD Stuttgart", Category: model.PartnerIFD, ContactPerson: "Frau Yilmaz",
			Phone: "0711 654321", Email: "info@ifd-stuttgart.example", Address: "Rotebühlplatz 3, 70178 Stuttgart", Notes: "Jobcoaching"},
		{UID: "p-unused", Name: "Selbsthilfegruppe Rücken", Category: model.PartnerCounselling},
	}
}

func day(s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// richCase sets every field of every type a case holds, so that the case
// file round trip, the JSON Schema and validation are tested on all of them.
// TestRichCaseSetsEveryField keeps it that way when the model grows.
func richCase() *model.Case {
	at := func(s string) time.Time {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	baseline := -1
	tasks := []model.Task{{What: "Arbeitsplatzbegehung vereinbaren", Responsible: "Frau Berg", Due: day("2025-03-20"), Done: true}}
	return &model.Case{
		UID:     "case-rich-0001",
		Phase:   model.PhaseMonitoring,
		Created: at("2025-02-03T08:15:00Z"),
		Updated: at("2025-05-12T14:30:00.125Z"),
		Client: model.Client{
			FirstName: "Jürgen", LastName: "Özdemir-Weiß", BirthDate: day("1990-04-01"), RVNR: "10010490A443",
			Address: "Lindenstraße 7, 70176 Stuttgart", Phone: "0170 1234567", Email: "j.oezdemir@example.org",
			LanguageNeeds: "Deutsch gut, Behördenbriefe mit Unterstützung",
			Interpreter:   true, InterpreterLanguage: "Türkisch", InterpreterName: "Dolmetscherdienst Nord",
			Relatives: []model.Person{{Name: "Aylin Özdemir", Relation: "Ehefrau", Contact: "0170 7654321"}},
			Guardian:  model.Person{Name: "Hans Vormund", Relation: "rechtliche Betreuung (Behördenangelegenheiten)", Contact: "Betreuungsverein Stuttgart"},
			Employer:  "p-employer", EmployerContact: "Frau Berg (Personalabteilung)",
		},
		Commission: model.Commission{Carrier: "Deutsche Rentenversicherung Baden-Württemberg", Reference: "10 010490 A 443 / FM-2025-117",
			Date: day("2025-01-28"), Contact: "Reha-Fachberatung Herr Kunz, 0711 848-0", Partner: "p-drv"},
		Intake: model.Intake{
			Referral: model.Referral{Route: model.RouteOther, RouteOther: "Hausarzt", Referrer: "Dr. Klein",
				ReceivedOn: day("2025-02-01"), Notes: "Rückruf erbeten, \"dringend\" <bitte>"},
			FirstMeeting: model.FirstMeeting{Date: day("2025-02-10"), Place: "Beratungsstelle Stuttgart-Mitte",
				Mode: model.ModeVideo, ModeReason: "Mobilität eingeschränkt", Participants: "Klient, Ehefrau",
				Topics: []model.Topic{model.TopicAcquaintance, model.TopicCMInformed, model.TopicDataProtection}, Notes: "offenes Gespräch"},
			Screening: []model.ScreeningAnswer{
				{Area: model.ScreenJob, Answer: model.AnswerYes, Indicators: []string{"job.demands", "job.relations"}, Notes: "Schichtarbeit"},
				{Area: model.ScreenHealth, Answer: model.AnswerUnknown, Indicators: []string{"health.chronic"}, Notes: "Befund folgt"},
			},
			Aggravating:       model.Aggravating{ProblemChains: true, ProviderTrouble: true, Notes: "Schulden und Krankheit"},
			Facilitators:      model.Facilitators{Resilience: true, SocialTies: true, Finances: true, Notes: "Familie trägt"},
			Decision:          model.CMDecision{Need: model.AnswerYes, Justification: "mehrere Problemlagen", DecidedJointly: true, DecidedOn: day("2025-02-10")},
			ExpectedIntensity: model.IntensityB,
			Agreement:         model.Agreement{Concluded: true, Date: day("2025-02-12"), Notes: "schriftlich"},
		},
		CMConsent: model.CaseManagementConsent{GivenOn: day("2025-02-10"), Form: model.FormWritten, InformedCM: true,
			InformedDataProtect: true, InformedRights: true, WithdrawnOn: day("2025-12-31"),
			Earlier: []model.ConsentPeriod{{GivenOn: day("2025-02-04"), Form: model.FormOral, WithdrawnOn: day("2025-02-06")}}},
		Assessments: []model.Assessment{{
			ID: "a1", Date: day("2025-02-20"), Reason: "erste Bedarfsermittlung", Health: "Bandscheibenvorfall L4/5",
			Qualification: "Kfz-Mechatroniker", Work: "Werkstatt, Heben schwerer Lasten", Economic: "Krankengeld",
			DailyLiving: "selbstständig", Social: "verheiratet, zwei Kinder", Cultural: "Fußballverein",
			WishesGoals: "zurück in den Betrieb", ClientView: "„Ich will wieder arbeiten.“", Wishes: "Teilzeit zuerst",
			Fears:          "Kündigung",
			ContextFactors: []model.ContextFactor{{Kind: model.FactorEnvironmental, Effect: model.EffectFacilitator, Description: "verständnisvoller Chef"}},
			Instruments:    []model.Instrument{{Name: "IMBA", Date: day("2025-02-18"), By: "Dr. Kaya", Result: "Heben > 10 kg nicht möglich"}},
			Profile:        []model.ProfileItem{{Item: "Heben und Tragen", Capability: 2, Requirement: 5, ActionNeed: "Hebehilfe"}},
			Employer:       model.EmployerSide{Requirements: "Heben bis 25 kg", Situation: "Familienbetrieb", Relations: "gut"},
			Conferences: []model.Conference{{Held: true, Date: day("2025-02-25"), Participants: "Klient, Arbeitgeber, IFD",
				Notes: "Fallkonferenz", Tasks: tasks},
				{NotHeld: true, NotHeldReason: "Arbeitgeber lehnte eine zweite Runde ab; bilateral abgestimmt"}},
			NetworkPartners: []string{"p-rehaklinik", "p-ifd"},
		}},
		Plans: []model.PlanVersion{{
			Version: 1, Created: day("2025-03-01"), FinalizedOn: day("2025-03-10"), Reason: "Erstplanung",
			Disorder: "Erkrankung der Wirbelsäule", Consequences: "kann nicht schwer heben",
			FacilitatingFactors: "Motivation", HinderingFactors: "Schmerzen", Concerns: "Kinderbetreuung",
			CurrentNeed: "stufenweise Wiedereingliederung",
			Goals: []model.StrategicGoal{{ID: "g1", Area: model.AreaWork, Text: "Rückkehr an den Arbeitsplatz", ICF: []string{"d850", "b280.2"},
				Operational: []model.OperationalGoal{{ID: "g1.1", Text: "4 Stunden täglich arbeiten", TargetDate: day("2025-06-30"),
					GAS:    model.GASLevels{"arbeitsunfähig", "2 Stunden", "4 Stunden", "6 Stunden", "Vollzeit"},
					Weight: 2.5, Baseline: &baseline}}}},
			Measures: []model.Measure{{ID: "m1", Area: model.AreaWork, GoalID: "g1.1", What: "Stufenweise Wiedereingliederung",
				Partner: "p-employer", Person: "Frau Berg", Start: day("2025-03-15"), End: day("2025-06-30"), Status: model.MeasureRunning}},
			Conference: model.Conference{ID: "conf-t", Held: true, Date: day("2025-03-05"),
				Attendees: []model.Attendee{{Partner: "p-employer"}, {Person: "Aylin Özdemir"}}, Shared: []model.InfoCategory{model.InfoPlan},
				Participants: "Klient, DRV", Notes: "Teilhabekonferenz", Tasks: tasks},
			AreaPartners:        []model.AreaPartner{{Area: model.AreaHealth, Partner: "p-rehaklinik", Role: "Nachsorge"}},
			FurtherParticipants: []model.Person{{Name: "Aylin Özdemir", Relation: "Ehefrau", Contact: "0170 7654321"}},
			Section19: model.Section19{Required: true, ApplicationDate: day("2025-01-15"), ResponsibilityClarified: day("2025-01-29"),
				Instruments: "ICF-basiert", Services: "DRV, Krankenkasse", WishesChoices: "wohnortnah", PersonalBudget: true,
				ConferenceResults: "Einigung", ConferenceConsent: true, CaringRelativesNeeds: "Pflegt die Schwiegermutter; Kurzzeitpflege während der Reha",
				LeadCarrier: "Deutsche Rentenversicherung Bund", InvolvedCarriers: "Krankenkasse (medizinische Rehabilitation)",
				BAOpinionApplies: true, BAOpinion: "Eignung bestätigt", AgreedFindings: "LTA und Nachsorge",
				PublicBodiesApply: true, PublicBodies: "Integrationsamt", JobcenterInvolved: true, Jobcenter: "Jobcenter Mitte"},
			DiscussedOn: day("2025-03-10"), CopyHandedOn: day("2025-03-11"),
		}},
		Reviews: []model.Review{{ID: "r1", Date: day("2025-04-15"),
			Levels:     []model.GoalLevel{{GoalID: "g1.1", Level: 1}},
			Measures:   []model.MeasureState{{MeasureID: "m1", Status: model.MeasureRunning}},
			Deviations: "eine Woche krank", Decision: model.DecisionContinue, Reports: "Bericht der Klinik", Notes: "gute Fortschritte"}},
		NextReview: day("2025-06-10"),
		Closure: model.Closure{Date: day("2025-07-01"), Form: model.EndingPremature, Reason: model.ReasonIndependent,
			ReasonText: "kommt allein zurecht", WorkAbility: model.WorkAbilityPartly, Reintegration: model.ReintegrationAdapted,
			FinalLevels: []model.GoalLevel{{GoalID: "g1.1", Level: 2}}, Summary: "Ziel übertroffen", Helped: "Jobcoaching",
			Changed: "mehr Selbstvertrauen", FurtherSupport: "keine", FinalIntensity: model.IntensityC, TransmittedOn: day("2025-07-03")},
		NotAdmitted: "—",
		Contacts: []model.Contact{{ID: "k1", Date: day("2025-03-05"), Minutes: 90, Kind: model.ContactParticipation,
			With: "Arbeitgeber", Partners: []string{"p-employer", "p-drv"}, Notes: "Teilhabekonferenz", Roles: []model.Role{model.RoleBroker, model.RoleAdvocate},
			Passed: model.AnswerYes}},
		Consents: []model.Consent{{ID: "e1", Partner: "p-employer", Categories: []model.InfoCategory{model.InfoContact, model.InfoPlan},
			Purpose: "Wiedereingliederung", GivenOn: day("2025-02-12"), ValidUntil: day("2026-02-12"), Form: model.FormWritten, RevokedOn: day("2025-11-30")},
			{ID: "e2", Kind: model.ConsentRelease, Partner: "p-rehaklinik", Categories: []model.InfoCategory{model.InfoHealth},
				Purpose: "Entlassungsbericht einholen", GivenOn: day("2025-02-12"), Form: model.FormWritten}},
		Disclosures: []model.Disclosure{{ID: "w1", Date: day("2025-03-05"), Partner: "p-employer",
			Categories: []model.InfoCategory{model.InfoPlan}, Channel: "persönlich", Note: "Plan besprochen", ContactID: "k1", ConferenceID: "conf-t"}},
		Partners: []model.PartnerLink{{Partner: "p-ifd", Areas: []model.Area{model.AreaWork, model.AreaSocial}}},
		Events: []model.Event{
			{At: at("2025-02-03T08:15:00Z"), Kind: model.KindOpened, To: model.PhaseIntake},
			{At: at("2025-02-12T10:00:00Z"), Kind: model.KindAdvance, From: model.PhaseIntake, To: model.PhaseAssessment},
			{At: at("2025-02-28T10:00:00Z"), Kind: model.KindAdvance, From: model.PhaseAssessment, To: model.PhasePlanning},
			{At: at("2025-03-12T09:00:00Z"), Kind: model.KindAdvance, From: model.PhasePlanning, To: model.PhaseMonitoring,
				Reason: "Plan fertig", Missing: []model.CheckKey{model.CheckPartnersByArea}},
		},
	}
}

// TestRichCaseSetsEveryField fails when a field of any type reachable from
// model.Case or model.Partner is zero everywhere in the fixtures: a new
// field must be added to richCase, and so gets covered by the round-trip
// and schema tests.
func TestRichCaseSetsEveryField(t *testing.T) {
	all := map[string]bool{}
	var types func(reflect.Type)
	types = func(t reflect.Type) {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			types(t.Elem())
		case reflect.Struct:
			if t == timeType || t == dateType {
				return
			}
			for i := 0; i < t.NumField(); i++ {
				f := t.Field(i)
				if f.Tag.Get("json") == "-" {
					continue
				}
				key := t.Name() + "." + f.Name
				if _, ok := all[key]; !ok {
					all[key] = false
					types(f.Type)
				}
			}
		}
	}
	types(reflect.TypeFor[model.Case]())
	types(reflect.TypeFor[model.Partner]())

	var values func(reflect.Value)
	values = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				values(v.Elem())
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len(); i++ {
				values(v.Index(i))
			}
		case reflect.Struct:
			t := v.Type()
			if t == timeType || t == dateType {
				return
			}
			for i := 0; i < t.NumField(); i++ {
				if !v.Field(i).IsZero() {
					all[t.Name()+"."+t.Field(i).Name] = true
				}
				values(v.Field(i))
			}
		}
	}
	values(reflect.ValueOf(richCase()))
	values(reflect.ValueOf(richPartners()))

	// The rich case has an employer; "no employer" round-trips in
	// TestImportVersion5CaseFile.
	all["Client.NoEmployer"] = true
	// The rich plan's client cares for a relative; "cares for none" is
	// tested in pdf.TestSection19ItemsThatDoNotApply.
	all["Section19.NoCaringRelative"] = true
	var unset []string
	for k, set := range all {
		if !set {
			unset = append(unset, k)
		}
	}
	sort.Strings(unset)
	if len(unset) > 0 {
		t.Errorf("richCase leaves these fields zero everywhere: %v", unset)
	}
}

func TestRichCaseIsValid(t *testing.T) {
	known := map[string]bool{}
	for _, p := range richPartners() {
		known[p.UID] = true
		if ps := p.Validate(); len(ps) > 0 {
			t.Errorf("partner %s: %v", p.UID, ps)
		}
	}
	if ps := richCase().Validate(known); len(ps) > 0 {
		t.Errorf("richCase is not valid: %v", ps)
	}
}
