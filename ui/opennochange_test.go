package ui

import (
	"encoding/json"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// Looking at a case must not change it: building any workspace or tab on
// any demo case leaves the case exactly as it was and writes nothing.
func TestOpeningChangesNothing(t *testing.T) {
	uitest.German(t)
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.Local)
	cases, partners := demo.Cases(9, 1, now)
	for _, c := range cases {
		before, _ := json.Marshal(c)
		store := uitest.Store(t)
		env := &kit.Env{Loc: locales.New("de"), Store: store, Now: func() time.Time { return now }, Partners: partners, Win: test.NewTempWindow(t, nil)}
		s := kit.NewSession(env, c)
		for p, build := range phaseWorkspaces {
			_ = build(s)
			if s.Dirty() {
				t.Errorf("%s: building the %s workspace marked the case as changed", c.Client.FullName(), p)
			}
		}
		w := newCaseWork(s, c.Phase, func() {})
		for _, item := range w.tabs.Items {
			w.tabs.Select(item)
		}
		if s.Dirty() {
			t.Errorf("%s: opening the tabs marked the case as changed", c.Client.FullName())
		}
		// The intake lays out all eight screening areas; empty answers are
		// no change.
		var kept []model.ScreeningAnswer
		for _, a := range c.Intake.Screening {
			if a.Answer != "" || len(a.Indicators) > 0 || a.Notes != "" {
				kept = append(kept, a)
			}
		}
		c.Intake.Screening = kept
		after, _ := json.Marshal(c)
		if string(before) != string(after) {
			t.Errorf("%s: looking at the case changed it", c.Client.FullName())
			diff(t, before, after)
		}
	}
}

func diff(t *testing.T, a, b []byte) {
	for i := range a {
		if i >= len(b) || a[i] != b[i] {
			lo := max(0, i-120)
			t.Logf("before: …%s…", a[lo:min(len(a), i+80)])
			t.Logf("after:  …%s…", b[lo:min(len(b), i+80)])
			return
		}
	}
}
