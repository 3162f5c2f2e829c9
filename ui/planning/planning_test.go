package planning

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

func TestGoalOperationalGoalAndMeasureByTyping(t *testing.T) {
	_, partners := demo.Cases(1, 1, uitest.Now)
	f := open(t, planningCase(), partners)

	test.Tap(uitest.OneButton(t, f.Root, "Version 1 beginnen"))
	if got := f.Saved().Plans; len(got) != 1 || got[0].Version != 1 || got[0].Created != uitest.Today {
		t.Fatalf("stored plans after starting: %+v", got)
	}

	work := uitest.Fold(t, f.Root, "Arbeit und Beschäftigung")
	test.Tap(uitest.OneButton(t, work.Detail, "Teilhabeziel hinzufügen"))
	// What is added is typed into next: its first field has the focus.
	if got, want := f.Win.Canvas().Focused(), uitest.Field[*kit.Entry](t, f.Root, "Teilhabeziel (strategisches Ziel)"); got != fyne.Focusable(want) {
		t.Errorf("after adding a Teilhabeziel the focus is on %T, not its text", got)
	}
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, "Teilhabeziel (strategisches Ziel)"), "Rückkehr an den bisherigen Arbeitsplatz")
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, "ICF-Codes"), "d850, B152")

	test.Tap(uitest.OneButton(t, f.Root, "Handlungsziel hinzufügen"))
	if got, want := f.Win.Canvas().Focused(), uitest.Field[*kit.Entry](t, f.Root, "Handlungsziel"); got != fyne.Focusable(want) {
		t.Errorf("after adding a Handlungsziel the focus is on %T, not its text", got)
	}
	if !uitest.Fold(t, f.Root, "Arbeit und Beschäftigung").Open {
		t.Error("the area folded up after adding a goal in it")
	}
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, "Handlungsziel"), "Vier Stunden täglich arbeiten")
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, "Zieltermin"), "30.06.2025")
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, "Gewichtung"), "1,5")
	test.Tap(uitest.Tappable(t, uitest.Field[*kit.KeyRadio](t, f.Root, "Ausgangslage"), "−1")) // one click
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, "0 erwartetes Ergebnis"), "arbeitet 4 Stunden an 5 Tagen")
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, "+2 viel mehr als erwartet"), "arbeitet wieder voll")

	test.Tap(uitest.OneButton(t, f.Root, "Maßnahme hinzufügen"))
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, "Maßnahme"), "Stufenweise Wiedereingliederung")
	_ = f.S.Flush()
	f.Win.Canvas().Unfocus()                                  // the new measure's field had the focus; the title waits until it is left
	uitest.Fold(t, f.Root, "Stufenweise Wiedereingliederung") // the fold's title follows the text
	// The plan's only Handlungsziel is the goal the new measure serves:
	// no choice to make, and the measure stands in the goal's area.
	if got := uitest.Field[*widget.Select](t, f.Root, "Ziel").Selected; !strings.HasPrefix(got, "1.1  Vier Stunden") {
		t.Errorf("the new measure's goal shows %q, want the only Handlungsziel 1.1", got)
	}
	uitest.SelectOption(t, uitest.Field[*widget.Select](t, f.Root, "Zuständiger Netzwerkpartner"), partners[0].Name)
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, "Ansprechperson"), "Frau Beispiel")
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, "Beginn"), "01.04.2025")
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, "Ende"), "31.05.2025")

	p := f.Saved().Plans[0]
	if len(p.Goals) != 1 {
		t.Fatalf("stored goals: %+v", p.Goals)
	}
	g := p.Goals[0]
	if g.ID == "" || g.Area != model.AreaWork || g.Text != "Rückkehr an den bisherigen Arbeitsplatz" || !reflect.DeepEqual(g.ICF, []string{"d850", "b152"}) {
		t.Errorf("strategic goal = %+v", g)
	}
	if len(g.Operational) != 1 {
		t.Fatalf("operational goals: %+v", g.Operational)
	}
	o := g.Operational[0]
	if o.ID == "" || o.ID == g.ID || o.Text != "Vier Stunden täglich arbeiten" || o.TargetDate != model.NewDate(2025, 6, 30) || o.Weight != 1.5 {
		t.Errorf("operational goal = %+v", o)
	}
	if o.Baseline == nil || *o.Baseline != -1 || o.GAS[2] != "arbeitet 4 Stunden an 5 Tagen" || o.GAS[4] != "arbeitet wieder voll" || o.GAS[0] != "" {
		t.Errorf("GAS scale = %q, baseline %v", o.GAS, o.Baseline)
	}
	if len(p.Measures) != 1 {
		t.Fatalf("measures: %+v", p.Measures)
	}
	m := p.Measures[0]
	want := model.Measure{ID: m.ID, Area: model.AreaWork, GoalID: o.ID, What: "Stufenweise Wiedereingliederung", Partner: partners[0].UID,
		Person: "Frau Beispiel", Start: model.NewDate(2025, 4, 1), End: model.NewDate(2025, 5, 31), Status: model.MeasurePlanned}
	if m.ID == "" || !reflect.DeepEqual(m, want) {
		t.Errorf("measure = %+v\nwant      %+v", m, want)
	}
	c := f.Saved()
	known := map[string]bool{}
	for _, pt := range partners {
		known[pt.UID] = true
	}
	if ps := c.Validate(known); len(ps) > 0 {
		t.Errorf("the plan typed in does not validate: %v", ps)
	}
}

