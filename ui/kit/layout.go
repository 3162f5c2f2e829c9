package kit

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
)

// Row is one labelled field of a form.
type Row struct {
	LabelID string
	Field   fyne.CanvasObject
	HintID  string // optional help below the field
}

// Form lays out labelled fields without submit buttons: the case saves
// itself, so there is nothing to submit.
func (s *Session) Form(rows ...Row) *widget.Form {
	// Built in one go: appending lays the whole form out again per row.
	items := make([]*widget.FormItem, len(rows))
	for i, r := range rows {
		items[i] = &widget.FormItem{Text: s.T(r.LabelID), Widget: r.Field}
		if r.HintID != "" {
			hint := s.T(r.HintID)
			if utf8.RuneCountInString(hint) <= longHint {
				items[i].HintText = hint
				continue
			}
			// Fyne does not wrap a form's hint: one of 200 characters
			// made the Stammdaten 1,900 points wide, their right part —
			// and the fields Tab reached there — beyond the window's edge.
			l := Wrapped(hint)
			l.SizeName = theme.SizeNameCaptionText
			items[i].Widget = container.New(hinted{layout.NewVBoxLayout()}, r.Field, l)
		}
	}
	return widget.NewForm(items...)
}

// hinted lays out a field with its long hint below it (Form), as a VBox.
type hinted struct{ vbox fyne.Layout }

func (h hinted) Layout(objs []fyne.CanvasObject, size fyne.Size) { h.vbox.Layout(objs, size) }

func (h hinted) MinSize(objs []fyne.CanvasObject) fyne.Size { return h.vbox.MinSize(objs) }

// FieldOf is the field of a form row: o itself, or the field Form put
// above its long hint.
func FieldOf(o fyne.CanvasObject) fyne.CanvasObject {
	if c, ok := o.(*fyne.Container); ok {
		if _, ok := c.Layout.(hinted); ok {
			return c.Objects[0]
		}
	}
	return o
}

// longHint is the longest hint, in characters, that a form shows in
// Fyne's own line under its field; a longer one wraps.
const longHint = 60

// Section is a titled block of a workspace; subtitle may be "".
func (s *Session) Section(titleID, subtitleID string, content ...fyne.CanvasObject) fyne.CanvasObject {
	sub := ""
	if subtitleID != "" {
		sub = s.T(subtitleID)
	}
	return Card(s.T(titleID), sub, content...)
}

// Card is a titled block of content. Fyne's card lays its content out when
// it is first measured, before the page has given it a width: a form then
// puts its fields at their least width, and a long note wraps at a few
// words a row — hundreds of rows, the most expensive layout of a page.
// The card is therefore measured while it is empty and gets its content
// afterwards; the content is laid out once, at the card's real width.
func Card(title, subtitle string, content ...fyne.CanvasObject) *widget.Card {
	if utf8.RuneCountInString(subtitle) > longHint {
		// Fyne does not wrap a card's subtitle either (see Form).
		content = append([]fyne.CanvasObject{Wrapped(subtitle)}, content...)
		subtitle = ""
	}
	box := container.NewVBox()
	c := widget.NewCard(title, subtitle, box)
	c.MinSize()
	box.Objects = content
	return c
}

// Heading is a bold line of text.
func Heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// Explanation is a line of explanation, set apart from entered text by
// italics (the low-importance colour is too faint to read).
func Explanation(text string) *widget.Label {
	l := Wrapped(text)
	l.TextStyle.Italic = true
	return l
}

// List adds rows to box under one another, a line before each unless it
// comes first in box, or the none text as an Explanation when there are
// no rows: every list of a workspace (consents, disclosures, the goals
// and measures of a review, linked partners) says "nothing yet" alike.
func List(box *fyne.Container, none string, rows ...fyne.CanvasObject) *fyne.Container {
	if len(rows) == 0 {
		box.Add(Explanation(none))
	}
	for _, r := range rows {
		if len(box.Objects) > 0 {
			box.Add(widget.NewSeparator())
		}
		box.Add(r)
	}
	return box
}

// Short is the first line of s cut to n characters, for titles and
// choices that must stay on one line.
func Short(s string, n int) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i]) + " …"
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// Shortened reports whether Short(s, n) leaves part of s out.
func Shortened(s string, n int) bool { return Short(s, n) != strings.TrimSpace(s) }

