package kit

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
)

// Entry is a text entry bound to a string field: every keystroke is in the
// case at once, the write follows the typing pause, and leaving the field
// writes immediately.
//
// A text is at most model.MaxTextRunes characters long. Typed beyond that,
// it stays in the field with the message under it and is not written until
// it is short enough again — like a date that is none; what was saved
// before stays. A paste goes in only as far as it fits, and the field says
// so: a megabyte in one entry would stop the window for minutes. A stored
// text that is longer (from an older version, or written by another
// program) is shown cut and read-only with a notice, so no edit can cut it
// by accident; it can be copied whole, or shortened on purpose.
type Entry struct {
	widget.Entry
	s *Session

	// line is shown under the entry (wheel.go lays it out): what is wrong
	// with the text or what happened to it; nil when there is nothing to
	// say.
	line     *fyne.Container
	lineText *widget.Label
	lineKind lineKind
	// later is the line to show once the user leaves the field (see
	// deferLine); nil when nothing waits.
	later   *deferred
	leaving bool // in FocusLost: lines are shown, not kept
	rend    *noteRenderer
	shorten *Button // offered while a cut text is shown and not frozen
	cut     bool    // shows a stored text cut, read-only
	frozen  bool    // disabled from outside (Freeze)
	rows    int     // the rows a note shows (growFor)
	minRows int     // the least rows a note shows; 0: three
	// keys gives Enter and Escape to the Dialog the entry is in (made by
	// the dialog or by a Draft on it).
	keys func(*fyne.KeyEvent) bool
	// What the line under the entry says about its text (late.go).
	typing    bool  // the entry has the focus
	saidWrong bool  // the line says the text's problem
	held      error // a problem not yet said: the user is still typing
	left      bool  // the user has left the entry at least once
}

// AcceptsTab is false even for multi-line entries: Tab and Shift+Tab move
// to the next or previous field, as in every form a counselor knows.
// Fyne's multi-line entry takes Tab as a character, and three tabs ended up
// in a client's notes while the counselor meant to move on.
func (e *Entry) AcceptsTab() bool { return false }

// AcceptsTab is false for the same reason as Entry's.
func (e *Capped) AcceptsTab() bool { return false }

// TypedKey gives Escape, and Enter in a one-line entry, to the entry's
// dialog (a multi-line entry keeps Enter for new lines). A one-line entry
// passes PageUp and PageDown on (PassKey), so they scroll the page: in
// it they only did what Home and End do.
func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if !e.MultiLine && (ev.Name == fyne.KeyPageUp || ev.Name == fyne.KeyPageDown) {
		PassKey(e, ev)
		return
	}
	keys := e.keys
	if keys == nil && e.s != nil {
		keys = e.s.keys
	}
	if keys != nil && (ev.Name == fyne.KeyEscape || (!e.MultiLine && (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter))) {
		keys(ev)
		return
	}
	e.Entry.TypedKey(ev)
}

// TypedRune stops an entry that is bound to nothing (a dialog's) at
// model.MaxTextRunes characters: what it holds goes into the case. A bound
// entry says instead that its text is too long (see bind).
func (e *Entry) TypedRune(r rune) {
	if e.s == nil && Full(&e.Entry) {
		return
	}
	e.Entry.TypedRune(r)
}

type lineKind int

const (
	lineNone      lineKind = iota
	lineTooLong            // the typed text is too long
	linePasted             // a paste was cut to fit
	lineCut                // the stored text is shown cut
	lineDateOrder          // the date does not fit the case's order of events
	lineProblem            // the text is not valid (late.go)
)

// FocusLost writes pending changes when the user leaves the field, and
// says then what is wrong with its text (entryline.go).
func (e *Entry) FocusLost() {
	// The window still counts the entry as focused while it is told it
	// lost the focus.
	e.leaving = true
	defer func() { e.leaving = false }()
	e.Entry.FocusLost()
	e.typing, e.left = false, true
	e.sayHeld()
	e.leftField()
	if e.s != nil {
		_ = e.s.Flush()
		e.s.refreshWaiting()
	}
}

