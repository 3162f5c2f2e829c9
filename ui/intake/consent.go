package intake

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// consentView is the card of the Zustimmung zum Fallmanagement. The consent
// is never typed into open fields: it is recorded, corrected and withdrawn
// through dialogs, each a deliberate act that is saved at once.
type consentView struct {
	s *kit.Session

	status    *statusLine
	details   *fyne.Container // shown once a consent is recorded
	givenOn   *widget.Label
	form      *widget.Label
	informed  []*statusLine // case management, data protection, rights
	withdrawn *widget.Label
	history   *widget.Label // the consents given and withdrawn before, one a line

	record   *kit.Button // no consent yet
	renew    *kit.Button // after a withdrawal
	correct  *kit.Button
	withdraw *kit.Button

	// The dialogs opened last, for tests.
	recordDlg   *consentDialog
	withdrawDlg *withdrawDialog

	root fyne.CanvasObject
}

func newConsentView(s *kit.Session) *consentView {
	v := &consentView{
		s:         s,
		status:    newStatusLine().bold(),
		givenOn:   widget.NewLabel(""),
		form:      widget.NewLabel(""),
		withdrawn: widget.NewLabel(""),
		history:   kit.Wrapped(""),
	}
	informedBox := container.NewVBox()
	for range 3 {
		l := newStatusLine()
		v.informed = append(v.informed, l)
		informedBox.Add(l.root)
	}
	v.details = container.NewVBox(s.Form(
		kit.Row{LabelID: "Intake.ConsentGivenOn", Field: v.givenOn},
		kit.Row{LabelID: "Intake.ConsentForm", Field: v.form},
		kit.Row{LabelID: "Intake.ConsentInformed", Field: informedBox},
		kit.Row{LabelID: "Intake.ConsentWithdrawnOn", Field: v.withdrawn},
		kit.Row{LabelID: "Intake.ConsentHistory", Field: v.history},
	))

	v.record = kit.NewButton(s.T("Intake.ConsentRecord"), theme.DocumentCreateIcon(), func() {
		// The consent is usually given in the first meeting: its day is
		// offered, so it is not typed a second time.
		// What the first meeting's topics say the client was informed of
		// is ticked already: one "informiert über", not two.
		base := s.Case.Intake.FirstMeeting.WithInformed(model.CaseManagementConsent{GivenOn: s.Case.MeetingDay(s.Env.Today())})
		v.openRecord(base, "Intake.ConsentRecordTitle", "Intake.ConsentRecordIntro")
	})
	v.record.Importance = widget.HighImportance
	v.renew = kit.NewButton(s.T("Intake.ConsentRenew"), theme.DocumentCreateIcon(), v.openRenew)
	v.correct = kit.NewButton(s.T("Intake.ConsentCorrect"), theme.DocumentCreateIcon(), func() {
		v.openRecord(s.Case.CMConsent, "Intake.ConsentCorrectTitle", "Intake.ConsentCorrectIntro")
	})
	v.withdraw = kit.NewButton(s.T("Intake.Withdraw"), theme.CancelIcon(), v.openWithdraw)

	v.root = s.Section("Intake.Consent", "",
		kit.Wrapped(s.T("Intake.ConsentIntro")),
		v.status.root,
		v.details,
		kit.WrapRow(v.record, v.renew, v.correct, v.withdraw),
		v.printRow(),
	)
	return v
}

// printRow offers the papers of the first meeting: the information sheet
// to take home and the consent and agreement to sign — printable before
// anything is recorded, since they are signed first.
func (v *consentView) printRow() fyne.CanvasObject {
	s := v.s
	if s.Env.Print == nil {
		return container.NewVBox()
	}
	button := func(id string, kind model.DocKind) *kit.Button {
		return kit.NewButton(s.T(id), theme.DocumentPrintIcon(), func() {
			_ = s.Flush()
			s.Env.Print(s, app.Document{Kind: kind})
		})
	}
	return container.NewVBox(widget.NewSeparator(), kit.Explanation(s.T("Intake.PrintIntro")),
		kit.WrapRow(button("Intake.PrintInfoSheet", model.DocInfoSheet), button("Intake.PrintAgreement", model.DocAgreement)))
}

