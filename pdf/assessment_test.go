package pdf

import (
	"errors"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// assessed is the rich case with a re-assessment that has every part of a
// Bedarfsermittlung filled in.
func assessed() *model.Case {
	c := commissioned()
	c.Assessments = append(c.Assessments, model.Assessment{
		ID: "a2", Date: day(2024, 11, 12), Reason: "Arbeitsversuch abgebrochen, neue Befunde",
		Health: "Rezidivierende depressive Störung; Lumbalgie, Stehen höchstens 30 Minuten", Qualification: "Gesellenbrief Tischler",
		Work: "Tischler im Möbelwerk, arbeitsunfähig seit März", Economic: "Krankengeld, Kredit für das Haus",
		DailyLiving: "Tagesstruktur mit Spaziergängen", Social: "verheiratet, zwei Kinder, pflegt die Mutter",
		Cultural:    "Gesangsverein ruht",
		WishesGoals: "Ich will wieder in meiner Werkstatt stehen.",
		ClientView:  "Mein Rücken ist nicht das Problem, sondern der Druck in der Schicht.",
		Wishes:      "Feste Zeiten, vormittags arbeiten",
		Fears:       "Dass ich den Job verliere, wenn ich wieder ausfalle",
		ContextFactors: []model.ContextFactor{
			{Kind: model.FactorEnvironmental, Effect: model.EffectFacilitator, Description: "verständnisvoller Meister"},
			{Kind: model.FactorPersonal, Effect: model.EffectBarrier, Description: "Angst vor Versagen"},
		},
		Instruments: []model.Instrument{
			{Name: "IMBA-Profilvergleich", Date: day(2024, 11, 5), By: "Reha-Zentrum Nord", Result: "Heben über 10 kg nicht möglich"},
			{Name: "PHQ-9", Date: day(2024, 11, 6), By: "Dr. Rahn", Result: "14 Punkte, mittelgradig"},
		},
		Profile: []model.ProfileItem{
			{Item: "Heben und Tragen", Capability: 2, Requirement: 5, ActionNeed: "Hebehilfe an der Werkbank beantragen"},
			{Item: "Stehen", Capability: 3, Requirement: 4, ActionNeed: "höhenverstellbare Werkbank"},
			{Item: "Feinmotorik", Capability: 5, Requirement: 4},
			{Item: "Schichtarbeit", Capability: 1, Requirement: 3},
		},
		Employer: model.EmployerSide{Requirements: "Möbel fertigen, Zuschnitt an der Säge", Situation: "volle Auftragsbücher, familiär geführt",
			Relations: "gut mit dem Meister, Spannungen im Team"},
		Conferences: []model.Conference{{Held: true, Date: day(2024, 11, 10), Participants: "Herr Größe-Äßling, Meister Brandt",
			Notes: "Stufenplan vorbereiten", Tasks: []model.Task{{What: "Werkbank ausmessen", Responsible: "Meister Brandt", Due: day(2024, 11, 20)}}}},
		NetworkPartners: []string{"p-emp", "p-ther"},
	})
	return c
}

func TestAssessmentPrintsEveryPart(t *testing.T) {
	c, ps, s, loc := assessed(), testPartners(), fullSettings(), locales.New("de")
	pp := checkedPages(t, t.TempDir(), "assessment.pdf", loc, func(w io.Writer) error { return Assessment(w, c, 0, ps, s, loc, printed) })
	text := strings.Join(pp, "\n")
	a := c.Assessments[1]

	mustContain(t, "title", pp[0], "Bedarfsermittlung", "Jürgen Größe-Äßling", "Re-Assessment 1", "12.11.2024",
		"22.01.2024,", "Beratungsstelle", "Müller-Lüdenscheidt", "(Fallmanagerin)",
		"Deutsche Rentenversicherung Knappschaft-Bahn-See", "FM-2024-0815", "Grund des Re-Assessments", a.Reason)
	mustContain(t, "own view", text, "in den eigenen Worten", a.WishesGoals, a.ClientView, a.Wishes, a.Fears)
	mustContain(t, "areas", text, a.Health, a.Qualification, a.Work, a.Economic, a.DailyLiving, a.Social, a.Cultural)
	mustContain(t, "factors", text, "Umweltbezogener", "Förderfaktor verständnisvoller Meister",
		"Personbezogener", "Barriere (hemmend) Angst vor Versagen")
	mustContain(t, "instruments", text, "IMBA-Profilvergleich 05.11.2024 Reha-Zentrum Nord Heben über 10 kg nicht möglich",
		"PHQ-9 06.11.2024 Dr. Rahn 14 Punkte, mittelgradig")
	// Every item with both values, its gap and its action need; an item
	// the capability covers needs nothing, one with a gap and no action
	// need is a gap in the documentation.
	mustContain(t, "profile", text, "Profilvergleich und Handlungsbedarf", "Fähigkeit der versicherten Person", "Anforderung des Arbeitsplatzes",
		"Heben und Tragen", "3 Hebehilfe an der Werkbank beantragen", "Stehen", "1 höhenverstellbare Werkbank",
		"Feinmotorik", "– keiner – die Fähigkeit deckt die", "Schichtarbeit", "2 — nicht dokumentiert —")
	mustContain(t, "employer", text, "Möbelwerk Österreicher GmbH", "Ansprechperson: Herr Brandt (Personal)",
		a.Employer.Requirements, a.Employer.Situation, a.Employer.Relations)
	mustContain(t, "conference", text, "Durchgeführt ja", "10.11.2024", "Meister Brandt", "Stufenplan vorbereiten",
		"Werkbank ausmessen Meister Brandt 20.11.2024 offen")
	mustContain(t, "partners", text, "Möbelwerk Österreicher GmbH", "Frau Käthe Brückner (BEM)", "Praxis für Ergotherapie Weiß", "Jana Weiß")
	mustLack(t, "the newest assessment is marked as an earlier one", text, "Frühere Bedarfsermittlung")
	// The bars' values stand at their ends: capability 2, requirement 5.
	mustContain(t, "values", text, "2")

	// The first assessment is printed as such, and says it was superseded.
	path := writePDF(t, t.TempDir(), "first.pdf", func(w io.Writer) error { return Assessment(w, c, 1, ps, s, loc, printed) })
	first := strings.Join(pages(t, path), "\n")
	mustContain(t, "first", first, "Erste", "Bedarfsermittlung", "05.02.2024", "Frühere Bedarfsermittlung",
		"Re-Assessment vom 12.11.2024", "Depressive Episode, Rückenschmerzen")
	mustLack(t, "the first assessment asks for the reason of a re-assessment", first, "Grund des Re-Assessments")
	// A client without an employer (so the master data say) and nothing
	// said of a workplace: the employer's side does not apply, no gaps
	// there. An employer merely not recorded is a gap.
	c.Client.Employer, c.Client.NoEmployer = "", true
	path = writePDF(t, t.TempDir(), "noemp.pdf", func(w io.Writer) error { return Assessment(w, c, 1, ps, s, loc, printed) })
	noEmp := flat(strings.Join(pages(t, path), "\n"))
	mustContain(t, "no employer", noEmp, "Arbeitgeber und Arbeitsplatz", "Entfällt – die versicherte Person hat keinen Arbeitgeber.")
	side := noEmp[strings.Index(noEmp, "Arbeitgeber und Arbeitsplatz"):strings.Index(noEmp, "Fallkonferenzen")]
	mustLack(t, "the employer's side of a case without employer shows gaps", side, "nicht dokumentiert")
	c.Client.NoEmployer = false
	path = writePDF(t, t.TempDir(), "unknown.pdf", func(w io.Writer) error { return Assessment(w, c, 1, ps, s, loc, printed) })
	unknown := flat(strings.Join(pages(t, path), "\n"))
	side = unknown[strings.Index(unknown, "Arbeitgeber und Arbeitsplatz"):strings.Index(unknown, "Fallkonferenzen")]
	if !strings.Contains(side, "Arbeitgeber — nicht dokumentiert —") || strings.Contains(side, "Entfällt") {
		t.Errorf("an employer not recorded is no gap:\n%s", side)
	}
}

// A case conference documented as not held prints "nicht durchgeführt"
// with its reason and nothing missing; held ones print who took part —
// the attendees chosen in the window, not only the free-text note.
func TestAssessmentConferenceNotHeld(t *testing.T) {
	c, ps, s, loc := assessed(), testPartners(), fullSettings(), locales.New("de")
	a := c.CurrentAssessment()
	a.Conferences = []model.Conference{
		{NotHeld: true, NotHeldReason: "Nur ein Träger beteiligt, Absprachen bilateral"},
		{Held: true, Date: day(2024, 11, 20), Attendees: []model.Attendee{{Partner: "p-ifd"}, {Person: "Brigitte Größe-Äßling"}},
			Tasks: []model.Task{{What: "Arbeitsplatz besichtigen", Responsible: "IFD", Due: day(2024, 12, 1)}}},
	}
	text := flat(printedText(t, func(w io.Writer) error { return Assessment(w, c, 0, ps, s, loc, printed) }))
	confs := text[strings.Index(text, "Fallkonferenzen"):]
	mustContain(t, "conferences", confs, "Durchgeführt nein – nicht durchgeführt", "Grund Nur ein Träger beteiligt",
		"Integrationsfachdienst Nordstadt, Brigitte Größe-Äßling", "Arbeitsplatz besichtigen")
	first := confs[:strings.Index(confs, "Integrationsfachdienst Nordstadt")]
	if strings.Contains(first, "nicht dokumentiert") {
		t.Errorf("the conference not held shows gaps:\n%s", first)
	}
	for _, it := range model.ChecklistFor(c, model.PhaseAssessment) {
		if it.Key == model.CheckCaseConference && !it.Done {
			t.Errorf("a held conference beside one not held: %+v", it)
		}
	}
}

// The gaps of the profile are drawn in the colours of the window: the
// warning colour for a gap of 1, the danger colour from 2. The page is
// rendered to pixels and searched for both.
func TestAssessmentDrawsTheGapsInColour(t *testing.T) {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm not installed")
	}
	c, ps, s, loc := assessed(), testPartners(), fullSettings(), locales.New("de")
	// Only the profile: the rest would add coloured text of its own.
	a := &c.Assessments[1]
	only := func(items ...model.ProfileItem) *model.Case {
		a.Profile = items
		for i := range a.Profile {
			a.Profile[i].ActionNeed = "etwas tun"
		}
		return c
	}
	count := func(name string, c *model.Case) (warn, danger int) {
		dir := t.TempDir()
		path := writePDF(t, dir, name+".pdf", func(w io.Writer) error { return Assessment(w, c, 0, ps, s, loc, printed) })
		n := len(pages(t, path))
		for p := 1; p <= n; p++ {
			img := renderPage(t, path, p, filepath.Join(dir, name))
			b := img.Bounds()
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					r, g, bl, _ := img.At(x, y).RGBA()
					px := rgb{int(r >> 8), int(g >> 8), int(bl >> 8)}
					switch {
					case near(px, colGapWarn):
						warn++
					case near(px, colGapDanger):
						danger++
					}
				}
			}
		}
		return warn, danger
	}
	// Without a gap only the legend's two swatches carry the colours.
	w0, d0 := count("none", only(model.ProfileItem{Item: "Stehen", Capability: 4, Requirement: 4}))
	if w0 == 0 || d0 == 0 || w0 > 100 || d0 > 100 {
		t.Errorf("no gap: %d warning and %d danger pixels, want the legend's swatches only", w0, d0)
	}
	if w, d := count("one", only(model.ProfileItem{Item: "Stehen", Capability: 3, Requirement: 4})); w < w0+40 || d != d0 {
		t.Errorf("gap 1: %d warning and %d danger pixels (legend %d, %d), want more warning only", w, d, w0, d0)
	}
	if w, d := count("three", only(model.ProfileItem{Item: "Heben", Capability: 2, Requirement: 5})); d < d0+120 || w != w0 {
		t.Errorf("gap 3: %d warning and %d danger pixels (legend %d, %d), want more danger only", w, d, w0, d0)
	}
}

