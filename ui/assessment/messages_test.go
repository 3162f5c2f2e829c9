package assessment

import (
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// The enumerations and checklist items the workspace shows through
// loc.Enum and the checklist have labels in every language. Literal IDs
// are checked module-wide (locales.TestEveryLiteralMessageIDOfTheModuleExists).
func TestEnumLabelsAreTranslated(t *testing.T) {
	ids := map[string]bool{}
	for _, k := range model.FactorKinds {
		ids["FactorKind."+string(k)] = true
	}
	for _, e := range model.FactorEffects {
		ids["FactorEffect."+string(e)] = true
	}
	ids["FactorKind.none"], ids["FactorEffect.none"] = true, true
	for _, it := range model.ChecklistFor(&model.Case{}, model.PhaseAssessment) {
		ids[it.Key.MessageID()] = true
	}
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		for id := range ids {
			if !loc.Has(id) {
				t.Errorf("%s: no message %q", lang, id)
			}
		}
	}
}