// refresh shows the consent as it stands today.
func (v *consentView) refresh() {
	s := v.s
	k := s.Case.CMConsent
	today := s.Env.Today()
	given := k.GivenOn.Valid()
	withdrawn := k.WithdrawnOn.Valid()
	switch {
	case !given:
		v.status.set(theme.WarningIcon(), s.T("Intake.ConsentNone"), widget.WarningImportance)
	case k.Active(today):
		v.status.set(theme.ConfirmIcon(), s.T("Intake.ConsentActive", "Date", s.Env.Loc.Date(k.GivenOn)), widget.SuccessImportance)
	case withdrawn && !k.WithdrawnOn.After(today):
		v.status.set(theme.ErrorIcon(), s.T("Intake.ConsentWithdrawn", "Date", s.Env.Loc.Date(k.WithdrawnOn)), widget.DangerImportance)
	default:
		v.status.set(theme.WarningIcon(), s.T("Intake.ConsentNotYet", "Date", s.Env.Loc.Date(k.GivenOn)), widget.WarningImportance)
	}

	v.givenOn.SetText(k.GivenOn.German())
	v.form.SetText(s.Env.Loc.Enum("ConsentForm", k.Form))
	for i, it := range []struct {
		id string
		on bool
	}{{"Intake.InformedCM", k.InformedCM}, {"Intake.InformedData", k.InformedDataProtect}, {"Intake.InformedRights", k.InformedRights}} {
		if it.on {
			v.informed[i].set(theme.ConfirmIcon(), s.T(it.id), widget.SuccessImportance)
		} else {
			v.informed[i].set(theme.WarningIcon(), s.T("Intake.NotInformed", "Item", s.T(it.id)), widget.WarningImportance)
		}
	}
	if withdrawn {
		v.withdrawn.SetText(k.WithdrawnOn.German())
	} else {
		v.withdrawn.SetText(s.T("Intake.NotWithdrawn"))
	}
	var lines []string
	for _, p := range k.Earlier {
		lines = append(lines, s.T("Intake.ConsentHistoryLine", "Given", s.Env.Loc.Date(p.GivenOn),
			"Form", s.Env.Loc.Enum("ConsentForm", p.Form), "Withdrawn", s.Env.Loc.Date(p.WithdrawnOn)))
	}
	if len(lines) == 0 {
		lines = []string{s.T("Intake.ConsentHistoryNone")}
	}
	v.history.SetText(strings.Join(lines, "\n"))

	show(v.details, given)
	show(v.record, !given)
	show(v.renew, given && withdrawn)
	show(v.correct, given && !withdrawn)
	show(v.withdraw, given && !withdrawn)
}

func show(o fyne.CanvasObject, visible bool) {
	if visible {
		o.Show()
	} else {
		o.Hide()
	}
}

// openRecord asks for a consent, starting from base, and records it.
func (v *consentView) openRecord(base model.CaseManagementConsent, titleID, introID string) {
	if v.s.Env.Win == nil {
		return
	}
	v.recordDlg = newConsentDialog(v.s, base, titleID, introID, func(k model.CaseManagementConsent) {
		_ = v.s.Change(func(c *model.Case) error {
			c.CMConsent = k
			c.Intake.FirstMeeting.NoteInformed(k)
			return nil
		})
	})
}

// openRenew records the consent the client gave again after a
// withdrawal; the withdrawn one stays in the history.
func (v *consentView) openRenew() {
	if v.s.Env.Win == nil {
		return
	}
	v.recordDlg = newConsentDialog(v.s, model.CaseManagementConsent{GivenOn: v.s.Env.Today()}, "Intake.ConsentRenewTitle", "Intake.ConsentRenewIntro",
		func(k model.CaseManagementConsent) {
			_ = v.s.Change(func(c *model.Case) error {
				c.CMConsent = c.CMConsent.Renewed(k)
				c.Intake.FirstMeeting.NoteInformed(k)
				return nil
			})
		})
}

// openWithdraw asks for the day of the withdrawal and records it.
func (v *consentView) openWithdraw() {
	if v.s.Env.Win == nil {
		return
	}
	v.withdrawDlg = newWithdrawDialog(v.s, v.s.Case.CMConsent, func(day model.Date) {
		_ = v.s.Change(func(c *model.Case) error {
			c.CMConsent.WithdrawnOn = day
			return nil
		})
	})
}
