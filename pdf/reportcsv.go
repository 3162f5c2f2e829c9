package pdf

import (
	"bufio"
	"encoding/csv"
	"io"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// ReportCSV writes the Auswertung as one CSV file for a spreadsheet: the
// report's tables one below the other, each as a line with its name, a
// header line, its rows and an empty line, then the anonymised per-case
// table (rows as model.CaseRows gives them, after model.SuppressSmallCells).
// What a German spreadsheet expects: UTF-8 with a byte order mark,
// semicolons between cells, CRLF line ends and, in German, the decimal
// comma. The columns are documented in docs/evaluation.md.
func ReportCSV(w io.Writer, e *model.Evaluation, rows []model.CaseRow, s model.Settings, loc *locales.Localizer) error {
	if loc == nil {
		loc = locales.New("de")
	}
	r := reportText{loc: loc}
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString("\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(bw)
	cw.Comma = ';'
	cw.UseCRLF = true
	head := [][]string{
		{r.t("Report.title")},
		{r.t("Report.csv.organisation"), s.Organisation},
		{r.t("Report.csv.period"), r.period(e.Period)},
		{r.t("Report.csv.filter"), r.filter(e.Filter)},
		{},
	}
	if err := cw.WriteAll(head); err != nil {
		return err
	}
	cases, _ := model.SuppressSmallCells(rows)
	secs := append(reportSections(e, loc), caseSection(cases, loc))
	for _, sec := range secs {
		lines := [][]string{{"# " + sec.title}}
		var heads []string
		for _, c := range sec.cols {
			heads = append(heads, c.head)
		}
		lines = append(lines, heads)
		lines = append(lines, sec.rows...)
		if sec.key == "cases" && cases == nil && len(rows) > 0 {
			lines = append(lines, []string{r.t("Report.casesWithheld", "Min", model.MinCell)})
		}
		lines = append(lines, []string{})
		if err := cw.WriteAll(lines); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// filter says which cases the evaluation covers.
func (r reportText) filter(f model.Filter) string {
	carrier, intensity := r.t("Report.allCarriers"), r.t("Report.allIntensities")
	if f.Carrier != "" {
		carrier = f.Carrier
	}
	if f.Intensity != "" {
		intensity = r.loc.Enum("Intensity", f.Intensity)
	}
	return r.t("Report.filterLine", "Carrier", carrier, "Intensity", intensity)
}
