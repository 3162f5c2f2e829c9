package model

// CheckKey names a documentation item of a phase's checklist. It is the
// model's own key, stored in the history (Event.Missing) and in case files:
// a key once stored is never renamed or removed, or old histories could no
// longer say what was acknowledged as missing. Its text lives in locales/
// under MessageID, so the wording may change freely.
type CheckKey string

const (
	CheckReferral                CheckKey = "referral"
	CheckFirstMeeting            CheckKey = "firstMeeting"
	CheckScreening               CheckKey = "screening"
	CheckDecision                CheckKey = "decision"
	CheckCMConsent               CheckKey = "cmConsent"
	CheckIntensity               CheckKey = "intensity"
	CheckAgreement               CheckKey = "agreement"
	CheckHealth                  CheckKey = "health"
	CheckQualification           CheckKey = "qualification"
	CheckWork                    CheckKey = "work"
	CheckEconomic                CheckKey = "economic"
	CheckDailyLiving             CheckKey = "dailyLiving"
	CheckSocial                  CheckKey = "social"
	CheckCultural                CheckKey = "cultural"
	CheckWishesGoals             CheckKey = "wishesGoals"
	CheckInstruments             CheckKey = "instruments"
	CheckCaseConference          CheckKey = "caseConference"
	CheckNetworkPartners         CheckKey = "networkPartners"
	CheckGoalsByArea             CheckKey = "goalsByArea"
	CheckMeasuresByArea          CheckKey = "measuresByArea"
	CheckParticipationConference CheckKey = "participationConference"
	CheckPartnersByArea          CheckKey = "partnersByArea"
	CheckFurtherParticipants     CheckKey = "furtherParticipants"
	CheckReview                  CheckKey = "review"
	CheckNextReview              CheckKey = "nextReview"
	CheckEndingForm              CheckKey = "endingForm"
	CheckWorkAbility             CheckKey = "workAbility"
	CheckReintegration           CheckKey = "reintegration"
	CheckGoalAttainment          CheckKey = "goalAttainment"
)

// CheckKeys is every key a history may hold, in the order of the phases'
// checklists. An item that leaves the checklists stays here.
var CheckKeys = []CheckKey{
	CheckReferral, CheckFirstMeeting, CheckScreening, CheckDecision, CheckCMConsent, CheckIntensity, CheckAgreement,
	CheckHealth, CheckQualification, CheckWork, CheckEconomic, CheckDailyLiving, CheckSocial, CheckCultural,
	CheckWishesGoals, CheckInstruments, CheckCaseConference, CheckNetworkPartners,
	CheckGoalsByArea, CheckMeasuresByArea, CheckParticipationConference, CheckPartnersByArea, CheckFurtherParticipants,
	CheckReview, CheckNextReview,
	CheckEndingForm, CheckWorkAbility, CheckReintegration, CheckGoalAttainment,
}

// MessageID is the locale message that names the item: the one place where
// a checklist key turns into a message ID.
func (k CheckKey) MessageID() string { return "Check." + string(k) }
