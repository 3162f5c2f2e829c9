package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportCommandWritesPDFAndCSVAndLogsThem(t *testing.T) {
	dir := demoData(t)
	out := filepath.Join(t.TempDir(), "bericht.pdf")
	said := mustRun(t, "--data", dir, "report", "--from", "01.01.2000", "--to", "31.12.2099", "--out", out)
	if !strings.Contains(said, "9 Fälle") || !strings.Contains(said, out) {
		t.Errorf("report said %q", said)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	csvOut := filepath.Join(t.TempDir(), "auswertung.CSV")
	mustRun(t, "--data", dir, "report", "--from", "2000-01-01", "--to", "2099-12-31", "--carrier", "niemand", "--out", csvOut)
	b, err = os.ReadFile(csvOut)
	if err != nil || !bytes.HasPrefix(b, []byte("\uFEFFAuswertung")) || !bytes.Contains(b, []byte("Träger: niemand")) {
		t.Fatalf("CSV: %v\n%.200s", err, b)
	}
	// An existing file is replaced only with --force.
	wantFail(t, out, "--data", dir, "report", "--from", "01.01.2000", "--to", "31.12.2099", "--out", out)
	mustRun(t, "--data", dir, "report", "--from", "01.01.2000", "--to", "31.12.2099", "--out", out, "--force")
	wantFail(t, dir, "--data", dir, "report", "--from", "01.01.2000", "--to", "31.12.2099", "--out", filepath.Join(dir, "x.pdf"))
	log := mustRun(t, "--data", dir, "audit")
	if n := strings.Count(log, "Auswertung exportiert"); n != 3 {
		t.Errorf("the audit log has %d report exports, want 3:\n%s", n, log)
	}
	if !strings.Contains(log, "Auswertung exportiert (CSV, 01.01.2000 bis 31.12.2099)") {
		t.Errorf("the audit log does not say what was exported:\n%s", log)
	}
}

func TestReportCommandRefusesBadArguments(t *testing.T) {
	pinLanguage(t)
	dir := t.TempDir()
	d := []string{"--data", dir, "report"}
	out := filepath.Join(t.TempDir(), "x.pdf")
	wantFail(t, "Anfang und Ende", append(d, "--to", "31.12.2025", "--out", out)...)
	wantFail(t, "vor seinem Anfang", append(d, "--from", "31.12.2025", "--to", "01.01.2025", "--out", out)...)
	wantFail(t, "31.02.2025", append(d, "--from", "31.02.2025", "--to", "31.12.2025", "--out", out)...)
	wantFail(t, ".pdf", append(d, "--from", "01.01.2025", "--to", "31.12.2025", "--out", filepath.Join(t.TempDir(), "x.docx"))...)
	wantFail(t, "--out", append(d, "--from", "01.01.2025", "--to", "31.12.2025")...)
	wantFail(t, "Intensitätstyp", append(d, "--from", "01.01.2025", "--to", "31.12.2025", "--intensity", "D", "--out", out)...)
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused report left a file")
	}
	if _, err := os.Stat(filepath.Join(dir, "teilhabelotse.db")); err == nil {
		t.Error("a refused report created the database")
	}
}
