package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// runCLI runs the command line in-process, as the binary would.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb, nil)
	return out.String(), errb.String(), code
}

func pinLanguage(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "de_DE.UTF-8")
}

// demoData is a fresh data folder with the demo cases ("demo" with args),
// the language pinned to German.
func demoData(t *testing.T, args ...string) string {
	t.Helper()
	pinLanguage(t)
	dir := t.TempDir()
	mustRun(t, append([]string{"--data", dir, "demo"}, args...)...)
	return dir
}

// openStore opens the database in dir, as a second program beside the
// command line would; it is closed when the test ends (or earlier, where
// the test closes it itself).
func openStore(t *testing.T, dir string) *storage.DB {
	t.Helper()
	db, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func lines(s string) []string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// mustRun runs a command that has to succeed.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := runCLI(t, args...)
	if code != 0 {
		t.Fatalf("%v: exit %d, stderr:\n%s", args, code, errs)
	}
	return out
}

// wantFail runs a command that has to fail with exactly one line on stderr
// containing want.
func wantFail(t *testing.T, want string, args ...string) {
	t.Helper()
	out, errs, code := runCLI(t, args...)
	if code != 1 {
		t.Errorf("%v: exit %d, want 1 (stdout %q)", args, code, out)
	}
	if l := lines(errs); len(l) != 1 || !strings.Contains(errs, want) {
		t.Errorf("%v: stderr %q, want one line containing %q", args, errs, want)
	}
}

type row struct {
	id                int64
	name, phase, next string
}

func listRows(t *testing.T, dir string) []row {
	t.Helper()
	var rows []row
	for _, l := range lines(mustRun(t, "--data", dir, "list")) {
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			t.Fatalf("list line %q has %d fields, want 4", l, len(f))
		}
		id, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			t.Fatalf("list line %q: id: %v", l, err)
		}
		rows = append(rows, row{id, f[1], f[2], f[3]})
	}
	return rows
}

