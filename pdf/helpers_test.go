package pdf

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

var printed = time.Date(2025, 4, 2, 14, 5, 0, 0, time.UTC)

func day(y int, m time.Month, d int) model.Date { return model.NewDate(y, m, d) }

func at(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 10, 0, 0, 0, time.UTC) }

func ip(i int) *int { return &i }

func gas(topic string) model.GASLevels {
	return model.GASLevels{
		topic + ": deutlich verschlechtert",
		topic + ": unverändert",
		topic + ": wie vereinbart erreicht",
		topic + ": mehr als vereinbart",
		topic + ": weit über dem Ziel",
	}
}

// testSettings is the counselor of the rich case.
func testSettings() model.Settings {
	return model.Settings{
		Name:         "Sabine Müller-Lüdenscheidt",
		Organisation: "IFD Nordstadt gGmbH – Fallmanagement",
		Address:      "Bahnhofstraße 3\n12345 Musterstadt",
		Phone:        "030 23125 900",
		Email:        "fallmanagement@ifd-nordstadt.example.org",
		Carrier:      "Deutsche Rentenversicherung Bund",
	}
}

// fullSettings are testSettings with everything the settings dialog
// offers filled in.
func fullSettings() model.Settings {
	s := testSettings()
	s.Role = "Fallmanagerin"
	s.Deputy, s.DeputyPhone, s.DeputyEmail = "Jörg Vertreter-Özkan", "030 23125 901", "vertretung@ifd-nordstadt.example.org"
	return s
}

// commissioned is the rich case with its commission, interpreter and
// employer contact recorded.
func commissioned() *model.Case {
	c := richCase()
	c.Commission = model.Commission{Carrier: "Deutsche Rentenversicherung Knappschaft-Bahn-See",
		Reference: "FM-2024-0815", Date: day(2024, 1, 12), Contact: "Reha-Fachberatung Frau Lindqvist, 0234 304-0"}
	c.Client.Interpreter, c.Client.InterpreterLanguage = true, "Polnisch"
	c.Client.EmployerContact = "Herr Brandt (Personal)"
	return c
}

// testPartners is the directory of the rich case.
func testPartners() map[string]model.Partner {
	ps := []model.Partner{
		{UID: "p-emp", Name: "Möbelwerk Österreicher GmbH", Category: model.PartnerEmployer, ContactPerson: "Frau Käthe Brückner (BEM)", Phone: "030 23125 310", Email: "bem@moebelwerk.example.org", Address: "Industriestraße 40\n12345 Musterstadt"},
		{UID: "p-rfb", Name: "DRV Bund Reha-Fachberatung", Category: model.PartnerRehaFachberatung, ContactPerson: "Herr Yilmaz", Phone: "030 23125 101", Email: "rfb@drv.example.org"},
		{UID: "p-ifd", Name: "Integrationsfachdienst Nordstadt", Category: model.PartnerIFD, ContactPerson: "Frau Özdemir", Phone: "030 23125 220", Address: "Marktplatz 7, 12345 Musterstadt"},
		{UID: "p-ther", Name: "Praxis für Ergotherapie Weiß", Category: model.PartnerPersonal, ContactPerson: "Jana Weiß", Phone: "030 23125 440"},
	}
	m := map[string]model.Partner{}
	for _, p := range ps {
		m[p.UID] = p
	}
	return m
}

