package assessment

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// checklistSummary is the count line of the checklist on screen.
func (h host) checklistSummary() string {
	h.T.Helper()
	for _, l := range uitest.All[*widget.Label](h.Root) {
		if strings.Contains(l.Text, "Punkten dokumentiert") || strings.Contains(l.Text, "Mindestpunkte") {
			return l.Text
		}
	}
	h.T.Fatal("no checklist summary on screen")
	return ""
}

func TestAreasAndClientViewAreSaved(t *testing.T) {
	c := newCase()
	saves := 0
	// The host's own callback (list, timeline) must keep running, once per
	// save, however often the workspace is rebuilt.
	h := openHost(t, c, nil, func() { saves++ })
	h.S.Rebuild()
	h.S.Rebuild()
	h.S.Rebuild()
	before := h.checklistSummary()

	test.Type(h.entry("Gesundheitliche und psychomentale Situation", 0), "Bandscheibenvorfall L4/L5, Schmerzen beim Sitzen")
	test.Type(h.entry("Alltagsbewältigung, Selbstmanagement und Mobilität", 0), "Fährt wieder selbst Auto")
	test.Type(h.entry("„Sicht der Dinge“ – eigene Einschätzung der Situation", 0), "„Ich will wieder arbeiten, aber nicht mehr schwer heben.“")
	test.Type(h.entry("Befürchtungen", 0), "Dass der Chef mich nicht mehr will")
	test.Type(h.entry("Anforderungen am Arbeitsplatz", 0), "Heben bis 25 kg")
	got := h.Saved().CurrentAssessment()

	if got.Health != "Bandscheibenvorfall L4/L5, Schmerzen beim Sitzen" || got.DailyLiving != "Fährt wieder selbst Auto" {
		t.Errorf("areas stored as %q / %q", got.Health, got.DailyLiving)
	}
	if got.ClientView != "„Ich will wieder arbeiten, aber nicht mehr schwer heben.“" || got.Fears != "Dass der Chef mich nicht mehr will" {
		t.Errorf("client's view stored as %q / %q", got.ClientView, got.Fears)
	}
	if got.Employer.Requirements != "Heben bis 25 kg" {
		t.Errorf("employer requirements stored as %q", got.Employer.Requirements)
	}
	if saves != 1 {
		t.Errorf("the host's OnSaved ran %d times for one save", saves)
	}
	if after := h.checklistSummary(); after == before || !strings.HasPrefix(after, "2 von 12") {
		t.Errorf("checklist after the save says %q (before %q)", after, before)
	}
}

func TestSelectorAndChartFollowTheEdits(t *testing.T) {
	c := newCase()
	c.Assessments[0].Profile = []model.ProfileItem{{Capability: 1, Requirement: 3}}
	h := openHost(t, c, nil)
	if _, ok := chartTexts(h.chart())["Merkmal 1"]; !ok {
		t.Error("an item without a name is not drawn")
	}
	name := uitest.EntryWith(t, h.Root, "Merkmal, z. B. Heben und Tragen")
	test.Type(name, "Heben")
	if _, ok := chartTexts(h.chart())["Heben"]; !ok {
		t.Errorf("typing the name does not reach the chart: %v", keys(chartTexts(h.chart())))
	}

	date := h.entry("Datum der Bedarfsermittlung", 0)
	date.SetText("")
	test.Type(date, "03.02.2025")
	if err := h.S.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := h.selector().Selected; got != "Bedarfsermittlung vom 03.02.2025" {
		t.Errorf("after changing the date the selector shows %q", got)
	}
}

func TestAddInstrumentAndConferenceWithTask(t *testing.T) {
	h := openHost(t, newCase(), nil)

	test.Tap(h.button("Assessmentinstrument hinzufügen"))
	test.Type(h.entry("Instrument", 0), "MELBA")
	test.Type(h.entry("Durchgeführt von", 0), "BFW Musterstadt")

	test.Tap(h.button("Fallkonferenz hinzufügen"))
	// Who took part is recorded in the conference dialog.
	test.Tap(h.button("Teilnehmende und Besprochenes …"))
	dlg := h.Win.Canvas().Overlays().Top()
	uitest.Field[*widget.RadioGroup](t, dlg, "Durchführung").SetSelected("durchgeführt")
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, dlg, "Weitere Teilnehmende (Notiz)"), "Versicherte, Reha-Fachberatung, Arbeitgeber")
	test.Tap(uitest.OneButton(t, dlg, "Speichern"))
	test.Tap(h.button("Aufgabe hinzufügen"))
	task := uitest.All[*kit.Entry](h.Root)
	var what, who *kit.Entry
	for _, e := range task {
		switch e.PlaceHolder {
		case "Aufgabe":
			what = e
		case "Person oder Stelle":
			who = e
		}
	}
	if what == nil || who == nil {
		t.Fatal("the new task has no entries for what and who")
	}
	test.Type(what, "Befundbericht anfordern")
	test.Type(who, "Fallmanagement")

	a := h.Saved().CurrentAssessment()
	if len(a.Instruments) != 1 || a.Instruments[0].Name != "MELBA" || a.Instruments[0].By != "BFW Musterstadt" || a.Instruments[0].Date != model.DateOf(uitest.Now) {
		t.Errorf("instruments stored as %+v", a.Instruments)
	}
	if len(a.Conferences) != 1 {
		t.Fatalf("conferences stored as %+v", a.Conferences)
	}
	conf := a.Conferences[0]
	if !conf.Held || conf.Participants != "Versicherte, Reha-Fachberatung, Arbeitgeber" || len(conf.Tasks) != 1 {
		t.Fatalf("conference stored as %+v", conf)
	}
	if conf.Tasks[0].What != "Befundbericht anfordern" || conf.Tasks[0].Responsible != "Fallmanagement" {
		t.Errorf("task stored as %+v", conf.Tasks[0])
	}
}

