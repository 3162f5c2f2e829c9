package kit_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// tlLine is the text of the line under the entry, "" when there is none,
// and the buttons in it.
func tlLine(e *kit.Entry) (string, []*widget.Button) {
	var texts []string
	for _, l := range uitest.All[*widget.Label](e) {
		texts = append(texts, l.Text)
	}
	return strings.Join(texts, " "), uitest.All[*widget.Button](e)
}

func tlShown(t *testing.T, s *kit.Session, e fyne.CanvasObject) fyne.Window {
	t.Helper()
	w := test.NewTempWindow(t, container.NewVScroll(e))
	w.Resize(fyne.NewSize(800, 600))
	s.Env.Win = w
	return w
}

// Typed beyond the limit, the text stays in the field with the message
// under it and is not written; what was saved stays. Shortened, it is
// written again and the message goes.
func TestOverLongTypedTextStaysButIsNotSaved(t *testing.T) {
	s, _ := openSession(t)
	e := s.Note(&s.Case.Intake.Referral.Notes)
	tlShown(t, s, e)
	full := uitest.MixedText(model.MaxTextRunes)
	e.SetText(full)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := stored(t, s).Intake.Referral.Notes; got != full {
		t.Fatalf("a text at the limit is not saved (%d characters stored)", utf8.RuneCountInString(got))
	}
	if line, _ := tlLine(e); line != "" {
		t.Errorf("a text at the limit has the message %q", line)
	}

	test.Type(e, "x")
	if e.Text != "x"+full {
		t.Fatalf("the typed character is not in the field")
	}
	line, _ := tlLine(e)
	want := fmt.Sprintf("Der Text ist zu lang (%s Zeichen); höchstens %s Zeichen",
		model.TextCount(model.MaxTextRunes+1).Grouped("."), model.TextCount(model.MaxTextRunes).Grouped("."))
	if !strings.Contains(line, want) || !strings.Contains(line, "nicht gespeichert") {
		t.Errorf("the line says %q, want %q and that it is not saved", line, want)
	}
	test.Type(e, "y")
	if line, _ = tlLine(e); !strings.Contains(line, model.TextCount(model.MaxTextRunes+2).Grouped(".")+" Zeichen") {
		t.Errorf("the count does not follow the typing: %q", line)
	}
	if s.Case.Intake.Referral.Notes != full {
		t.Error("the over-long text reached the case")
	}
	_ = s.Flush()
	if got := stored(t, s).Intake.Referral.Notes; got != full {
		t.Errorf("the saved text changed (%d characters)", utf8.RuneCountInString(got))
	}

	e.SetText("yx" + model.CutText(full, model.MaxTextRunes-2)) // fits again
	if line, _ := tlLine(e); line != "" {
		t.Errorf("the message stays after shortening: %q", line)
	}
	_ = s.Flush()
	if got := stored(t, s).Intake.Referral.Notes; got != e.Text {
		t.Error("the shortened text is not saved")
	}
}

// A paste goes in only as far as the text stays within the limit, and the
// user is told — at the field and in a dialog. A megabyte pasted whole
// would stop the window for minutes.
func TestPasteIsCutToTheLimit(t *testing.T) {
	for _, multi := range []bool{true, false} {
		t.Run(fmt.Sprintf("multi-line %v", multi), func(t *testing.T) {
			s, _ := openSession(t)
			p := &s.Case.Intake.Referral.Notes
			e := s.Text(p)
			if multi {
				e = s.Note(p)
			}
			w := tlShown(t, s, e)
			huge := uitest.MixedText(1 << 20)
			cb := fyne.CurrentApp().Clipboard()
			cb.SetContent(huge)

			test.Type(e, "Vorher: ")
			start := time.Now()
			e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
			if d := time.Since(start); d > 20*time.Second { // a hang guard, not a speed target (benchmarks are)
				t.Errorf("pasting took %v", d)
			}
			kept := model.MaxTextRunes - len("Vorher: ")
			want := "Vorher: " + model.CutText(huge, kept)
			if !multi {
				want = strings.ReplaceAll(want, "\n", " ")
			}
			if e.Text != want {
				t.Fatalf("the field holds %d characters, want the first %d of the paste after the typed text",
					utf8.RuneCountInString(e.Text), kept)
			}
			line, _ := tlLine(e)
			if !strings.Contains(line, "1.048.576 Zeichen") || !strings.Contains(line, "die ersten "+model.TextCount(kept).Grouped(".")+" Zeichen") {
				t.Errorf("the line says %q", line)
			}
			if top := w.Canvas().Overlays().Top(); top == nil {
				t.Error("no dialog tells about the cut paste")
			} else if got := uitest.Texts(top); !strings.Contains(got, "Text gekürzt eingefügt") {
				t.Errorf("the dialog says %q", got)
			}
			_ = s.Flush()
			if got := stored(t, s).Intake.Referral.Notes; got != want {
				t.Errorf("stored %d characters, want the %d in the field", utf8.RuneCountInString(got), model.MaxTextRunes)
			}

			// Full: nothing more goes in, and the field says so.
			e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
			if e.Text != want {
				t.Error("a paste into the full field changed it")
			}
			if line, _ := tlLine(e); !strings.Contains(line, "Es wurde nichts eingefügt") {
				t.Errorf("the line says %q", line)
			}
			// The next keystroke takes the notice away.
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
			if line, _ := tlLine(e); line != "" {
				t.Errorf("the notice stays: %q", line)
			}

			// Over a selection, the paste replaces it and may fill the field.
			e.TypedShortcut(&fyne.ShortcutSelectAll{})
			e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
			if got := utf8.RuneCountInString(e.Text); got != model.MaxTextRunes || !strings.HasPrefix(huge, strings.SplitN(e.Text, " ", 2)[0]) {
				t.Errorf("pasted over everything: %d characters", got)
			}

			// What fits goes in unchanged.
			e.SetText("")
			cb.SetContent("kurz")
			e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
			if line, _ := tlLine(e); e.Text != "kurz" || line != "" {
				t.Errorf("a short paste: %q, line %q", e.Text, line)
			}
		})
	}
}

