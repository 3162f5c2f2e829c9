package ui

import (
	"slices"
	"strings"
	"testing"

	"teilhabelotse/ui/internal/uitest"
)

// A failed daily backup stands above the window's content until it is
// solved, and Hilfe › Über says it too.
func TestBackupNoticeStandsAboveTheContentAndInAbout(t *testing.T) {
	u := newTestUI(t, uitest.Store(t))
	const text = "Die heutige automatische Sicherung ist fehlgeschlagen (Datenträger voll)."
	u.SetNotice(NoticeBackup, text)
	if !u.banner.Visible() || !slices.Contains(uitest.Strings(u.banner), text) {
		t.Fatalf("banner %v shows %q", u.banner.Visible(), uitest.Strings(u.banner))
	}
	u.onAbout()
	over := u.win.Canvas().Overlays().Top()
	if over == nil || !strings.Contains(strings.Join(uitest.Strings(over), " "), "Datenträger voll") {
		t.Error("Hilfe › Über does not say that the backup failed")
	}
	u.SetNotice(NoticeBackup, "")
	if u.banner.Visible() {
		t.Error("a solved notice must go")
	}
}
