package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

func TestPlanPrintsEveryElement(t *testing.T) {
	c, ps, s, loc := richCase(), testPartners(), testSettings(), locales.New("de")
	pp := checkedPages(t, t.TempDir(), "plan.pdf", loc, func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) })
	text := strings.Join(pp, "\n")
	p := c.CurrentPlan()

	mustContain(t, "headings", text,
		"Reha- und Teilhabeplan", "Ziele", "Maßnahmen", "Teilhabekonferenz", "Netzwerkpartner",
		"Teilhabeplan nach § 19 SGB IX", "Versicherte Person und Beteiligte", "Angehörige", "Gesetzliche Betreuung", "Weitere Beteiligte")
	mustContain(t, "header", pp[0], s.Organisation, "Bahnhofstraße 3 · 12345 Musterstadt")
	mustContain(t, "version", text, "Version", "2", "20.08.2024", "festgeschrieben am", "09.09.2024",
		"Grund der Fortschreibung", p.Reason, s.Name)
	mustContain(t, "client", text, "Jürgen Größe-Äßling", "10.04.1990", "10010490A443", "Lindenstraße 12",
		"0176 555 0101", "j.groesse@example.org", "Leichte Sprache", "Möbelwerk Österreicher GmbH",
		"Brigitte Größe-Äßling", "Ehefrau", "Dr. Heike Überall", "Betreuerin (Gesundheitssorge)",
		"Dr. Olaf Weißgerber", "Betriebsarzt")
	mustContain(t, "situation", text, p.Disorder, p.Consequences, p.FacilitatingFactors, p.HinderingFactors, p.Concerns, p.CurrentNeed)

	// Goals grouped by area, each with its operational goals, target date,
	// ICF codes and the five GAS levels.
	for _, a := range []model.Area{model.AreaHealth, model.AreaWork, model.AreaSocial} {
		mustContain(t, "area", text, loc.Enum("Area", a))
	}
	mustContain(t, "goals", text, "Teilhabeziel 1", "Teilhabeziel 3", "Handlungsziel 2.2",
		"ICF: b130", "ICF: d850, d845", "Zieldatum: 31.12.2024", "Ausgangslage: −2", "Gewichtung: 2,0")
	for _, g := range p.OperationalGoals() {
		mustContain(t, "goal "+g.Goal.ID, text, g.Strategic.Text, g.Goal.Text)
		for _, lvl := range g.Goal.GAS {
			if lvl != "" {
				mustContain(t, "GAS of "+g.Goal.ID, text, lvl)
			}
		}
	}
	mustContain(t, "GAS scale", text, "−2", "−1", "+1", "+2", "viel weniger als erwartet", "erwartetes Ergebnis", "viel mehr als erwartet")
	// A goal with one level left empty shows the gap.
	mustContain(t, "GAS gap", text, "+1 etwas mehr als erwartet — nicht dokumentiert —")

	// Measures as table rows: what, goal number, partner and person, dates, status.
	mustContain(t, "measures", text,
		"Psychotherapie wöchentlich 1.1 Praxis für Ergotherapie 01.09.2024 28.02.2025 "+loc.Enum("MeasureStatus", model.MeasurePlanned),
		"2.1 Möbelwerk Österreicher 16.09.2024 15.12.2024 "+loc.Enum("MeasureStatus", model.MeasureRunning),
		"Frau Brückner", "Herr Yilmaz",
		"3.1 Brigitte Größe-Äßling 20.09.2024 — fehlt — "+loc.Enum("MeasureStatus", model.MeasureCancelled))

	mustContain(t, "conference", text, "Durchgeführt ja", "05.09.2024", "Stufenplan einvernehmlich beschlossen",
		"Stufenplan an die Krankenkasse senden Frau Müller-Lüdenscheidt 12.09.2024 erledigt",
		"Werkbank bestellen Möbelwerk Österreicher 15.10.2024 offen")
	mustContain(t, "partners", text, "Integrationsfachdienst Nordstadt", "Begleitung", "Frau Özdemir", "030 23125 220",
		"DRV Bund Reha-Fachberatung", "rfb@drv.example.org", "Praxis für Ergotherapie Weiß", "Jana Weiß")
	// Every item of § 19 (2) in the law's order, with its number; what
	// does not apply says so, what the plan holds elsewhere points there.
	mustContain(t, "§ 19", text, "Leistungen verschiedener Leistungsgruppen oder",
		"1 Antragseingang beim leistenden Träger 12.02.2024", "1 Leistender Rehabilitationsträger Deutsche Rentenversicherung Bund",
		"1 Beteiligte Rehabilitationsträger AOK Nordstadt (medizinische Rehabilitation)", "1 Zuständigkeit geklärt am 26.02.2024",
		"2 Feststellungen zum siehe Abschnitt „Gesundheitsstörung", "3 Instrumente der Bedarfsermittlung ICF-basiertes Assessment, PHQ-9",
		"4 Gutachterliche Stellungnahme der entfällt", "5 Einbezogene Dienste und Einrichtungen LTA der DRV; Krankengeld der AOK",
		"6 Teilhabeziele und ihre Fortschreibung siehe Abschnitt „Ziele“", "7 Wunsch- und Wahlrecht nach § 8 SGB IX Wunsch nach wohnortnaher Therapie",
		"7 Persönliches Budget nein", "8 Einvernehmliche, trägerübergreifende Stufenweise Wiedereingliederung",
		"9 Ergebnisse der Teilhabeplankonferenz Zuständigkeiten verteilt",
		"10 Mitteilungen anderer öffentlicher Stellen Integrationsamt: Zuschuss zur Werkbank möglich",
		"11 Besondere Belange pflegender Pflegt seinen Vater; Kurzzeitpflege während der Reha",
		"Einbeziehung des Jobcenters entfällt", "§ 19 Abs. 3 SGB IX")
	if !strings.Contains(flat(strings.ReplaceAll(text, "\n", " ")), "Leistungen verschiedener Leistungsgruppen oder mehrerer Rehabilitationsträger erforderlich") ||
		strings.Contains(text, "mehrerer Leistungsträger") {
		t.Error("the § 19 trigger does not read as the law does")
	}
	mustContain(t, "agreement", text, "besprochen am", "Ausfertigung ausgehändigt am 10.09.2024",
		"Unterschrift der versicherten Person", "Unterschrift Fallmanager*in", "Ort, Datum")
	if strings.Contains(text, "ENTWURF") || strings.Contains(text, "Entwurf") {
		t.Error("a finalised plan is marked as draft")
	}
}

