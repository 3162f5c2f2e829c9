package ui

import (
	"context"
	"reflect"
	"slices"
	"sort"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

func TestFilterCases(t *testing.T) {
	rows := []model.CaseSummary{
		{ID: 1, FirstName: "Erika", LastName: "Mustermann", RVNR: "10010490A443", Phase: model.PhaseIntake},
		{ID: 2, FirstName: "Max", LastName: "Müller", RVNR: "", Phase: model.PhaseAssessment},
		{ID: 3, FirstName: "Özlem", LastName: "Yılmaz", RVNR: "65170839J003", Phase: model.PhaseMonitoring},
		{ID: 4, FirstName: "Hans", LastName: "Mustermann", RVNR: "", Phase: model.PhaseClosed},
	}
	tests := []struct {
		name  string
		query string
		phase model.Phase
		want  []int64
	}{
		{"everything", "", "", []int64{1, 2, 3, 4}},
		{"blank query is no query", "   ", "", []int64{1, 2, 3, 4}},
		{"last name, any case", "MUSTER", "", []int64{1, 4}},
		{"first name", "erika", "", []int64{1}},
		{"umlaut lower-cased", "MÜLLER", "", []int64{2}},
		{"umlaut typed without dots", "muller", "", []int64{2}},
		{"umlaut in the query", "özlem", "", []int64{3}},
		{"query without dots finds umlaut", "ozlem", "", []int64{3}},
		{"first and last name", "hans muster", "", []int64{4}},
		{"last and first name in any order", "mustermann erika", "", []int64{1}},
		{"rvnr as typed in groups", "10 010490 a 443", "", []int64{1}},
		{"rvnr part", "010490", "", []int64{1}},
		{"rvnr with odd spaces", "6517 0839", "", []int64{3}},
		{"rvnr lower-case letter", "j003", "", []int64{3}},
		{"no match", "schmidt", "", []int64{}},
		{"a letter only in an RV-Nummer is no name", "j", "", []int64{}},
		{"digits in a name query match nothing", "erika 999", "", []int64{}},
		{"name and part of the RV-Nummer", "erika 0104", "", []int64{1}},
		{"phase only", "", model.PhaseAssessment, []int64{2}},
		{"phase and name", "muster", model.PhaseClosed, []int64{4}},
		{"phase excludes name", "erika", model.PhaseClosed, []int64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []int64{}
			for _, r := range filterCases(rows, tt.query, tt.phase) {
				got = append(got, r.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("filterCases(%q, %q) = %v, want %v", tt.query, tt.phase, got, tt.want)
			}
		})
	}
}

func TestFilterCasesKeepsOrderAndInput(t *testing.T) {
	rows := []model.CaseSummary{{ID: 3, LastName: "B"}, {ID: 1, LastName: "A"}, {ID: 2, LastName: "AB"}}
	got := filterCases(rows, "a", "")
	if len(got) != 2 || got[0].ID != 1 || got[1].ID != 2 {
		t.Fatalf("got %v", got)
	}
	got[0].LastName = "changed"
	if rows[1].LastName != "A" {
		t.Fatal("filterCases must not share its result with the input")
	}
}

func BenchmarkFilterCases(b *testing.B) {
	rows := make([]model.CaseSummary, 80)
	for i := range rows {
		rows[i] = model.CaseSummary{ID: int64(i), FirstName: "Vorname", LastName: "Nachname", RVNR: "10010490A443", Phase: model.AllPhases[i%6]}
	}
	b.ReportAllocs()
	for b.Loop() {
		filterCases(rows, "nach 0104", model.PhaseIntake)
	}
}

func TestEmptyStateWithoutCases(t *testing.T) {
	u := newTestUI(t, uitest.Store(t))
	if !u.list.empty.Visible() || u.list.list.Visible() || u.list.noMatch.Visible() {
		t.Fatal("with no cases the empty state shows instead of the list")
	}
	want := "Noch keine Fälle. Legen Sie mit „Neuer Fall“ (Strg+N) den ersten Fall an."
	if got := uitest.Strings(u.list.empty); !slices.Contains(got, want) {
		t.Fatalf("empty state says %q, want %q", got, want)
	}
	if !slices.Contains(uitest.Strings(u.list.empty), "Neuer Fall") {
		t.Fatal("the empty state offers a button to create the first case")
	}
	if !slices.Contains(uitest.Strings(u.view.none), u.loc.T("CaseView.NoCases")) {
		t.Fatal("the right side says what will appear there")
	}
}

func TestSearchNarrowsList(t *testing.T) {
	store := uitest.Store(t)
	addCase(t, store, "Erika", "Mustermann", "10010490A443")
	addCase(t, store, "Max", "Müller", "")
	addCase(t, store, "Hans", "Schmidt", "65170839J003")
	u := newTestUI(t, store)

	names := func() []string {
		n := listNames(u)
		sort.Strings(n) // rows are pooled: their order on screen is not their index
		return n
	}
	if got, want := names(), []string{"Mustermann, Erika", "Müller, Max", "Schmidt, Hans"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("list shows %v, want %v", got, want)
	}

	test.Type(u.list.search, "muster")
	if got, want := names(), []string{"Mustermann, Erika"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("search by name: list shows %v, want %v", got, want)
	}

	u.list.search.SetText("")
	test.Type(u.list.search, "65 170839 j")
	if got, want := names(), []string{"Schmidt, Hans"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("search by RV-Nummer: list shows %v, want %v", got, want)
	}

	u.list.search.SetText("")
	test.Type(u.list.search, "Meier")
	if u.list.list.Visible() || !u.list.noMatch.Visible() || u.list.empty.Visible() {
		t.Fatal("a search that matches nothing shows its own message")
	}
	want := "Kein Fall passt zu „Meier“. Prüfen Sie die Schreibweise oder setzen Sie die Suche zurück."
	if !slices.Contains(uitest.Strings(u.list.noMatch), want) {
		t.Fatalf("no-match state says %q", uitest.Strings(u.list.noMatch))
	}

	u.list.clearFilter()
	if got := names(); len(got) != 3 {
		t.Fatalf("after reset the list shows %v", got)
	}
}

// The search never goes back to the store: it filters the rows in memory.
func TestSearchDoesNotReload(t *testing.T) {
	store := &countingStore{Store: uitest.Store(t)}
	addCase(t, store, "Erika", "Mustermann", "")
	u := newTestUI(t, store)
	before := store.lists
	test.Type(u.list.search, "mustermann")
	u.list.phase.SetSelectedIndex(2)
	if store.lists != before {
		t.Fatalf("typing reloaded the list %d times", store.lists-before)
	}
}

func TestPhaseFilter(t *testing.T) {
	store := uitest.Store(t)
	at := time.Date(2025, time.February, 20, 11, 0, 0, 0, time.Local)
	addCase(t, store, "Erika", "Mustermann", "")
	addCase(t, store, "Max", "Müller", "", model.Event{At: at, Kind: model.KindAdvance, From: model.PhaseIntake, To: model.PhaseAssessment})
	u := newTestUI(t, store)

	loc := u.loc
	if got := u.list.phase.Options; len(got) != 7 || got[0] != "Alle Phasen" || got[2] != loc.Enum("Phase", model.PhaseAssessment) {
		t.Fatalf("phase filter offers %q", got)
	}
	u.list.phase.SetSelectedIndex(2) // assessment
	if got := listNames(u); !reflect.DeepEqual(got, []string{"Müller, Max"}) {
		t.Fatalf("assessment filter shows %v", got)
	}
	u.list.phase.SetSelectedIndex(6) // closed
	if !u.list.noMatch.Visible() || !slices.Contains(uitest.Strings(u.list.noMatch), "In dieser Phase ist gerade kein Fall.") {
		t.Fatal("an empty phase says so")
	}
	u.list.phase.SetSelectedIndex(0)
	if got := listNames(u); len(got) != 2 {
		t.Fatalf("all phases shows %v", got)
	}
}

func TestListRowShowsPhaseAndOverdue(t *testing.T) {
	store := uitest.Store(t)
	// Referral received 03.02.2025; the first meeting was due 14 days later.
	addCase(t, store, "Erika", "Mustermann", "")
	u := newTestUI(t, store)

	if u.list.length() != 1 {
		t.Fatalf("list has %d rows", u.list.length())
	}
	r := rowTexts(u.loc, u.list.row(0), u.today())
	if r.name != "Mustermann, Erika" || !r.overdue || r.due != "überfällig 17.02.2025" {
		t.Fatalf("row = %+v", r)
	}
	got := uitest.Strings(u.list.list)
	for _, want := range []string{"Mustermann, Erika", u.loc.Enum("PhaseShort", model.PhaseIntake), "überfällig 17.02.2025"} {
		if !slices.Contains(got, want) {
			t.Errorf("row shows %q, missing %q", got, want)
		}
	}
	due := uitest.Label(u.list.list, "überfällig 17.02.2025")
	if due == nil || due.Importance != widget.DangerImportance {
		t.Error("an overdue date is marked in the danger colour")
	}

	// A deadline still ahead shows its date too (it had shown only the
	// Fällig button's label), in the normal colour; a case without one says so.
	ahead := u.list.row(0)
	ahead.NextDue = u.today().AddDays(5)
	if r := rowTexts(u.loc, ahead, u.today()); r.overdue || r.due != "fällig 15.03.2025" {
		t.Errorf("a deadline ahead: row = %+v", r)
	}
	ahead.NextDue = model.Date{}
	if r := rowTexts(u.loc, ahead, u.today()); r.overdue || r.due != "keine Frist" {
		t.Errorf("no deadline: row = %+v", r)
	}
}

// A case that breaks a rule of the whole-case check (stored before the
// rules held on every path) is marked in the list, in the danger colour.
func TestListMarksCaseThatBreaksARule(t *testing.T) {
	store := uitest.Store(t)
	ok := addCase(t, store, "Erika", "Mustermann", "")
	bad := addCase(t, store, "Max", "Müller", "")
	bad.Phase = model.PhaseMonitoring // with neither consent, decision nor plan
	if err := store.SaveCase(context.Background(), bad); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, store)
	mark := u.loc.T("CaseList.Broken", "Phase", u.loc.Enum("PhaseShort", model.PhaseMonitoring))
	label := uitest.Label(u.list.list, mark)
	if label == nil || label.Importance != widget.DangerImportance {
		t.Errorf("the broken case is not marked %q in the danger colour: %q", mark, uitest.Strings(u.list.list))
	}
	if slices.Contains(uitest.Strings(u.list.list), u.loc.T("CaseList.Broken", "Phase", u.loc.Enum("PhaseShort", ok.Phase))) {
		t.Error("the good case is marked too")
	}
}

