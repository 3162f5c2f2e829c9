package evaluation

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// demoNow is the demo's day; the curated cases lie in the year before it.
var demoNow = time.Date(2025, 11, 20, 9, 0, 0, 0, time.Local)

// open shows the Auswertung over the curated demo cases in a test window
// and returns it with the cases and the IDs the window asked to open.
func open(t *testing.T) (*View, fyne.Window, []*model.Case, *[]int64) {
	t.Helper()
	uitest.German(t)
	db := uitest.Store(t)
	cases, partners := demo.Cases(demo.Curated, 3, demoNow)
	uitest.StoreAll(t, db, cases, partners)
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	env := &kit.Env{Loc: locales.New("de"), Win: w, Store: db, Now: func() time.Time { return demoNow }}
	var opened []int64
	v := New(env, func(id int64) { opened = append(opened, id) })
	w.SetContent(v.Content())
	w.Resize(fyne.NewSize(1200, 900))
	return v, w, cases, &opened
}

// custom sets the period to the year up to the demo's day, as a user
// types it.
func custom(t *testing.T, v *View) {
	t.Helper()
	uitest.SelectOption(t, &v.period.Select, "Frei wählen")
	v.from.SetText("")
	test.Type(v.from, "21.11.2024")
	v.to.SetText("")
	test.Type(v.to, "20.11.2025")
	test.Tap(uitest.Button(t, v.content, "Berechnen"))
}

func TestEvaluationWindowShowsTheFiguresAndTheCasesBehindABar(t *testing.T) {
	v, w, _, opened := open(t)
	// It opens with last year, computed.
	if v.from.Text != "01.01.2024" || v.to.Text != "31.12.2024" || v.e == nil {
		t.Fatalf("starts with %s–%s, evaluated: %v", v.from.Text, v.to.Text, v.e != nil)
	}
	custom(t, v)
	if v.e.Period.From != model.NewDate(2024, 11, 21) {
		t.Fatalf("period %v", v.e.Period)
	}
	text := uitest.Texts(v.content)
	for _, want := range []string{"8\n", "Eingegangen", "Abgeschlossen", "davon regulär: 1", "100,0 %", "7 von 7",
		"Abschlüsse nach Form der Beendigung", "Offen am Periodenende nach Phase", "7 Fälle · Min. 6,0 · Q1 7,0 · Median 8,0 · Q3 8,5 · Max. 10,0",
		"Netzwerkpartner: vergleichende Analyse"} {
		if !strings.Contains(text, want) {
			t.Errorf("the window lacks %q", want)
		}
	}
	// Every bar has its number beside it: "Monitoring" open at the end is 2 of 7.
	b := uitest.Button(t, v.content, "2 (28,6 %)")
	test.Tap(b)
	over := w.Canvas().Overlays().Top()
	if over == nil {
		t.Fatal("tapping a number shows no list of cases")
	}
	list := uitest.All[*widget.List](over)
	if len(list) != 1 || list[0].Length() != 2 {
		t.Fatalf("the list behind the bar: %v", uitest.Texts(over))
	}
	// The first "2 (28,6 %)" is the intake bar: the two cases in intake.
	names := uitest.Texts(over)
	if !strings.Contains(names, "Beispiel, Jonas") || !strings.Contains(names, "Modell, Lukas") {
		t.Errorf("list behind the intake bar:\n%s", names)
	}
	list[0].Select(0)
	if len(*opened) != 1 || w.Canvas().Overlays().Top() != nil {
		t.Errorf("choosing a case opened %v; dialog still open: %v", *opened, w.Canvas().Overlays().Top() != nil)
	}

	// A filter computes again: intensity C has one open case.
	uitest.SelectOption(t, &v.intensity.Select, "C")
	if v.e.Filter.Intensity != model.IntensityC || v.e.Considered != 1 {
		t.Errorf("intensity filter: %+v, %d cases", v.e.Filter, v.e.Considered)
	}
}

