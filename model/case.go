package model

import "time"

// Case is one client's case file: everything recorded in the control loop.
// ID is the local database key and never leaves the machine; UID identifies
// the case in case files so an export can be imported elsewhere.
type Case struct {
	ID      int64     `json:"-"`
	UID     string    `json:"uid"`
	Phase   Phase     `json:"phase"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`

	Client      Client                `json:"client"`
	Commission  Commission            `json:"commission"`
	Intake      Intake                `json:"intake"`
	CMConsent   CaseManagementConsent `json:"cmConsent"`
	Assessments []Assessment          `json:"assessments,omitempty"`
	Plans       []PlanVersion         `json:"plans,omitempty"`
	Reviews     []Review              `json:"reviews,omitempty"`
	NextReview  Date                  `json:"nextReview"`
	Closure     Closure               `json:"closure"`
	NotAdmitted string                `json:"notAdmitted,omitempty"` // reason when closed at intake
	Contacts    []Contact             `json:"contacts,omitempty"`
	Consents    []Consent             `json:"consents,omitempty"`
	Disclosures []Disclosure          `json:"disclosures,omitempty"`
	Partners    []PartnerLink         `json:"partners,omitempty"`
	Events      []Event               `json:"events,omitempty"`
}

// Person is a relative, guardian or further participant. For the legal
// guardian (rechtliche Betreuung), Relation holds the scope of the
// guardianship (Aufgabenkreise, e.g. "Vermögenssorge, Behördenangelegenheiten").
type Person struct {
	Name     string `json:"name"`
	Relation string `json:"relation,omitempty"`
	Contact  string `json:"contact,omitempty"`
}

// Client is the insured person (Versicherte Person).
type Client struct {
	FirstName     string `json:"firstName"`
	LastName      string `json:"lastName"`
	BirthDate     Date   `json:"birthDate"`
	RVNR          string `json:"rvnr,omitempty"`
	Address       string `json:"address,omitempty"`
	Phone         string `json:"phone,omitempty"`
	Email         string `json:"email,omitempty"`
	LanguageNeeds string `json:"languageNeeds,omitempty"`
	// Interpreter says a Dolmetscher*in is needed, for InterpreterLanguage;
	// InterpreterName is who translates (a person or a service). The
	// documents the client signs then say they were translated orally.
	Interpreter         bool     `json:"interpreter,omitempty"`
	InterpreterLanguage string   `json:"interpreterLanguage,omitempty"`
	InterpreterName     string   `json:"interpreterName,omitempty"`
	Relatives           []Person `json:"relatives,omitempty"`
	Guardian            Person   `json:"guardian"`
	Employer            string   `json:"employer,omitempty"`        // partner UID
	EmployerContact     string   `json:"employerContact,omitempty"` // the person at the employer
	// NoEmployer says the client has no employer (out of work, in
	// training, self-employed): the employer does not apply, where an
	// empty Employer is not yet documented.
	NoEmployer bool `json:"noEmployer,omitempty"`
}

// FullName is "First Last".
func (c Client) FullName() string {
	switch {
	case c.FirstName == "":
		return c.LastName
	case c.LastName == "":
		return c.FirstName
	}
	return c.FirstName + " " + c.LastName
}

// Referral is how and when the information about a possible need arrived.
type Referral struct {
	Route      AccessRoute `json:"route,omitempty"`
	RouteOther string      `json:"routeOther,omitempty"`
	Referrer   string      `json:"referrer,omitempty"`
	ReceivedOn Date        `json:"receivedOn"`
	Notes      string      `json:"notes,omitempty"`
}

// FirstMeeting is the Erstgespräch.
type FirstMeeting struct {
	Date         Date        `json:"date"`
	Place        string      `json:"place,omitempty"`
	Mode         MeetingMode `json:"mode,omitempty"`
	ModeReason   string      `json:"modeReason,omitempty"`
	Participants string      `json:"participants,omitempty"`
	Topics       []Topic     `json:"topics,omitempty"`
	Notes        string      `json:"notes,omitempty"`
}

// Aggravating records cross-area aggravating conditions.
type Aggravating struct {
	ProblemChains   bool   `json:"problemChains,omitempty"`
	ProviderTrouble bool   `json:"providerTrouble,omitempty"`
	Notes           string `json:"notes,omitempty"`
}