func TestSelectingRowOpensCase(t *testing.T) {
	store := uitest.Store(t)
	c := addCase(t, store, "Erika", "Mustermann", "10010490A443")
	u := newTestUI(t, store)
	if !slices.Contains(uitest.Strings(u.view.none), "Wählen Sie links einen Fall aus, um ihn hier zu sehen.") {
		t.Fatal("the right side says how to open a case")
	}
	u.list.list.Select(0)
	if u.view.c == nil || u.view.c.ID != c.ID {
		t.Fatal("selecting the row opens the case")
	}
	if !u.view.body.Visible() || u.view.none.Visible() {
		t.Fatal("the case view replaces the placeholder")
	}
}

// countingStore counts the list reloads.
type countingStore struct {
	model.Store
	lists int
}

func (s *countingStore) ListCases(ctx context.Context) ([]model.CaseSummary, error) {
	s.lists++
	return s.Store.ListCases(ctx)
}

// jobQueue is a search runner the test drives: it holds every search until
// the test finishes it, in any order — as goroutines may.
type jobQueue struct{ work, apply []func() }

func (q *jobQueue) run(work, apply func()) {
	q.work = append(q.work, work)
	q.apply = append(q.apply, apply)
}

func (q *jobQueue) finish(i int) {
	q.work[i]()
	q.apply[i]()
}

