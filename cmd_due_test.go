package main

import (
	"strings"
	"testing"
)

// `due` lists what the window's Fällig overview lists, in its words,
// earliest first; a case with nothing due in 14 days is not named.
func TestDueListsWhatTheOverviewLists(t *testing.T) {
	pinLanguage(t)
	dir := t.TempDir()
	if out := mustRun(t, "--data", dir, "due"); !strings.Contains(out, "nichts fällig und nichts überfällig") {
		t.Errorf("an empty data folder: %q", out)
	}
	mustRun(t, "--data", dir, "demo")
	out := mustRun(t, "--data", dir, "due")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.Contains(out, "\tJonas Beispiel\tErstgespräch\n") ||
		!strings.Contains(out, "\tAylin Musterfrau\tVereinbarte Aufgabe (Fall- oder Teilhabekonferenz): Befundbericht der behandelnden Ärztin anfordern\n") {
		t.Errorf("the overdue first meeting or the agreed task is missing:\n%s", out)
	}
	for i := 1; i < len(lines); i++ {
		if lines[i] < lines[i-1][:10] {
			t.Errorf("not earliest first: %q after %q", lines[i], lines[i-1])
		}
	}
	if strings.Contains(out, "Katharina Vorlage") { // closed, its documentation sent
		t.Errorf("a case with nothing due is listed:\n%s", out)
	}
	en := mustRun(t, "--lang", "en", "--data", dir, "due")
	if !strings.Contains(en, "\tJonas Beispiel\tFirst meeting\n") {
		t.Errorf("in English:\n%s", en)
	}
}