func near(a, b rgb) bool {
	abs := func(v int) int { return max(v, -v) }
	return abs(a.r-b.r)+abs(a.g-b.g)+abs(a.b-b.b) < 24
}

// renderPage renders page p of path to a PNG image with pdftoppm.
func renderPage(t *testing.T, path string, p int, prefix string) image.Image {
	t.Helper()
	out, err := exec.Command("pdftoppm", "-png", "-r", "60", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), "-singlefile", path, prefix).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestAssessmentOfACaseWithout(t *testing.T) {
	c, ps, s, loc := commissioned(), testPartners(), fullSettings(), locales.New("de")
	c.Assessments = nil
	for _, n := range []int{0, 1} {
		err := Assessment(io.Discard, c, n, ps, s, loc, printed)
		if !errors.Is(err, model.ErrNotFound) {
			t.Errorf("assessment %d of a case without one: %v, want ErrNotFound", n, err)
		}
	}
	c = assessed()
	if err := Assessment(io.Discard, c, 3, ps, s, loc, printed); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("assessment 3 of two: %v", err)
	}
	// An empty assessment prints the minimums as gaps, and the profile
	// comparison as not documented.
	c.Assessments = []model.Assessment{{ID: "x", Date: day(2024, 2, 1)}}
	text := printedText(t, func(w io.Writer) error { return Assessment(w, c, 0, ps, s, loc, printed) })
	if n := strings.Count(text, "— nicht dokumentiert —"); n < 11 {
		t.Errorf("an empty assessment shows %d gaps, want every minimum item (11+)", n)
	}
}

func TestAssessmentInEnglish(t *testing.T) {
	c, ps, s, loc := assessed(), testPartners(), fullSettings(), locales.New("en")
	path := writePDF(t, t.TempDir(), "assessment-en.pdf", func(w io.Writer) error { return Assessment(w, c, 0, ps, s, loc, printed) })
	pp := pages(t, path)
	footers(t, pp, loc)
	mustContain(t, "english", strings.Join(pp, "\n"), "Needs assessment", "Re-assessment 1", "The client's own view",
		"Profile comparison and action need", "Heben und Tragen", "Action need")
}
