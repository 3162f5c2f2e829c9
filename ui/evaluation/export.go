package evaluation

import (
	"context"
	"io"

	"fyne.io/fyne/v2"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// export asks where to save the shown evaluation as format ("pdf" or
// "csv"), writes it off the event goroutine and logs the export; the
// notice of every saved file offers to open it (kit.SaveWith).
func (v *View) export(format string) {
	if v.e == nil {
		return
	}
	e, facts := v.e, v.facts
	kit.SaveWith(v.env, "report", v.FileName(format), "."+format, func() func(io.WriteCloser, string) error {
		env := *v.env
		return func(w io.WriteCloser, path string) error { return writeReport(w, path, format, e, facts, &env) }
	}, func(_ fyne.URI, err error) {
		if err != nil {
			v.showError(err)
		}
	})
}

// FileName is the default name of the saved report, e.g.
// Jahresbericht_2025.pdf or Auswertung_2025-02-01_2025-05-31.csv.
func (v *View) FileName(format string) string {
	p := v.e.Period
	name := v.env.Loc.T("Eval.FileRange", "From", p.From.ISO(), "To", p.To.ISO())
	switch {
	case p == model.YearPeriod(p.From.Y):
		name = v.env.Loc.T("Eval.FileYear", "Year", p.From.Y)
	case p == model.QuarterPeriod(p.From.Y, model.QuarterOf(p.From)):
		name = v.env.Loc.T("Eval.FileQuarter", "Year", p.From.Y, "Quarter", model.QuarterOf(p.From))
	}
	return name + "." + format
}

// writeReport writes the report to w — the file at path — and logs the
// export (app.Report).
func writeReport(w io.WriteCloser, path, format string, e *model.Evaluation, facts []model.CaseFacts, env *kit.Env) error {
	in := app.Inputs{Settings: env.Settings, Loc: env.Loc, Now: env.Now()}
	return app.Report(context.Background(), w, path, format, e, facts, in, env.Store)
}

func (v *View) showError(err error) { kit.ShowError(v.env.Win, v.env.Loc, err) }
