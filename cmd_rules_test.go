package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/storage"
)

var rulesNow = time.Date(2026, time.December, 3, 10, 0, 0, 0, time.UTC)

// writeCaseFile writes c as a case file with the demo partners it names,
// as a hand-written or foreign file would come.
func writeCaseFile(t *testing.T, dir, name string, c *model.Case) string {
	t.Helper()
	b, err := json.MarshalIndent(map[string]any{"format": storage.FormatName, "formatVersion": storage.FormatVersion,
		"case": c, "partners": demo.PartnersOf(c)}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Each way around the rules of issue #13 as a file on the command line:
// exit 1, the finding in words, nothing imported.
func TestImportRefusesEveryBypass(t *testing.T) {
	pinLanguage(t)
	dir, files := t.TempDir(), t.TempDir()
	mustRun(t, "--data", dir, "demo")
	before := listRows(t, dir)
	for i, b := range demo.Bypasses(rulesNow) {
		b.Case.UID = "bypass-" + strconv.Itoa(i) // not a duplicate of the demo case it came from
		b.Case.Client.RVNR = ""
		path := writeCaseFile(t, files, "umweg.json", b.Case)
		out, errs, code := runCLI(t, "--data", dir, "import", path)
		if code != 1 || out != "" {
			t.Errorf("%s: exit %d, stdout %q", b.Name, code, out)
		}
		if !strings.Contains(errs, "Aus dieser Datei wurde nichts importiert.") || strings.Contains(errs, b.Code) {
			t.Errorf("%s: stderr does not say it in words:\n%s", b.Name, errs)
		}
	}
	if after := listRows(t, dir); len(after) != len(before) {
		t.Errorf("%d cases after the refused imports, want %d", len(after), len(before))
	}
}

func TestImportDuplicateChoices(t *testing.T) {
	pinLanguage(t)
	dir, files := t.TempDir(), t.TempDir()
	file := filepath.Join(files, "fall.json")
	mustRun(t, "--data", dir, "demo")
	mustRun(t, "--data", dir, "export", "json", "--case", "4", "--out", file)
	n := len(listRows(t, dir))

	out, errs, code := runCLI(t, "--data", dir, "import", file)
	if code != 1 || out != "" || !strings.Contains(errs, "Fall 4 (Erika Mustermann, dieselbe Fallakte)") ||
		!strings.Contains(errs, "--duplicate=replace") {
		t.Errorf("the same file again: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if got := len(listRows(t, dir)); got != n {
		t.Errorf("refused duplicate: %d cases, want %d", got, n)
	}
	wantFail(t, "--duplicate", "--data", dir, "import", "--duplicate=maybe", file)

	if got := strings.TrimSpace(mustRun(t, "--data", dir, "import", "--duplicate=replace", file)); got != "4" {
		t.Errorf("--duplicate=replace printed %q, want the case number 4", got)
	}
	if got := len(listRows(t, dir)); got != n {
		t.Errorf("after replace: %d cases, want %d", got, n)
	}
	if log := mustRun(t, "--data", dir, "audit", "--case", "4"); !strings.Contains(log, "ersetzt") {
		t.Errorf("the log of case 4 does not say it was replaced:\n%s", log)
	}
	mustRun(t, "--data", dir, "import", "--duplicate=new", file)
	if got := len(listRows(t, dir)); got != n+1 {
		t.Errorf("after --duplicate=new: %d cases, want %d", got, n+1)
	}
}

func TestImportAcceptWarnings(t *testing.T) {
	pinLanguage(t)
	dir, files := t.TempDir(), t.TempDir()
	cs, _ := demo.Cases(0, 1, rulesNow)
	c := cs[3]
	c.Client.RVNR = "10010490A443"
	c.Client.BirthDate = model.NewDate(1991, time.April, 1)
	path := writeCaseFile(t, files, "hinweis.json", c)

	_, errs, code := runCLI(t, "--data", dir, "import", path)
	if code != 1 || !strings.Contains(errs, "anderes Geburtsdatum") || !strings.Contains(errs, "--accept-warnings") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if rows := listRows(t, dir); len(rows) != 0 {
		t.Errorf("imported before the warning was accepted: %v", rows)
	}
	mustRun(t, "--data", dir, "import", "--accept-warnings", path)
	if rows := listRows(t, dir); len(rows) != 1 {
		t.Errorf("with --accept-warnings: %v", rows)
	}
}

// A case that came in before the rules held on every path: check names
// it with its finding, export json refuses it, the Art. 15 copy does not.
func TestCheckNamesBrokenCases(t *testing.T) {
	dir := demoData(t)
	if out := mustRun(t, "--data", dir, "check"); !strings.Contains(out, "in Ordnung") {
		t.Errorf("check of the demo: %q", out)
	}
	db := openStore(t, dir)
	bad := demo.Bypasses(rulesNow)[0].Case
	if err := db.CreateCase(context.Background(), bad); err != nil {
		t.Fatal(err)
	}
	db.Close()
	id := strconv.FormatInt(bad.ID, 10)

	_, errs, code := runCLI(t, "--data", dir, "check")
	if code != 1 || !strings.Contains(errs, "Fall "+id+" ("+bad.Client.FullName()+")") ||
		!strings.Contains(errs, "Gesundheit und Diagnosen") || !strings.Contains(errs, "Fälle, die gegen die Regeln verstoßen: 1") {
		t.Errorf("check: exit %d, stderr:\n%s", code, errs)
	}
	out := t.TempDir()
	_, errs, code = runCLI(t, "--data", dir, "export", "json", "--case", id, "--out", filepath.Join(out, "f.json"))
	if code != 1 || !strings.Contains(errs, "keine gültige Einwilligung") {
		t.Errorf("export json of the broken case: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(out, "f.json")); err == nil {
		t.Error("the broken case was written as a case file")
	}
	mustRun(t, "--data", dir, "export", "access", "--case", id, "--out", filepath.Join(out, "auskunft.zip"))
}
