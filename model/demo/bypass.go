package demo

import (
	"slices"
	"time"

	"teilhabelotse/model"
)

// Bypass is a case the window could never have produced: a curated demo
// case changed by hand the way a case file can be, so that it breaks one
// rule of the control loop or the consent rule. Every front end's tests
// feed these in and must refuse each (issue #13 lists them).
type Bypass struct {
	Name string
	Case *model.Case
	// Code is the hard finding model.CheckCase must report, at a path
	// that begins with Path.
	Code, Path string
}

// PartnersOf lists the directory entries c refers to, as a case file
// carries them (never nil).
func PartnersOf(c *model.Case) []model.Partner {
	refs := map[string]bool{}
	for _, uid := range c.PartnerUIDs() {
		refs[uid] = true
	}
	out := []model.Partner{}
	for _, p := range Partners() {
		if refs[p.UID] {
			out = append(out, p)
		}
	}
	return out
}

// Curated cases by position (see curated).
const (
	curatedAssessment = 1
	curatedMonitoring = 3
	curatedClosed     = 5
)

// Bypasses returns one case per known way around the rules, built from the
// curated demo cases at now.
func Bypasses(now time.Time) []Bypass {
	var out []Bypass
	add := func(name string, base int, code, path string, change func(c *model.Case)) {
		cs, _ := Cases(0, 1, now)
		c := cs[base]
		change(c)
		out = append(out, Bypass{Name: name, Case: c, Code: code, Path: path})
	}
	// The monitoring case's first disclosure goes to the employer, whose
	// consent covers contact data, work and capability — not health.
	add("health data to an employer whose consent excludes it", curatedMonitoring, model.CodeRuleNotCovered, "disclosures[0]", func(c *model.Case) {
		c.Disclosures[0].Categories = append(c.Disclosures[0].Categories, model.InfoHealth)
	})
	add("disclosure to a partner without any consent", curatedMonitoring, model.CodeRuleNotCovered, "disclosures[0]", func(c *model.Case) {
		c.Disclosures[0].Partner = uidOf("smd")
	})
	add("disclosure after the consent was revoked", curatedMonitoring, model.CodeRuleNotCovered, "disclosures[0]", func(c *model.Case) {
		c.Consents[0].RevokedOn = c.Disclosures[0].Date.AddDays(-1)
	})
	add("disclosure covered only by a release from confidentiality", curatedMonitoring, model.CodeRuleNotCovered, "disclosures[0]", func(c *model.Case) {
		c.Consents[0].Kind = model.ConsentRelease
	})
	add("disclosure before the consent was given", curatedMonitoring, model.CodeRuleNotCovered, "disclosures[0]", func(c *model.Case) {
		c.Disclosures[0].Date = c.Consents[0].GivenOn.AddDays(-1)
	})
	// Conferences share information: a partner at the table needs a
	// consent for what is discussed there.
	add("conference shares with a partner without any consent", curatedMonitoring, model.CodeRuleConferenceNotCovered, "plans[0].conference.attendees", func(c *model.Case) {
		k := &c.Plans[0].Conference
		k.Attendees = append(k.Attendees, model.Attendee{Partner: uidOf("smd")})
	})
	add("conference shares health data the employer's consent excludes", curatedAssessment, model.CodeRuleConferenceNotCovered, "assessments[0].conferences[0].attendees[0]", func(c *model.Case) {
		k := &c.Assessments[0].Conferences[0]
		k.Shared = append(k.Shared, model.InfoHealth)
	})
	// A contact that passed information on and its disclosure agree.
	add("contact that passed information without a disclosure", curatedMonitoring, model.CodeRuleContactNoDisclosure, "contacts[", func(c *model.Case) {
		for _, k := range c.Contacts {
			if k.Passed == model.AnswerYes {
				c.Disclosures = slices.DeleteFunc(c.Disclosures, func(d model.Disclosure) bool { return d.ContactID == k.ID })
				return
			}
		}
		panic("demo: no contact passed information")
	})
	add("covered disclosure hung on a contact of another day", curatedMonitoring, model.CodeRuleDisclosureContactDay, "disclosures[", func(c *model.Case) {
		for i, d := range c.Disclosures {
			if d.ContactID != "" {
				c.Disclosures[i].Date = d.Date.AddDays(1)
				return
			}
		}
		panic("demo: no disclosure in a contact")
	})
	add("monitoring without a finalised plan", curatedMonitoring, model.CodeRuleNeedFinalPlan, "plans", func(c *model.Case) {
		for i := range c.Plans {
			c.Plans[i].FinalizedOn = model.Date{}
		}
	})
	add("monitoring without a plan", curatedMonitoring, model.CodeRuleNeedFinalPlan, "plans", func(c *model.Case) {
		planned := map[string]bool{}
		for _, p := range c.Plans {
			planned[p.Conference.ID] = true
		}
		c.Disclosures = slices.DeleteFunc(c.Disclosures, func(d model.Disclosure) bool { return d.ConferenceID != "" && planned[d.ConferenceID] })
		c.Plans, c.Reviews = nil, nil
	})
	add("closed with an empty closure record", curatedClosed, model.CodeRuleClosureIncomplete, "closure", func(c *model.Case) {
		c.Closure = model.Closure{}
	})
	add("premature end without reason and results", curatedClosed, model.CodeRuleClosureIncomplete, "closure.reason", func(c *model.Case) {
		c.Closure.Form, c.Closure.Reason = model.EndingPremature, ""
		c.Closure.WorkAbility, c.Closure.Reintegration = "", ""
	})
	add("past intake without consent to case management", curatedAssessment, model.CodeRuleNeedConsent, "cmConsent", func(c *model.Case) {
		c.CMConsent = model.CaseManagementConsent{}
	})
	add("past intake with the decision no", curatedAssessment, model.CodeRuleNeedDecision, "intake.decision.need", func(c *model.Case) {
		c.Intake.Decision.Need = model.AnswerNo
	})
	add("moved on after the consent was withdrawn", curatedMonitoring, model.CodeRuleNeedConsent, "events", func(c *model.Case) {
		c.CMConsent.WithdrawnOn = c.Assessments[0].Date.AddDays(1)
	})
	add("closed while the timeline ends in monitoring", curatedMonitoring, model.CodeRuleEventPhase, "phase", func(c *model.Case) {
		c.Phase = model.PhaseClosed
	})
	add("first meeting before the referral arrived", curatedMonitoring, model.CodeRuleDateImpossible, "intake.firstMeeting.date", func(c *model.Case) {
		c.Intake.FirstMeeting.Date = c.Intake.Referral.ReceivedOn.AddDays(-3)
	})
	add("closure before the case was opened", curatedClosed, model.CodeRuleDateImpossible, "closure.date", func(c *model.Case) {
		c.Closure.Date = c.Intake.Referral.ReceivedOn.AddDays(-1)
		c.Closure.TransmittedOn = c.Closure.Date
	})
	return out
}
