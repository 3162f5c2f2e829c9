//go:build screenshots

package planning

import (
	"testing"

	"teilhabelotse/ui/internal/uitest"
)

// TestScreenshots writes PNGs of the planning workspace for a person to
// look at:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/planning/
//
// It checks nothing and is skipped unless UI_SCREENSHOTS names a folder.
// Besides the 1000×800 window it writes the pages further down ("-p2", …),
// to see everything below the fold.
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	shots, partners := uitest.CuratedByLastName(map[string]string{"Probe": "planning-draft", "Mustermann": "planning-final", "Beispielmann": "planning-v2"})
	shots["planning-empty"] = planningCase()
	for name, c := range shots {
		uitest.Open(t, c, partners).ShootPages(dir, name, New)
	}
}
