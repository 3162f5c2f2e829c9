package pdf

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"testing"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/model/demo"
)

// demoEvaluation is the evaluation of the curated demo cases over the
// year up to the demo's day, and the per-case rows of it.
func demoEvaluation() (*model.Evaluation, []model.CaseRow, []*model.Case) {
	now := time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC)
	cases, partners := demo.Cases(demo.Curated, 3, now)
	fs := demo.FactsOf(cases)
	today := model.DateOf(now)
	p := model.Period{From: today.AddDays(-364), To: today}
	s := testSettings()
	return model.Evaluate(fs, partners, p, model.Filter{}, s), model.CaseRows(fs, p, model.Filter{}, s), cases
}

// readSections parses the CSV back: the lines before the first section and
// each section's header and rows by its title.
func readSections(t *testing.T, b []byte) (head [][]string, secs map[string][][]string) {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\uFEFF")) {
		t.Fatal("the CSV has no UTF-8 byte order mark")
	}
	if !bytes.Contains(b, []byte("\r\n")) {
		t.Error("the CSV's lines do not end in CRLF")
	}
	r := csv.NewReader(bytes.NewReader(b[3:]))
	r.Comma = ';'
	r.FieldsPerRecord = -1
	all, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v", err)
	}
	secs = map[string][][]string{}
	cur := ""
	for _, rec := range all {
		switch {
		case len(rec) == 1 && strings.HasPrefix(rec[0], "# "):
			cur = strings.TrimPrefix(rec[0], "# ")
		case cur == "":
			head = append(head, rec)
		case len(rec) == 1 && rec[0] == "":
		default:
			secs[cur] = append(secs[cur], rec)
		}
	}
	return head, secs
}

func cellOf(t *testing.T, sec [][]string, label string, col int) string {
	t.Helper()
	for _, rec := range sec[1:] {
		if rec[0] == label {
			return rec[col]
		}
	}
	t.Errorf("no row %q in %v", label, sec)
	return ""
}

func TestReportCSVParsesBackToTheFigures(t *testing.T) {
	e, rows, cases := demoEvaluation()
	loc := locales.New("de")
	var buf bytes.Buffer
	if err := ReportCSV(&buf, e, rows, testSettings(), loc); err != nil {
		t.Fatal(err)
	}
	head, secs := readSections(t, buf.Bytes())
	if head[0][0] != "Auswertung" || !strings.Contains(strings.Join(head[2], ";"), "bis") {
		t.Errorf("head %v", head)
	}
	fig := secs["Kennzahlen"]
	for label, want := range map[string]string{
		"Eingegangen (Information erhalten)": "8", "Aufgenommen (ins Assessment)": "5", "Abgeschlossen": "1",
		"Nicht aufgenommen": "1", "Offen am Periodenende": "7", "Aktive Fälle im Zeitraum": "9",
	} {
		if got := cellOf(t, fig, label, 1); got != want {
			t.Errorf("%s = %s, want %s", label, got, want)
		}
	}
	if got := cellOf(t, fig, "Erstgespräch fristgerecht", 3); got != "100,0" {
		t.Errorf("first meeting on time %q %%, want 100,0 (decimal comma)", got)
	}
	dur := secs["Dauern"]
	if got := dur[0][4]; got != "Median" {
		t.Errorf("durations header %v", dur[0])
	}
	if got := cellOf(t, dur, "Eingang → Erstgespräch", 4); got != "8,0" {
		t.Errorf("median to the first meeting %q, want 8,0", got)
	}
	if got := cellOf(t, dur, "Eingang → Abschluss", 4); got != "393,0" {
		t.Errorf("median duration %q, want 393,0", got)
	}
	if got := cellOf(t, secs["Abschlüsse nach Form der Beendigung"], "Regulär", 1); got != "1" {
		t.Errorf("regular endings %q", got)
	}

	// The per-case table: one row per case that counts, keys that are not
	// UIDs, no names or RV-Nummern anywhere in the file.
	cs := secs["Fälle (anonymisiert)"]
	if len(cs)-1 != len(rows) || cs[0][0] != "Fallschlüssel" {
		t.Fatalf("per-case table has %d rows, want %d; header %v", len(cs)-1, len(rows), cs[0])
	}
	keys := map[string]bool{}
	for _, rec := range cs[1:] {
		keys[rec[0]] = true
		if len(rec) != len(cs[0]) {
			t.Errorf("row %v has %d cells, header %d", rec, len(rec), len(cs[0]))
		}
	}
	for _, c := range cases {
		for _, s := range []string{c.Client.FullName(), c.Client.RVNR, c.UID} {
			if bytes.Contains(buf.Bytes(), []byte(s)) {
				t.Errorf("the CSV holds %q of %s", s, c.Client.FullName())
			}
		}
		if !keys[model.CaseKey(c.UID)] && c.Phase != model.PhaseClosed {
			t.Errorf("open case %s has no row", c.UID)
		}
	}
}

func TestReportCSVInEnglishHasDecimalPoints(t *testing.T) {
	e, rows, _ := demoEvaluation()
	var buf bytes.Buffer
	if err := ReportCSV(&buf, e, rows, testSettings(), locales.New("en")); err != nil {
		t.Fatal(err)
	}
	_, secs := readSections(t, buf.Bytes())
	if got := cellOf(t, secs["Durations"], "Referral → first meeting", 4); got != "8.0" {
		t.Errorf("median %q, want 8.0", got)
	}
}

func TestReportCSVWithholdsTinyTables(t *testing.T) {
	e, rows, _ := demoEvaluation()
	var buf bytes.Buffer
	if err := ReportCSV(&buf, e, rows[:2], testSettings(), locales.New("de")); err != nil {
		t.Fatal(err)
	}
	_, secs := readSections(t, buf.Bytes())
	cs := secs["Fälle (anonymisiert)"]
	if len(cs) != 2 || !strings.Contains(cs[1][0], "Weniger als 3 Fälle") {
		t.Errorf("a per-case table of two cases: %v", cs)
	}
}

func TestReportPDFText(t *testing.T) {
	e, _, cases := demoEvaluation()
	loc := locales.New("de")
	path := writePDF(t, t.TempDir(), "auswertung.pdf", func(w io.Writer) error { return Report(w, e, testSettings(), loc, printed) })
	qpdfCheck(t, path)
	ps := pages(t, path)
	text := strings.Join(ps, "\n")
	mustContain(t, "report", text,
		"Auswertung", testSettings().Organisation, "Kennzahlen", "Eingegangen (Information erhalten) 8",
		"Abschlüsse nach Form der Beendigung", "Regulär 1 100,0", "Eingang → Abschluss 1 393,0",
		"Netzwerkpartner: vergleichende Analyse", "Quartile linear interpoliert", "Zielerreichung je Teilhabebereich")
	footers(t, ps, loc)
	for _, c := range cases {
		for _, s := range []string{c.Client.FullName(), c.Client.RVNR} {
			if strings.Contains(text, s) {
				t.Errorf("the report names %q of %s", s, c.Client.FullName())
			}
		}
	}
}

func TestReportTitle(t *testing.T) {
	loc := locales.New("de")
	for p, want := range map[model.Period]string{
		model.YearPeriod(2025):       "Jahresbericht 2025",
		model.QuarterPeriod(2025, 2): "Quartalsbericht 2/2025",
		{From: model.NewDate(2025, 2, 3), To: model.NewDate(2025, 5, 1)}: "Auswertung",
	} {
		if got := ReportTitle(p, loc); got != want {
			t.Errorf("%v: %q, want %q", p, got, want)
		}
	}
}
