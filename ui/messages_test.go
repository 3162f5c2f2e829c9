package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// messageID finds the literal message IDs the screens translate.
var messageID = regexp.MustCompile(`\.T\("([A-Za-z0-9_.]+)"[,)]`)

// Every message the UI asks for exists in every language, so no screen
// shows a bare ID.
func TestEveryUIMessageIsTranslated(t *testing.T) {
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
	if len(ids) < 40 {
		t.Fatalf("found only %d message IDs; is the pattern still right?", len(ids))
	}
	for _, lang := range locales.Languages {
		ids["Language."+lang] = true
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
			ids = append(ids, it.Key)
		}
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
