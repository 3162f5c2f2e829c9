package monitoring

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"teilhabelotse/locales"
)

// messageID finds the literal message IDs the workspace translates.
var messageID = regexp.MustCompile(`"((?:Monitoring|Kit)\.[A-Za-z0-9_.]+)"`)

// Every message the workspace asks for exists in every language, so no
// screen shows a bare ID.
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
	if len(ids) < 30 {
		t.Fatalf("found only %d message IDs; is the pattern still right?", len(ids))
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
