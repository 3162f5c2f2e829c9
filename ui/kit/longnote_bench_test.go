package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/internal/uitest"
)

// BenchmarkTypeInLongNote is the cost of one typed character in the middle
// of a 10,000-character note on a workspace page (target ≤ 50 ms).
func BenchmarkTypeInLongNote(b *testing.B) {
	s, _ := openSession(b)
	s.Case.Intake.Referral.Notes = uitest.NoteText(10000)
	note := s.Note(&s.Case.Intake.Referral.Notes)
	page := container.NewVScroll(container.NewVBox(widget.NewLabel("Notizen"), note))
	s.Page = page
	w := test.NewTempWindow(b, page)
	w.Resize(fyne.NewSize(1000, 700))
	w.Canvas().Focus(note)
	note.CursorRow = 20
	cpu := uitest.StartCPU(b)
	for i := 0; i < b.N; i++ {
		note.TypedRune('a')
	}
	cpu.Stop()
}