// A partner the directory lacks is entered from the assessment and is
// involved at once, without the detour through Datei › Netzwerkpartner.
func TestNetworkPartnerIsCreatedFromTheAssessment(t *testing.T) {
	h := openHost(t, newCase(), nil)
	test.Tap(h.button("Neuen Netzwerkpartner anlegen …"))
	o := h.Overlay()
	if o == nil {
		t.Fatal("no partner form")
	}
	test.Type(uitest.All[*kit.Entry](o)[0], "Firma Beispiel GmbH")
	test.Tap(uitest.Tappable(t, o, "Partner außerhalb der Rentenversicherung"))
	uitest.SelectWith(t, o, "Arbeitgeber (auch Werks-/Betriebsärzt*in, BEM)").SetSelected("Arbeitgeber (auch Werks-/Betriebsärzt*in, BEM)")
	test.Tap(uitest.Button(t, o, "Speichern"))
	got := h.Saved().CurrentAssessment().NetworkPartners
	if len(got) != 1 {
		t.Fatalf("network partners stored as %v", got)
	}
	if p, ok := h.S.Env.Partner(got[0]); !ok || p.Name != "Firma Beispiel GmbH" || p.Category != model.PartnerEmployer {
		t.Errorf("the new partner is %+v", p)
	}
	if !strings.Contains(uitest.Texts(h.Root), "Firma Beispiel GmbH") {
		t.Error("the new partner is not shown among the involved ones")
	}
}

func TestNetworkPartnerIsChosenFromTheDirectory(t *testing.T) {
	partners := []model.Partner{
		{UID: "p1", Name: "Autohaus Beispiel GmbH", Category: model.PartnerEmployer},
		{UID: "p2", Name: "Reha-Fachberatung DRV", Category: model.PartnerRehaFachberatung},
	}
	h := openHost(t, newCase(), partners)
	test.Tap(h.button("Netzwerkpartner hinzufügen"))
	var sel *widget.Select
	for _, s := range uitest.All[*widget.Select](h.Root) {
		if len(s.Options) == 3 && s.Options[2] == "Reha-Fachberatung DRV" {
			sel = s
		}
	}
	if sel == nil {
		t.Fatal("no partner choice after adding a partner")
	}
	sel.SetSelectedIndex(2)
	if got := h.Saved().CurrentAssessment().NetworkPartners; len(got) != 1 || got[0] != "p2" {
		t.Errorf("network partners stored as %v", got)
	}
	found := false
	for _, l := range uitest.All[*widget.Label](h.Root) {
		found = found || l.Text == "Reha-Fachberatung (DRV)" || strings.Contains(l.Text, "Reha-Fachberatung")
	}
	if !found {
		t.Error("the chosen partner's category is not shown")
	}
}