func TestPlanVersionsAndDraft(t *testing.T) {
	c, ps, s, loc := richCase(), testPartners(), testSettings(), locales.New("de")
	dir := t.TempDir()

	v1 := writePDF(t, dir, "v1.pdf", func(w io.Writer) error { return Plan(w, c, 1, ps, s, loc, printed) })
	mustContain(t, "version 1", strings.Join(pages(t, v1), "\n"), "Erste Fassung", "08.03.2024")

	err := Plan(io.Discard, c, 9, ps, s, loc, printed)
	if !errors.Is(err, model.ErrNotFound) {
		t.Errorf("unknown version: err = %v, want ErrNotFound", err)
	}
	if err := Plan(io.Discard, &model.Case{}, 0, ps, s, loc, printed); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("case without plan: err = %v, want ErrNotFound", err)
	}

	c.StartPlanVersion(day(2025, 1, 10), "Neue Ziele nach Re-Assessment")
	draft := writePDF(t, dir, "draft.pdf", func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) })
	qpdfCheck(t, draft)
	text := strings.Join(pages(t, draft), "\n")
	mustContain(t, "draft", text, "Entwurf – noch nicht", "Version 3", "Neue Ziele nach Re-Assessment")
	for i, pg := range pages(t, draft) {
		mustContain(t, fmt.Sprintf("draft page %d", i+1), pg, "ENTWURF")
	}
}

func TestPlanGapsAreVisible(t *testing.T) {
	c := &model.Case{Client: model.Client{FirstName: "Änne", LastName: "Öztürk"}}
	c.StartPlanVersion(day(2025, 1, 10), "")
	p := c.CurrentPlan()
	p.Goals = []model.StrategicGoal{{ID: "g", Area: model.AreaWork, Operational: []model.OperationalGoal{{ID: "o"}}}}
	p.Measures = []model.Measure{{ID: "m", Area: model.AreaWork, Partner: "gone"}, {ID: "n", What: "ohne Bereich"}}
	text := printedText(t, func(w io.Writer) error {
		return Plan(w, c, 0, nil, model.Settings{}, locales.New("de"), printed)
	})
	gap := "— nicht dokumentiert —"
	// Each empty element prints the marker instead of a blank line.
	for _, label := range []string{"Geburtsdatum", "Anschrift", "Art der Gesundheitsstörung / Behinderung", "Aktueller Teilhabebedarf", "Datum", "Beteiligte"} {
		mustContain(t, "gap after "+label, text, label)
	}
	if n := strings.Count(text, gap); n < 20 {
		t.Errorf("only %d gap markers in an empty plan", n)
	}
	mustContain(t, "gaps", text, "Organisation nicht eingetragen", "Zieldatum: "+gap,
		"Partner nicht im", "(gone)", "Teilhabebereich — nicht dokumentiert —", "Ein Teilhabeplan nach § 19 SGB IX ist nicht erforderlich.")
}

