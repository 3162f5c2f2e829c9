package model

// ScreeningArea is one of the eight areas the Fachkonzept lists as relevant
// information that can justify case management (Phase 1).
type ScreeningArea string

const (
	ScreenJob          ScreeningArea = "job"
	ScreenBehaviour    ScreeningArea = "workBehaviour"
	ScreenFinances     ScreeningArea = "finances"
	ScreenMobility     ScreeningArea = "mobility"
	ScreenHealth       ScreeningArea = "health"
	ScreenSocial       ScreeningArea = "social"
	ScreenIndependence ScreeningArea = "independence"
	ScreenOther        ScreeningArea = "other"
)

// ScreeningAreas in the Fachkonzept's order.
var ScreeningAreas = []ScreeningArea{ScreenJob, ScreenBehaviour, ScreenFinances, ScreenMobility, ScreenHealth, ScreenSocial, ScreenIndependence, ScreenOther}

// Indicators lists the Fachkonzept's "Anhaltspunkte" per area as keys; the
// texts are the messages "Indicator.<key>".
var Indicators = map[ScreeningArea][]string{
	ScreenJob:          {"job.demands", "job.contract", "job.support", "job.relations"},
	ScreenBehaviour:    {"behaviour.coping", "behaviour.resignation", "behaviour.distance", "behaviour.motivation"},
	ScreenFinances:     {"finances.obligations", "finances.instalments", "finances.insolvency"},
	ScreenMobility:     {"mobility.transport", "mobility.licence", "mobility.vehicle"},
	ScreenHealth:       {"health.chronic", "health.complications", "health.comorbidity"},
	ScreenSocial:       {"social.support", "social.discrimination", "social.care", "social.dependence"},
	ScreenIndependence: {"independence.selfEfficacy", "independence.structure"},
	ScreenOther:        {"other.education", "other.language", "other.convictions"},
}

// ScreeningAnswer is the answer to one area's question.
type ScreeningAnswer struct {
	Area       ScreeningArea `json:"area"`
	Answer     Answer        `json:"answer,omitempty"`
	Indicators []string      `json:"indicators,omitempty"`
	Notes      string        `json:"notes,omitempty"`
}

// Screening returns the answer for area, or an empty one.
func (in *Intake) ScreeningFor(area ScreeningArea) *ScreeningAnswer {
	for i := range in.Screening {
		if in.Screening[i].Area == area {
			return &in.Screening[i]
		}
	}
	in.Screening = append(in.Screening, ScreeningAnswer{Area: area})
	return &in.Screening[len(in.Screening)-1]
}
