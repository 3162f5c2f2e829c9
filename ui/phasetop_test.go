package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// After a step the new phase's workspace opens at its top with the focus
// on its first field — not scrolled as far down as the old phase's page
// was where the counselor worked last (the scripted walk turned the wheel
// 40 times back up at the start of each phase).
func TestANewPhaseOpensAtItsTop(t *testing.T) {
	store := uitest.Store(t)
	c := addCase(t, store, "Erika", "Mustermann", "", reassessedEvents()[0]) // in assessment
	c.Assessments = []model.Assessment{{Date: model.DateOf(uitest.Now)}}
	if err := store.SaveCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, store)
	w := u.Window()
	w.Resize(fyne.NewSize(910, 512)) // 1366×768 at 150 %
	u.list.selectCase(c.ID)
	page := u.view.pages()[0]
	uitest.Settle(w.Content())

	// She worked at the end of the assessment: its last field has the focus.
	var last *kit.Entry
	uitest.Visit(page, func(o fyne.CanvasObject) bool {
		if e, ok := o.(*kit.Entry); ok && !e.Disabled() {
			last = e
		}
		return true
	})
	if last == nil {
		t.Fatal("the assessment has no field")
	}
	w.Canvas().Focus(last)
	u.focus.Check()
	if page.Offset.Y < 1000 {
		t.Fatalf("focusing the assessment's last field scrolled the page only to %.0f", page.Offset.Y)
	}

	s := u.view.sess
	if err := s.Change(func(c *model.Case) error {
		_, err := model.TransitionOn(c, model.KindAdvance, "", true, s.Env.Today(), s.Env.Now())
		return err
	}); err != nil {
		t.Fatal(err)
	}
	u.view.onMoved()
	uitest.Settle(w.Content())
	u.focus.Check()

	next := u.view.pages()[0]
	if next == page {
		t.Fatal("the step did not open another page")
	}
	if next.Offset.Y > next.Size().Height {
		t.Errorf("the new phase's page opened scrolled down to %.0f", next.Offset.Y)
	}
	f, ok := w.Canvas().Focused().(fyne.CanvasObject)
	if !ok {
		t.Fatal("nothing has the focus after the step")
	}
	top := fyne.CurrentApp().Driver().AbsolutePositionForObject(f).Y - fyne.CurrentApp().Driver().AbsolutePositionForObject(next).Y
	if top < 0 || top > next.Size().Height {
		t.Errorf("the focused %T lies out of sight (%.0f below the page's top)", f, top)
	}
}
