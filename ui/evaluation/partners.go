package evaluation

import (
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// partnerColumns are the columns of the partner table; each sorts the
// table when its heading is clicked.
var partnerColumns = []struct {
	id    string
	width float32
	less  func(a, b model.PartnerRow) bool
}{
	{"Report.col.partner", 260, func(a, b model.PartnerRow) bool { return strings.ToLower(a.Name) < strings.ToLower(b.Name) }},
	{"Report.col.category", 200, func(a, b model.PartnerRow) bool { return a.Category < b.Category }},
	{"Report.col.cases", 75, func(a, b model.PartnerRow) bool { return a.Cases.N < b.Cases.N }},
	{"Report.col.measures", 100, func(a, b model.PartnerRow) bool { return a.Measures < b.Measures }},
	{"Report.col.done", 120, func(a, b model.PartnerRow) bool { return a.Done < b.Done }},
	{"Report.col.cancelled", 110, func(a, b model.PartnerRow) bool { return a.Cancelled < b.Cancelled }},
	{"Report.col.ongoing", 85, func(a, b model.PartnerRow) bool { return a.Ongoing < b.Ongoing }},
	{"Report.col.completion", 140, func(a, b model.PartnerRow) bool {
		pa, oka := a.Completion().Percent()
		pb, okb := b.Completion().Percent()
		if oka != okb {
			return !oka
		}
		return pa < pb
	}},
}

// partnerTable is the comparative analysis of the network partners: a
// table sorted by the column whose heading was clicked last (again:
// reversed). Clicking a partner lists its cases.
func (v *View) partnerTable() fyne.CanvasObject {
	rows := append([]model.PartnerRow(nil), v.e.Partners...)
	t := v.env.Loc.T
	col, desc := 2, true // most cases first
	sortRows := func() {
		less := partnerColumns[col].less
		sort.SliceStable(rows, func(i, j int) bool {
			if desc {
				return less(rows[j], rows[i])
			}
			return less(rows[i], rows[j])
		})
	}
	sortRows()
	var table *widget.Table
	cell := func(r model.PartnerRow, c int) string {
		switch c {
		case 0:
			return r.Name
		case 1:
			return v.env.Loc.Enum("PartnerCategory", r.Category)
		case 2:
			return strconv.Itoa(r.Cases.N)
		case 3:
			return strconv.Itoa(r.Measures)
		case 4:
			return strconv.Itoa(r.Done)
		case 5:
			return strconv.Itoa(r.Cancelled)
		case 6:
			return strconv.Itoa(r.Ongoing)
		}
		return v.percent(r.Completion())
	}
	table = widget.NewTable(
		func() (int, int) { return len(rows), len(partnerColumns) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.Truncation = fyne.TextTruncateEllipsis
			l.SetText(cell(rows[id.Row], id.Col))
		})
	table.ShowHeaderRow = true
	table.CreateHeader = func() fyne.CanvasObject { return kit.NewButton("", nil, nil) }
	table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*kit.Button)
		label := t(partnerColumns[id.Col].id)
		if id.Col == col {
			if desc {
				label += " ▼"
			} else {
				label += " ▲"
			}
		}
		b.SetText(label)
		c := id.Col
		b.OnTapped = func() {
			if c == col {
				desc = !desc
			} else {
				col, desc = c, c >= 2 // numbers: largest first
			}
			sortRows()
			table.Refresh()
		}
	}
	table.OnSelected = func(id widget.TableCellID) {
		table.UnselectAll()
		if id.Row >= 0 && id.Row < len(rows) {
			r := rows[id.Row]
			v.listCases(r.Name, r.Cases.Cases)
		}
	}
	for i, c := range partnerColumns {
		table.SetColumnWidth(i, c.width)
	}
	height := float32(44 + 38*min(len(rows), 12))
	width := float32(0)
	for _, c := range partnerColumns {
		width += c.width
	}
	box := container.NewGridWrap(fyne.NewSize(width+24, height), table)
	body := container.NewVBox()
	if len(rows) == 0 {
		body.Add(widget.NewLabel(t("Report.empty")))
	} else {
		body.Add(container.NewHScroll(box))
	}
	return widget.NewCard(t("Report.sec.partners"), t("Eval.PartnersSub"), body)
}