func TestEvaluationPartnerTableSortsByColumn(t *testing.T) {
	v, _, _, _ := open(t)
	custom(t, v)
	tables := uitest.All[*widget.Table](v.content)
	if len(tables) != 1 {
		t.Fatalf("%d partner tables", len(tables))
	}
	tbl := tables[0]
	cellText := func(row, col int) string {
		o := tbl.CreateCell()
		tbl.UpdateCell(widget.TableCellID{Row: row, Col: col}, o)
		return o.(*widget.Label).Text
	}
	rows, _ := tbl.Length()
	if rows < 3 {
		t.Fatalf("%d partners", rows)
	}
	// By cases, most first.
	if a, b := cellText(0, 2), cellText(rows-1, 2); a < b && len(a) <= len(b) {
		t.Errorf("not sorted by cases: first %s, last %s", a, b)
	}
	// A click on "Netzwerkpartner" sorts by name.
	header := tbl.CreateHeader()
	tbl.UpdateHeader(widget.TableCellID{Row: -1, Col: 0}, header)
	test.Tap(header.(*kit.Button))
	var names []string
	for r := 0; r < rows; r++ {
		names = append(names, strings.ToLower(cellText(r, 0)))
	}
	for i := 1; i < len(names); i++ {
		if names[i-1] > names[i] {
			t.Fatalf("not sorted by name: %q", names)
		}
	}
}

func TestEvaluationRefusesAReversedPeriod(t *testing.T) {
	v, _, _, _ := open(t)
	before := v.e
	uitest.SelectOption(t, &v.period.Select, "Frei wählen")
	v.from.SetText("31.12.2025")
	v.to.SetText("01.01.2025")
	test.Tap(uitest.Button(t, v.content, "Berechnen"))
	if v.e != before || !strings.Contains(v.status.Text, "vor seinem Anfang") {
		t.Errorf("a reversed period: status %q", v.status.Text)
	}
}

func TestEvaluationFileNames(t *testing.T) {
	v, _, _, _ := open(t)
	if got := v.FileName("pdf"); got != "Jahresbericht_2024.pdf" {
		t.Errorf("file name %q", got)
	}
	uitest.SelectOption(t, &v.period.Select, "Letztes Quartal")
	if got := v.FileName("csv"); got != "Quartalsbericht_2025_Q3.csv" {
		t.Errorf("file name %q", got)
	}
}

// Saving writes the report and records the export in the audit log.
func TestEvaluationSaveWritesAndLogs(t *testing.T) {
	v, _, _, _ := open(t)
	custom(t, v)
	for _, format := range []string{"pdf", "csv"} {
		path := filepath.Join(t.TempDir(), v.FileName(format))
		w, err := fstorage.Writer(fstorage.NewFileURI(path))
		if err != nil {
			t.Fatal(err)
		}
		if err := writeReport(w, path, format, v.e, v.facts, v.env); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil || (format == "pdf" && !strings.HasPrefix(string(b), "%PDF-")) || (format == "csv" && !strings.HasPrefix(string(b), "\uFEFFAuswertung")) {
			t.Errorf("%s: %v %.20q", format, err, b)
		}
		if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf("%s is readable by others: %v", path, st.Mode())
		}
	}
	all, err := v.env.Store.(interface {
		AllAuditEntries(context.Context) ([]model.AuditEntry, error)
	}).AllAuditEntries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range all {
		if e.Kind == model.AuditReport && e.Case == "" && e.Detail["from"] == "2024-11-21" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d report exports logged, want 2", n)
	}
}

// A carrier recorded on a case, though not one of the DRV's, can be
// chosen as the filter.
func TestEvaluationOffersTheCarriersOfTheCases(t *testing.T) {
	v, _, cases, _ := open(t)
	ctx := context.Background()
	c, err := v.env.Store.LoadCase(ctx, cases[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	c.Commission.Carrier = "Träger zur Erprobung"
	if err := v.env.Store.SaveCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	custom(t, v)
	uitest.SelectOption(t, &v.carrier.Select, "Träger zur Erprobung")
	if v.e.Filter.Carrier != "Träger zur Erprobung" || v.e.Considered != 1 {
		t.Errorf("carrier filter %q: %d cases", v.e.Filter.Carrier, v.e.Considered)
	}
}