// A stored text over the limit (an older database, another program) is
// shown cut and read-only with a notice, quickly; nothing typed can cut
// it. It can be copied whole, and shortened on purpose.
func TestStoredOverLongTextIsShownCut(t *testing.T) {
	s, _ := openSession(t)
	huge := uitest.MixedText(1 << 20)
	c := s.Case
	c.Intake.Referral.Notes, c.Intake.FirstMeeting.Notes, c.Intake.Decision.Justification = huge, huge, huge
	c.Client.Address = huge
	if err := s.Env.Store.SaveCase(t.Context(), c); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	notes := []*kit.Entry{s.Note(&c.Intake.Referral.Notes), s.Note(&c.Intake.FirstMeeting.Notes), s.Note(&c.Intake.Decision.Justification)}
	addr := s.Text(&c.Client.Address)
	box := container.NewVBox(addr)
	for _, e := range notes {
		box.Add(e)
	}
	tlShown(t, s, box)
	if d := time.Since(start); d > 20*time.Second { // a hang guard, not a speed target
		t.Errorf("showing three 1 MB notes took %v", d)
	}

	limit := model.TextCount(model.MaxTextRunes).Grouped(".")
	if got := s.Shown(huge); !strings.HasPrefix(got, model.CutText(huge, model.MaxTextRunes)+" … [Text gekürzt angezeigt: die ersten "+limit+" von 1.048.576 Zeichen") {
		t.Errorf("a read-only view shows %q", got[len(got)-120:])
	}
	if got := s.Shown("kurz"); got != "kurz" {
		t.Errorf("a short text is shown as %q", got)
	}

	e := notes[0]
	want := model.CutText(huge, model.MaxTextRunes) + " …"
	if !e.Disabled() || e.Text != want || addr.Text != want || !addr.Disabled() {
		t.Fatalf("shown: disabled %v, %d characters", e.Disabled(), utf8.RuneCountInString(e.Text))
	}
	line, buttons := tlLine(e)
	if !strings.Contains(line, "Text gekürzt angezeigt: die ersten "+limit+" von 1.048.576 Zeichen – vollständig gespeichert") {
		t.Errorf("the notice says %q", line)
	}
	if len(buttons) != 2 {
		t.Fatalf("%d buttons under the cut text", len(buttons))
	}

	test.Type(e, "getippt")
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
	e.Enable() // as a workspace may: the cut text stays read-only
	test.Type(e, "getippt")
	if e.Text != want || c.Intake.Referral.Notes != huge || s.Dirty() {
		t.Error("typing into the cut text changed it")
	}

	test.Tap(buttons[0]) // copy
	if fyne.CurrentApp().Clipboard().Content() != huge {
		t.Error("the whole text is not in the clipboard")
	}

	// Frozen (a finalised plan), it cannot be shortened.
	kit.Freeze(box)
	if _, buttons := tlLine(e); len(buttons) != 1 {
		t.Errorf("frozen: %d buttons, want only copying", len(buttons))
	}
	e.Enable()
	_, buttons = tlLine(e)
	if len(buttons) != 2 {
		t.Fatalf("unfrozen: %d buttons", len(buttons))
	}
	s.Env.Win = nil // confirm without a dialog
	test.Tap(buttons[1])
	if got := stored(t, s).Intake.Referral.Notes; got != model.CutText(huge, model.MaxTextRunes) {
		t.Errorf("shortened to %d characters", utf8.RuneCountInString(got))
	}
	if stored(t, s).Intake.FirstMeeting.Notes != huge {
		t.Error("shortening one text changed another")
	}
	if again := s.Note(&c.Intake.Referral.Notes); again.Disabled() || again.Text != c.Intake.Referral.Notes {
		t.Error("the shortened text is not editable when shown again")
	}
}

// A dialog's note (a reason asked for before it goes into the case) holds
// at most the limit: typing stops there and a paste is cut.
func TestCappedNoteStopsAtTheLimit(t *testing.T) {
	test.NewTempApp(t)
	e := kit.NewCappedNote()
	test.NewTempWindow(t, e).Resize(fyne.NewSize(500, 300))
	cb := fyne.CurrentApp().Clipboard()
	cb.SetContent(uitest.MixedText(1 << 20))
	test.Type(e, "Grund: ")
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got := utf8.RuneCountInString(e.Text); got != model.MaxTextRunes || !strings.HasPrefix(e.Text, "Grund: Frau") {
		t.Fatalf("%d characters after the paste", got)
	}
	test.Type(e, "mehr")
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb})
	if got := utf8.RuneCountInString(e.Text); got != model.MaxTextRunes {
		t.Errorf("%d characters after typing on", got)
	}
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(e, "neu")
	if e.Text != "neu" {
		t.Errorf("typing over the selection gives %q", e.Text)
	}
}
