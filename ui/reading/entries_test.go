package reading

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
)

func day(m time.Month, d int) model.Date { return model.NewDate(2025, m, d) }

func at(m time.Month, d, hh, mm int) time.Time {
	return time.Date(2025, m, d, hh, mm, 0, 0, time.Local)
}

func partnerName(uid string) string {
	return map[string]string{"p1": "Stadtwerke Musterstadt", "p2": "Hausarztpraxis Dr. Beispiel"}[uid]
}

// sample is a case with something of every kind, its parts entered out of
// order so that the chronology has to be made by entries.
func sample() *model.Case {
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, at(time.January, 10, 9, 0))
	c.Intake.Referral = model.Referral{Route: model.RouteRehaAdvice, ReceivedOn: day(time.January, 8), Notes: "Hinweis der Reha-Fachberatung"}
	c.Intake.FirstMeeting = model.FirstMeeting{Date: day(time.January, 15), Place: "Beratungsstelle", Mode: model.ModeInPerson}
	c.Intake.Screening = []model.ScreeningAnswer{
		{Area: model.ScreenJob, Answer: model.AnswerYes, Indicators: []string{"job.demands"}},
		{Area: model.ScreenFinances, Answer: model.AnswerNo},
		{Area: model.ScreenMobility, Answer: model.AnswerUnknown},
	}
	c.Intake.Decision = model.CMDecision{Need: model.AnswerYes, Justification: "Mehrere Bereiche betroffen", DecidedOn: day(time.January, 20)}
	c.CMConsent = model.CaseManagementConsent{GivenOn: day(time.January, 20), Form: model.FormWritten, InformedCM: true}
	c.Events = append(c.Events,
		model.Event{At: at(time.January, 20, 14, 5), Kind: model.KindAdvance, From: model.PhaseIntake, To: model.PhaseAssessment, Missing: []model.CheckKey{model.CheckAgreement}},
		model.Event{At: at(time.February, 10, 11, 0), Kind: model.KindAdvance, From: model.PhaseAssessment, To: model.PhasePlanning},
		model.Event{At: at(time.February, 15, 16, 0), Kind: model.KindAdvance, From: model.PhasePlanning, To: model.PhaseMonitoring},
		model.Event{At: at(time.March, 3, 17, 0), Kind: model.KindReassess, From: model.PhaseMonitoring, To: model.PhaseAssessment, Reason: "Neue Befunde"},
	)
	conf := model.Conference{Held: true, Date: day(time.February, 3), Participants: "Erika Mustermann; BEM-Team", Tasks: []model.Task{{What: "Befund anfordern", Responsible: "Fallmanagement"}}}
	c.Assessments = []model.Assessment{
		{ID: "a1", Date: day(time.January, 21), Health: "Rückenschmerzen", Work: "Lagerarbeit", Conferences: []model.Conference{conf}},
		{ID: "a2", Date: day(time.March, 3), Reason: "Neue Befunde", Health: "Bandscheibenvorfall", Work: "Lagerarbeit", Conferences: []model.Conference{conf}},
	}
	goal := model.StrategicGoal{ID: "s1", Area: model.AreaWork, Text: "Rückkehr an den Arbeitsplatz",
		Operational: []model.OperationalGoal{{ID: "o1", Text: "Sechs Stunden täglich arbeiten", TargetDate: day(time.June, 30)}}}
	c.Plans = []model.PlanVersion{
		{Version: 1, Created: day(time.February, 10), FinalizedOn: day(time.February, 15), Goals: []model.StrategicGoal{goal},
			Measures: []model.Measure{{ID: "m1", Area: model.AreaWork, GoalID: "s1", What: "Stufenweise Wiedereingliederung", Partner: "p1", Status: model.MeasurePlanned}}},
		{Version: 2, Created: day(time.March, 5), Reason: "Neue Befunde", Goals: []model.StrategicGoal{goal}},
	}
	c.Reviews = []model.Review{{ID: "r1", Date: day(time.March, 1), Levels: []model.GoalLevel{{GoalID: "o1", Level: 1}},
		Measures: []model.MeasureState{{MeasureID: "m1", Status: model.MeasureRunning}}, Decision: model.DecisionReassessment}}
	c.Contacts = []model.Contact{
		{ID: "c2", Date: day(time.February, 1), Kind: model.ContactPhone, With: "Erika Mustermann", Minutes: 15, Notes: "Termin abgestimmt"},
		{ID: "c1", Date: day(time.January, 15), Kind: model.ContactCounselling, With: "Erika Mustermann", Notes: "Erstgespräch"},
		{ID: "c3", Kind: model.ContactLetter, Notes: "Brief ohne Datum"},
	}
	c.Consents = []model.Consent{{ID: "k1", Partner: "p2", Categories: []model.InfoCategory{model.InfoHealth}, GivenOn: day(time.January, 22), Purpose: "Befunde"}}
	c.Disclosures = []model.Disclosure{{ID: "d1", Date: day(time.January, 25), Partner: "p2", Categories: []model.InfoCategory{model.InfoHealth}, Channel: "Telefon"}}
	return c
}