func TestEarlierAssessmentIsReadOnly(t *testing.T) {
	c := newCase()
	c.Assessments[0].Health = "Stand Februar"
	c.Phase = model.PhaseMonitoring
	c.StartAssessment(model.NewDate(2025, 3, 9), "Wiedereingliederung abgebrochen")
	c.Phase = model.PhaseAssessment
	c.Assessments[1].Health = "Stand März"
	h := openHost(t, c, nil)

	sel := h.selector()
	if len(sel.Options) != 2 {
		t.Fatalf("selector offers %v", sel.Options)
	}
	if want := "Re-Assessment vom 09.03.2025 (Grund: Wiedereingliederung abgebrochen) – aktuell"; sel.Selected != want {
		t.Errorf("selected %q, want %q", sel.Selected, want)
	}
	health := h.entry("Gesundheitliche und psychomentale Situation", 0)
	if health.Disabled() || health.Text != "Stand März" {
		t.Errorf("the newest assessment: disabled %v, text %q", health.Disabled(), health.Text)
	}

	sel.SetSelectedIndex(1)
	if sel.Selected != "Bedarfsermittlung vom 02.02.2025" {
		t.Errorf("selected %q", sel.Selected)
	}
	health = h.entry("Gesundheitliche und psychomentale Situation", 0)
	if health.Text != "Stand Februar" {
		t.Errorf("the earlier assessment shows %q", health.Text)
	}
	entries := uitest.All[*kit.Entry](h.Root)
	if len(entries) < 15 {
		t.Fatalf("only %d entries on screen", len(entries))
	}
	for _, e := range entries {
		if !e.Disabled() {
			t.Errorf("entry %q of the earlier assessment is editable", e.Text)
		}
	}
	for _, b := range uitest.All[*widget.Button](h.Root) {
		if strings.HasSuffix(b.Text, "hinzufügen") && !b.Disabled() {
			t.Errorf("button %q is active on the earlier assessment", b.Text)
		}
	}

	// The choice survives a rebuild (e.g. switching tabs).
	h.S.Rebuild()
	if h.selector().Selected != "Bedarfsermittlung vom 02.02.2025" {
		t.Errorf("after a rebuild the selector shows %q", h.selector().Selected)
	}
}

func TestClosedCaseIsReadOnly(t *testing.T) {
	c := newCase()
	c.Phase = model.PhaseClosed
	h := openHost(t, c, nil)
	if e := h.entry("Wirtschaftliche Situation", 0); !e.Disabled() {
		t.Error("the assessment of a closed case is editable")
	}
}

func TestReassessmentShowsBothAndIsPrefilled(t *testing.T) {
	c := newCase()
	c.Assessments[0].Work = "Lagerist, seit Januar arbeitsunfähig"
	c.Assessments[0].Profile = []model.ProfileItem{{Item: "Heben und Tragen", Capability: 2, Requirement: 4}}
	h := openHost(t, c, nil)
	if n := len(h.selector().Options); n != 1 {
		t.Fatalf("one assessment, selector offers %d", n)
	}

	_ = h.S.Change(func(c *model.Case) error {
		c.StartAssessment(model.DateOf(uitest.Now), "neue Befunde")
		return nil
	})

	sel := h.selector()
	if len(sel.Options) != 2 || sel.Options[1] != "Bedarfsermittlung vom 02.02.2025" ||
		sel.Selected != "Re-Assessment vom 10.03.2025 (Grund: neue Befunde) – aktuell" {
		t.Errorf("selector offers %q, selected %q", sel.Options, sel.Selected)
	}
	work := h.entry("Arbeitssituation und Beschäftigungssituation", 0)
	if work.Text != "Lagerist, seit Januar arbeitsunfähig" || work.Disabled() {
		t.Errorf("the re-assessment shows %q (disabled %v), want it prefilled and editable", work.Text, work.Disabled())
	}
	work.CursorColumn = len([]rune(work.Text)) // type at the end, as after a click there
	test.Type(work, " – jetzt Disposition")
	got := h.Saved()
	if len(got.Assessments) != 2 || got.Assessments[0].Work != "Lagerist, seit Januar arbeitsunfähig" ||
		got.Assessments[1].Work != "Lagerist, seit Januar arbeitsunfähig – jetzt Disposition" {
		t.Errorf("stored assessments %+v", got.Assessments)
	}
}

func TestEmptyStateStartsAnAssessment(t *testing.T) {
	c := model.NewCase(model.Client{FirstName: "Lukas", LastName: "Modell"}, uitest.Now)
	c.Phase = model.PhaseAssessment
	h := openHost(t, c, nil)
	test.Tap(h.button("Bedarfsermittlung beginnen"))
	got := h.Saved()
	if len(got.Assessments) != 1 || got.Assessments[0].Date != model.DateOf(uitest.Now) {
		t.Fatalf("stored assessments %+v", got.Assessments)
	}
	if sel := h.selector(); sel.Selected != "Bedarfsermittlung vom 10.03.2025" {
		t.Errorf("after starting, the selector shows %q", sel.Selected)
	}
}

func TestEmptyClosedCaseOffersNothing(t *testing.T) {
	c := model.NewCase(model.Client{FirstName: "Andreas", LastName: "Platzhalter"}, uitest.Now)
	c.Phase = model.PhaseClosed
	h := openHost(t, c, nil)
	if bs := uitest.All[*widget.Button](h.Root); len(bs) != 0 {
		t.Errorf("a closed case without assessment offers %q", bs[0].Text)
	}
}

// selector is the choice of the assessment shown.
func (h host) selector() *widget.Select {
	h.T.Helper()
	for _, s := range uitest.All[*widget.Select](h.Root) {
		for _, o := range s.Options {
			if strings.Contains(o, " vom ") {
				return s
			}
		}
	}
	h.T.Fatal("no assessment selector")
	return nil
}