func TestDemoThenListShowsEveryPhase(t *testing.T) {
	pinLanguage(t)
	dir := t.TempDir()
	out := mustRun(t, "--data", dir, "demo")
	if !strings.Contains(out, "9") {
		t.Errorf("demo output %q does not say how many", out)
	}
	rows := listRows(t, dir)
	if len(rows) != 9 {
		t.Fatalf("list shows %d cases, want 9", len(rows))
	}
	phases := map[string]bool{}
	due := regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}|-)$`)
	for _, r := range rows {
		phases[r.phase] = true
		if !due.MatchString(r.next) {
			t.Errorf("next due %q is not YYYY-MM-DD or -", r.next)
		}
		if strings.Count(r.name, " ") < 1 {
			t.Errorf("name %q is not \"First Last\"", r.name)
		}
	}
	for _, p := range model.AllPhases {
		if !phases[string(p)] {
			t.Errorf("no case in phase %s", p)
		}
	}
	if !phases["closed"] || rows[len(rows)-1].next != "-" {
		t.Errorf("closed cases should list last with no due date: %+v", rows[len(rows)-1])
	}
}

func TestDemoTwiceKeepsOneDirectory(t *testing.T) {
	dir := demoData(t, "--cases", "25", "--seed", "3")
	mustRun(t, "--data", dir, "demo", "--cases", "12", "--seed", "4")
	if n := len(listRows(t, dir)); n != 37 {
		t.Errorf("list shows %d cases, want 37", n)
	}
	db := openStore(t, dir)
	ps, err := db.Partners(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 20 {
		t.Errorf("partner directory has %d entries after two demo runs, want 20", len(ps))
	}
	s, err := db.Settings(context.Background())
	if err != nil || s.Organisation == "" {
		t.Errorf("demo should fill empty counselor settings: %+v %v", s, err)
	}
}

// caseJSON reads a case file without the fields an import may change.
func caseJSON(t *testing.T, path string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	c := m["case"].(map[string]any)
	delete(c, "uid")
	delete(c, "updated")
	return m
}

func TestExportImportRoundTrip(t *testing.T) {
	dir := demoData(t, "--seed", "1")
	before := listRows(t, dir)

	outDir := t.TempDir()
	file := filepath.Join(outDir, "fallakte.json")
	for _, r := range before {
		mustRun(t, "--data", dir, "export", "json", "--case", strconv.FormatInt(r.id, 10), "--out", file, "--force")
		st, err := os.Stat(file)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("exported file mode %v, want 0600 (health data)", st.Mode().Perm())
		}
		out := mustRun(t, "--data", dir, "import", "--duplicate=new", file)
		newID, err := strconv.ParseInt(strings.TrimSpace(out), 10, 64)
		if err != nil {
			t.Fatalf("import printed %q, want the new id", out)
		}
		again := filepath.Join(outDir, "again.json")
		mustRun(t, "--data", dir, "export", "--case", strconv.FormatInt(newID, 10), "--out", again, "--force", "json")
		a, b := caseJSON(t, file), caseJSON(t, again)
		aj, _ := json.Marshal(a)
		bj, _ := json.Marshal(b)
		if !bytes.Equal(aj, bj) {
			t.Errorf("case %d (%s): re-export of the imported case differs", r.id, r.name)
		}
	}
	after := listRows(t, dir)
	if len(after) != 2*len(before) {
		t.Errorf("%d cases after importing %d, want %d", len(after), len(before), 2*len(before))
	}
	if left, _ := filepath.Glob(filepath.Join(outDir, ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestImportBadFileImportsNothingFromIt(t *testing.T) {
	dir := demoData(t, "--seed", "2")
	before := len(listRows(t, dir))

	files := t.TempDir()
	good := filepath.Join(files, "gut.json")
	mustRun(t, "--data", dir, "export", "json", "--case", "4", "--out", good)
	b, _ := os.ReadFile(good)
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	c := m["case"].(map[string]any)
	c["client"].(map[string]any)["birthDate"] = "31.02.1980"
	c["plans"].([]any)[0].(map[string]any)["goals"].([]any)[0].(map[string]any)["area"] = "nirgendwo"
	broken, _ := json.MarshalIndent(m, "", "  ")
	bad := filepath.Join(files, "kaputt.json")
	os.WriteFile(bad, broken, 0o600)
	garbage := filepath.Join(files, "kein-json.json")
	os.WriteFile(garbage, []byte("das ist keine Fallakte"), 0o600)
	missing := filepath.Join(files, "fehlt.json")

	out, errs, code := runCLI(t, "--data", dir, "import", "--duplicate=new", bad, good, garbage, missing)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if ids := lines(out); len(ids) != 1 {
		t.Errorf("stdout %q: want exactly the id of the good file", out)
	}
	errLines := lines(errs)
	var badLines int
	for _, l := range errLines {
		if strings.HasPrefix(l, bad+": ") {
			badLines++
		}
	}
	if badLines < 3 { // two problems and "nothing imported"
		t.Errorf("stderr should name %s on every problem line:\n%s", bad, errs)
	}
	for _, p := range []string{garbage, missing} {
		if !strings.Contains(errs, p) {
			t.Errorf("stderr does not name %s:\n%s", p, errs)
		}
	}
	if strings.Contains(errs, good) {
		t.Errorf("stderr names the good file:\n%s", errs)
	}
	if after := len(listRows(t, dir)); after != before+1 {
		t.Errorf("%d cases after import, want %d (only the good file)", after, before+1)
	}

	// A single bad file: nothing at all is imported.
	_, errs, code = runCLI(t, "--data", dir, "import", bad)
	if code != 1 || !strings.Contains(errs, bad) {
		t.Errorf("bad file alone: exit %d, stderr %q", code, errs)
	}
	if after := len(listRows(t, dir)); after != before+1 {
		t.Errorf("a bad file added a case")
	}
}

func TestExportUnknownCaseWritesNothing(t *testing.T) {
	dir := demoData(t, "--cases", "3", "--seed", "9")
	outDir := t.TempDir()
	file := filepath.Join(outDir, "fall.json")
	wantFail(t, "999", "--data", dir, "export", "json", "--case", "999", "--out", file)
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Errorf("export of an unknown case created %s", file)
	}
	// An existing file stays as it was.
	os.WriteFile(file, []byte("alt"), 0o600)
	wantFail(t, "--force", "--data", dir, "export", "json", "--case", "1", "--out", file)
	wantFail(t, "999", "--data", dir, "export", "json", "--case", "999", "--out", file, "--force")
	if b, _ := os.ReadFile(file); string(b) != "alt" {
		t.Errorf("failed export changed the existing file: %q", b)
	}
	wantFail(t, "fehlt", "--data", dir, "export", "json", "--case", "1", "--out", filepath.Join(outDir, "fehlt", "fall.json"))
	if left, _ := os.ReadDir(outDir); len(left) != 1 {
		t.Errorf("files left in the target folder: %v", left)
	}
}

func TestUsageErrors(t *testing.T) {
	pinLanguage(t)
	dir := t.TempDir()
	d := []string{"--data", dir}
	wantFail(t, "„frobnicate“", append(d, "frobnicate")...)
	wantFail(t, "--bogus", append(d, "--bogus", "list")...)
	wantFail(t, "--cases", append(d, "demo", "--cases", "viele")...)
	wantFail(t, "--cases", append(d, "demo", "--cases", "-2")...)
	wantFail(t, "klingonisch", append(d, "--lang", "klingonisch", "list")...)
	wantFail(t, "--case", append(d, "export", "json", "--out", "x.json")...)
	wantFail(t, "--out", append(d, "export", "json", "--case", "1")...)
	wantFail(t, "pdf", append(d, "export", "pdf", "--case", "1", "--out", "x.pdf")...)
	wantFail(t, "extra", append(d, "list", "extra")...)
	wantFail(t, "import", append(d, "import")...)
	wantFail(t, "--out", append(d, "export", "json", "--case", "1", "--out")...)

	out := mustRun(t, "--version")
	if !strings.Contains(out, version) || version == "dev" {
		t.Errorf("--version printed %q (version %q from FyneApp.toml)", out, version)
	}
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		out := mustRun(t, args...)
		for _, w := range []string{"import", "list", "export json", "demo", "--data", "--lang"} {
			if !strings.Contains(out, w) {
				t.Errorf("%v: help lacks %q", args, w)
			}
		}
	}
	// A command's help is its own: its usage lines and the options.
	for _, args := range [][]string{{"export", "-h"}, {"export", "json", "--help"}, {"help", "export"}} {
		out := mustRun(t, args...)
		for _, w := range []string{"export json", "export plan", "--version N", "--data", "--lang", "Passphrase"} {
			if !strings.Contains(out, w) {
				t.Errorf("%v: help lacks %q", args, w)
			}
		}
		if strings.Contains(out, "demo") || strings.Contains(out, "restore") {
			t.Errorf("%v: help of export tells of other commands:\n%s", args, out)
		}
	}
	if out := mustRun(t, "list", "-h"); !strings.Contains(out, "list") || strings.Contains(out, "import") || strings.Contains(out, "Passphrase") {
		t.Errorf("list -h:\n%s", out)
	}
	wantFail(t, "„frobnicate“", "help", "frobnicate")
	// --data and --lang also work after the subcommand.
	mustRun(t, "list", "--data", dir, "--lang", "en")
}

func TestLanguage(t *testing.T) {
	pinLanguage(t)
	dir := t.TempDir()
	out := t.TempDir()
	wantFail(t, "There is no case number 42", "--data", dir, "--lang", "en", "export", "json", "--case", "42", "--out", filepath.Join(out, "x.json"))
	wantFail(t, "Einen Fall mit der Nummer 42", "--data", dir, "export", "json", "--case", "42", "--out", filepath.Join(out, "x.json"))

	// The stored setting is the default; --lang overrides it.
	db := openStore(t, dir)
	s, _ := db.Settings(context.Background())
	s.Language = "en"
	if err := db.SaveSettings(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	db.Close()
	wantFail(t, "There is no case number 42", "--data", dir, "export", "json", "--case", "42", "--out", filepath.Join(out, "x.json"))
	wantFail(t, "Einen Fall mit der Nummer 42", "--data", dir, "--lang", "de", "export", "json", "--case", "42", "--out", filepath.Join(out, "x.json"))

	// Without a setting, the system language decides.
	t.Setenv("LANG", "en_GB.UTF-8")
	wantFail(t, "Unknown command", "nonsense")
}

func TestDataDirIsPrivate(t *testing.T) {
	pinLanguage(t)
	dir := filepath.Join(t.TempDir(), "neu")
	mustRun(t, "--data", dir, "list")
	st, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o700 {
		t.Errorf("data folder mode %v, want 0700", st.Mode().Perm())
	}
}

func TestNoGUIInTests(t *testing.T) {
	pinLanguage(t)
	_, _, code := runCLI(t, "--data", t.TempDir())
	if code != 1 {
		t.Errorf("run without a GUI function: exit %d, want 1", code)
	}
}

// TestCLIMessages checks that both languages have every message the
// command line uses, with the same template fields.
func TestCLIMessages(t *testing.T) {
	read := func(lang string) map[string]string {
		b, err := os.ReadFile(filepath.Join("locales", "cli."+lang+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("cli.%s.json: %v", lang, err)
		}
		return m
	}
	de, en := read("de"), read("en")
	fields := regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)
	names := func(s string) string {
		var out []string
		for _, m := range fields.FindAllStringSubmatch(s, -1) {
			out = append(out, m[1])
		}
		sort.Strings(out)
		return strings.Join(out, ",")
	}
	for id, text := range de {
		other, ok := en[id]
		if !ok {
			t.Errorf("%s missing in English", id)
			continue
		}
		if names(text) != names(other) {
			t.Errorf("%s: fields %s (de) vs %s (en)", id, names(text), names(other))
		}
	}
	for id := range en {
		if _, ok := de[id]; !ok {
			t.Errorf("%s missing in German", id)
		}
	}
	// The literal CLI.… IDs of the code are checked module-wide
	// (locales.TestEveryLiteralMessageIDOfTheModuleExists).
	for _, cmd := range commands {
		if _, ok := de[cmd.help]; !ok {
			t.Errorf("command %q has no help text %s", cmd.name, cmd.help)
		}
	}
}

// pdfText extracts the text of a generated PDF with pdftotext.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; make test installs it")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// demoCase finds the demo case of a client by last name.
func demoCase(t *testing.T, dir, last string) *model.Case {
	t.Helper()
	db := openStore(t, dir)
	defer db.Close() // when this returns: the command line may need the folder
	rows, err := db.ListCases(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.LastName == last {
			c, err := db.LoadCase(context.Background(), r.ID)
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
	}
	t.Fatalf("no demo case %s", last)
	return nil
}

func TestExportDocuments(t *testing.T) {
	dir := demoData(t)
	monika := demoCase(t, dir, "Beispielmann") // re-assessment loop, plan v2
	closed := demoCase(t, dir, "Vorlage")
	id := strconv.FormatInt(monika.ID, 10)
	out := filepath.Join(t.TempDir(), "plan.pdf")

	mustRun(t, "--data", dir, "export", "plan", "--case", id, "--out", out, "--force")
	if text := pdfText(t, out); !strings.Contains(text, "Reha- und Teilhabeplan") || !strings.Contains(text, "Beispielmann") {
		t.Errorf("plan PDF lacks title or client:\n%.400s", text)
	}
	mustRun(t, "--data", dir, "export", "plan", "--case", id, "--version", "1", "--out", out, "--force")
	if text := pdfText(t, out); !strings.Contains(text, "Version 1") {
		t.Errorf("--version 1 printed another version:\n%.400s", text)
	}
	mustRun(t, "--lang", "en", "--data", dir, "export", "closure", "--case", strconv.FormatInt(closed.ID, 10), "--out", out, "--force")
	if text := pdfText(t, out); !strings.Contains(text, "Vorlage") || strings.Contains(text, "Abschlussdokumentation") {
		t.Errorf("English closure PDF:\n%.400s", text)
	}
	// --sent records the day the documentation went to the DRV, as the
	// window's "An die DRV übermittelt am" does, and the PDF prints it.
	sent := closed.Closure.Date
	if closed.Closure.TransmittedOn == sent {
		sent = sent.AddDays(1)
	}
	mustRun(t, "--data", dir, "export", "closure", "--case", strconv.FormatInt(closed.ID, 10), "--sent", sent.ISO(), "--out", out, "--force")
	if got := demoCase(t, dir, "Vorlage").Closure.TransmittedOn; got != sent {
		t.Errorf("--sent recorded %v, want %v", got, sent)
	}
	if text := pdfText(t, out); !strings.Contains(text, sent.Time().Format("02.01.2006")) {
		t.Errorf("the closure documentation does not print the day sent %v:\n%.800s", sent, text)
	}
	// An open case has its Verlaufsbericht.
	mustRun(t, "--data", dir, "export", "progress", "--case", id, "--out", out, "--force")
	if text := pdfText(t, out); !strings.Contains(text, "Verlaufsbericht") || !strings.Contains(text, "Beispielmann") {
		t.Errorf("progress PDF:\n%.600s", text)
	}
	// A case not admitted has its Rückmeldung an den Auftraggeber.
	andreas := strconv.FormatInt(demoCase(t, dir, "Platzhalter").ID, 10)
	mustRun(t, "--data", dir, "export", "feedback", "--case", andreas, "--out", out, "--force")
	if text := pdfText(t, out); !strings.Contains(text, "Rückmeldung an den Auftraggeber") || !strings.Contains(text, "Kein Fallmanagementbedarf") ||
		!strings.Contains(text, "Stufenweise Wiedereingliederung über die Krankenkasse") {
		t.Errorf("feedback PDF:\n%.600s", text)
	}
	k := monika.Consents[0]
	mustRun(t, "--data", dir, "export", "consent", "--case", id, "--consent", k.ID, "--out", out, "--force")
	if text := pdfText(t, out); !strings.Contains(text, "Einwilligung") {
		t.Errorf("consent form:\n%.400s", text)
	}
}

func TestExportDocumentErrors(t *testing.T) {
	dir := demoData(t)
	monika := strconv.FormatInt(demoCase(t, dir, "Beispielmann").ID, 10)
	intake := strconv.FormatInt(demoCase(t, dir, "Beispiel").ID, 10)
	out := filepath.Join(t.TempDir(), "x.pdf")
	wantFail(t, "keine Planversion 7", "--data", dir, "export", "plan", "--case", monika, "--version", "7", "--out", out)
	wantFail(t, "noch keinen Reha- und Teilhabeplan", "--data", dir, "export", "plan", "--case", intake, "--out", out)
	wantFail(t, "noch kein Abschluss erfasst", "--data", dir, "export", "closure", "--case", monika, "--out", out)
	andreas := strconv.FormatInt(demoCase(t, dir, "Platzhalter").ID, 10)
	wantFail(t, "export feedback --case "+andreas, "--data", dir, "export", "closure", "--case", andreas, "--out", out)
	wantFail(t, "nur für Fälle, die nach dem Intake nicht", "--data", dir, "export", "feedback", "--case", monika, "--out", out)
	wantFail(t, "der Verlaufsbericht ist für offene Fälle", "--data", dir, "export", "progress", "--case", andreas, "--out", out)
	// The progress report exists after the intake (model.Case.UnderWay), as in the window.
	wantFail(t, "noch im Intake", "--data", dir, "export", "progress", "--case", intake, "--out", out)
	wantFail(t, "keine Einwilligung", "--data", dir, "export", "consent", "--case", monika, "--consent", "nope", "--out", out)
	wantFail(t, "--consent", "--data", dir, "export", "consent", "--case", monika, "--out", out)
	wantFail(t, "Einen Fall mit der Nummer 999", "--data", dir, "export", "closure", "--case", "999", "--out", out)
	wantFail(t, "möglich sind", "--data", dir, "export", "docx", "--case", monika, "--out", out)
	// Only what goes to the carrier records a day sent (model.DocKind.SentToCarrier),
	// and only a day that can be true (model.SendProblems).
	closed := demoCase(t, dir, "Vorlage")
	vorlage := strconv.FormatInt(closed.ID, 10)
	wantFail(t, "--sent gibt es nur für Dokumente, die an den Träger gehen", "--data", dir, "export", "plan", "--case", monika, "--sent", "2026-01-05", "--out", out)
	wantFail(t, "nicht in der Zukunft", "--data", dir, "export", "closure", "--case", vorlage, "--sent", model.DateOf(time.Now()).AddDays(2).ISO(), "--out", out)
	wantFail(t, "vor dem Datum", "--data", dir, "export", "closure", "--case", vorlage, "--sent", closed.Closure.Date.AddDays(-1).ISO(), "--out", out)
	wantFail(t, "kein gültiger Wert für --sent", "--data", dir, "export", "closure", "--case", vorlage, "--sent", "31.02.2026", "--out", out)
	if got := demoCase(t, dir, "Vorlage").Closure.TransmittedOn; got != closed.Closure.TransmittedOn {
		t.Errorf("a refused --sent changed the day to %v", got)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused export left %s behind", out)
	}
}

// Starting the window keeps a backup of the day in the data folder.
func TestStartingTheWindowKeepsADailyBackup(t *testing.T) {
	dir := demoData(t)
	started := 0
	var out, errb bytes.Buffer
	code := run([]string{"--data", dir}, &out, &errb, func(model.Store, *locales.Localizer) { started++ })
	if code != 0 || started != 1 {
		t.Fatalf("exit %d, window started %d times, stderr %q", code, started, errb.String())
	}
	entries, err := os.ReadDir(filepath.Join(dir, storage.BackupDir))
	if err != nil || len(entries) != 1 {
		t.Fatalf("backups after the first start: %v, %v", entries, err)
	}
}
