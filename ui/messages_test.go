package ui

import (
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// The enumerations the UI shows through loc.Enum have labels.
func TestEnumLabelsTheUIShows(t *testing.T) {
	var ids []string
	for _, p := range model.AllPhases {
		ids = append(ids, "Phase."+string(p), "PhaseShort."+string(p))
	}
	for _, r := range model.AccessRoutes {
		ids = append(ids, "AccessRoute."+string(r))
	}
	for _, k := range []model.TransitionKind{model.KindOpened, model.KindAdvance, model.KindNotAdmitted, model.KindReassess,
		model.KindBackToAssess, model.KindReplan, model.KindCloseRegular, model.KindClosePremature, model.KindFinish, model.KindReopen} {
		ids = append(ids, "TransitionKind."+string(k))
	}
	for _, k := range []model.DeadlineKind{model.DueFirstMeeting, model.DueReview, model.DueGoal, model.DueMeasure,
		model.DueTask, model.DueConsentExpiry} {
		ids = append(ids, "DeadlineKind."+string(k))
	}
	for _, p := range model.LoopPhases {
		for _, it := range model.ChecklistFor(&model.Case{}, p) {
			ids = append(ids, it.Key.MessageID())
		}
	}
	for _, lang := range locales.Languages {
		ids = append(ids, "Language."+lang)
	}
	ids = append(ids, model.CodeRequired, model.CodeNotADate, model.CodeRVNRFormat, model.CodeRVNRCheckDigit, "ErrGeneric")
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		for _, id := range ids {
			if !loc.Has(id) {
				t.Errorf("%s: no message %q", lang, id)
			}
		}
	}
}
