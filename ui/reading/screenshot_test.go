//go:build screenshots

package reading

import (
	"testing"

	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
)

func TestScreenshot(t *testing.T) {
	uitest.ShotsDir(t)
	cases, partners := demo.Cases(demo.Curated, 1, uitest.Now)
	s := uitest.Open(t, cases[7], partners).S
	uitest.ShootScrolled(t, New(s), "reading.png", 0)
	s2 := uitest.Open(t, cases[5], partners).S
	uitest.ShootScrolled(t, New(s2), "reading-end.png", 1e6)
}
