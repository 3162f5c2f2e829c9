package model

// The enumerations of DESIGN.md. Each value is a stable key stored in the
// database and the case file; its text lives in locales/ under
// "<Type>.<key>" (e.g. "Area.health"), so the labels can change without
// touching stored data.

// Area is a participation area (Teilhabe-/Lebensbereich).
type Area string

const (
	AreaHealth    Area = "health"
	AreaEducation Area = "education"
	AreaWork      Area = "work"
	AreaEconomic  Area = "economic"
	AreaDaily     Area = "daily"
	AreaSocial    Area = "social"
	AreaCultural  Area = "cultural"
)

// Areas in the order of the Fachkonzept.
var Areas = []Area{AreaHealth, AreaEducation, AreaWork, AreaEconomic, AreaDaily, AreaSocial, AreaCultural}

// AccessRoute is how the case reached the case manager (Zugangsweg).
type AccessRoute string

const (
	RouteMedicalRehab AccessRoute = "medicalRehab"
	RouteRehaAdvice   AccessRoute = "rehaAdvice"
	RouteEmployer     AccessRoute = "employer"
	RouteOtherCarrier AccessRoute = "otherCarrier"
	RouteSelf         AccessRoute = "self"
	RouteOther        AccessRoute = "other"
)

var AccessRoutes = []AccessRoute{RouteMedicalRehab, RouteRehaAdvice, RouteEmployer, RouteOtherCarrier, RouteSelf, RouteOther}

// MeetingMode of the first meeting; in person is the rule.
type MeetingMode string

const (
	ModeInPerson MeetingMode = "inPerson"
	ModeVideo    MeetingMode = "video"
	ModePhone    MeetingMode = "phone"
)

var MeetingModes = []MeetingMode{ModeInPerson, ModeVideo, ModePhone}

// Topic is a content of the first meeting (Inhalte des Erstgesprächs).
type Topic string

const (
	TopicAcquaintance     Topic = "acquaintance"
	TopicInformation      Topic = "informationGathered"
	TopicCMInformed       Topic = "cmInformed"
	TopicCriteria         Topic = "criteriaChecked"
	TopicConsent          Topic = "consentObtained"
	TopicDataProtection   Topic = "dataProtection"
	TopicDisclosureInfo   Topic = "disclosureExplained"
	TopicRightsObligation Topic = "rightsObligations"
)

var Topics = []Topic{TopicAcquaintance, TopicInformation, TopicCMInformed, TopicCriteria, TopicConsent, TopicDataProtection, TopicDisclosureInfo, TopicRightsObligation}

// Answer is a yes/no/unknown answer; "" means not yet answered.
type Answer string

const (
	AnswerYes     Answer = "yes"
	AnswerNo      Answer = "no"
	AnswerUnknown Answer = "unknown"
)

var Answers = []Answer{AnswerYes, AnswerNo, AnswerUnknown}

// Intensity is the intensity type A, B or C.
type Intensity string

const (
	IntensityA Intensity = "A"
	IntensityB Intensity = "B"
	IntensityC Intensity = "C"
)

var Intensities = []Intensity{IntensityA, IntensityB, IntensityC}

// ConsentForm is how a consent was given.
type ConsentForm string

const (
	FormWritten ConsentForm = "written"
	FormOral    ConsentForm = "oral"
)

var ConsentForms = []ConsentForm{FormWritten, FormOral}

// InfoCategory is a category of information a disclosure consent covers.
type InfoCategory string

const (
	InfoContact    InfoCategory = "contact"
	InfoHealth     InfoCategory = "health"
	InfoWork       InfoCategory = "work"
	InfoCapability InfoCategory = "capability"
	InfoFinances   InfoCategory = "finances"
	InfoSocial     InfoCategory = "social"
	InfoPlan       InfoCategory = "plan"
)

var InfoCategories = []InfoCategory{InfoContact, InfoHealth, InfoWork, InfoCapability, InfoFinances, InfoSocial, InfoPlan}

// PartnerCategory is a kind of network partner (Fachkonzept, inside and
// outside the DRV).
type PartnerCategory string

const (
	PartnerRehaSachbearbeitung PartnerCategory = "drvRehaCaseworker"
	PartnerRehaFachberatung    PartnerCategory = "drvRehaAdvice"
	PartnerSMD                 PartnerCategory = "drvSocialMedicine"
	PartnerAuskunft            PartnerCategory = "drvAdviceCentre"
	PartnerFirmenservice       PartnerCategory = "drvFirmenservice"
	PartnerAnsprechstelle      PartnerCategory = "drvContactPoint"
	PartnerMedicalRehab        PartnerCategory = "medicalRehab"
	PartnerVocationalRehab     PartnerCategory = "vocationalRehab"
	PartnerEmployer            PartnerCategory = "employer"
	PartnerIFD                 PartnerCategory = "ifd"
	PartnerTechnicalAdviser    PartnerCategory = "technicalAdviser"
	PartnerEmploymentAgency    PartnerCategory = "employmentAgency"
	PartnerHealthInsurance     PartnerCategory = "healthInsurance"
	PartnerAccidentInsurance   PartnerCategory = "accidentInsurance"
	PartnerCareInsurance       PartnerCategory = "careInsurance"
	PartnerEingliederungshilfe PartnerCategory = "integrationAssistance"
	PartnerIntegrationsamt     PartnerCategory = "integrationOffice"
	PartnerCounselling         PartnerCategory = "counselling"
	PartnerPersonal            PartnerCategory = "personal"
)

