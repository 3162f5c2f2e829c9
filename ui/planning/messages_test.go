package planning

import (
	"regexp"
	"testing"

	"teilhabelotse/ui/internal/uitest"
)

// Every message the workspace asks for exists in every language, so no
// screen shows a bare ID.
func TestEveryMessageIsTranslated(t *testing.T) {
	ids := uitest.MessageIDs(t, regexp.MustCompile(`"((?:Planning|Kit)\.[A-Za-z0-9_.]+)"`), 30)
	uitest.Translated(t, ids)
}
