package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// export assessment prints the newest Bedarfsermittlung, or the one
// --version names, and logs it; a case without one, or a number it does
// not have, is refused in words and writes nothing.
func TestExportAssessment(t *testing.T) {
	dir := demoData(t)
	loop := demoCase(t, dir, "Beispielmann") // initial assessment and a re-assessment
	if len(loop.Assessments) < 2 {
		t.Fatalf("demo case has %d assessments, want a re-assessment", len(loop.Assessments))
	}
	id := strconv.FormatInt(loop.ID, 10)
	out := filepath.Join(t.TempDir(), "bedarf.pdf")

	mustRun(t, "--data", dir, "export", "assessment", "--case", id, "--out", out)
	text := pdfText(t, out)
	for _, want := range []string{"Bedarfsermittlung", "Beispielmann", "Re-Assessment " + strconv.Itoa(len(loop.Assessments)-1),
		"Sicht der versicherten Person", "Profilvergleich und Handlungsbedarf"} {
		if !strings.Contains(text, want) {
			t.Errorf("assessment PDF lacks %q:\n%.600s", want, text)
		}
	}
	mustRun(t, "--data", dir, "export", "assessment", "--case", id, "--version", "1", "--out", out, "--force")
	if text := pdfText(t, out); !strings.Contains(text, "Erste") || !strings.Contains(text, "Frühere Bedarfsermittlung") {
		t.Errorf("--version 1 is not the first assessment:\n%.600s", text)
	}
	if log := mustRun(t, "--data", dir, "audit", "--case", id); !strings.Contains(log, "Dokument erstellt: Bedarfsermittlung (Nr. 1)") ||
		!strings.Contains(log, "Bedarfsermittlung (Nr. "+strconv.Itoa(len(loop.Assessments))+")") {
		t.Errorf("the audit log does not name the printed assessments:\n%s", log)
	}

	intake := strconv.FormatInt(demoCase(t, dir, "Beispiel").ID, 10)
	refused := filepath.Join(t.TempDir(), "x.pdf")
	wantFail(t, "noch keine Bedarfsermittlung", "--data", dir, "export", "assessment", "--case", intake, "--out", refused)
	wantFail(t, "keine Bedarfsermittlung Nr. 9", "--data", dir, "export", "assessment", "--case", id, "--version", "9", "--out", refused)
	if _, err := os.Stat(refused); !os.IsNotExist(err) {
		t.Errorf("a refused export left %s behind", refused)
	}
}

// export agreement and export infosheet print the papers of the first
// meeting for any case, and log them.
func TestExportAgreementAndInfoSheet(t *testing.T) {
	dir := demoData(t)
	c := demoCase(t, dir, "Beispiel") // still in the intake
	id := strconv.FormatInt(c.ID, 10)
	out := filepath.Join(t.TempDir(), "doc.pdf")

	mustRun(t, "--data", dir, "export", "agreement", "--case", id, "--out", out)
	text := pdfText(t, out)
	for _, want := range []string{"Zustimmung und Vereinbarung zum Fallmanagement", c.Client.LastName, "Ihre Rechte und Pflichten",
		"Datenschutz und Widerruf", "Unterschrift der versicherten Person"} {
		if !strings.Contains(text, want) {
			t.Errorf("agreement lacks %q:\n%.600s", want, text)
		}
	}
	mustRun(t, "--data", dir, "export", "infosheet", "--case", id, "--out", out, "--force")
	if text := pdfText(t, out); !strings.Contains(text, "Informationen für Sie") || !strings.Contains(text, "Seite 1 von 1") {
		t.Errorf("information sheet:\n%.600s", text)
	}
	log := mustRun(t, "--data", dir, "audit", "--case", id)
	for _, want := range []string{"Dokument erstellt: Zustimmung und Vereinbarung zum Fallmanagement", "Dokument erstellt: Informationsblatt"} {
		if !strings.Contains(log, want) {
			t.Errorf("the audit log lacks %q:\n%s", want, log)
		}
	}
}