func headings(es []entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.date.German() + " " + e.heading
	}
	return out
}

func find(t *testing.T, es []entry, heading string) entry {
	t.Helper()
	for _, e := range es {
		if e.heading == heading {
			return e
		}
	}
	t.Fatalf("no entry %q in %q", heading, headings(es))
	return entry{}
}

func text(e entry) string {
	var b strings.Builder
	for _, l := range e.lines {
		b.WriteString(l.label + ": " + l.text + "\n")
	}
	return b.String()
}

func TestEntriesAreChronological(t *testing.T) {
	es := entries(sample(), locales.New("de"), partnerName)
	want := []string{
		"08.01.2025 Eingang der Information (Fallidentifikation)",
		"10.01.2025 Fall angelegt",
		"15.01.2025 Erstgespräch",
		"15.01.2025 Relevante Informationen (Screening)",
		"15.01.2025 Beratungsgespräch",
		"20.01.2025 Entscheidung über das Fallmanagement",
		"20.01.2025 Zustimmung zum Fallmanagement",
		"20.01.2025 Weiter zur nächsten Phase", // the move after the work that allowed it
		"21.01.2025 Bedarfsermittlung",
		"22.01.2025 Einwilligung zur Weitergabe an Hausarztpraxis Dr. Beispiel",
		"25.01.2025 Informationsweitergabe an Hausarztpraxis Dr. Beispiel",
		"01.02.2025 Telefonat",
		"03.02.2025 Fallkonferenz", // once, although both assessments carry it
		"10.02.2025 Weiter zur nächsten Phase",
		"15.02.2025 Reha- und Teilhabeplan, Version 1 festgeschrieben",
		"15.02.2025 Weiter zur nächsten Phase",
		"01.03.2025 Überprüfung (Monitoring)",
		"03.03.2025 Re-Assessment", // the move starts the new assessment
		"03.03.2025 Re-Assessment (neue Bedarfsermittlung)",
		"05.03.2025 Reha- und Teilhabeplan, Version 2 (Entwurf begonnen)",
		" Brief / E-Mail", // undated entries go last
	}
	got := headings(es)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i := 1; i < len(es); i++ {
		if es[i].date.Valid() && es[i-1].date.Valid() && es[i].date.Before(es[i-1].date) {
			t.Errorf("%q comes after the later %q", es[i].heading, es[i-1].heading)
		}
	}
}

func TestEntryContent(t *testing.T) {
	es := entries(sample(), locales.New("de"), partnerName)
	tests := []struct {
		heading string
		has     []string
		hasNot  []string
	}{
		{"Eingang der Information (Fallidentifikation)", []string{"Zugangsweg: Reha-Fachberatung", "Notizen: Hinweis der Reha-Fachberatung"}, []string{"Hinweis von"}},
		{"Relevante Informationen (Screening)", []string{"Berufliche Situation: Körperliche und/oder psychische Anforderungen", "Noch unklar: Mobilität"}, []string{"Finanzen"}},
		{"Telefonat", []string{"Mit: Erika Mustermann (15 Min.)", "Notizen: Termin abgestimmt"}, nil},
		{"Überprüfung (Monitoring)", []string{"Stufe +1: Sechs Stunden täglich arbeiten", "Laufend: Stufenweise Wiedereingliederung", "Entscheidung: Re-Assessment"}, nil},
		{"Reha- und Teilhabeplan, Version 1 festgeschrieben", []string{"Arbeit und Beschäftigung: Rückkehr an den Arbeitsplatz", "Handlungsziel: Sechs Stunden täglich arbeiten – bis 30.06.2025", "Maßnahme: Stufenweise Wiedereingliederung – Stadtwerke Musterstadt"}, []string{"Grund der Fortschreibung"}},
		{"Reha- und Teilhabeplan, Version 2 (Entwurf begonnen)", []string{"Grund der Fortschreibung: Neue Befunde"}, nil},
		{"Bedarfsermittlung", []string{"Gesundheitliche und psychomentale Situation: Rückenschmerzen", "Arbeitssituation und Beschäftigungssituation: Lagerarbeit"}, nil},
		// A re-assessment repeats only what changed.
		{"Re-Assessment (neue Bedarfsermittlung)", []string{"Anlass: Neue Befunde", "Gesundheitliche und psychomentale Situation: Bandscheibenvorfall", "Übrige Angaben unverändert"}, []string{"Lagerarbeit"}},
		{"Fallkonferenz", []string{"Beteiligte: Erika Mustermann; BEM-Team", "Aufgabe: Befund anfordern – Fallmanagement"}, nil},
		{"Weiter zur nächsten Phase", []string{"Von „Fallidentifikation und Aufnahme (Intake)“ zu „Assessment und Bedarfsermittlung“", "Zur Kenntnis genommene fehlende Angaben: Vereinbarung geschlossen"}, nil},
		{"Informationsweitergabe an Hausarztpraxis Dr. Beispiel", []string{"Informationen: Gesundheit und Diagnosen", "Weg: Telefon"}, nil},
	}
	for _, tt := range tests {
		got := text(find(t, es, tt.heading))
		for _, s := range tt.has {
			if !strings.Contains(got, s) {
				t.Errorf("%s lacks %q:\n%s", tt.heading, s, got)
			}
		}
		for _, s := range tt.hasNot {
			if strings.Contains(got, s) {
				t.Errorf("%s shows %q:\n%s", tt.heading, s, got)
			}
		}
	}
	if e := find(t, es, "Weiter zur nächsten Phase"); e.at.IsZero() {
		t.Error("a move carries its time")
	}
}

