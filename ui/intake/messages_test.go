package intake

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"teilhabelotse/locales"
)

var intakeID = regexp.MustCompile(`"(Intake\.[A-Za-z0-9_.]+)"`)

// TestMessages: every message the workspace names exists in every
// language, and every message of intake.de.json is used, so the file holds
// no forgotten texts.
func TestMessages(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range intakeID.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
		}
	}
	if len(used) < 50 {
		t.Fatalf("found only %d message IDs; is the pattern still right?", len(used))
	}
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		for id := range used {
			if !loc.Has(id) {
				t.Errorf("%s: no message %q", lang, id)
			}
		}
	}
	b, err := os.ReadFile(filepath.Join("..", "..", "locales", "intake.de.json"))
	if err != nil {
		t.Fatal(err)
	}
	var msgs map[string]string
	if err := json.Unmarshal(b, &msgs); err != nil {
		t.Fatal(err)
	}
	for id := range msgs {
		if !used[id] {
			t.Errorf("message %q is not used by the workspace", id)
		}
	}
}