// bigPlan is a plan with n strategic goals of one operational goal each,
// m measures, and one very long note.
func bigPlan(n, m int, note string) *model.Case {
	c := richCase()
	p := c.CurrentPlan()
	p.Goals, p.Measures = nil, nil
	for i := 0; i < n; i++ {
		a := model.Areas[i%len(model.Areas)]
		p.Goals = append(p.Goals, model.StrategicGoal{
			ID: fmt.Sprintf("sg%d", i), Area: a, Text: fmt.Sprintf("Teilhabeziel Nummer %d mit einer Beschreibung, die über mehr als eine Zeile reicht, weil sie ausführlich ist", i),
			ICF: []string{"d850"},
			Operational: []model.OperationalGoal{{ID: fmt.Sprintf("og%d", i), Text: fmt.Sprintf("Handlungsziel Nummer %d", i),
				TargetDate: day(2025, 6, 30), GAS: gas(fmt.Sprintf("Ziel %d", i))}},
		})
	}
	for i := 0; i < m; i++ {
		p.Measures = append(p.Measures, model.Measure{
			ID: fmt.Sprintf("m%d", i), Area: model.AreaWork, GoalID: fmt.Sprintf("og%d", i%max(n, 1)),
			What: fmt.Sprintf("Maßnahme-%03d mit Begleitung durch den Integrationsfachdienst", i), Partner: "p-ifd",
			Person: "Frau Özdemir", Start: day(2025, 1, 1), End: day(2025, 6, 30), Status: model.MeasureRunning,
		})
	}
	p.Concerns = note
	return c
}

func longNote() string {
	var b strings.Builder
	for i := 0; b.Len() < 2000; i++ {
		fmt.Fprintf(&b, "Satz %d der langen Notiz über Belange und Bedürfnisse, mit Umlauten äöü ÄÖÜ ß. ", i)
	}
	b.WriteString("EinSehrLangesWortOhneLeerzeichen" + strings.Repeat("x", 300))
	return b.String()
}

func TestPlanPaginatesLongContent(t *testing.T) {
	ps, s, loc := testPartners(), testSettings(), locales.New("de")
	dir := t.TempDir()
	small := pages(t, writePDF(t, dir, "rich.pdf", func(w io.Writer) error { return Plan(w, richCase(), 0, ps, s, loc, printed) }))

	c := bigPlan(40, 80, longNote())
	pp := checkedPages(t, dir, "big.pdf", loc, func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) })
	if len(pp) <= len(small)+5 {
		t.Fatalf("40 goals and 80 measures take %d pages, the rich case %d", len(pp), len(small))
	}
	text := strings.Join(pp, "\n")
	for i := 0; i < 40; i++ {
		mustContain(t, "big plan", text, fmt.Sprintf("Handlungsziel Nummer %d", i), fmt.Sprintf("Ziel %d: weit über dem Ziel", i))
	}
	// The measures table breaks across pages with its header on each.
	tablePages := 0
	for i, pg := range pp {
		if !strings.Contains(pg, "Maßnahme-") {
			continue
		}
		tablePages++
		mustContain(t, fmt.Sprintf("measures page %d", i+1), pg, "Maßnahme", "Verantwortlich (Partner,", "Beginn", "Ende", "Status")
		if tablePages > 1 {
			mustContain(t, fmt.Sprintf("measures page %d", i+1), pg, "(Fortsetzung)")
		}
	}
	if tablePages < 3 {
		t.Errorf("80 measures on %d pages", tablePages)
	}
	for i := 0; i < 80; i++ {
		mustContain(t, "measures", text, fmt.Sprintf("Maßnahme-%03d", i))
	}
	// The long note and its unbreakable word are there in full.
	mustContain(t, "long note", text, "Satz 0 der langen Notiz", "Satz 20 der langen Notiz", "EinSehrLangesWortOhneLeerzeichen")
	if n := strings.Count(strings.ReplaceAll(text, "\n", ""), "x"); n < 300 {
		t.Errorf("the long word lost characters: %d x", n)
	}
}