// A measure cannot end before it starts — the model's rule, the same the
// case-file import applies: the end stays in its field with the reason,
// the stored end keeps its valid day.
func TestMeasureEndNotBeforeStart(t *testing.T) {
	c := planningCase()
	c.StartPlanVersion(uitest.Today, "")
	c.Plans[0].Measures = []model.Measure{{ID: "m1", What: "Praktikum", Start: model.NewDate(2025, 4, 1), End: model.NewDate(2025, 5, 31)}}
	f := open(t, c, nil)
	uitest.Fold(t, f.Root, "Praktikum").Open = true
	end := uitest.Field[*kit.Entry](t, f.Root, "Ende")
	end.SetText("31.03.2025")
	if got := f.Saved().Plans[0].Measures[0].End; got != model.NewDate(2025, 5, 31) {
		t.Errorf("an end before the start was stored: %v", got)
	}
	if !strings.Contains(end.Line(), "Beginn der Maßnahme") {
		t.Errorf("the field does not say why: %q", end.Line())
	}
	// Moving the start after the end is refused the same way.
	start := uitest.Field[*kit.Entry](t, f.Root, "Beginn")
	end.SetText("30.04.2025")
	start.SetText("01.05.2025")
	if got := f.Saved().Plans[0].Measures[0]; got.Start != model.NewDate(2025, 4, 1) || got.End != model.NewDate(2025, 4, 30) {
		t.Errorf("stored %v – %v", got.Start, got.End)
	}
	if !strings.Contains(start.Line(), "Ende der Maßnahme") {
		t.Errorf("the start does not say why: %q", start.Line())
	}
}

