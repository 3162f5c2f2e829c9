package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"teilhabelotse/model"
)

// export closure --sent records the day the documentation went to the DRV,
// as the window's "An die DRV übermittelt am" does, and prints it; the
// model's rule decides which documents may and which days can be true.
func TestExportRecordsTheDaySentToTheCarrier(t *testing.T) {
	pinLanguage(t)
	dir := t.TempDir()
	mustRun(t, "--data", dir, "demo")
	closed := demoCase(t, dir, "Vorlage")
	id := strconv.FormatInt(closed.ID, 10)
	out := filepath.Join(t.TempDir(), "abschluss.pdf")
	sent := closed.Closure.Date
	if closed.Closure.TransmittedOn == sent {
		sent = sent.AddDays(1)
	}

	mustRun(t, "--data", dir, "export", "closure", "--case", id, "--sent", sent.ISO(), "--out", out)
	if got := demoCase(t, dir, "Vorlage").Closure.TransmittedOn; got != sent {
		t.Errorf("recorded %v, want %v", got, sent)
	}
	if text := pdfText(t, out); !strings.Contains(text, sent.Time().Format("02.01.2006")) {
		t.Errorf("the closure documentation does not print the day sent %v:\n%.800s", sent, text)
	}

	refused := filepath.Join(t.TempDir(), "x.pdf")
	plan := strconv.FormatInt(demoCase(t, dir, "Beispielmann").ID, 10)
	wantFail(t, "--sent gibt es nur für Dokumente, die an den Träger gehen", "--data", dir, "export", "plan", "--case", plan, "--sent", sent.ISO(), "--out", refused)
	tomorrow := model.DateOf(time.Now()).AddDays(2).ISO()
	wantFail(t, "nicht in der Zukunft", "--data", dir, "export", "closure", "--case", id, "--sent", tomorrow, "--out", refused)
	wantFail(t, "vor dem Datum", "--data", dir, "export", "closure", "--case", id, "--sent", closed.Closure.Date.AddDays(-1).ISO(), "--out", refused)
	wantFail(t, "kein gültiger Wert für --sent", "--data", dir, "export", "closure", "--case", id, "--sent", "31.02.2026", "--out", refused)
	if got := demoCase(t, dir, "Vorlage").Closure.TransmittedOn; got != sent {
		t.Errorf("a refused --sent changed the day to %v", got)
	}
}
