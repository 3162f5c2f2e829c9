package pdf

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// keepPlan is the rich case's plan with goals, measures and partners in
// every area, and lines extra lines of text in the section before the
// goals: each extra line moves every later heading one line down the page.
func keepPlan(lines int) *model.Case {
	c := richCase()
	p := c.CurrentPlan()
	p.Goals, p.Measures, p.AreaPartners = nil, nil, nil
	for i, a := range model.Areas {
		og := fmt.Sprintf("og%d", i)
		p.Goals = append(p.Goals, model.StrategicGoal{
			ID: fmt.Sprintf("sg%d", i), Area: a, Text: fmt.Sprintf("Zieltext %d", i), ICF: []string{"d850"},
			Operational: []model.OperationalGoal{{ID: og, Text: fmt.Sprintf("Handlungsziel %d", i), TargetDate: day(2025, 6, 30), GAS: gas("Stufe")}},
		})
		for j := 0; j <= i%3; j++ {
			p.Measures = append(p.Measures, model.Measure{ID: fmt.Sprintf("m%d-%d", i, j), Area: a, GoalID: og,
				What: fmt.Sprintf("Maßnahme %d.%d", i, j), Partner: "p-ifd", Start: day(2025, 1, 1), End: day(2025, 6, 30), Status: model.MeasureRunning})
		}
		p.AreaPartners = append(p.AreaPartners, model.AreaPartner{Area: a, Partner: "p-ifd", Role: "Begleitung"})
	}
	var b strings.Builder
	for i := 0; i < lines; i++ {
		fmt.Fprintf(&b, "Zeile %d\n", i)
	}
	p.Concerns = b.String() + "Ende der Belange"
	return c
}

// lastLines is the last line of text above the footer of each page.
func lastLines(t *testing.T, ps []string) []string {
	t.Helper()
	var out []string
	for i, pg := range ps {
		ls := strings.Split(pg, "\n")
		end := -1
		for j, l := range ls {
			if strings.Contains(l, "Vertraulich – Seite") {
				end = j
			}
		}
		if end < 0 {
			t.Fatalf("page %d has no footer", i+1)
		}
		last := ""
		for j := end - 1; j >= 0 && last == ""; j-- {
			last = strings.TrimSpace(flat(ls[j]))
		}
		out = append(out, last)
	}
	return out
}

// TestNoPageEndsWithAHeading moves the plan's headings through every
// position near a page end, one line at a time, and checks that the last
// line of no page is a section heading, an area subheading or a
// Teilhabeziel waiting for its Handlungsziele.
func TestNoPageEndsWithAHeading(t *testing.T) {
	needTool(t, "pdftotext")
	loc, ps, s := locales.New("de"), testPartners(), testSettings()
	heads := map[string]bool{}
	for _, id := range []string{"PDF.plan.relatives", "PDF.plan.guardian", "PDF.plan.furtherParticipants", "PDF.conf.tasks"} {
		heads[loc.T(id)] = true
	}
	for _, a := range model.Areas {
		heads[loc.Enum("Area", a)] = true
	}
	for i, id := range []string{"Person", "Situation", "Goals", "Measures", "Conference", "Partners", "19", "Agreement"} {
		heads[fmt.Sprintf("%d %s", i+1, loc.T("PDF.plan.section"+id))] = true
	}
	held := regexp.MustCompile(`^(Teilhabeziel \d+|Zieltext \d+|ICF: )`)
	dir := t.TempDir()
	bottoms := 0
	for n := 0; n <= 56; n++ {
		path := writePDF(t, dir, fmt.Sprintf("keep-%02d.pdf", n), func(w io.Writer) error {
			return Plan(w, keepPlan(n), 0, ps, s, loc, printed)
		})
		pp := pages(t, path)
		for i, last := range lastLines(t, pp[:len(pp)-1]) {
			bottoms++
			if heads[last] || held.MatchString(last) {
				t.Errorf("%d extra lines: page %d of %d ends with the heading %q", n, i+1, len(pp), last)
			}
		}
		if n == 0 {
			qpdfCheck(t, path)
		}
	}
	if bottoms < 57*4 {
		t.Fatalf("only %d page ends looked at", bottoms)
	}
}