var PartnerCategories = []PartnerCategory{
	PartnerRehaSachbearbeitung, PartnerRehaFachberatung, PartnerSMD, PartnerAuskunft, PartnerFirmenservice, PartnerAnsprechstelle,
	PartnerMedicalRehab, PartnerVocationalRehab, PartnerEmployer, PartnerIFD, PartnerTechnicalAdviser, PartnerEmploymentAgency,
	PartnerHealthInsurance, PartnerAccidentInsurance, PartnerCareInsurance, PartnerEingliederungshilfe, PartnerIntegrationsamt,
	PartnerCounselling, PartnerPersonal,
}

// InsideDRV reports whether the category belongs to the Rentenversicherung itself.
func (c PartnerCategory) InsideDRV() bool {
	switch c {
	case PartnerRehaSachbearbeitung, PartnerRehaFachberatung, PartnerSMD, PartnerAuskunft, PartnerFirmenservice, PartnerAnsprechstelle:
		return true
	}
	return false
}

// ContactKind is the kind of a logged contact.
type ContactKind string

const (
	ContactCounselling   ContactKind = "counselling"
	ContactVisitCompany  ContactKind = "visitCompany"
	ContactVisitClient   ContactKind = "visitClient"
	ContactVisitPartner  ContactKind = "visitPartner"
	ContactPhone         ContactKind = "phone"
	ContactVideo         ContactKind = "video"
	ContactLetter        ContactKind = "letter"
	ContactCaseConf      ContactKind = "caseConference"
	ContactParticipation ContactKind = "participationConference"
	ContactNetwork       ContactKind = "networkWork"
)

var ContactKinds = []ContactKind{ContactCounselling, ContactVisitCompany, ContactVisitClient, ContactVisitPartner, ContactPhone, ContactVideo, ContactLetter, ContactCaseConf, ContactParticipation, ContactNetwork}

// Role is one of the four roles of the case manager.
type Role string

const (
	RoleSupporter  Role = "supporter"
	RoleAdvocate   Role = "advocate"
	RoleBroker     Role = "broker"
	RoleGatekeeper Role = "gatekeeper"
)

var Roles = []Role{RoleSupporter, RoleAdvocate, RoleBroker, RoleGatekeeper}

// MeasureStatus is the state of a measure.
type MeasureStatus string

const (
	MeasurePlanned   MeasureStatus = "planned"
	MeasureRunning   MeasureStatus = "running"
	MeasureDone      MeasureStatus = "done"
	MeasureCancelled MeasureStatus = "cancelled"
)

var MeasureStatuses = []MeasureStatus{MeasurePlanned, MeasureRunning, MeasureDone, MeasureCancelled}

// Decision is the outcome of a monitoring review.
type Decision string

const (
	DecisionContinue     Decision = "continue"
	DecisionReassessment Decision = "reassessment"
	DecisionPlanAdjust   Decision = "planAdjustment"
)

var Decisions = []Decision{DecisionContinue, DecisionReassessment, DecisionPlanAdjust}

// EndingForm is regular or premature.
type EndingForm string

const (
	EndingRegular   EndingForm = "regular"
	EndingPremature EndingForm = "premature"
)

var EndingForms = []EndingForm{EndingRegular, EndingPremature}

// EndingReason is why a case ended.
type EndingReason string

const (
	ReasonGoalsReached  EndingReason = "goalsReached"
	ReasonIndependent   EndingReason = "independent"
	ReasonByClient      EndingReason = "byClient"
	ReasonNoCooperation EndingReason = "noCooperation"
	ReasonIllness       EndingReason = "illness"
	ReasonCarrierChange EndingReason = "carrierChange"
	ReasonEMPension     EndingReason = "emPension"
	ReasonWithdrawn     EndingReason = "consentWithdrawn" // the Zustimmung zum Fallmanagement was withdrawn
	ReasonOther         EndingReason = "other"
)

var EndingReasons = []EndingReason{ReasonGoalsReached, ReasonIndependent, ReasonByClient, ReasonNoCooperation, ReasonIllness, ReasonCarrierChange, ReasonEMPension, ReasonWithdrawn, ReasonOther}

// WorkAbility is the result "work ability restored".
type WorkAbility string

const (
	WorkAbilityYes    WorkAbility = "yes"
	WorkAbilityPartly WorkAbility = "partly"
	WorkAbilityNo     WorkAbility = "no"
)

var WorkAbilities = []WorkAbility{WorkAbilityYes, WorkAbilityPartly, WorkAbilityNo}

// Reintegration is the result "reintegration into working life".
type Reintegration string

const (
	ReintegrationPrevious      Reintegration = "previousWorkplace"
	ReintegrationAdapted       Reintegration = "adaptedWorkplace"
	ReintegrationNewEmployer   Reintegration = "newEmployer"
	ReintegrationQualification Reintegration = "qualification"
	ReintegrationNone          Reintegration = "noReintegration" // not "none": that key is the empty value's label
)

var Reintegrations = []Reintegration{ReintegrationPrevious, ReintegrationAdapted, ReintegrationNewEmployer, ReintegrationQualification, ReintegrationNone}

// FactorKind is an ICF context factor kind.
type FactorKind string

const (
	FactorEnvironmental FactorKind = "environmental"
	FactorPersonal      FactorKind = "personal"
)

var FactorKinds = []FactorKind{FactorEnvironmental, FactorPersonal}

// FactorEffect says whether a context factor hinders or helps.
type FactorEffect string

const (
	EffectBarrier     FactorEffect = "barrier"
	EffectFacilitator FactorEffect = "facilitator"
)

var FactorEffects = []FactorEffect{EffectBarrier, EffectFacilitator}
