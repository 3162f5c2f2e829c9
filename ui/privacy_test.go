package ui

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	fynestorage "fyne.io/fyne/v2/storage"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// selectTab opens the case's tab with the given title.
func selectTab(t *testing.T, u *UI, title string) {
	t.Helper()
	for _, item := range u.view.work.tabs.Items {
		if item.Text == title {
			u.view.work.tabs.Select(item)
			return
		}
	}
	t.Fatalf("no tab %q", title)
}

func auditKinds(t *testing.T, u *UI, uid string) []string {
	t.Helper()
	es, err := u.store.AuditEntries(context.Background(), uid)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, string(e.Kind))
	}
	return out
}

// The privacy tab of a case shows its log in the user's words, newest first.
func TestPrivacyTabShowsTheLog(t *testing.T) {
	store := uitest.Store(t)
	c := addCase(t, store, "Erika", "Mustermann", "")
	c.Events = append(c.Events, model.Event{At: uitest.Now.Add(-time.Hour), Kind: model.KindAdvance,
		From: model.PhaseIntake, To: model.PhaseAssessment})
	c.Phase = model.PhaseAssessment
	if err := store.SaveCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	if err := store.Audit(context.Background(), model.AuditEntry{At: uitest.Now, Kind: model.AuditExport, Case: c.UID}); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, store)
	u.list.selectCase(c.ID)
	selectTab(t, u, "Datenschutz")
	shown := strings.Join(uitest.Strings(u.view.work.tabs.Selected().Content), "\n")
	tr := strings.Index(shown, "Phasenwechsel (Weiter zur nächsten Phase): Intake → Assessment")
	ex := strings.Index(shown, "Fallakte exportiert")
	if tr < 0 || ex < 0 || ex > tr {
		t.Errorf("log shows, newest first, the export and the transition:\n%s", shown)
	}
	if !strings.Contains(shown, "10.03.2025, 09:30 Uhr") {
		t.Errorf("entries carry date and time:\n%s", shown)
	}
	if !strings.Contains(shown, "Auskunft erstellen …") {
		t.Errorf("the tab offers the Art. 15 copy:\n%s", shown)
	}
}

// memURIWriter is a save-dialog result that keeps the bytes in memory.
type memURIWriter struct {
	bytes.Buffer
	uri fyne.URI
}

func (m *memURIWriter) Close() error  { return nil }
func (m *memURIWriter) URI() fyne.URI { return m.uri }

// The Art. 15 copy holds the complete case file and is logged.
func TestAccessCopyHoldsTheCaseFileAndIsLogged(t *testing.T) {
	u := openCase(t)
	c := u.view.sess.Case
	w := &memURIWriter{uri: fynestorage.NewFileURI(filepath.Join(t.TempDir(), "a.zip"))}
	if err := accessCopy(u.view.sess)(w, ""); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(w.Bytes()), int64(w.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var caseFile []byte
	for _, f := range zr.File {
		if f.Name == "Fallakte.json" {
			r, _ := f.Open()
			caseFile, _ = io.ReadAll(r)
		}
	}
	if !bytes.Contains(caseFile, []byte(`"lastName": "Mustermann"`)) {
		t.Errorf("the archive's case file: %.200s", caseFile)
	}
	if got := auditKinds(t, u, c.UID); !slices.Equal(got, []string{"access"}) {
		t.Errorf("logged %v", got)
	}
}

func closedAt(t *testing.T, u *UI, first, last string, at time.Time) *model.Case {
	t.Helper()
	return addCase(t, u.store, first, last, "", model.Event{At: at, Kind: model.KindFinish, From: model.PhaseClosure, To: model.PhaseClosed})
}

// The retention dialog lists the cases closed longer than the period, and
// erasing one asks first, naming the client, then removes it everywhere.
func TestRetentionListsAndErases(t *testing.T) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	old := closedAt(t, u, "Erika", "Altfall", time.Date(2021, 3, 1, 12, 0, 0, 0, time.Local))
	recent := closedAt(t, u, "Max", "Neufall", time.Date(2024, 6, 1, 12, 0, 0, 0, time.Local))
	u.reloadCases()
	u.list.selectCase(old.ID) // open: erasing must close it without saving it again

	u.onRetention()
	top := func() string { return strings.Join(uitest.Strings(u.win.Canvas().Overlays().Top()), "\n") }
	shown := top()
	if !strings.Contains(shown, "Altfall, Erika · abgeschlossen am 01.03.2021 · Frist endete am 01.03.2024") ||
		strings.Contains(shown, "Neufall") {
		t.Fatalf("past the 3-year period is only the case closed in 2021:\n%s", shown)
	}

	// A period out of range is refused and changes nothing.
	entry := uitest.All[*kit.Entry](u.win.Canvas().Overlays().Top())[0]
	entry.SetText("99")
	entry.OnSubmitted(entry.Text)
	if !strings.Contains(top(), "zwischen 1 und 30 Jahren") {
		t.Errorf("an out-of-range period is refused with a message:\n%s", top())
	}
	u.win.Canvas().Overlays().Top().(interface{ Hide() }).Hide()
	if s, _ := store.Settings(context.Background()); s.RetentionYears != 3 {
		t.Errorf("the refused period was saved: %d", s.RetentionYears)
	}

	tapText(t, u, "Löschen …")
	confirm := top()
	if !strings.Contains(confirm, "„Altfall, Erika“, abgeschlossen am 01.03.2021") || !strings.Contains(confirm, "nicht rückgängig") {
		t.Fatalf("the confirmation names the client and says it is final:\n%s", confirm)
	}
	tapText(t, u, "Endgültig löschen")

	if _, err := store.LoadCase(context.Background(), old.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("erased case still loads: %v", err)
	}
	if names := listNames(u); slices.Contains(names, "Altfall, Erika") || !slices.Contains(names, "Neufall, Max") {
		t.Errorf("case list after erasure: %v", names)
	}
	if u.view.c != nil {
		t.Error("the erased case is still open")
	}
	if got := auditKinds(t, u, old.UID); !slices.Equal(got, []string{"deletion"}) {
		t.Errorf("logged %v", got)
	}
	if _, err := store.LoadCase(context.Background(), recent.ID); err != nil {
		t.Errorf("the other case: %v", err)
	}
	if !strings.Contains(top(), "Bei keinem abgeschlossenen Fall ist die Aufbewahrungsfrist von 3 Jahren abgelaufen") {
		t.Errorf("the dialog is updated:\n%s", top())
	}
}
