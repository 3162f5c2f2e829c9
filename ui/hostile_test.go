package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// entryTexts collects the text of every entry under o, shown or not.
func entryTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, e := range uitest.AllDeep[*kit.Entry](o) {
		out = append(out, e.Text)
	}
	for _, e := range uitest.AllDeep[*widget.Entry](o) {
		out = append(out, e.Text)
	}
	return out
}

// A case whose names and notes hold emoji, right-to-left script, control
// characters and a note as long as a text may be (model.MaxTextRunes)
// opens: the list and the header show the names as stored, the notes are
// in their fields whole, the window draws, and looking changes nothing in
// the database.
func TestHostileTextsOpenAndStayUnchanged(t *testing.T) {
	openHostileCase(t, uitest.MixedText(model.MaxTextRunes))
}

// The same with a 1 MB note, as an older version or another program may
// have stored it. Shown whole, it would hang the window for minutes: Fyne
// 2.7's RichText turns the whole text into runes again for every wrapped
// row it draws (widget/richtext.go, textRenderer.Refresh; fyne-io/fyne#5297),
// so the time grows with the square of the text (32 KB took 0.6 s, 64 KB
// 2 s, 1 MB about 8.5 minutes). The field shows the first
// model.MaxTextRunes characters, read-only, with a notice; the note stays
// stored in full.
func TestOneMegabyteNoteOpens(t *testing.T) {
	openHostileCase(t, uitest.MixedText(1<<20))
}

func openHostileCase(t *testing.T, note string) {
	ctx := context.Background()
	store := uitest.Store(t)
	first, last := "Zoë 👩🏽‍⚕️", "مريم العلي-כהן"
	meeting := "Familie 👨‍👩‍👧‍👦 · \u200fשרה כהן\u200e · \u202eumgekehrt\u202c · Tab\tund\x00NUL\x1b[31m"

	opened := time.Date(2025, time.February, 3, 10, 0, 0, 0, time.Local)
	c := model.NewCase(model.Client{FirstName: first, LastName: last, Address: "شارع ١٢، برلين"}, opened)
	c.Intake.Referral = model.Referral{Route: model.RouteSelf, ReceivedOn: model.DateOf(opened), Notes: note}
	c.Intake.FirstMeeting.Notes = meeting
	if err := store.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	stored, err := store.LoadCase(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := json.Marshal(stored)

	u := newTestUI(t, store)
	if want := listName(u.loc, first, last); !slices.Contains(listNames(u), want) {
		t.Errorf("the list shows %q, want %q", listNames(u), want)
	}
	start := time.Now()
	u.list.list.Select(0)
	took := time.Since(start)
	t.Logf("opening the case with a note of %d characters took %v", utf8.RuneCountInString(note), took.Round(time.Millisecond))
	// A guard against a hang only: on a machine shared by several test
	// runs one opening took 3 s, so a tighter bound fails at random.
	if took > 20*time.Second {
		t.Errorf("opening the case took %v", took)
	}
	if u.view.c == nil || u.view.c.ID != c.ID {
		t.Fatal("selecting the row opens the case")
	}
	if got := uitest.Strings(u.view.name); !slices.Contains(got, first+" "+last) {
		t.Errorf("the header shows %q, want %q", got, first+" "+last)
	}
	shown, cut := note, model.TextTooLong(note)
	if cut {
		shown = model.CutText(note, model.MaxTextRunes) + " …"
	}
	var haveNote, haveMeeting bool
	for _, s := range entryTexts(u.view.work.tabs) {
		haveNote = haveNote || s == shown
		haveMeeting = haveMeeting || s == meeting
	}
	if !haveNote || !haveMeeting {
		t.Errorf("the intake shows the long note: %v, the meeting notes: %v", haveNote, haveMeeting)
	}
	notice := fmt.Sprintf("Text gekürzt angezeigt: die ersten %s von %s Zeichen – vollständig gespeichert",
		model.TextCount(model.MaxTextRunes).Grouped("."), model.TextCount(utf8.RuneCountInString(note)).Grouped("."))
	haveNotice := false
	for _, s := range uitest.Strings(u.view.work.tabs) {
		haveNotice = haveNotice || strings.Contains(s, notice)
	}
	if haveNotice != cut {
		t.Errorf("the notice %q is shown: %v, want %v", notice, haveNotice, cut)
	}
	// The Fallverlauf shows the note too, cut like the field.
	tabs := u.view.work.tabs
	start = time.Now()
	tabs.Select(tabs.Items[1])
	if d := time.Since(start); d > 20*time.Second { // a hang guard, as above
		t.Errorf("opening the Fallverlauf took %v", d)
	}
	var inReading, cutInReading bool
	for _, s := range uitest.Strings(tabs.Selected().Content) {
		inReading = inReading || strings.Contains(s, strings.TrimSpace(model.CutText(note, model.MaxTextRunes)))
		cutInReading = cutInReading || strings.Contains(s, "[Text gekürzt angezeigt: die ersten")
	}
	if !inReading || cutInReading != cut {
		t.Errorf("the Fallverlauf shows the note: %v, cut: %v", inReading, cutInReading)
	}
	tabs.Select(tabs.Items[0])

	img := u.Window().Canvas().Capture()
	if b := img.Bounds(); b.Dx() == 0 || b.Dy() == 0 {
		t.Errorf("the window draws as %v", b)
	}

	u.view.flush()
	after, err := store.LoadCase(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := json.Marshal(after); string(got) != string(before) {
		t.Error("opening the case changed it")
		diff(t, before, got)
	}
	if !utf8.ValidString(after.Intake.Referral.Notes) || after.Intake.Referral.Notes != note {
		t.Errorf("the note is %d bytes, want %d", len(after.Intake.Referral.Notes), len(note))
	}
}