// MinSize makes room for the line under the entry.
func (e *Entry) MinSize() fyne.Size {
	min := e.Entry.MinSize()
	min.Height += e.rowsHeight()
	if h := e.lineHeight(); h > 0 {
		min = fyne.NewSize(fyne.Max(min.Width, e.line.MinSize().Width), min.Height+h)
	}
	return min
}

// Disable makes the entry read-only, as Freeze does for finalised records;
// a text shown cut then offers no shortening either.
func (e *Entry) Disable() {
	e.frozen = true
	if e.shorten != nil {
		e.shorten.Hide()
	}
	e.Entry.Disable()
}

// Enable makes the entry editable again, except one that shows a stored
// text cut: it stays read-only until the text is shortened.
func (e *Entry) Enable() {
	e.frozen = false
	if e.cut {
		if e.shorten != nil {
			e.shorten.Show()
		}
		return
	}
	e.Entry.Enable()
}

// TypedShortcut lets a paste in only as far as the text stays within
// model.MaxTextRunes, and says what was left out.
func (e *Entry) TypedShortcut(sc fyne.Shortcut) {
	if e.s == nil {
		if fit, _, _ := FitPaste(&e.Entry, sc); fit != nil {
			e.Entry.TypedShortcut(fit)
		}
		return
	}
	fit, total, kept := FitPaste(&e.Entry, sc)
	if fit != nil {
		e.Entry.TypedShortcut(fit)
	}
	if fit == sc {
		return
	}
	s := e.s
	args := []any{"Chars", model.TextCount(total), "Limit", model.TextCount(model.MaxTextRunes), "Kept", model.TextCount(kept)}
	e.setLine(linePasted, s.T("Kit.PasteCut", args...), widget.WarningImportance)
	if s.Env.Win != nil {
		ShowDialog(dialog.NewInformation(s.T("Kit.PasteCutTitle"), s.T("Kit.PasteCut", args...), s.Env.Win), s.Env.Win)
	}
}

// FitPaste returns sc, or — for a paste that would take e beyond
// model.MaxTextRunes characters — a paste of the part that fits (nil when
// nothing does), with the length of the whole paste and of the part kept.
// Pasted whole, a megabyte would stop the window for minutes.
func FitPaste(e *widget.Entry, sc fyne.Shortcut) (fit fyne.Shortcut, total, kept int) {
	paste, ok := sc.(*fyne.ShortcutPaste)
	if !ok || paste.Clipboard == nil || e.Disabled() {
		return sc, 0, 0
	}
	text := paste.Clipboard.Content()
	room := model.MaxTextRunes - (utf8.RuneCountInString(e.Text) - utf8.RuneCountInString(e.SelectedText()))
	total = utf8.RuneCountInString(text)
	if total <= room {
		return sc, total, total
	}
	if kept = max(0, room); kept == 0 {
		return nil, total, 0
	}
	return &fyne.ShortcutPaste{Clipboard: clip(model.CutText(text, kept))}, total, kept
}

// Full reports whether a typed character would take e beyond
// model.MaxTextRunes.
func Full(e *widget.Entry) bool {
	return utf8.RuneCountInString(e.Text)-utf8.RuneCountInString(e.SelectedText()) >= model.MaxTextRunes
}

// clip is a clipboard that holds the part of a paste that fits.
type clip string

func (c clip) Content() string   { return string(c) }
func (c clip) SetContent(string) {}

// Capped is a multi-line entry of a dialog whose text goes into the case
// (a reason, a note): it holds at most model.MaxTextRunes characters —
// typing stops there and a paste is cut, as in a form field with a
// maximum length.
type Capped struct{ widget.Entry }

// NewCappedNote makes a wrapping Capped entry of three rows.
func NewCappedNote() *Capped {
	e := &Capped{}
	noteShape(&e.Entry)
	e.ExtendBaseWidget(e)
	return e
}

// TypedRune ignores characters beyond the limit.
func (e *Capped) TypedRune(r rune) {
	if !Full(&e.Entry) {
		e.Entry.TypedRune(r)
	}
}