// Facilitators records Förderfaktoren seen at intake.
type Facilitators struct {
	Resilience bool   `json:"resilience,omitempty"`
	SocialTies bool   `json:"socialTies,omitempty"`
	Finances   bool   `json:"finances,omitempty"`
	Notes      string `json:"notes,omitempty"`
}

// CMDecision is the joint decision on case management.
type CMDecision struct {
	Need           Answer `json:"need,omitempty"` // yes or no
	Justification  string `json:"justification,omitempty"`
	DecidedJointly bool   `json:"decidedJointly,omitempty"`
	DecidedOn      Date   `json:"decidedOn"`
}

// Agreement is the Vereinbarung concluded between client and case manager.
type Agreement struct {
	Concluded bool   `json:"concluded,omitempty"`
	Date      Date   `json:"date"`
	Notes     string `json:"notes,omitempty"`
}

// Intake is phase 1, Fallidentifikation und Aufnahme.
type Intake struct {
	Referral          Referral          `json:"referral"`
	FirstMeeting      FirstMeeting      `json:"firstMeeting"`
	Screening         []ScreeningAnswer `json:"screening,omitempty"`
	Aggravating       Aggravating       `json:"aggravating"`
	Facilitators      Facilitators      `json:"facilitators"`
	Decision          CMDecision        `json:"decision"`
	ExpectedIntensity Intensity         `json:"expectedIntensity,omitempty"`
	Agreement         Agreement         `json:"agreement"`
}

// CaseManagementConsent is the Zustimmung zum Fallmanagement. It covers
// reporting to the commissioning DRV carrier. Its fields are the consent in
// force (or the last one given); a consent given again after a withdrawal
// moves the withdrawn one into Earlier, so the history — given, withdrawn,
// renewed, each dated — is kept, not overwritten.
type CaseManagementConsent struct {
	GivenOn             Date        `json:"givenOn"`
	Form                ConsentForm `json:"form,omitempty"`
	InformedCM          bool        `json:"informedCaseManagement,omitempty"`
	InformedDataProtect bool        `json:"informedDataProtection,omitempty"`
	InformedRights      bool        `json:"informedRights,omitempty"`
	WithdrawnOn         Date        `json:"withdrawnOn"`
	// Earlier are the consents given and withdrawn before this one,
	// oldest first.
	Earlier []ConsentPeriod `json:"earlier,omitempty"`
}

// ConsentPeriod is one consent to case management from the day it was
// given to the day it was withdrawn.
type ConsentPeriod struct {
	GivenOn     Date        `json:"givenOn"`
	Form        ConsentForm `json:"form,omitempty"`
	WithdrawnOn Date        `json:"withdrawnOn"`
}

func (p ConsentPeriod) active(day Date) bool {
	if !p.GivenOn.Valid() || p.GivenOn.After(day) {
		return false
	}
	return !p.WithdrawnOn.Valid() || p.WithdrawnOn.After(day)
}

// History lists every consent to case management, oldest first, the
// current one last (none before one was given).
func (c CaseManagementConsent) History() []ConsentPeriod {
	out := append([]ConsentPeriod{}, c.Earlier...)
	if c.GivenOn.Valid() || c.WithdrawnOn.Valid() {
		out = append(out, ConsentPeriod{GivenOn: c.GivenOn, Form: c.Form, WithdrawnOn: c.WithdrawnOn})
	}
	return out
}

// Active reports a consent in force on day: given on or before it and not
// withdrawn by then — the current one or one of the history.
func (c CaseManagementConsent) Active(day Date) bool {
	for _, p := range c.History() {
		if p.active(day) {
			return true
		}
	}
	return false
}

// Renewed is the consent after the client gave k again following a
// withdrawal: k in force, the withdrawn one kept in the history.
func (c CaseManagementConsent) Renewed(k CaseManagementConsent) CaseManagementConsent {
	k.Earlier = c.History()
	return k
}

// ContextFactor is an ICF context factor.
type ContextFactor struct {
	Kind        FactorKind   `json:"kind"`
	Effect      FactorEffect `json:"effect"`
	Description string       `json:"description"`
}

