package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// export plan --without-health prints the Auszug ohne Angaben zur
// Gesundheit: marked, and without the disorder the whole plan prints.
func TestExportPlanWithoutHealth(t *testing.T) {
	dir := demoData(t)
	monika := demoCase(t, dir, "Beispielmann")
	id := strconv.FormatInt(monika.ID, 10)
	disorder := strings.Fields(monika.CurrentPlan().Disorder)
	if len(disorder) < 4 {
		t.Fatal("the demo plan has no disorder to leave out")
	}
	probe := strings.Join(disorder[:4], " ")
	out := filepath.Join(t.TempDir(), "plan.pdf")

	mustRun(t, "--data", dir, "export", "plan", "--case", id, "--out", out)
	if text := strings.Join(strings.Fields(pdfText(t, out)), " "); !strings.Contains(text, probe) || strings.Contains(text, "Auszug ohne Angaben zur Gesundheit") {
		t.Errorf("the whole plan should print the disorder %q and no extract mark", probe)
	}
	mustRun(t, "--data", dir, "export", "plan", "--case", id, "--without-health", "--out", out, "--force")
	text := strings.Join(strings.Fields(pdfText(t, out)), " ")
	if !strings.Contains(text, "Auszug ohne Angaben zur Gesundheit") {
		t.Errorf("the extract is not marked:\n%.400s", text)
	}
	if strings.Contains(text, probe) {
		t.Errorf("the extract prints the disorder %q", probe)
	}
	wantFail(t, "--without-health", "--data", dir, "export", "closure", "--case", id, "--without-health", "--out", filepath.Join(t.TempDir(), "c.pdf"))
}