// TypedShortcut cuts a paste to what fits.
func (e *Capped) TypedShortcut(sc fyne.Shortcut) {
	if fit, _, _ := FitPaste(&e.Entry, sc); fit != nil {
		e.Entry.TypedShortcut(fit)
	}
}

// setLine shows text under the entry, with buttons; kind lineNone removes
// the line.
func (e *Entry) setLine(kind lineKind, text string, imp widget.Importance, buttons ...fyne.CanvasObject) {
	if e.deferLine(kind, text, imp) {
		return
	}
	if kind == lineNone && e.lineKind == lineNone {
		return
	}
	if kind == e.lineKind && kind != lineNone && len(buttons) == 0 {
		e.lineText.SetText(text) // the count while typing on
		return
	}
	e.lineKind = kind
	if kind == lineNone {
		e.line, e.lineText = nil, nil
	} else {
		e.lineText = &widget.Label{Text: text, Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText, Importance: imp}
		e.line = container.NewVBox(e.lineText)
		if len(buttons) > 0 {
			e.line.Add(container.NewHBox(buttons...))
		}
	}
	if e.rend != nil {
		e.rend.Layout(e.Size())
		canvas.Refresh(e) // the window lays out again around the new minimum size
	}
}

func (s *Session) newEntry(multi bool) *Entry {
	e := &Entry{s: s}
	if multi {
		noteShape(&e.Entry)
	}
	e.ExtendBaseWidget(e)
	e.Entry.SetOnValidationChanged(e.problemChanged)
	return e
}

// Text binds a one-line entry to p.
func (s *Session) Text(p *string) *Entry {
	e := s.newEntry(false)
	e.bind(p)
	return e
}

// Note binds a wrapping multi-line entry to p; it grows with its text.
func (s *Session) Note(p *string) *Entry {
	e := s.newEntry(true)
	e.bind(p)
	return e
}

// bind shows *p and writes what is typed back to it, as long as it fits.
func (e *Entry) bind(p *string) {
	if model.TextTooLong(*p) {
		e.showCut(p)
		return
	}
	if e.MultiLine {
		e.growFor(*p)
	}
	// The text is laid out when the entry is first shown, at its width;
	// SetText would lay it out now, at none (see growFor).
	e.Text = *p
	e.OnChanged = func(v string) {
		if e.MultiLine {
			e.grow()
		}
		if pr := model.CheckText("", v); pr != nil {
			// Stays in the field and is not written, like a bad date.
			e.setLine(lineTooLong, e.s.Env.Loc.Error(pr)+" "+e.s.T("Kit.TextNotSaved"), widget.DangerImportance)
			e.s.markInvalid(e, true)
			return
		}
		e.s.markInvalid(e, false)
		if e.lineKind != lineNone {
			e.setLine(lineNone, "", 0)
		}
		*p = v
		e.s.Edited()
	}
}

// showCut shows the first model.MaxTextRunes characters of a longer stored
// text, read-only, with a notice, a button that copies the whole text and
// one that shortens it after asking.
func (e *Entry) showCut(p *string) {
	s := e.s
	shown := model.CutText(*p, model.MaxTextRunes) + " …"
	if e.MultiLine {
		e.growFor(shown)
	}
	e.Text = shown
	e.cut = true
	e.Entry.Disable()
	limit := model.TextCount(model.MaxTextRunes)
	copyAll := NewButton(s.T("Kit.TextCopy"), theme.ContentCopyIcon(), nil)
	copyAll.OnTapped = func() {
		fyne.CurrentApp().Clipboard().SetContent(*p)
		copyAll.SetText(s.T("Kit.TextCopied"))
	}
	e.shorten = NewButton(s.T("Kit.TextShorten", "Limit", limit), theme.ContentCutIcon(), func() { e.askShorten(p) })
	e.setLine(lineCut, s.T("Kit.TextShownCut", "Chars", model.TextCount(utf8.RuneCountInString(*p)), "Limit", limit),
		widget.WarningImportance, copyAll, e.shorten)
}