// richCase is a case that went once round the loop and back twice, with
// every plan element filled, a closure record and a few documentation gaps.
func richCase() *model.Case {
	c := &model.Case{
		UID: "case-1", Phase: model.PhaseClosed, Created: at(2024, 1, 15),
		Client: model.Client{
			FirstName: "Jürgen", LastName: "Größe-Äßling", BirthDate: day(1990, 4, 10), RVNR: "10010490A443",
			Address: "Lindenstraße 12\n12345 Musterstadt", Phone: "0176 555 0101", Email: "j.groesse@example.org",
			LanguageNeeds: "Deutsch; Leichte Sprache bevorzugt",
			Relatives:     []model.Person{{Name: "Brigitte Größe-Äßling", Relation: "Ehefrau", Contact: "0176 555 0102"}},
			Guardian:      model.Person{Name: "Dr. Heike Überall", Relation: "Betreuerin (Gesundheitssorge)", Contact: "030 555 1234"},
			Employer:      "p-emp",
		},
		Intake: model.Intake{
			Referral:          model.Referral{Route: model.RouteEmployer, ReceivedOn: day(2024, 1, 10)},
			FirstMeeting:      model.FirstMeeting{Date: day(2024, 1, 22), Place: "Beratungsstelle Nordstadt", Mode: model.ModeInPerson},
			Decision:          model.CMDecision{Need: model.AnswerYes, Justification: "Komplexe Bedarfslage", DecidedJointly: true},
			ExpectedIntensity: model.IntensityC,
		},
		CMConsent: model.CaseManagementConsent{GivenOn: day(2024, 1, 22), Form: model.FormWritten},
		Assessments: []model.Assessment{{
			ID: "a1", Date: day(2024, 2, 5), Health: "Depressive Episode, Rückenschmerzen", Work: "Tischler, seit 2023 arbeitsunfähig",
			Qualification: "Gesellenbrief Tischler", Economic: "Krankengeld", DailyLiving: "selbstständig", Social: "verheiratet, zwei Kinder",
			WishesGoals: "wieder arbeiten",
		}},
	}
	v1 := model.PlanVersion{Version: 1, Created: day(2024, 2, 20), FinalizedOn: day(2024, 3, 8), Disorder: "Erste Fassung"}
	v2 := model.PlanVersion{
		Version: 2, Created: day(2024, 8, 20), FinalizedOn: day(2024, 9, 9),
		Reason:              "Arbeitsversuch im Juli abgebrochen; Ziele neu gefasst",
		Disorder:            "Rezidivierende depressive Störung, chronische Lumbalgie",
		Consequences:        "Eingeschränkte Belastbarkeit, kann nicht länger als 30 Minuten stehen",
		FacilitatingFactors: "Hohe Motivation, stabile Ehe, verständnisvoller Arbeitgeber",
		HinderingFactors:    "Lange Anfahrt, Schichtarbeit, Angst vor Kündigung",
		Concerns:            "Termine möglichst vormittags; schriftliche Unterlagen in einfacher Sprache",
		CurrentNeed:         "Stufenweise Rückkehr an den Arbeitsplatz mit angepasstem Arbeitsplatz",
		Goals: []model.StrategicGoal{
			{ID: "sg-work", Area: model.AreaWork, Text: "Rückkehr an den bisherigen Arbeitsplatz in angepasster Form", ICF: []string{"d850", "d845"},
				Operational: []model.OperationalGoal{
					{ID: "og-sw", Text: "Stufenweise Wiedereingliederung mit vier Stunden täglich", TargetDate: day(2024, 12, 15), GAS: gas("Wiedereingliederung"), Baseline: ip(-2)},
					{ID: "og-erg", Text: "Arbeitsplatz mit höhenverstellbarer Werkbank ausgestattet", TargetDate: day(2024, 11, 30), GAS: gas("Werkbank"), Weight: 2, Baseline: ip(-1)},
				}},
			{ID: "sg-health", Area: model.AreaHealth, Text: "Gesundheitliche Stabilität sichern", ICF: []string{"b130"},
				Operational: []model.OperationalGoal{
					{ID: "og-ther", Text: "Regelmäßige Teilnahme an der ambulanten Psychotherapie", TargetDate: day(2024, 12, 31), GAS: gas("Therapie"), Baseline: ip(-1)},
				}},
			{ID: "sg-social", Area: model.AreaSocial, Text: "Entlastung in der Familie",
				Operational: []model.OperationalGoal{
					{ID: "og-fam", Text: "Kinderbetreuung an zwei Nachmittagen geregelt", TargetDate: day(2024, 10, 31),
						GAS: model.GASLevels{"keine Betreuung", "ein Nachmittag", "zwei Nachmittage", "", "drei Nachmittage"}},
				}},
		},
		Measures: []model.Measure{
			{ID: "m1", Area: model.AreaWork, GoalID: "og-sw", What: "Stufenplan mit Betriebsarzt abstimmen", Partner: "p-emp", Person: "Frau Brückner", Start: day(2024, 9, 16), End: day(2024, 12, 15), Status: model.MeasureRunning},
			{ID: "m2", Area: model.AreaWork, GoalID: "og-erg", What: "Antrag auf Arbeitsplatzausstattung (LTA)", Partner: "p-rfb", Person: "Herr Yilmaz", Start: day(2024, 9, 10), End: day(2024, 11, 30), Status: model.MeasureDone},
			{ID: "m3", Area: model.AreaHealth, GoalID: "og-ther", What: "Psychotherapie wöchentlich", Partner: "p-ther", Start: day(2024, 9, 1), End: day(2025, 2, 28), Status: model.MeasurePlanned},
			{ID: "m4", Area: model.AreaSocial, GoalID: "og-fam", What: "Kontakt zur Familienberatung herstellen", Person: "Brigitte Größe-Äßling", Start: day(2024, 9, 20), Status: model.MeasureCancelled},
		},
		Conference: model.Conference{
			Held: true, Date: day(2024, 9, 5), Participants: "Herr Größe-Äßling, Frau Dr. Überall, Frau Brückner, Frau Müller-Lüdenscheidt",
			Notes: "Stufenplan einvernehmlich beschlossen",
			Tasks: []model.Task{
				{What: "Stufenplan an die Krankenkasse senden", Responsible: "Frau Müller-Lüdenscheidt", Due: day(2024, 9, 12), Done: true},
				{What: "Werkbank bestellen", Responsible: "Möbelwerk Österreicher", Due: day(2024, 10, 15)},
			},
		},
		AreaPartners: []model.AreaPartner{
			{Area: model.AreaWork, Partner: "p-emp", Role: "Arbeitgeber, BEM"},
			{Area: model.AreaWork, Partner: "p-rfb", Role: "LTA-Antrag"},
			{Area: model.AreaHealth, Partner: "p-ther", Role: "Therapie"},
			{Area: model.AreaSocial, Partner: "p-ifd", Role: "Begleitung"},
		},
		FurtherParticipants: []model.Person{{Name: "Dr. Olaf Weißgerber", Relation: "Betriebsarzt", Contact: "030 23125 311"}},
		Section19: model.Section19{
			Required: true, ApplicationDate: day(2024, 2, 12), ResponsibilityClarified: day(2024, 2, 26),
			LeadCarrier: "Deutsche Rentenversicherung Bund", InvolvedCarriers: "AOK Nordstadt (medizinische Rehabilitation)",
			BAOpinionApplies: false, AgreedFindings: "Stufenweise Wiedereingliederung und Arbeitsplatzausstattung erforderlich",
			PublicBodiesApply: true, PublicBodies: "Integrationsamt: Zuschuss zur Werkbank möglich",
			Instruments: "ICF-basiertes Assessment, PHQ-9", Services: "LTA der DRV; Krankengeld der AOK",
			WishesChoices: "Wunsch nach wohnortnaher Therapie", PersonalBudget: false,
			ConferenceResults: "Zuständigkeiten verteilt", ConferenceConsent: true, CaringRelativesNeeds: "Pflegt seinen Vater; Kurzzeitpflege während der Reha",
		},
		DiscussedOn: day(2024, 9, 9), CopyHandedOn: day(2024, 9, 10),
	}
	c.Plans = []model.PlanVersion{v1, v2}
	c.Closure = model.Closure{
		Date: day(2025, 3, 31), Form: model.EndingRegular, Reason: model.ReasonGoalsReached,
		WorkAbility: model.WorkAbilityPartly, Reintegration: model.ReintegrationAdapted,
		FinalLevels:    []model.GoalLevel{{GoalID: "og-sw", Level: 1}, {GoalID: "og-erg", Level: 2}, {GoalID: "og-ther", Level: 0}, {GoalID: "og-fam", Level: -1}},
		Summary:        "Rückkehr mit sechs Stunden täglich gelungen",
		Helped:         "Die feste Ansprechpartnerin und der Stufenplan",
		Changed:        "Ich traue mir wieder etwas zu",
		FurtherSupport: "Nachsorge über die Betriebsärztin; Selbsthilfegruppe",
		FinalIntensity: model.IntensityB, TransmittedOn: day(2025, 4, 1),
	}
	ev := func(t time.Time, k model.TransitionKind, from, to model.Phase, reason string, missing ...model.CheckKey) model.Event {
		return model.Event{At: t, Kind: k, From: from, To: to, Reason: reason, Missing: missing}
	}
	c.Events = []model.Event{
		ev(at(2024, 1, 15), model.KindOpened, "", model.PhaseIntake, ""),
		ev(at(2024, 2, 1), model.KindAdvance, model.PhaseIntake, model.PhaseAssessment, "", model.CheckAgreement),
		ev(at(2024, 2, 20), model.KindAdvance, model.PhaseAssessment, model.PhasePlanning, ""),
		ev(at(2024, 3, 8), model.KindAdvance, model.PhasePlanning, model.PhaseMonitoring, ""),
		ev(at(2024, 8, 20), model.KindReplan, model.PhaseMonitoring, model.PhasePlanning, "Arbeitsversuch abgebrochen"),
		ev(at(2024, 9, 9), model.KindAdvance, model.PhasePlanning, model.PhaseMonitoring, ""),
		ev(at(2024, 11, 4), model.KindReassess, model.PhaseMonitoring, model.PhaseAssessment, ""),
		ev(at(2024, 11, 20), model.KindAdvance, model.PhaseAssessment, model.PhasePlanning, ""),
		ev(at(2024, 12, 1), model.KindAdvance, model.PhasePlanning, model.PhaseMonitoring, ""),
		ev(at(2025, 3, 20), model.KindCloseRegular, model.PhaseMonitoring, model.PhaseClosure, ""),
		ev(at(2025, 3, 31), model.KindFinish, model.PhaseClosure, model.PhaseClosed, ""),
	}
	return c
}