// Instrument is an assessment instrument used.
type Instrument struct {
	Name   string `json:"name"`
	Date   Date   `json:"date"`
	By     string `json:"by,omitempty"`
	Result string `json:"result,omitempty"`
}

// ProfileItem compares capability and requirement on a 0–5 scale.
type ProfileItem struct {
	Item        string `json:"item"`
	Capability  int    `json:"capability"`
	Requirement int    `json:"requirement"`
	ActionNeed  string `json:"actionNeed,omitempty"`
}

// Gap is how far the requirement exceeds the capability (0 when it does not).
func (p ProfileItem) Gap() int {
	if g := p.Requirement - p.Capability; g > 0 {
		return g
	}
	return 0
}

// Task is an agreed task with who does it by when.
type Task struct {
	What        string `json:"what"`
	Responsible string `json:"responsible,omitempty"`
	Due         Date   `json:"due"`
	Done        bool   `json:"done,omitempty"`
}

// Conference is a case conference or a participation conference. Who took
// part is recorded as Attendees — partners of the directory and persons of
// the client's circle — so that what the conference shared (Shared) passes
// the consent rule (conference.go). Participants is free text beside them;
// case files before version 3 recorded everyone there, and it stays
// readable as it was. A conference is held (Held), not held (NotHeld, with
// the reason the Fachkonzept's "Durchführung" asks for), or neither:
// planned when it has a date, else not yet documented.
type Conference struct {
	ID            string         `json:"id,omitempty"`
	Held          bool           `json:"held,omitempty"`
	NotHeld       bool           `json:"notHeld,omitempty"`
	NotHeldReason string         `json:"notHeldReason,omitempty"`
	Date          Date           `json:"date"`
	Attendees     []Attendee     `json:"attendees,omitempty"`
	Shared        []InfoCategory `json:"shared,omitempty"`
	Participants  string         `json:"participants,omitempty"`
	Notes         string         `json:"notes,omitempty"`
	Tasks         []Task         `json:"tasks,omitempty"`
}

// Attendee is one who took part in a conference besides the client and the
// case manager: a network partner (Partner, its UID) or a person of the
// client's circle — a relative or the legal guardian (Person, the name as
// in the client's master data). Exactly one of the two is set.
type Attendee struct {
	Partner string `json:"partner,omitempty"`
	Person  string `json:"person,omitempty"`
}

// EmployerSide records the employer's side of the workplace.
type EmployerSide struct {
	Requirements string `json:"requirements,omitempty"`
	Situation    string `json:"situation,omitempty"` // company situation and culture
	Relations    string `json:"relations,omitempty"` // supervisors and colleagues
}

// Assessment is one dated Bedarfsermittlung; a re-assessment adds a new one.
type Assessment struct {
	ID              string          `json:"id"`
	Date            Date            `json:"date"`
	Reason          string          `json:"reason,omitempty"`
	Health          string          `json:"health,omitempty"`
	Qualification   string          `json:"qualification,omitempty"`
	Work            string          `json:"work,omitempty"`
	Economic        string          `json:"economic,omitempty"`
	DailyLiving     string          `json:"dailyLiving,omitempty"`
	Social          string          `json:"social,omitempty"`
	Cultural        string          `json:"cultural,omitempty"`
	WishesGoals     string          `json:"wishesGoals,omitempty"`
	ClientView      string          `json:"clientView,omitempty"`
	Wishes          string          `json:"wishes,omitempty"`
	Fears           string          `json:"fears,omitempty"`
	ContextFactors  []ContextFactor `json:"contextFactors,omitempty"`
	Instruments     []Instrument    `json:"instruments,omitempty"`
	Profile         []ProfileItem   `json:"profile,omitempty"`
	Employer        EmployerSide    `json:"employer"`
	Conferences     []Conference    `json:"conferences,omitempty"`
	NetworkPartners []string        `json:"networkPartners,omitempty"` // partner UIDs
}

// GASLevels are the five described levels −2…+2 (index 0 is −2).
type GASLevels [5]string

// OperationalGoal is a Handlungsziel with its GAS scale.
type OperationalGoal struct {
	ID         string    `json:"id"`
	Text       string    `json:"text"`
	TargetDate Date      `json:"targetDate"`
	GAS        GASLevels `json:"gas"`
	Weight     float64   `json:"weight,omitempty"` // 0 means 1
	Baseline   *int      `json:"baseline,omitempty"`
}

