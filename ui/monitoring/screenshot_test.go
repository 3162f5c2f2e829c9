//go:build screenshots

package monitoring

import (
	"testing"

	"teilhabelotse/ui/internal/uitest"
)

// TestScreenshots writes PNGs of the monitoring workspace for a person to
// look at:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/monitoring/
//
// It checks nothing and is skipped unless UI_SCREENSHOTS names a folder.
// Besides the 1000×800 window it writes the pages further down ("-p2", …),
// to see everything below the fold.
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	shots, partners := uitest.CuratedByLastName(map[string]string{"Mustermann": "monitoring-v1", "Beispielmann": "monitoring-loop", "Vorlage": "monitoring-closed"})
	shots["monitoring-overdue"] = monitoringCase()
	for name, c := range shots {
		uitest.Open(t, c, partners).ShootPages(dir, name, New)
	}
}