// testConsent is the disclosure consent of the rich case.
func testConsent() model.Consent {
	return model.Consent{
		ID: "k1", Partner: "p-ifd", Categories: []model.InfoCategory{model.InfoContact, model.InfoWork, model.InfoPlan},
		Purpose: "Abstimmung der stufenweisen Wiedereingliederung mit dem Integrationsfachdienst",
		GivenOn: day(2024, 9, 5), ValidUntil: day(2025, 9, 4), Form: model.FormWritten,
	}
}

// writePDF renders with fn into a file in dir and returns its path.
func writePDF(t testing.TB, dir, name string, fn func(w io.Writer) error) string {
	t.Helper()
	var buf bytes.Buffer
	if err := fn(&buf); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("%s: output is not a PDF", name)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func needTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s not installed (poppler-utils / qpdf; see Makefile)", name)
	}
}

// printedText is the text of the document fn renders, its pages joined,
// once qpdf found it a valid PDF.
func printedText(t testing.TB, fn func(w io.Writer) error) string {
	t.Helper()
	path := writePDF(t, t.TempDir(), "doc.pdf", fn)
	qpdfCheck(t, path)
	return strings.Join(pages(t, path), "\n")
}

// checkedPages writes the document fn renders to dir/name and checks what
// every printed document must pass — a valid PDF, nothing outside the
// page, "Seite n von m" on every page — and returns the text of its pages.
func checkedPages(t testing.TB, dir, name string, loc *locales.Localizer, fn func(w io.Writer) error) []string {
	t.Helper()
	path := writePDF(t, dir, name, fn)
	qpdfCheck(t, path)
	insidePage(t, path)
	pp := pages(t, path)
	footers(t, pp, loc)
	return pp
}