// Choosing a measure's partner links the partner to the case with the
// measure's area, so the plan names it among the network partners; the
// plan's „Netzwerkpartner“ shows it at once under the measure's area,
// only its role left to type.
func TestMeasurePartnerIsLinkedToTheCase(t *testing.T) {
	partners := []model.Partner{{UID: "emp", Name: "Kanzlei Muster", Category: model.PartnerEmployer}}
	c := planningCase()
	c.StartPlanVersion(uitest.Today, "")
	c.Plans[0].Measures = []model.Measure{{ID: "m1", What: "Praktikum", Area: model.AreaWork}}
	f := open(t, c, partners)
	uitest.Fold(t, f.Root, "Praktikum").Open = true
	uitest.SelectOption(t, uitest.Field[*widget.Select](t, f.Root, "Zuständiger Netzwerkpartner"), "Kanzlei Muster")
	got := f.Saved().Partners
	if len(got) != 1 || got[0].Partner != "emp" || len(got[0].Areas) != 1 || got[0].Areas[0] != model.AreaWork {
		t.Errorf("case partners %+v", got)
	}
	areas := uitest.Fields(f.Root, "Teilhabe-/Lebensbereich") // the measure's, the partner's
	if len(areas) != 2 {
		t.Fatalf("%d areas, want the measure's and the partner's", len(areas))
	}
	area := areas[1].(*kit.KeySelect)
	partner := uitest.Field[*widget.Select](t, f.Root, "Netzwerkpartner")
	if area.Selected != "Arbeit und Beschäftigung" || partner.Selected != "Kanzlei Muster" {
		t.Errorf("the plan's „Netzwerkpartner“ show %q in %q, want the measure's partner in its area", partner.Selected, area.Selected)
	}
	role := uitest.Field[*kit.Entry](t, f.Root, "Rolle / Aufgabe")
	test.Type(role, "Arbeitgeber")
	if got := f.Saved().Plans[0].AreaPartners; len(got) != 1 || got[0].Role != "Arbeitgeber" || got[0].Partner != "emp" {
		t.Errorf("the plan's partners by area %+v", got)
	}
}

func TestICFThatIsNoCodeIsShownNotSaved(t *testing.T) {
	c := planningCase()
	c.StartPlanVersion(uitest.Today, "")
	c.Plans[0].Goals = []model.StrategicGoal{{ID: "g1", Area: model.AreaHealth, ICF: []string{"b152"}}}
	f := open(t, c, nil)
	e := uitest.Field[*kit.Entry](t, f.Root, "ICF-Codes")
	if e.Text != "b152" {
		t.Fatalf("ICF field shows %q", e.Text)
	}
	test.Type(e, ", x99")
	if err := e.Validate(); err == nil || !strings.Contains(err.Error(), "x99") {
		t.Errorf("validation = %v, want a message naming x99", err)
	}
	if got := f.Saved().Plans[0].Goals[0].ICF; !reflect.DeepEqual(got, []string{"b152"}) {
		t.Errorf("stored ICF = %q", got)
	}
}

// draftWithGoal is a case in planning with a draft plan of one goal.
func draftWithGoal() *model.Case {
	c := planningCase()
	p := c.StartPlanVersion(uitest.Today.AddDays(-20), "")
	p.Disorder = "Bandscheibenvorfall L4/L5"
	p.Goals = []model.StrategicGoal{{ID: "g1", Area: model.AreaWork, Text: "Rückkehr in den Beruf",
		Operational: []model.OperationalGoal{{ID: "o1", Text: "Belastbarkeit 6 Stunden", TargetDate: uitest.Today.AddDays(60)}}}}
	p.Measures = []model.Measure{{ID: "m1", Area: model.AreaWork, GoalID: "o1", What: "Arbeitsplatzbegehung", Status: model.MeasurePlanned}}
	return c
}

// Finalising warns about Handlungsziele whose GAS levels are not all
// described, naming the goal and the levels; it does not refuse.
func TestFinaliseWarnsAboutMissingGASLevels(t *testing.T) {
	c := draftWithGoal()
	c.Plans[0].Goals[0].Operational[0].GAS = model.GASLevels{"", "weniger", "6 Stunden an 5 Tagen", "mehr", ""}
	f := open(t, c, nil)
	test.Tap(finaliseButtons(t, f.Root)[0])
	d := f.Dialog()
	shown := uitest.Texts(d)
	if !strings.Contains(shown, "Stufenbeschreibungen") || !strings.Contains(shown, "1.1 „Belastbarkeit 6 Stunden“: Stufe −2, +2") {
		t.Errorf("the finalise dialog does not name the missing levels:\n%s", shown)
	}
	test.Tap(uitest.OneButton(t, d, "Festschreiben"))
	if !f.Saved().Plans[0].Final() {
		t.Error("missing level descriptions refused finalising")
	}
	if gaps := f.Saved().Plans[0].GASGaps(); len(gaps) != 1 || len(gaps[0].Levels) != 2 {
		t.Errorf("GASGaps = %+v", gaps)
	}
}

