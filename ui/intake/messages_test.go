package intake

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"teilhabelotse/ui/internal/uitest"
)

var intakeID = regexp.MustCompile(`"(Intake\.[A-Za-z0-9_.]+)"`)

// TestMessages: every message the workspace names exists in every
// language, and every message of intake.de.json is used, so the file holds
// no forgotten texts.
func TestMessages(t *testing.T) {
	used := uitest.MessageIDs(t, intakeID, 50)
	uitest.Translated(t, used)
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