// Shown is text as a read-only view shows it (the Fallverlauf): whole when
// it fits, else its first model.MaxTextRunes characters and a notice.
func (s *Session) Shown(text string) string {
	if !model.TextTooLong(text) {
		return text
	}
	return model.CutText(text, model.MaxTextRunes) + " … " + s.T("Kit.TextShownCutRead",
		"Chars", model.TextCount(utf8.RuneCountInString(text)), "Limit", model.TextCount(model.MaxTextRunes))
}

// askShorten cuts the stored text to model.MaxTextRunes characters once
// the user confirms; the rebuilt workspace then shows it editable.
func (e *Entry) askShorten(p *string) {
	s := e.s
	if e.frozen {
		return
	}
	shorten := func() {
		_ = s.Change(func(*model.Case) error {
			*p = model.CutText(*p, model.MaxTextRunes)
			return nil
		})
	}
	chars := utf8.RuneCountInString(*p)
	Ask(s.Env.Win, s.T("Kit.TextShortenTitle"), s.T("Kit.TextShortenText", "Chars", model.TextCount(chars),
		"Limit", model.TextCount(model.MaxTextRunes), "Rest", model.TextCount(chars-model.MaxTextRunes)),
		s.T("Kit.TextShortenConfirm"), s.T("Kit.Cancel"), widget.HighImportance, shorten)
}

// Date binds an entry in TT.MM.JJJJ to p. A text that is not a date stays
// in the field with the message below it and is not written until it is
// corrected; clearing the field clears the date.
func (s *Session) Date(p *model.Date) *Entry { return s.dateEntry(p, model.ParseDate) }

// dateEntry binds an entry in TT.MM.JJJJ to p through parse.
func (s *Session) dateEntry(p *model.Date, parse func(string) (model.Date, error)) *Entry {
	e := s.newEntry(false)
	e.SetPlaceHolder(s.T("Kit.DatePlaceholder"))
	e.SetText(p.German())
	e.Validator = func(v string) error {
		_, err := parse(v)
		if err != nil {
			return errorText(s.Env.Loc.Error(err))
		}
		return nil
	}
	e.OnChanged = func(v string) {
		d, err := parse(v)
		s.markInvalid(e, err != nil)
		if err != nil {
			return
		}
		*p = d
		s.Edited()
	}
	return e
}