// pages extracts the text of each page with pdftotext -layout.
func pages(t testing.TB, path string) []string {
	t.Helper()
	needTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	ps := strings.Split(string(out), "\f")
	if n := len(ps); n > 0 && strings.TrimSpace(ps[n-1]) == "" {
		ps = ps[:n-1]
	}
	return ps
}

var spaces = regexp.MustCompile(`[ \t]+`)

// firstWords is the first n words of s: enough to find a label that the
// layout may wrap.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// flat is the text with runs of spaces collapsed, for phrase matching
// inside one column of the layout.
func flat(s string) string { return spaces.ReplaceAllString(s, " ") }

// mustContain fails for every phrase that the text lacks.
func mustContain(t testing.TB, what, text string, phrases ...string) {
	t.Helper()
	f := flat(text)
	for _, p := range phrases {
		if !strings.Contains(f, flat(p)) {
			t.Errorf("%s lacks %q", what, p)
		}
	}
}

// mustLack fails, saying why, when the text has phrase.
func mustLack(t testing.TB, why, text, phrase string) {
	t.Helper()
	if strings.Contains(text, phrase) {
		t.Error(why)
	}
}

// qpdfCheck runs qpdf --check on the file.
func qpdfCheck(t testing.TB, path string) {
	t.Helper()
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Logf("qpdf not installed; structure check skipped")
		return
	}
	out, err := exec.Command("qpdf", "--check", path).CombinedOutput()
	if err != nil {
		t.Errorf("qpdf --check %s: %v\n%s", filepath.Base(path), err, out)
	}
}

