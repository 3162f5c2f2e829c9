package masterdata

import (
	"context"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// identity edits name, birth date and RV-Nummer. During intake they are
// fields like any other; once the case has left intake the documents and
// the reports to the carrier carry them, so they are shown as they are and
// changed only through "Berichtigen …", which asks why and logs that (not
// what) they were corrected.
func identity(s *kit.Session) []kit.Row {
	cl := &s.Case.Client
	warn := rvnrWarning(s)
	if !s.Case.IdentityNeedsReason() {
		birth := s.Date(&cl.BirthDate)
		rvnr := s.Checked(&cl.RVNR, model.ParseRVNR)
		s.OnRefresh(func() { showMismatch(warn, *cl) })
		return []kit.Row{
			{LabelID: "Master.FirstName", Field: s.Text(&cl.FirstName)},
			{LabelID: "Master.LastName", Field: s.Checked(&cl.LastName, checkLastName)},
			{LabelID: "Master.BirthDate", Field: birth},
			{LabelID: "Master.RVNR", Field: container.NewVBox(rvnr, warn), HintID: "Master.RVNRHint"},
		}
	}
	value := func(v string) *widget.Label {
		if strings.TrimSpace(v) == "" {
			v = s.T("Master.NotRecorded")
		}
		return widget.NewLabel(v)
	}
	correct := kit.NewButton(s.T("Master.Correct"), theme.DocumentCreateIcon(), func() {
		_ = s.Flush()
		openCorrection(s)
	})
	return []kit.Row{
		{LabelID: "Master.FirstName", Field: value(cl.FirstName)},
		{LabelID: "Master.LastName", Field: value(cl.LastName)},
		{LabelID: "Master.BirthDate", Field: value(cl.BirthDate.German())},
		{LabelID: "Master.RVNR", Field: container.NewVBox(value(cl.RVNR), warn)},
		{LabelID: "Master.Correction", Field: container.NewVBox(container.NewHBox(correct), kit.Explanation(s.T("Master.CorrectHint")))},
	}
}

// rvnrWarning says when the RV-Nummer's birth-date digits disagree with
// the birth date: a warning, since numbers issued twice change the day.
func rvnrWarning(s *kit.Session) *widget.Label {
	l := kit.Wrapped(s.T("Master.RVNRBirthMismatch"))
	l.Importance = widget.WarningImportance
	showMismatch(l, s.Case.Client)
	return l
}

func showMismatch(l *widget.Label, cl model.Client) {
	if mismatch(cl) {
		l.Show()
	} else {
		l.Hide()
	}
}

func mismatch(cl model.Client) bool {
	return cl.RVNR != "" && cl.BirthDate.Valid() && model.ValidateRVNR(cl.RVNR) == nil &&
		!model.RVNRMatchesBirth(cl.RVNR, cl.BirthDate)
}

func checkLastName(v string) (string, error) {
	if strings.TrimSpace(v) == "" {
		return "", &model.Problem{Code: model.CodeRequired}
	}
	return strings.TrimSpace(v), nil
}

// saveCorrection writes the corrected identity and logs which data were
// corrected and why. The case is saved first: the correction itself must
// not be lost to a log that cannot be written.
func saveCorrection(s *kit.Session, after model.Client, reason model.IdentityReason) error {
	fields := model.IdentityChanged(s.Case.Client, after)
	if len(fields) == 0 {
		return nil
	}
	before := s.Case.Client
	if err := s.Change(func(c *model.Case) error {
		c.Client.FirstName, c.Client.LastName = after.FirstName, after.LastName
		c.Client.BirthDate, c.Client.RVNR = after.BirthDate, after.RVNR
		return nil
	}); err != nil {
		s.Case.Client = before
		return err
	}
	return s.Env.Store.Audit(context.Background(), model.IdentityAudit(s.Case.UID, fields, reason, s.Env.Now()))
}