// Wrapped is a label that wraps long text.
func Wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// repeated is the i-th entry of a Repeat list (the list's address).
type repeated struct {
	list any
	i    int
}

// Repeat edits a list of entries (instruments, tasks, goals …): each entry
// is drawn by item with a remove button, and an add button appends a new
// one made by fresh, whose first field then has the focus. Adding and
// removing save at once and rebuild the workspace, because the entries'
// addresses change.
func Repeat[T any](s *Session, items *[]T, addID string, fresh func() T, item func(i int, it *T) fyne.CanvasObject) fyne.CanvasObject {
	box := container.NewVBox()
	for i := range *items {
		remove := s.RemoveButton("", "Kit.RemoveTitle", "Kit.RemoveText", func(*model.Case) {
			*items = append((*items)[:i:i], (*items)[i+1:]...)
		})
		// The remove button sits at the entry's bottom right, where Tab
		// reaches it: after the entry's last field.
		row := s.Added(repeated{items, i}, item(i, &(*items)[i]))
		box.Add(Border(nil, widget.NewSeparator(), nil, container.NewVBox(layout.NewSpacer(), remove), row))
	}
	add := NewButton(s.T(addID), theme.ContentAddIcon(), func() {
		s.Adding(repeated{items, len(*items)}, func() {
			_ = s.Change(func(*model.Case) error {
				*items = append(*items, fresh())
				return nil
			})
		})
	})
	box.Add(container.NewHBox(add))
	return box
}

// Confirm asks before something is removed (Ask with "Entfernen").
func (s *Session) Confirm(titleID, textID string, yes func()) {
	Ask(s.Env.Win, s.T(titleID), s.T(textID), s.T("Kit.Remove"), s.T("Kit.Cancel"), widget.HighImportance, yes)
}

// RemoveButton is the quiet button that removes an entry: label ("" for
// the bin alone); a tap asks first (Confirm with titleID and textID), then
// remove takes the entry out of the case, saved at once.
func (s *Session) RemoveButton(label, titleID, textID string, remove func(c *model.Case)) *Button {
	b := NewButton(label, theme.DeleteIcon(), func() {
		s.Confirm(titleID, textID, func() {
			_ = s.Change(func(c *model.Case) error {
				remove(c)
				return nil
			})
		})
	})
	b.Importance = widget.LowImportance
	return b
}

// Ask is the one way to ask before a step that removes something or
// cannot be undone: title and text, the button yes that takes the step
// (coloured by importance) and no that goes back. Without a window (a
// workspace built for a test of its rules) do runs at once.
func Ask(win fyne.Window, title, text, yes, no string, importance widget.Importance, do func()) {
	if win == nil {
		do()
		return
	}
	d := dialog.NewConfirm(title, text, func(ok bool) {
		if ok {
			do()
		}
	}, win)
	d.SetConfirmText(yes)
	d.SetDismissText(no)
	d.SetConfirmImportance(importance)
	ShowDialog(d, win)
}

// Freeze disables every input below o: finalised plan versions, earlier
// assessments and closed cases stay readable but cannot be changed. The
// fields below o are drawn in the readable colour (Readable); a form or a
// field that is o itself the caller wraps with Readable.
func Freeze(o fyne.CanvasObject) {
	freeze(o)
	Readable(o)
}

func freeze(o fyne.CanvasObject) {
	if parts, ok := Parts(o); ok {
		for _, p := range parts {
			freeze(p)
		}
	} else if d, ok := o.(fyne.Disableable); ok {
		d.Disable()
	}
}

// Border is container.NewBorder with its parts in reading order: Fyne
// keeps the centre first, and Tab follows the order of the parts, so a
// page's fields came before the buttons above them and a list before its
// search field. Tab goes top, left, centre, right, bottom here.
func Border(top, bottom, left, right, center fyne.CanvasObject) *fyne.Container {
	var objs []fyne.CanvasObject
	for _, o := range []fyne.CanvasObject{top, left, center, right, bottom} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	return container.New(layout.NewBorderLayout(top, bottom, left, right), objs...)
}