func TestLongTextInOneTableCellBreaksAcrossPages(t *testing.T) {
	c := richCase()
	p := c.CurrentPlan()
	p.Measures[0].What = strings.Repeat("Sehr lange Beschreibung einer Maßnahme. ", 150) // ~6,000 characters in a narrow column
	path := writePDF(t, t.TempDir(), "cell.pdf", func(w io.Writer) error {
		return Plan(w, c, 0, testPartners(), testSettings(), locales.New("de"), printed)
	})
	qpdfCheck(t, path)
	insidePage(t, path)
}

func TestEmojiAndControlCharactersRender(t *testing.T) {
	c := richCase()
	p := c.CurrentPlan()
	p.Concerns = "Mag Hunde 🐕 und Kaffee ☕️ 👍🏽\tTab\r\nneue Zeile \x07Glocke 𝔘"
	p.Goals[0].Text = "Ziel mit Emoji 😀"
	p.Measures[0].What = "Maßnahme 🚀"
	c.Client.FirstName = "Jürgen 🙂"
	dir := t.TempDir()
	path := writePDF(t, dir, "emoji.pdf", func(w io.Writer) error {
		return Plan(w, c, 0, testPartners(), testSettings(), locales.New("de"), printed)
	})
	qpdfCheck(t, path)
	text := strings.Join(pages(t, path), "\n")
	mustContain(t, "emoji", text, "Mag Hunde □ und Kaffee ☕ □", "Tab", "neue Zeile", "Glocke □", "Ziel mit Emoji □", "Maßnahme □", "Jürgen □")
	for _, fn := range []func(io.Writer) error{
		func(w io.Writer) error {
			return Closure(w, c, testPartners(), testSettings(), locales.New("de"), printed)
		},
		func(w io.Writer) error {
			k := testConsent()
			k.Purpose = "Zweck 🎯"
			return ConsentForm(w, c, k, testPartners(), testSettings(), locales.New("de"), printed)
		},
	} {
		var buf bytes.Buffer
		if err := fn(&buf); err != nil {
			t.Error(err)
		}
	}
}

