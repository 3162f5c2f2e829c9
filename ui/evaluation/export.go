package evaluation

import (
	"bytes"
	"context"
	"os"

	"fyne.io/fyne/v2"

	"teilhabelotse/model"
	"teilhabelotse/pdf"
	"teilhabelotse/ui/kit"
)

// export asks where to save the shown evaluation as format ("pdf" or
// "csv"), writes it off the event goroutine, logs the export and opens the
// file.
func (v *View) export(format string) {
	if v.e == nil {
		return
	}
	e, facts := v.e, v.facts
	kit.SaveFile(v.env, "report", v.FileName(format), "."+format, func(w fyne.URIWriteCloser) {
		env := *v.env
		go func() {
			err := writeReport(w, format, e, facts, &env)
			fyne.Do(func() {
				if err != nil {
					v.showError(err)
					return
				}
				v.status.SetText(v.env.Loc.T("Eval.Saved", "Path", w.URI().Name()))
				kit.ShowSaved(v.env, w.URI())
			})
		}()
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

// writeReport renders, writes and closes w, keeps the file private and
// logs the export.
func writeReport(w fyne.URIWriteCloser, format string, e *model.Evaluation, facts []model.CaseFacts, env *kit.Env) error {
	var buf bytes.Buffer
	var err error
	if format == "csv" {
		rows := model.CaseRows(facts, e.Period, e.Filter, env.Settings)
		err = pdf.ReportCSV(&buf, e, rows, env.Settings, env.Loc)
	} else {
		err = pdf.Report(&buf, e, env.Settings, env.Loc, env.Now())
	}
	if err == nil {
		_, err = w.Write(buf.Bytes())
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if w.URI().Scheme() == "file" {
		// The report holds no client's name, but it is the provider's
		// confidential business: only the counselor's account reads it.
		_ = os.Chmod(w.URI().Path(), 0o600)
	}
	if err != nil {
		return err
	}
	return env.Store.Audit(context.Background(), model.ReportAudit(format, e))
}

func (v *View) showError(err error) { kit.ShowError(v.env.Win, v.env.Loc, err) }