func TestLatestAppliesOnlyTheNewest(t *testing.T) {
	q := &jobQueue{}
	l := latest{run: q.run}
	var worked, applied []int
	start := func(n int) {
		l.start(func() { worked = append(worked, n) }, func() { applied = append(applied, n) })
	}
	start(1)
	start(2)
	start(3)
	if len(worked)+len(applied) != 0 {
		t.Fatal("with a runner nothing runs in place")
	}
	q.finish(2) // the newest first,
	q.finish(0) // then the older ones, slower
	q.finish(1)
	if !reflect.DeepEqual(worked, []int{3, 1, 2}) || !reflect.DeepEqual(applied, []int{3}) {
		t.Fatalf("worked %v, applied %v; want every job worked and only 3 applied", worked, applied)
	}
	start(4)
	q.finish(3)
	if !reflect.DeepEqual(applied, []int{3, 4}) {
		t.Fatalf("applied %v, want a job that finishes in order applied", applied)
	}

	// Without a runner (the headless tests) a job runs in place.
	var inPlace latest
	done := false
	inPlace.start(func() {}, func() { done = true })
	if !done {
		t.Fatal("without a runner the job is applied at once")
	}
}

// In the running app the search runs off the event goroutine; a slower,
// older search must not overwrite the result of a newer one.
func TestSlowOlderSearchDoesNotOverwriteNewer(t *testing.T) {
	u := windowWith(t, "Erika Mustermann", "Max Müller", "Hans Schmidt")
	q := &jobQueue{}
	u.list.searches.run = q.run

	u.list.search.SetText("muster")
	u.list.search.SetText("schmidt")
	if len(q.work) != 2 {
		t.Fatalf("%d searches started, want 2", len(q.work))
	}
	if got := u.list.length(); got != 3 {
		t.Fatalf("the list shows %d rows before a search finished, want the 3 it had", got)
	}
	q.finish(1)
	if got := listNames(u); !reflect.DeepEqual(got, []string{"Schmidt, Hans"}) {
		t.Fatalf("newer search: list shows %v", got)
	}
	q.finish(0)
	if got := listNames(u); !reflect.DeepEqual(got, []string{"Schmidt, Hans"}) {
		t.Fatalf("the older search overwrote the newer: list shows %v", got)
	}

	// Rows loaded while a search runs: its result, made on the old rows,
	// is dropped too.
	u.list.search.SetText("")
	u.list.setRows(u.list.index.rows[:1])
	q.finish(2)
	q.finish(3)
	if got := u.list.length(); got != 1 {
		t.Fatalf("after the reload the list shows %d rows, want 1", got)
	}
}