// StrategicGoal is a Teilhabeziel in one area.
type StrategicGoal struct {
	ID          string            `json:"id"`
	Area        Area              `json:"area"`
	Text        string            `json:"text"`
	ICF         []string          `json:"icf,omitempty"`
	Operational []OperationalGoal `json:"operational,omitempty"`
}

// Measure is a Maßnahme under a goal.
type Measure struct {
	ID      string        `json:"id"`
	Area    Area          `json:"area"`
	GoalID  string        `json:"goalId,omitempty"`
	What    string        `json:"what"`
	Partner string        `json:"partner,omitempty"` // partner UID
	Person  string        `json:"person,omitempty"`
	Start   Date          `json:"start"`
	End     Date          `json:"end"`
	Status  MeasureStatus `json:"status,omitempty"`
}

// AreaPartner links a network partner to a participation area in a plan.
type AreaPartner struct {
	Area    Area   `json:"area"`
	Partner string `json:"partner"` // partner UID
	Role    string `json:"role,omitempty"`
}

// Section19 holds what § 19 (2) SGB IX adds to a Teilhabeplan. A plan
// under § 19 is required where "Leistungen verschiedener Leistungsgruppen
// oder mehrerer Rehabilitationsträger erforderlich sind" (§ 19 (1)).
// The items that apply only to some cases (the Bundesagentur's expert
// opinion, other public bodies, the Jobcenter) carry a flag, so a plan
// tells "does not apply" from "not documented".
type Section19 struct {
	Required bool `json:"required,omitempty"`
	// Nr. 1: the day the application reached the leistender
	// Rehabilitationsträger and the result of the responsibility
	// clarification (§§ 14, 15): who provides, who takes part, and when it
	// was clarified.
	ApplicationDate         Date   `json:"applicationDate"`
	LeadCarrier             string `json:"leadCarrier,omitempty"`
	InvolvedCarriers        string `json:"involvedCarriers,omitempty"`
	ResponsibilityClarified Date   `json:"responsibilityClarified"`
	Instruments             string `json:"instruments,omitempty"` // Nr. 3
	// Nr. 4: the gutachterliche Stellungnahme der Bundesagentur für Arbeit
	// (§ 54), where one was obtained.
	BAOpinionApplies bool   `json:"baOpinionApplies,omitempty"`
	BAOpinion        string `json:"baOpinion,omitempty"`
	Services         string `json:"services,omitempty"` // Nr. 5
	WishesChoices    string `json:"wishesChoices,omitempty"`
	PersonalBudget   bool   `json:"personalBudget,omitempty"` // Nr. 7
	// Nr. 8: the agreed, comprehensive finding across carriers (§ 15 (3)
	// sentence 2).
	AgreedFindings    string `json:"agreedFindings,omitempty"`
	ConferenceResults string `json:"conferenceResults,omitempty"` // Nr. 9
	ConferenceConsent bool   `json:"conferenceConsent,omitempty"`
	// Nr. 10: what other public bodies involved under § 22 reported.
	PublicBodiesApply bool   `json:"publicBodiesApply,omitempty"`
	PublicBodies      string `json:"publicBodies,omitempty"`
	// Nr. 11: the particular concerns of the client as a caring relative
	// (pflegende*r Angehörige*r) when medical rehabilitation is provided —
	// not the needs of relatives who care for the client.
	CaringRelativesNeeds string `json:"caringRelativesNeeds,omitempty"`
	// NoCaringRelative says the client cares for no relative: Nr. 11 does
	// not apply (where an empty text is not documented).
	NoCaringRelative bool `json:"noCaringRelative,omitempty"`
	// The Jobcenter's involvement (§ 19 (1) since 2022) for clients with
	// benefits under SGB II.
	JobcenterInvolved bool   `json:"jobcenterInvolved,omitempty"`
	Jobcenter         string `json:"jobcenter,omitempty"`
}