// Int binds an entry for a whole number in [min, max] to p.
func (s *Session) Int(p *int, min, max int) *Entry {
	e := s.newEntry(false)
	if *p != 0 {
		e.SetText(strconv.Itoa(*p))
	}
	parse := func(v string) (int, error) {
		v = strings.TrimSpace(v)
		if v == "" {
			return 0, nil
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < min || n > max {
			return 0, &model.Problem{Code: model.CodeOutOfRange, Value: v, Args: map[string]any{"Min": min, "Max": max}}
		}
		return n, nil
	}
	return parsed(s, e, p, parse)
}

// Check binds a check box to p.
func (s *Session) Check(labelID string, p *bool) *KeyCheck {
	c := NewCheck(s.T(labelID), nil, s.keys)
	bindCheck(&c.Check, s, p)
	return c
}

func bindCheck(c *widget.Check, s *Session, p *bool) {
	c.SetChecked(*p)
	c.OnChanged = func(v bool) { *p = v; s.Edited() }
}

// Select binds a drop-down over an enumeration to p; labels come from
// locales as "<typ>.<value>", and the first entry clears the value.
func Select[T ~string](s *Session, typ string, values []T, p *T) *KeySelect {
	sel := NewSelect(nil, nil, s.keys)
	bindSelect(&sel.Select, s, typ, values, p)
	return sel
}

func bindSelect[T ~string](sel *widget.Select, s *Session, typ string, values []T, p *T) {
	labels := []string{s.Env.Loc.Enum(typ, "")}
	for _, v := range values {
		labels = append(labels, s.Env.Loc.Enum(typ, v))
	}
	sel.SetOptions(labels)
	sel.SetSelectedIndex(slices.Index(values, *p) + 1) // 0: none
	sel.OnChanged = func(string) {
		i := sel.SelectedIndex()
		var v T
		if i > 0 {
			v = values[i-1]
		}
		if v != *p {
			*p = v
			s.Edited()
		}
	}
}

// Radio binds a radio group over an enumeration to p (for two or three
// values that should all be visible).
func Radio[T ~string](s *Session, typ string, values []T, p *T) *KeyRadio {
	labels := make([]string, len(values))
	for i, v := range values {
		labels[i] = s.Env.Loc.Enum(typ, v)
	}
	return RadioLabeled(s, labels, values, p)
}

// RadioLabeled is Radio with labels of the caller's own (labels[i] names
// values[i]), e.g. short names where the enumeration's texts are long.
func RadioLabeled[T ~string](s *Session, labels []string, values []T, p *T) *KeyRadio {
	r := NewRadio(labels, nil)
	r.Horizontal = true
	// A second click on the chosen option would clear it (Fyne's default)
	// and with it a documented item; one changes a choice by another.
	r.Required = true
	if i := slices.Index(values, *p); i >= 0 {
		r.SetSelected(labels[i])
	}
	r.OnChanged = func(label string) {
		var v T
		if i := slices.Index(labels, label); i >= 0 {
			v = values[i]
		}
		*p = v
		s.Edited()
	}
	return r
}

// Checks binds a group of check boxes to the set p, kept in the order of
// values.
func Checks[T ~string](s *Session, typ string, values []T, p *[]T) *widget.CheckGroup {
	labels := make([]string, len(values))
	for i, v := range values {
		labels[i] = s.Env.Loc.Enum(typ, v)
	}
	g := widget.NewCheckGroup(labels, nil)
	var sel []string
	for i, v := range values {
		if slices.Contains(*p, v) {
			sel = append(sel, labels[i])
		}
	}
	g.SetSelected(sel)
	g.OnChanged = func(chosen []string) {
		var out []T
		for i, l := range labels {
			if slices.Contains(chosen, l) {
				out = append(out, values[i])
			}
		}
		*p = out
		s.Edited()
	}
	return g
}

// Level binds a GAS level −2…+2 to p as one row of options, each one
// click (a drop-down took two); the first option, „keine“, means "not
// rated" (p nil). The row is Required: a level changes by choosing
// another, or „keine“, never by a second click that clears it unseen.
func (s *Session) Level(p **int) *KeyRadio {
	labels := []string{s.T("Kit.LevelNotRated")}
	for l := -2; l <= 2; l++ {
		labels = append(labels, model.LevelText(l))
	}
	r := NewRadio(labels, nil)
	r.Horizontal, r.Required = true, true
	r.SetSelectedIndex(0)
	if *p != nil && model.ValidLevel(**p) {
		r.SetSelectedIndex(**p + 3)
	}
	r.OnChanged = func(string) {
		if i := r.SelectedIndex(); i <= 0 {
			*p = nil
		} else {
			l := i - 3
			*p = &l
		}
		s.Edited()
	}
	return r
}

type errorText string

func (e errorText) Error() string { return string(e) }

// PartnerSelect binds a choice from the partner directory to the partner
// UID p; the first entry clears it.
func PartnerSelect(s *Session, p *string) *KeySelect {
	sel := NewSelect(nil, nil, s.keys)
	bindPartnerSelect(&sel.Select, s, p, "Kit.PartnerNone")
	return sel
}

// bindPartnerSelect offers the directory after a first entry, noneID,
// that clears p.
func bindPartnerSelect(sel *widget.Select, s *Session, p *string, noneID string) {
	labels := []string{s.T(noneID)}
	for _, pt := range s.Env.Partners {
		labels = append(labels, pt.Name)
	}
	sel.SetOptions(labels)
	sel.SetSelectedIndex(0)
	for i, pt := range s.Env.Partners {
		if pt.UID == *p {
			sel.SetSelectedIndex(i + 1)
		}
	}
	sel.OnChanged = func(string) {
		i := sel.SelectedIndex()
		v := ""
		if i > 0 {
			v = s.Env.Partners[i-1].UID
		}
		if v != *p {
			*p = v
			s.Edited()
		}
	}
}

// noteShape makes e a note: several lines, wrapped at words, at least three
// rows tall (Fyne's default for a multi-line entry) — the same shape in workspaces and dialogs.
func noteShape(e *widget.Entry) {
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
}