func TestFinaliseFreezesAndFortschreibungCopies(t *testing.T) {
	f := open(t, draftWithGoal(), nil)

	// Offered at the top, with the version, and at the end of the page,
	// where the plan is discussed and handed over; the end's does it.
	test.Tap(finaliseButtons(t, f.Root)[1])
	d := f.Dialog()
	test.Tap(uitest.OneButton(t, d, "Festschreiben"))
	c := f.Saved()
	if !c.Plans[0].Final() || c.Plans[0].FinalizedOn != uitest.Today {
		t.Fatalf("finalised on %v", c.Plans[0].FinalizedOn)
	}
	v1, _ := json.Marshal(c.Plans[0])

	// The finalised version is read-only everywhere, also in the folds.
	for _, label := range []string{"Art der Gesundheitsstörung/Behinderung", "Teilhabeziel (strategisches Ziel)", "Handlungsziel", "Maßnahme", "2 viel mehr als erwartet"} {
		for _, w := range uitest.Fields(f.Root, label) {
			if d, ok := w.(fyne.Disableable); ok && !d.Disabled() {
				t.Errorf("%q can still be edited in the finalised version", label)
			}
		}
	}
	for _, label := range []string{"Teilhabeziel hinzufügen", "Maßnahme hinzufügen", "Festschreiben …"} {
		if len(uitest.OneOfButtons(f.Root, label)) > 0 {
			t.Errorf("the finalised version offers %q", label)
		}
	}

	test.Tap(uitest.OneButton(t, f.Root, "Plan fortschreiben …"))
	d = f.Dialog()
	ok := uitest.OneButton(t, d, "Fortschreiben")
	if !ok.Disabled() {
		t.Error("Fortschreiben is possible without a reason")
	}
	var reason fyne.Focusable
	uitest.WalkDeep(d, func(o fyne.CanvasObject) {
		switch e := o.(type) {
		case *widget.Entry, *kit.Capped:
			reason = e.(fyne.Focusable)
		}
	})

	if reason == nil {
		t.Fatal("no reason field in the dialog")
	}
	test.Type(reason, "   ")
	if !ok.Disabled() {
		t.Error("Fortschreiben is possible with a blank reason")
	}
	test.Type(reason, "Überprüfung: Ziel Arbeit anpassen")
	if ok.Disabled() {
		t.Fatal("Fortschreiben stays disabled with a reason")
	}
	test.Tap(ok)

	c = f.Saved()
	if len(c.Plans) != 2 {
		t.Fatalf("%d plan versions after the Fortschreibung", len(c.Plans))
	}
	v2 := c.Plans[1]
	if v2.Version != 2 || v2.Final() || v2.Reason != "Überprüfung: Ziel Arbeit anpassen" || v2.Created != uitest.Today {
		t.Errorf("version 2 = %+v", v2)
	}
	if len(v2.Goals) != 1 || v2.Goals[0].Operational[0].Text != "Belastbarkeit 6 Stunden" || len(v2.Measures) != 1 {
		t.Errorf("version 2 is not a copy: %+v", v2.Goals)
	}

	// Version 2 is shown and editable; version 1 stays as it was.
	goal := uitest.Field[*kit.Entry](t, f.Root, "Teilhabeziel (strategisches Ziel)")
	if goal.Disabled() {
		t.Fatal("version 2 is read-only")
	}
	goal.SetText("")
	test.Type(goal, "Umsetzung in die Disposition")
	c = f.Saved()
	if c.Plans[1].Goals[0].Text != "Umsetzung in die Disposition" {
		t.Errorf("version 2 goal = %q", c.Plans[1].Goals[0].Text)
	}
	if after, _ := json.Marshal(c.Plans[0]); string(after) != string(v1) {
		t.Errorf("version 1 changed:\n%s\n%s", v1, after)
	}

	// Choosing version 1 shows it read-only, with its own text.
	sel := uitest.Field[*widget.Select](t, f.Root, "Angezeigte Version")
	uitest.SelectOption(t, sel, "Version 1")
	goal = uitest.Field[*kit.Entry](t, f.Root, "Teilhabeziel (strategisches Ziel)")
	if !goal.Disabled() || goal.Text != "Rückkehr in den Beruf" {
		t.Errorf("version 1 shows %q, disabled %v", goal.Text, goal.Disabled())
	}
	if len(uitest.OneOfButtons(f.Root, "Plan fortschreiben …")) > 0 {
		t.Error("an old version offers a Fortschreibung")
	}
}

