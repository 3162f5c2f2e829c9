package assessment

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// messageID finds every literal message ID of this package in its sources,
// whichever helper it is passed to.
var messageID = regexp.MustCompile(`"(Assessment\.[A-Za-z0-9_.]+)"`)

// Every message the workspace asks for exists in every language, so no
// field shows a bare ID.
func TestEveryMessageIsTranslated(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range messageID.FindAllStringSubmatch(string(src), -1) {
			ids[m[1]] = true
		}
	}
	if len(ids) < 60 {
		t.Fatalf("found only %d message IDs; is the pattern still right?", len(ids))
	}
	for _, k := range model.FactorKinds {
		ids["FactorKind."+string(k)] = true
	}
	for _, e := range model.FactorEffects {
		ids["FactorEffect."+string(e)] = true
	}
	ids["FactorKind.none"], ids["FactorEffect.none"] = true, true
	for _, it := range model.ChecklistFor(&model.Case{}, model.PhaseAssessment) {
		ids[it.Key] = true
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
