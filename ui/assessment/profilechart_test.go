package assessment

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

func (h host) chart() *profileChart {
	h.T.Helper()
	cs := uitest.All[*profileChart](h.Root)
	if len(cs) != 1 {
		h.T.Fatalf("%d profile charts on screen", len(cs))
	}
	return cs[0]
}

// scaleSelects are the 0–5 choices of the profile items, capability and
// requirement in turn.
func (h host) scaleSelects() []*widget.Select {
	var out []*widget.Select
	for _, s := range uitest.All[*widget.Select](h.Root) {
		if len(s.Options) == scaleMax+1 && s.Options[0] == "0" {
			out = append(out, s)
		}
	}
	return out
}

func TestProfileChartShowsTheGap(t *testing.T) {
	c := newCase()
	c.Assessments[0].Profile = []model.ProfileItem{
		{Item: "Heben und Tragen", Capability: 2, Requirement: 4},
		{Item: "Konzentration", Capability: 4, Requirement: 3},
	}
	h := openHost(t, c, nil)
	chart := h.chart()

	texts := chartTexts(chart)
	gap, ok := texts["Lücke 2"]
	if !ok {
		t.Fatalf("the chart does not show the gap 2; it shows %v", keys(texts))
	}
	danger := theme.Current().Color(theme.ColorNameError, fyne.CurrentApp().Settings().ThemeVariant())
	if gap.Color != danger {
		t.Errorf("gap 2 is drawn in %v, want the danger colour %v", gap.Color, danger)
	}
	if _, ok := texts["Lücke 1"]; ok {
		t.Error("capability above requirement must not show a gap")
	}
	for _, want := range []string{"Heben und Tragen", "Konzentration", "Fähigkeit", "Anforderung"} {
		if _, ok := texts[want]; !ok {
			t.Errorf("the chart does not show %q", want)
		}
	}

	// Editing a value redraws the chart at once, before any save.
	sels := h.scaleSelects()
	if len(sels) != 4 {
		t.Fatalf("%d scale choices for two items", len(sels))
	}
	sels[0].SetSelectedIndex(3) // capability of "Heben und Tragen" 2 → 3
	texts = chartTexts(chart)
	if _, ok := texts["Lücke 1"]; !ok {
		t.Errorf("after capability 3, requirement 4 the chart shows %v", keys(texts))
	}
	if got := h.Saved().CurrentAssessment().Profile[0].Capability; got != 3 {
		t.Errorf("capability stored as %d", got)
	}
	sels[1].SetSelectedIndex(3) // requirement 4 → 3
	if _, ok := chartTexts(chart)["Lücke 1"]; ok {
		t.Error("a met requirement still shows a gap")
	}
}

func TestProfileChartReadsWithOneAndTwelveItems(t *testing.T) {
	for _, n := range []int{1, 12} {
		c := newCase()
		for i := 0; i < n; i++ {
			c.Assessments[0].Profile = append(c.Assessments[0].Profile, model.ProfileItem{
				Item: fmt.Sprintf("Merkmal mit einem recht langen Namen Nummer %d", i+1), Capability: i % 6, Requirement: (i + 2) % 6,
			})
		}
		h := openHost(t, c, nil)
		chart := h.chart()
		r := chart.CreateRenderer().(*chartRenderer)
		perRow := rowHeight()
		if min := r.MinSize().Height; min < float32(n)*perRow {
			t.Errorf("%d items: the chart asks for %v px, less than %v per row", n, min, perRow)
		}
		chart.Resize(fyne.NewSize(600, r.MinSize().Height))
		r.Layout(chart.Size())
		for i, row := range r.rows {
			if row.name.Position().X+row.name.Size().Width > row.capability.Position().X {
				t.Errorf("%d items: name %d (%q) runs into the bars", n, i, row.name.Text)
			}
			if i > 0 && row.capability.Position().Y <= r.rows[i-1].gap.Position().Y {
				t.Errorf("%d items: row %d overlaps the row above", n, i)
			}
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