func TestCaseIndexWith(t *testing.T) {
	due := model.NewDate(2025, 3, 1)
	rows := []model.CaseSummary{
		{ID: 1, LastName: "Adler", NextDue: due},
		{ID: 2, LastName: "Berg", NextDue: due},
		{ID: 3, LastName: "Christ"},
	}
	ix := newCaseIndex(rows)
	less := model.SummaryLess()
	ids := func(ix *caseIndex) []int64 {
		var out []int64
		for _, r := range ix.rows {
			out = append(out, r.ID)
		}
		return out
	}

	same, changed := ix.with(rows[1], less)
	if changed || same != ix {
		t.Fatal("an unchanged row leaves the index as it is")
	}
	renamed, changed := ix.with(model.CaseSummary{ID: 1, LastName: "Zander", NextDue: due}, less)
	if !changed || !reflect.DeepEqual(ids(renamed), []int64{2, 1, 3}) {
		t.Fatalf("renamed: order %v, want [2 1 3]", ids(renamed))
	}
	if got := renamed.filter("zander", ""); len(got) != 1 || renamed.rows[got[0]].ID != 1 {
		t.Fatalf("search on the new name finds %v", got)
	}
	if got := renamed.filter("adler", ""); len(got) != 0 {
		t.Fatal("the old name is gone from the index")
	}
	if !reflect.DeepEqual(ids(ix), []int64{1, 2, 3}) || ix.rows[0].LastName != "Adler" || ix.filter("adler", "") == nil {
		t.Fatal("with changed the index it was called on")
	}
	nothingDue, _ := ix.with(model.CaseSummary{ID: 1, LastName: "Adler"}, less)
	if !reflect.DeepEqual(ids(nothingDue), []int64{2, 1, 3}) {
		t.Fatalf("nothing due any more: order %v, want [2 1 3]", ids(nothingDue))
	}
	added, _ := ix.with(model.CaseSummary{ID: 4, LastName: "Baum", NextDue: due}, less)
	if !reflect.DeepEqual(ids(added), []int64{1, 4, 2, 3}) {
		t.Fatalf("added: order %v, want [1 4 2 3]", ids(added))
	}
}