// required19 is the § 19 trigger as the law words it.
const required19 = "Teilhabeplan nach § 19 SGB IX erforderlich"

func TestSection19FieldsAppearWhenTicked(t *testing.T) {
	c := planningCase()
	c.StartPlanVersion(uitest.Today, "")
	f := open(t, c, nil)
	app := uitest.Field[*kit.Entry](t, f.Root, "Tag des Antragseingangs beim leistenden Rehabilitationsträger")
	if app.Visible() && uitest.Shown(f.Root, app) {
		t.Error("§ 19 fields are shown before § 19 applies")
	}
	test.Tap(uitest.CheckWith(t, f.Root, required19))
	if !uitest.Shown(f.Root, app) {
		t.Fatal("§ 19 fields are hidden after ticking")
	}
	test.Type(app, "02.02.2025")
	test.Tap(uitest.CheckWith(t, f.Root, "Zustimmung der versicherten Person liegt vor"))
	s := f.Saved().Plans[0].Section19
	if !s.Required || s.ApplicationDate != model.NewDate(2025, 2, 2) || !s.ConferenceConsent {
		t.Errorf("stored § 19 = %+v", s)
	}
	// Unticking hides the fields but keeps what was entered.
	test.Tap(uitest.CheckWith(t, f.Root, required19))
	if uitest.Shown(f.Root, app) {
		t.Error("§ 19 fields stay shown after unticking")
	}
	if s := f.Saved().Plans[0].Section19; s.Required || s.ApplicationDate != model.NewDate(2025, 2, 2) {
		t.Errorf("after unticking: %+v", s)
	}
}

func TestChecklistFollowsSaves(t *testing.T) {
	c := draftWithGoal()
	c.Plans[0].Conference = model.Conference{Held: true, Date: uitest.Today, Tasks: []model.Task{{What: "Termin", Responsible: "Fallmanagement"}}}
	f := open(t, c, nil)
	// A session as the case view opens it: its own OnSaved is set before
	// the workspace is built. Built three times, the checklist must hook
	// onto saves once, not once per build.
	saves := 0
	f.S = kit.NewSession(f.S.Env, f.S.Case)
	f.S.OnSaved = func() { saves++ }
	f.Show(New)
	f.S.Rebuild()
	f.S.Rebuild()
	summary := checklist(t, f.Root)
	if !strings.Contains(summary.Text, "2 von 5") {
		t.Fatalf("checklist before: %q", summary.Text)
	}
	test.Tap(uitest.OneButton(t, f.Root, "Teilnehmende und Besprochenes …"))
	dlg := f.Win.Canvas().Overlays().Top()
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, dlg, "Weitere Teilnehmende (Notiz)"), "Erika Mustermann, BEM-Team")
	test.Tap(uitest.OneButton(t, dlg, "Speichern"))
	_ = f.Saved()
	if !strings.Contains(summary.Text, "3 von 5") {
		t.Errorf("the checklist did not follow the save: %q", summary.Text)
	}
	if saves != 1 {
		t.Errorf("the host's OnSaved ran %d times for one save", saves)
	}
}

