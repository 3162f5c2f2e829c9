package main

import (
	"flag"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// reportCmd writes the Auswertung of a period: the PDF report (Jahres- or
// Quartalsbericht) or the CSV for a spreadsheet, chosen by the ending of
// --out (docs/evaluation.md). The audit log records each export.
var reportCmd = command{
	name: "report", help: "CLI.Help.report",
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		var x reportArgs
		fs.StringVar(&x.from, "from", "", "")
		fs.StringVar(&x.to, "to", "", "")
		fs.StringVar(&x.carrier, "carrier", "", "")
		fs.StringVar(&x.intensity, "intensity", "", "")
		fs.StringVar(&x.out, "out", "", "")
		fs.BoolVar(&x.force, "force", false, "")
		return func([]string) error {
			p, f, format, err := x.check()
			if err != nil {
				return err
			}
			return c.withDBForOut(x.out, x.force, func(db *storage.DB) error { return c.evaluationReport(db, p, f, format, x.out) })
		}
	},
}

type reportArgs struct {
	from, to, carrier, intensity, out string
	force                             bool // replace an existing file at out
}

// check reads the command line before the data folder is touched.
func (x reportArgs) check() (model.Period, model.Filter, string, error) {
	p, err := model.ValidatePeriod(x.from, x.to)
	if err != nil {
		return p, model.Filter{}, "", err
	}
	f := model.Filter{Carrier: strings.TrimSpace(x.carrier), Intensity: model.Intensity(strings.ToUpper(strings.TrimSpace(x.intensity)))}
	if f.Intensity != "" && !isIntensity(f.Intensity) {
		return p, f, "", fail("CLI.ReportIntensity", "Value", x.intensity)
	}
	if x.out == "" {
		return p, f, "", fail("CLI.ExportNeedOut")
	}
	format := strings.ToLower(strings.TrimPrefix(filepath.Ext(x.out), "."))
	if format != "pdf" && format != "csv" {
		return p, f, "", fail("CLI.ReportFormat", "Path", x.out)
	}
	return p, f, format, nil
}

func isIntensity(i model.Intensity) bool { return slices.Contains(model.Intensities, i) }

// evaluationReport evaluates period p and writes it to out as format, then
// logs the export (app.Report).
func (c *cli) evaluationReport(db *storage.DB, p model.Period, f model.Filter, format, out string) error {
	facts, err := db.CaseFacts(c.ctx, p)
	if err != nil {
		return err
	}
	partners, settings, err := c.directory(db)
	if err != nil {
		return err
	}
	e := model.Evaluate(facts, partners, p, f, settings)
	in := app.Inputs{Settings: settings, Loc: c.loc, Now: c.now()}
	return c.writeOut(0, out, func(w io.WriteCloser, path string) error {
		return app.Report(c.ctx, w, path, format, e, facts, in, db)
	}, "CLI.ReportWritten", "Path", out, "Cases", c.loc.N("Count.Cases", e.Considered))
}
