//go:build screenshots

package closure

import (
	"testing"

	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
)

func TestScreenshot(t *testing.T) {
	uitest.ShotsDir(t)
	cases, partners := demo.Cases(demo.Curated, 1, uitest.Now)
	s := uitest.Open(t, cases[4], partners).S // closure begun, levels still open
	obj := New(s)
	uitest.ShootScrolled(t, obj, "closure.png", 0)
	uitest.ShootScrolled(t, obj, "closure-goals.png", 700)
	uitest.ShootScrolled(t, obj, "closure-end.png", 1e6)
	closed := New(uitest.Open(t, cases[5], partners).S) // closed, every goal rated
	uitest.ShootScrolled(t, closed, "closure-closed.png", 0)
	uitest.ShootScrolled(t, closed, "closure-closed-goals.png", 800)
}