// checklist is the summary line of the documentation checklist.
func checklist(t *testing.T, root fyne.CanvasObject) *widget.Label {
	t.Helper()
	var summary *widget.Label
	uitest.WalkDeep(root, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "Mindestpunkten des Fachkonzepts dokumentiert") {
			summary = l
		}
	})

	if summary == nil {
		t.Fatal("no checklist")
	}
	return summary
}

// Right after a goal was chosen for a new measure, its header still said
// "Ohne Teilhabe-/Lebens…": the header followed only the next save, and a
// save's redraw waits while the cursor is still in a field (the measure's
// text, typed just before). Choosing the goal, which fills in the area,
// and choosing the area retitle the header at once.
func TestMeasureHeaderFollowsItsGoalAtOnce(t *testing.T) {
	c := draftWithGoal()
	c.Plans[0].Measures = []model.Measure{{ID: "m1", What: "Praktikum", Status: model.MeasurePlanned}}
	f := open(t, c, nil)
	fold := uitest.Fold(t, f.Root, "Praktikum")
	fold.Open = true
	what := uitest.Field[*kit.Entry](t, f.Root, "Maßnahme")
	f.Win.Canvas().Focus(what)
	test.Type(what, "Betriebliches ")
	if !strings.Contains(fold.Title, "Ohne Teilhabe") {
		t.Fatalf("before a goal is chosen the header is %q", fold.Title)
	}
	uitest.SelectOption(t, uitest.Field[*widget.Select](t, f.Root, "Ziel"), "1.1")
	if want := "Arbeit und Beschäftig"; !strings.Contains(fold.Title, want) {
		t.Errorf("after the goal was chosen the header is %q, want the goal's area %q", fold.Title, want)
	}
	uitest.SelectOption(t, uitest.Field[*widget.Select](t, fold.Detail, "Teilhabe-/Lebensbereich"), "Gesundheit")
	if want := "Gesundheit"; !strings.Contains(fold.Title, want) {
		t.Errorf("after the area was chosen the header is %q, want %q", fold.Title, want)
	}
}

// finaliseButtons are the draft's two "Festschreiben …": the version
// card's at the top and the one at the end of the page.
func finaliseButtons(t *testing.T, root fyne.CanvasObject) []*widget.Button {
	t.Helper()
	bs := uitest.OneOfButtons(root, "Festschreiben …")
	if len(bs) != 2 {
		t.Fatalf("%d buttons \"Festschreiben …\", want one with the version and one at the end", len(bs))
	}
	return bs
}

// From the end of the plan — "Kopie ausgehändigt am", its last field —
// "Festschreiben …" is one Tab away (the one in the version card at the
// top took more than 80 Tabs back), and Space on it asks to finalise.
func TestFinaliseIsOneTabFromTheEndOfThePlan(t *testing.T) {
	f := open(t, draftWithGoal(), nil)
	c := f.Win.Canvas()
	if n := len(uitest.OneOfButtons(f.Root, "Festschreiben …")); n != 2 {
		t.Fatalf("%d buttons „Festschreiben …“, want the version card's and the one at the end", n)
	}
	c.Focus(uitest.Field[*kit.Entry](t, f.Root, "Kopie ausgehändigt am"))
	test.FocusNext(c)
	b, ok := c.Focused().(*kit.Button)
	if !ok || b.Text != "Festschreiben …" {
		t.Fatalf("Tab from the plan's last field goes to %T %v, want „Festschreiben …“", c.Focused(), c.Focused())
	}
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if !strings.Contains(uitest.Texts(f.Dialog()), "Plan festschreiben?") {
		t.Errorf("Space on „Festschreiben …“ shows %q", uitest.Texts(f.Dialog()))
	}
}