func TestEntriesLeaveOutWhatIsNotDocumented(t *testing.T) {
	c := model.NewCase(model.Client{LastName: "Leer"}, at(time.January, 10, 9, 0))
	es := entries(c, locales.New("de"), partnerName)
	if got := headings(es); len(got) != 1 || got[0] != "10.01.2025 Fall angelegt" {
		t.Errorf("a new case reads %q, want only its opening", got)
	}
	c.Closure = model.Closure{Date: day(time.May, 2), Form: model.EndingRegular, WorkAbility: model.WorkAbilityYes,
		FinalLevels: []model.GoalLevel{{GoalID: "o1", Level: 1}}}
	c.Plans = sample().Plans[:1]
	got := text(find(t, entries(c, locales.New("de"), partnerName), "Abschluss und Evaluation"))
	for _, s := range []string{"Form der Beendigung: Regulär", "Abschlussstufe +1: Sechs Stunden täglich arbeiten", "GAS-T-Wert: 60,0"} {
		if !strings.Contains(got, s) {
			t.Errorf("closure lacks %q:\n%s", s, got)
		}
	}
	for _, s := range []string{"Wiedereingliederung", "Zusammenfassung", "Grund"} {
		if strings.Contains(got, s) {
			t.Errorf("closure shows the empty %q:\n%s", s, got)
		}
	}
}

// TestViewShowsEveryEntry renders a curated demo case and finds every
// entry's heading in the view.
func TestViewShowsEveryEntry(t *testing.T) {
	cases, partners := demo.Cases(demo.Curated, 1, uitest.Now)
	c := cases[7] // plan v1 failed, re-assessment, plan v2, reviews
	s := uitest.Open(t, c, partners).S
	view := New(s)
	var shown []string
	collect(view, &shown)
	all := strings.Join(shown, "\n")
	es := entries(c, s.Env.Loc, s.Env.PartnerName)
	if len(es) < 20 {
		t.Fatalf("a year-long case gives only %d entries", len(es))
	}
	kinds := map[string]bool{}
	for _, e := range es {
		if !strings.Contains(all, e.heading) {
			t.Errorf("entry %q is not shown", e.heading)
		}
		kinds[e.heading] = true
	}
	for _, h := range []string{"Überprüfung (Monitoring)", "Re-Assessment (neue Bedarfsermittlung)", "Reha- und Teilhabeplan, Version 2 festgeschrieben", "Re-Assessment"} {
		if !kinds[h] && !strings.Contains(all, h) {
			t.Errorf("the view has no %q", h)
		}
	}
	for _, l := range shown {
		if strings.Contains(l, "Reading.") || strings.Contains(l, "Check.") || strings.Contains(l, "Indicator.") {
			t.Errorf("a message ID is shown instead of its text: %q", l)
		}
	}
}

func collect(o fyne.CanvasObject, out *[]string) {
	switch x := o.(type) {
	case *widget.RichText:
		*out = append(*out, x.String())
	case *widget.Label:
		*out = append(*out, x.Text)
	case *fyne.Container:
		for _, c := range x.Objects {
			collect(c, out)
		}
	}
}
