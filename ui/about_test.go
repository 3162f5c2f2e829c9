package ui

import (
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/ui/internal/uitest"
)

// TestAboutTellsWhereTheDataAre: Hilfe › Über names version, licence,
// the data folder (and who chose it) with a button to open it, and the log.
func TestAboutTellsWhereTheDataAre(t *testing.T) {
	a := uitest.German(t)
	info := AboutInfo{Version: "9.8.7", Licence: "EUPL-1.2", DataDir: `D:\Teilhabelotse\emu`, DataSource: "preset", LogFile: `D:\Teilhabelotse\emu\teilhabelotse.log`}
	u := New(a, uitest.Store(t), locales.New("de"), uitest.Clock, WithAbout(info))
	t.Cleanup(func() { u.Window().Close() })
	menuItem(t, u, "Hilfe", "Über Teilhabelotse").Action()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no about dialog")
	}
	all := strings.Join(uitest.Strings(top), "\n")
	for _, want := range []string{"Version 9.8.7", "EUPL-1.2", info.DataDir, "teilhabelotse.ini", info.LogFile, "Datenordner öffnen"} {
		if !strings.Contains(all, want) {
			t.Errorf("the about dialog does not say %q:\n%s", want, all)
		}
	}
}

// TestFolderRiskWarns: a data folder in a synced cloud folder is said at
// start, naming the service; a safe one says nothing.
func TestFolderRiskWarns(t *testing.T) {
	a := uitest.German(t)
	u := New(a, uitest.Store(t), locales.New("de"), uitest.Clock,
		WithAbout(AboutInfo{DataDir: `C:\Users\emu\OneDrive - Stadt\tl`}), WithFolderRisk(FolderRisk{Cloud: "OneDrive"}))
	t.Cleanup(func() { u.Window().Close() })
	u.Show()
	top := u.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(strings.Join(uitest.Strings(top), "\n"), "OneDrive") {
		t.Fatal("no warning about the synced data folder")
	}

	b := newTestUI(t, uitest.Store(t))
	b.Show()
	if top := b.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a safe data folder was warned about: %q", uitest.Strings(top))
	}
}

// A data folder other local users may read (Windows access rules) is
// warned about, naming the groups.
func TestFolderReadableWarns(t *testing.T) {
	a := uitest.German(t)
	u := New(a, uitest.Store(t), locales.New("de"), uitest.Clock,
		WithAbout(AboutInfo{DataDir: `D:\Teilhabelotse`}), WithFolderRisk(FolderRisk{ReadableBy: []string{"Users", "Authenticated Users"}}))
	t.Cleanup(func() { u.Window().Close() })
	u.Show()
	top := u.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(strings.Join(uitest.Strings(top), "\n"), "Users, Authenticated Users") {
		t.Fatal("no warning naming who may read the data folder")
	}
}