func TestCleanReplacesWhatTheFontLacks(t *testing.T) {
	for in, want := range map[string]string{
		"Größe-Äßling": "Größe-Äßling",
		"a😀b":          "a□b",
		"👍🏽":           "□",
		"👨‍👩‍👧":        "□□□",
		"x\r\ny":       "x\ny",
		"a\tb":         "a    b",
		"\uFEFFbom":    "bom",
		"\u0007":       "",
		"中文":           "□□", // DejaVu Sans has no CJK glyphs
		"✓ ✗ ☐ ☒ − –":  "✓ ✗ ☐ ☒ − –",
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkPlanPDF(b *testing.B) {
	c := bigPlan(20, 60, "")
	ps, s, loc := testPartners(), testSettings(), locales.New("de")
	b.ReportAllocs()
	for b.Loop() {
		if err := Plan(io.Discard, c, 0, ps, s, loc, printed); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSupersededAndReplacingVersionsSaySo: the first version names the
// version that replaced it and the measures' status as of today; the
// second names the version it replaces.
func TestSupersededAndReplacingVersionsSaySo(t *testing.T) {
	c, ps, s := richCase(), testPartners(), testSettings()
	c.Plans[0].Measures = []model.Measure{{ID: "m3", Area: model.AreaHealth, What: "Psychotherapie wöchentlich", Status: model.MeasurePlanned}}
	c.Reviews = []model.Review{{ID: "r1", Date: day(2024, 10, 1), Measures: []model.MeasureState{{MeasureID: "m3", Status: model.MeasureDone}}}}
	dir := os.Getenv("KEEPDIR")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		v1 := writePDF(t, dir, lang+"-v1.pdf", func(w io.Writer) error { return Plan(w, c, 1, ps, s, loc, printed) })
		qpdfCheck(t, v1)
		v2 := writePDF(t, dir, lang+"-v2.pdf", func(w io.Writer) error { return Plan(w, c, 2, ps, s, loc, printed) })
		one, two := strings.Join(pages(t, v1), "\n"), strings.Join(pages(t, v2), "\n")
		by := loc.T("PDF.plan.supersededBy", "N", 2, "Date", loc.Date(day(2024, 9, 9)))
		// (the status column is narrow: the note wraps after its first word)
		today := strings.Fields(loc.T("PDF.plan.statusToday", "Status", loc.Enum("MeasureStatus", model.MeasureDone)))
		mustContain(t, lang+" version 1", one, append(today, by)...)
		replaces := loc.T("PDF.plan.replacesValue", "N", 1, "Date", loc.Date(day(2024, 3, 8)))
		mustContain(t, lang+" version 2", two, loc.T("PDF.plan.replaces"), replaces)
		if strings.Contains(flat(two), flat(by)) || strings.Contains(flat(two), loc.T("PDF.plan.supersededShort")+" ") {
			t.Errorf("%s: the valid version 2 says it is superseded", lang)
		}
		if strings.Contains(flat(one), flat(replaces)) {
			t.Errorf("%s: the first version says it replaces one", lang)
		}
	}
	// A Fortschreibung in draft supersedes nothing yet but says what it will replace.
	c.StartPlanVersion(day(2025, 1, 10), "Neue Ziele")
	loc := locales.New("de")
	two := strings.Join(pages(t, writePDF(t, dir, "v2-again.pdf", func(w io.Writer) error { return Plan(w, c, 2, ps, s, loc, printed) })), "\n")
	mustLack(t, "version 2 is superseded by a draft", two, "Ersetzt durch")
	three := strings.Join(pages(t, writePDF(t, dir, "v3.pdf", func(w io.Writer) error { return Plan(w, c, 0, ps, s, loc, printed) })), "\n")
	mustContain(t, "draft 3", three, "Ersetzt", "Version 2 vom 09.09.2024")
}

// TestWhatDoesNotApplyIsNoGap: no e-mail, no language needs, no guardian,
// no employer and a Teilhabekonferenz not held are facts of the case, not
// gaps.
func TestWhatDoesNotApplyIsNoGap(t *testing.T) {
	c, loc := richCase(), locales.New("de")
	c.Client.Email, c.Client.LanguageNeeds, c.Client.Guardian = "", "", model.Person{}
	c.Client.Employer, c.Client.NoEmployer = "", true
	p := c.CurrentPlan()
	p.Conference = model.Conference{NotHeld: true, NotHeldReason: "Nicht nötig: nur ein Träger beteiligt"}
	text := printedText(t, func(w io.Writer) error { return Plan(w, c, 0, testPartners(), testSettings(), loc, printed) })
	mustContain(t, "plan", text, "Keine gesetzliche Betreuung.", "Durchgeführt nein – nicht durchgeführt",
		"Grund Nicht nötig: nur ein Träger beteiligt", "Arbeitgeber kein Arbeitgeber")
	for _, label := range []string{"PDF.client.email", "PDF.client.languageNeeds", "PDF.conf.tasks"} {
		if strings.Contains(text, loc.T(label)) {
			t.Errorf("the plan prints %q although it does not apply", loc.T(label))
		}
	}
	conf := text[strings.Index(text, loc.T("PDF.plan.sectionConference")):strings.Index(text, loc.T("PDF.plan.sectionPartners"))]
	for _, label := range []string{"PDF.conf.date", "PDF.conf.participants", "PDF.notDocumented"} {
		if strings.Contains(conf, loc.T(label)) {
			t.Errorf("the conference not held prints %q:\n%s", loc.T(label), conf)
		}
	}
	persons := text[strings.Index(text, loc.T("PDF.plan.sectionPerson")):strings.Index(text, loc.T("PDF.plan.sectionSituation"))]
	if strings.Contains(persons, loc.T("PDF.notDocumented")) {
		t.Errorf("the persons of a client without employer show a gap:\n%s", persons)
	}
	// Nothing recorded of the conference is a gap, never "not held"; a
	// conference with a date only is planned.
	p.Conference = model.Conference{Notes: "Termin folgt"}
	text = strings.Join(pages(t, writePDF(t, t.TempDir(), "empty.pdf", func(w io.Writer) error {
		return Plan(w, c, 0, testPartners(), testSettings(), loc, printed)
	})), "\n")
	mustContain(t, "plan with nothing recorded of its conference", text, "Durchgeführt — nicht dokumentiert —")
	mustLack(t, "an empty conference record prints as not held", text, "Durchgeführt nein")
	p.Conference = model.Conference{Date: day(2024, 10, 1)}
	text = strings.Join(pages(t, writePDF(t, t.TempDir(), "planned.pdf", func(w io.Writer) error {
		return Plan(w, c, 0, testPartners(), testSettings(), loc, printed)
	})), "\n")
	mustContain(t, "plan with a planned conference", text, "Durchgeführt nein – geplant", "01.10.2024")
	// Nobody at all beside the client: the Fachkonzept's further
	// participants are then a real gap.
	c.Client.Relatives, p.FurtherParticipants = nil, nil
	text = strings.Join(pages(t, writePDF(t, t.TempDir(), "nobody.pdf", func(w io.Writer) error {
		return Plan(w, c, 0, testPartners(), testSettings(), loc, printed)
	})), "\n")
	mustContain(t, "plan without participants", text, "Weitere Beteiligte\n"+loc.T("PDF.notDocumented"))
}
