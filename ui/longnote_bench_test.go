package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// BenchmarkOpenWorkspaceLongNotes is opening the intake workspace of a case
// whose ten notes hold 2,000 characters each (seven on the page, three in
// the folded screening areas), laid out in a window of 1000×700 (target
// ≤ 200 ms).
func BenchmarkOpenWorkspaceLongNotes(b *testing.B) {
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, uitest.Now)
	in := &c.Intake
	in.FirstMeeting.Mode = model.ModeVideo
	for _, p := range []*string{&in.Referral.Notes, &in.FirstMeeting.Notes, &in.FirstMeeting.ModeReason,
		&in.Aggravating.Notes, &in.Facilitators.Notes, &in.Decision.Justification, &in.Agreement.Notes} {
		*p = uitest.NoteText(2000)
	}
	for _, a := range []model.ScreeningArea{model.ScreenJob, model.ScreenHealth, model.ScreenSocial} {
		in.Screening = append(in.Screening, model.ScreeningAnswer{Area: a, Answer: model.AnswerYes, Notes: uitest.NoteText(2000)})
	}
	s := uitest.Open(b, c, nil).S
	// The case view's host of the workspace, as setCase fills it.
	host := container.NewStack()
	w := test.NewTempWindow(b, host)
	w.Resize(fyne.NewSize(1000, 700))
	cpu := uitest.StartCPU(b)
	for i := 0; i < b.N; i++ {
		work := newCaseWork(s, model.PhaseIntake, nil)
		host.Objects = []fyne.CanvasObject{work.tabs}
		host.Refresh()
	}
	cpu.Stop()
}
