package intake

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// meetingView is the Erstgespräch: when it is due, a warning while it is
// overdue, and what was recorded of it.
type meetingView struct {
	s *kit.Session

	due     *statusLine
	overdue *statusLine

	date         *kit.Entry
	place        *kit.Entry
	mode         *kit.KeyRadio
	reasonBox    *fyne.Container // shown for video and phone only
	reason       *kit.Entry
	reasonHint   *widget.Label
	participants *kit.Entry
	topics       []*option
	notes        *kit.Entry

	root fyne.CanvasObject
}

func newMeetingView(s *kit.Session) *meetingView {
	fm := &s.Case.Intake.FirstMeeting
	v := &meetingView{
		s:            s,
		due:          newStatusLine(),
		overdue:      newStatusLine().bold(),
		date:         s.DateAt(&fm.Date, "intake.firstMeeting.date"),
		place:        s.Text(&fm.Place),
		mode:         kit.Radio(s, "MeetingMode", model.MeetingModes, &fm.Mode),
		reason:       s.Note(&fm.ModeReason),
		reasonHint:   kit.Wrapped(s.T("Intake.ModeReasonMissing")),
		participants: s.Text(&fm.Participants),
		notes:        s.Note(&fm.Notes),
	}
	// The labels ("Digital (Video) – Ausnahme") are too long for one row
	// beside each other in a narrow window.
	v.mode.Horizontal = false
	v.place.SetPlaceHolder(s.T("Intake.PlacePlaceholder"))
	v.participants.SetPlaceHolder(s.T("Intake.ParticipantsPlaceholder"))
	v.reason.SetMinRowsVisible(2)
	v.reasonHint.Importance = widget.DangerImportance

	topicLabels := make([]string, len(model.Topics))
	for i, t := range model.Topics {
		topicLabels[i] = s.Env.Loc.Enum("Topic", t)
	}
	v.topics = checkSet(s, topicLabels, model.Topics, &fm.Topics)

	reasonLabel := kit.Wrapped(s.T("Intake.ModeReason"))
	reasonLabel.TextStyle = fyne.TextStyle{Bold: true}
	v.reasonBox = container.NewVBox(reasonLabel, v.reason, v.reasonHint)
	v.refreshReason()
	// The reason's "missing" line and the due or overdue line follow the
	// reason and the date after each save (refresh), which waits until
	// the user leaves the field: shown or hidden while she typed, they
	// moved the participants field under the next click.
	after(&v.mode.OnChanged, v.refreshReason)

	v.root = s.Section("Intake.Meeting", "",
		v.due.root,
		v.overdue.root,
		s.Form(
			kit.Row{LabelID: "Intake.MeetingDate", Field: v.date},
			kit.Row{LabelID: "Intake.Place", Field: v.place},
			kit.Row{LabelID: "Intake.Mode", Field: container.NewVBox(kit.Wrapped(s.T("Intake.ModeRule")), v.mode, v.reasonBox)},
			kit.Row{LabelID: "Intake.Participants", Field: v.participants},
			kit.Row{LabelID: "Intake.Topics", Field: column(v.topics)},
			kit.Row{LabelID: "Intake.Notes", Field: v.notes},
		),
	)
	return v
}

// refreshDue shows the due day of the first meeting and, while it has no
// date and the day has passed, the overdue warning.
func (v *meetingView) refreshDue() {
	s := v.s
	c := s.Case
	days := s.Env.Settings.WithDefaults().FirstMeetingDays
	today := s.Env.Today()
	due, ok := model.FirstMeetingDue(c, s.Env.Settings)
	switch {
	case !ok:
		v.due.set(theme.InfoIcon(), s.T("Intake.DueUnknown", "Days", days), widget.MediumImportance)
	case c.Intake.FirstMeeting.Date.Valid() && model.FirstMeetingLate(c, s.Env.Settings) > 0:
		// Held, but after the due day: said as it was, not as a success.
		v.due.set(theme.WarningIcon(), s.T("Intake.DueHeldLate", "Date", s.Env.Loc.Date(c.Intake.FirstMeeting.Date),
			"Due", s.Env.Loc.Date(due), "Days", model.FirstMeetingLate(c, s.Env.Settings)), widget.WarningImportance)
	case c.Intake.FirstMeeting.Date.Valid():
		v.due.set(theme.ConfirmIcon(), s.T("Intake.DueHeld", "Date", s.Env.Loc.Date(c.Intake.FirstMeeting.Date), "Due", s.Env.Loc.Date(due)), widget.SuccessImportance)
	default:
		v.due.set(theme.HistoryIcon(), s.T("Intake.Due", "Date", s.Env.Loc.Date(due), "Days", days), widget.MediumImportance)
	}
	if model.FirstMeetingOverdue(c, s.Env.Settings, today) {
		id := "Intake.Overdue"
		if due.DaysUntil(today) == 1 {
			id = "Intake.OverdueOne"
		}
		v.overdue.set(theme.WarningIcon(), s.T(id, "Date", s.Env.Loc.Date(due), "Days", due.DaysUntil(today)), widget.DangerImportance)
		v.overdue.root.Show()
	} else {
		v.overdue.root.Hide()
	}
}

// refreshReason shows the reason field for a meeting by video or phone,
// marked as required while it is empty.
func (v *meetingView) refreshReason() {
	fm := v.s.Case.Intake.FirstMeeting
	if !fm.Mode.NeedsReason() {
		v.reasonBox.Hide()
		return
	}
	v.reasonHint.Hidden = !fm.ReasonMissing()
	v.reasonBox.Show()
	v.reasonBox.Refresh()
}