// PlanVersion is one version of the Reha- und Teilhabeplan. A finalised
// version is immutable; changes go into the next version.
type PlanVersion struct {
	Version             int             `json:"version"`
	Created             Date            `json:"created"`
	FinalizedOn         Date            `json:"finalizedOn"`
	Reason              string          `json:"reason,omitempty"` // of the Fortschreibung
	Disorder            string          `json:"disorder,omitempty"`
	Consequences        string          `json:"consequences,omitempty"`
	FacilitatingFactors string          `json:"facilitatingFactors,omitempty"`
	HinderingFactors    string          `json:"hinderingFactors,omitempty"`
	Concerns            string          `json:"concerns,omitempty"`
	CurrentNeed         string          `json:"currentNeed,omitempty"`
	Goals               []StrategicGoal `json:"goals,omitempty"`
	Measures            []Measure       `json:"measures,omitempty"`
	Conference          Conference      `json:"conference"`
	AreaPartners        []AreaPartner   `json:"areaPartners,omitempty"`
	FurtherParticipants []Person        `json:"furtherParticipants,omitempty"`
	Section19           Section19       `json:"section19"`
	DiscussedOn         Date            `json:"discussedOn"`
	CopyHandedOn        Date            `json:"copyHandedOn"`
}

// Final reports whether the version is frozen.
func (p *PlanVersion) Final() bool { return p.FinalizedOn.Valid() }

// GoalLevel is a GAS level (−2…+2) of one operational goal.
type GoalLevel struct {
	GoalID string `json:"goalId"`
	Level  int    `json:"level"`
}

// MeasureState is a measure's status as seen in a review.
type MeasureState struct {
	MeasureID string        `json:"measureId"`
	Status    MeasureStatus `json:"status"`
}

// Review is a monitoring review (Prüfung und Steuerung).
type Review struct {
	ID         string         `json:"id"`
	Date       Date           `json:"date"`
	Levels     []GoalLevel    `json:"levels,omitempty"`
	Measures   []MeasureState `json:"measures,omitempty"`
	Deviations string         `json:"deviations,omitempty"`
	Decision   Decision       `json:"decision,omitempty"`
	Reports    string         `json:"reports,omitempty"`
	Notes      string         `json:"notes,omitempty"`
}

// Closure is phase 5, Abschluss und Evaluation. A case closed at intake
// (ClosedNotAdmitted) has no closure record; there FurtherSupport is the
// alternative support discussed or arranged and TransmittedOn the day the
// Rückmeldung an den Auftraggeber was sent.
type Closure struct {
	Date           Date          `json:"date"`
	Form           EndingForm    `json:"form,omitempty"`
	Reason         EndingReason  `json:"reason,omitempty"`
	ReasonText     string        `json:"reasonText,omitempty"`
	WorkAbility    WorkAbility   `json:"workAbility,omitempty"`
	Reintegration  Reintegration `json:"reintegration,omitempty"`
	FinalLevels    []GoalLevel   `json:"finalLevels,omitempty"`
	Summary        string        `json:"summary,omitempty"`
	Helped         string        `json:"helped,omitempty"`
	Changed        string        `json:"changed,omitempty"`
	FurtherSupport string        `json:"furtherSupport,omitempty"`
	FinalIntensity Intensity     `json:"finalIntensity,omitempty"`
	TransmittedOn  Date          `json:"transmittedOn"`
}

// Contact is one logged contact.
type Contact struct {
	ID       string      `json:"id"`
	Date     Date        `json:"date"`
	Minutes  int         `json:"minutes,omitempty"`
	Kind     ContactKind `json:"kind"`
	With     string      `json:"with,omitempty"`
	Partners []string    `json:"partners,omitempty"` // partner UIDs
	Notes    string      `json:"notes,omitempty"`
	Roles    []Role      `json:"roles,omitempty"`
	// Passed says whether information about the client was passed on in
	// this contact: yes (then a disclosure with this contactId records
	// it), no, or "" for entries made before the question was asked.
	Passed Answer `json:"passed,omitempty"`
}

// Consent is an Einwilligung zur Weitergabe to one recipient or, by Kind,
// an Entbindung von der Schweigepflicht (release.go).
type Consent struct {
	ID         string         `json:"id"`
	Kind       ConsentKind    `json:"kind,omitempty"`
	Partner    string         `json:"partner"` // partner UID
	Categories []InfoCategory `json:"categories"`
	Purpose    string         `json:"purpose,omitempty"`
	GivenOn    Date           `json:"givenOn"`
	ValidUntil Date           `json:"validUntil"`
	Form       ConsentForm    `json:"form,omitempty"`
	RevokedOn  Date           `json:"revokedOn"`
}