// footers checks "Vertraulich – Seite i von n" and the print date on every
// page.
func footers(t testing.TB, ps []string, loc *locales.Localizer) {
	t.Helper()
	for i, p := range ps {
		want := loc.T("PDF.footerPage", "Page", i+1, "Total", len(ps))
		mustContain(t, fmt.Sprintf("page %d", i+1), p, want)
	}
	when := "02.04.2025, 14:05 Uhr"
	if loc.Lang() == "en" {
		when = "2 Apr 2025, 14:05"
	}
	mustContain(t, "page 1", ps[0], loc.T("PDF.printedOn", "When", when))
}

// wordBox is one word of pdftotext -bbox with its box in points.
type wordBox struct {
	page                   int
	text                   string
	xMin, yMin, xMax, yMax float64
}

var wordRe = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)

// words lists every word with its position.
func words(t testing.TB, path string) []wordBox {
	t.Helper()
	needTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var ws []wordBox
	for i, pg := range strings.Split(string(out), "<page ")[1:] {
		for _, m := range wordRe.FindAllStringSubmatch(pg, -1) {
			f := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
			ws = append(ws, wordBox{i + 1, m[5], f(m[1]), f(m[2]), f(m[3]), f(m[4])})
		}
	}
	return ws
}

// insidePage fails for any word outside the printable area (the margins,
// with the header above and the footer below the content).
func insidePage(t testing.TB, path string) {
	t.Helper()
	const mm = 72 / 25.4
	ws := words(t, path)
	if len(ws) < 100 {
		t.Fatalf("pdftotext -bbox found only %d words", len(ws))
	}
	for _, w := range ws {
		if w.xMin < (marginL-0.5)*mm || w.xMax > (pageW-marginR+0.5)*mm || w.yMin < (headerTop-2)*mm || w.yMax > (pageH-8)*mm {
			t.Errorf("page %d: %q runs off the printable area (x %.0f–%.0f, y %.0f–%.0f pt)", w.page, w.text, w.xMin, w.xMax, w.yMin, w.yMax)
		}
	}
}