// An autosave in an open case changes that case's row in the list — name,
// phase, place in the order — without listing the cases again, and keeps
// search, filter and the selected case.
func TestAutosaveUpdatesOnlyItsRow(t *testing.T) {
	store := &countingStore{Store: uitest.Store(t)}
	a := addCase(t, store, "Erika", "Mustermann", "")
	b := addCase(t, store, "Hans", "Mustermann", "")
	u := newTestUI(t, store)
	u.list.selectCase(a.ID)
	order := func() []int64 {
		var out []int64
		for i := 0; i < u.list.length(); i++ {
			out = append(out, u.list.row(i).ID)
		}
		return out
	}
	if got := order(); !reflect.DeepEqual(got, []int64{a.ID, b.ID}) {
		t.Fatalf("list order %v", got)
	}
	before := store.lists
	save := func() {
		t.Helper()
		u.view.sess.Edited()
		if err := u.view.sess.Flush(); err != nil {
			t.Fatal(err)
		}
	}

	// A field the list does not show: the list stays as it is.
	index := u.list.index
	u.view.sess.Case.Client.Phone = "0123 456"
	save()
	if u.list.index != index {
		t.Error("a save that changes nothing in the row rebuilt the list")
	}

	// The name: the row says it and moves to its place (same due date,
	// "Weber" after "Mustermann").
	u.view.sess.Case.Client.LastName = "Weber"
	save()
	if got := order(); !reflect.DeepEqual(got, []int64{b.ID, a.ID}) {
		t.Fatalf("after the rename the order is %v, want [%d %d]", got, b.ID, a.ID)
	}
	if got := listNames(u); !slices.Contains(got, "Weber, Erika") || slices.Contains(got, "Mustermann, Erika") {
		t.Fatalf("after the rename the list shows %v", got)
	}
	if u.list.selectedID != a.ID || u.list.shownAt(a.ID) != 1 || u.view.c.ID != a.ID {
		t.Fatal("the renamed case stays selected and open")
	}

	// The phase: the row shows the new one.
	if err := u.view.sess.Change(func(c *model.Case) error {
		c.Phase = model.PhaseAssessment
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// Set directly, without decision and consent, the phase breaks a
	// rule, and the row says that too.
	phase := u.loc.T("CaseList.Broken", "Phase", u.loc.Enum("PhaseShort", model.PhaseAssessment))
	if got := uitest.Strings(u.list.list); !slices.Contains(got, phase) {
		t.Fatalf("after the phase change the list shows %v", got)
	}

	// Search and phase filter apply to the new row.
	u.list.search.SetText("weber")
	u.list.phase.SetSelectedIndex(2) // assessment
	if got := listNames(u); !reflect.DeepEqual(got, []string{"Weber, Erika"}) {
		t.Fatalf("searching the new name shows %v", got)
	}

	if n := store.lists - before; n != 0 {
		t.Errorf("the saves listed the cases %d times, want 0", n)
	}
	// The order is the one the store gives.
	fresh, err := store.Store.ListCases(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	u.list.clearFilter()
	var want []int64
	for _, r := range fresh {
		want = append(want, r.ID)
	}
	if got := order(); !reflect.DeepEqual(got, want) {
		t.Fatalf("list order %v, the store lists %v", got, want)
	}
}