// Disclosure is an Informationsweitergabe.
type Disclosure struct {
	ID         string         `json:"id"`
	Date       Date           `json:"date"`
	Partner    string         `json:"partner"`
	Categories []InfoCategory `json:"categories"`
	Channel    string         `json:"channel,omitempty"`
	Note       string         `json:"note,omitempty"`
	ContactID  string         `json:"contactId,omitempty"`
	// ConferenceID names the conference whose sharing this records.
	ConferenceID string `json:"conferenceId,omitempty"`
}

// PartnerLink links a directory partner to this case with the areas it serves.
type PartnerLink struct {
	Partner string `json:"partner"`
	Areas   []Area `json:"areas,omitempty"`
}

// Partner is an entry of the network partner directory, shared by cases.
type Partner struct {
	ID            int64           `json:"-"`
	UID           string          `json:"uid"`
	Name          string          `json:"name"`
	Category      PartnerCategory `json:"category"`
	ContactPerson string          `json:"contactPerson,omitempty"`
	Phone         string          `json:"phone,omitempty"`
	Email         string          `json:"email,omitempty"`
	Address       string          `json:"address,omitempty"`
	Notes         string          `json:"notes,omitempty"`
}

// Event is one entry of the phase timeline.
type Event struct {
	At      time.Time      `json:"at"`
	Kind    TransitionKind `json:"kind"`
	From    Phase          `json:"from,omitempty"`
	To      Phase          `json:"to"`
	Reason  string         `json:"reason,omitempty"`
	Missing []CheckKey     `json:"missing,omitempty"` // acknowledged checklist items
}

// CurrentPlan is the newest plan version, or nil.
func (c *Case) CurrentPlan() *PlanVersion {
	if len(c.Plans) == 0 {
		return nil
	}
	return &c.Plans[len(c.Plans)-1]
}

// LatestFinalPlan is the newest finalised plan version, or nil.
func (c *Case) LatestFinalPlan() *PlanVersion {
	for i := len(c.Plans) - 1; i >= 0; i-- {
		if c.Plans[i].Final() {
			return &c.Plans[i]
		}
	}
	return nil
}

// CurrentAssessment is the newest assessment, or nil.
func (c *Case) CurrentAssessment() *Assessment {
	if len(c.Assessments) == 0 {
		return nil
	}
	return &c.Assessments[len(c.Assessments)-1]
}

// Summary is what the case list shows of a case; storage keeps it beside the
// full case so the list never loads whole cases.
type CaseSummary struct {
	ID        int64
	UID       string
	FirstName string
	LastName  string
	RVNR      string
	Phase     Phase
	NextDue   Date
	// Broken is the number of hard findings of CheckCase: a case stored
	// before a rule held on every path may break one.
	Broken int
}

// Summarize derives the list row of a case.
func (c *Case) Summarize(s Settings) CaseSummary {
	return CaseSummary{
		ID: c.ID, UID: c.UID, FirstName: c.Client.FirstName, LastName: c.Client.LastName,
		RVNR: c.Client.RVNR, Phase: c.Phase, NextDue: NextDue(c, s), Broken: len(CheckCase(c).Hard),
	}
}

// LastWithdrawal is the day of the last withdrawal on or before day (zero
// when there was none).
func (c CaseManagementConsent) LastWithdrawal(day Date) Date {
	var last Date
	for _, p := range c.History() {
		if p.WithdrawnOn.Valid() && !p.WithdrawnOn.After(day) && (!last.Valid() || last.Before(p.WithdrawnOn)) {
			last = p.WithdrawnOn
		}
	}
	return last
}

// Withdrawn reports a consent withdrawn on or before day and not given
// again by then: case management cannot go on until the client consents
// again.
func (c CaseManagementConsent) Withdrawn(day Date) bool {
	if c.Active(day) {
		return false
	}
	for _, p := range c.History() {
		if p.GivenOn.Valid() && !p.GivenOn.After(day) && p.WithdrawnOn.Valid() && !p.WithdrawnOn.After(day) {
			return true
		}
	}
	return false
}
