package kit

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
)

// Entry is a text entry bound to a string field: every keystroke is in the
// case at once, the write follows the typing pause, and leaving the field
// writes immediately.
type Entry struct {
	widget.Entry
	s *Session
}

// FocusLost writes pending changes when the user leaves the field.
func (e *Entry) FocusLost() {
	e.Entry.FocusLost()
	if e.s != nil {
		_ = e.s.Flush()
	}
}

func (s *Session) newEntry(multi bool) *Entry {
	e := &Entry{s: s}
	e.MultiLine = multi
	if multi {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(3)
	}
	e.ExtendBaseWidget(e)
	return e
}

// Text binds a one-line entry to p.
func (s *Session) Text(p *string) *Entry {
	e := s.newEntry(false)
	e.SetText(*p)
	e.OnChanged = func(v string) { *p = v; s.Edited() }
	return e
}

// Note binds a wrapping multi-line entry to p; it grows with its text.
func (s *Session) Note(p *string) *Entry {
	e := s.newEntry(true)
	e.SetText(*p)
	e.grow()
	e.OnChanged = func(v string) { *p = v; e.grow(); s.Edited() }
	return e
}

// Date binds an entry in TT.MM.JJJJ to p. A text that is not a date stays
// in the field with the message below it and is not written until it is
// corrected; clearing the field clears the date.
func (s *Session) Date(p *model.Date) *Entry {
	e := s.newEntry(false)
	e.SetPlaceHolder(s.T("Kit.DatePlaceholder"))
	e.SetText(p.German())
	e.Validator = func(v string) error {
		_, err := model.ParseDate(v)
		if err != nil {
			return errorText(s.Env.Loc.Error(err))
		}
		return nil
	}
	e.OnChanged = func(v string) {
		d, err := model.ParseDate(v)
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
	e.Validator = func(v string) error {
		if _, err := parse(v); err != nil {
			return errorText(s.Env.Loc.Error(err))
		}
		return nil
	}
	e.OnChanged = func(v string) {
		if n, err := parse(v); err == nil {
			*p = n
			s.Edited()
		}
	}
	return e
}

// Check binds a check box to p.
func (s *Session) Check(labelID string, p *bool) *widget.Check {
	c := widget.NewCheck(s.T(labelID), nil)
	c.SetChecked(*p)
	c.OnChanged = func(v bool) { *p = v; s.Edited() }
	return c
}

// Select binds a drop-down over an enumeration to p; labels come from
// locales as "<typ>.<value>", and the first entry clears the value.
func Select[T ~string](s *Session, typ string, values []T, p *T) *widget.Select {
	labels := []string{s.Env.Loc.Enum(typ, "")}
	for _, v := range values {
		labels = append(labels, s.Env.Loc.Enum(typ, v))
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelectedIndex(0)
	for i, v := range values {
		if v == *p {
			sel.SetSelectedIndex(i + 1)
		}
	}
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
	return sel
}

// Radio binds a radio group over an enumeration to p (for two or three
// values that should all be visible).
func Radio[T ~string](s *Session, typ string, values []T, p *T) *widget.RadioGroup {
	labels := make([]string, len(values))
	for i, v := range values {
		labels[i] = s.Env.Loc.Enum(typ, v)
	}
	r := widget.NewRadioGroup(labels, nil)
	r.Horizontal = true
	for i, v := range values {
		if v == *p {
			r.SetSelected(labels[i])
		}
	}
	r.OnChanged = func(label string) {
		var v T
		for i, l := range labels {
			if l == label {
				v = values[i]
			}
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
		for _, have := range *p {
			if have == v {
				sel = append(sel, labels[i])
			}
		}
	}
	g.SetSelected(sel)
	g.OnChanged = func(chosen []string) {
		var out []T
		for i, l := range labels {
			for _, c := range chosen {
				if c == l {
					out = append(out, values[i])
				}
			}
		}
		*p = out
		s.Edited()
	}
	return g
}

// Level binds a GAS level −2…+2 to p; the first entry means "not rated"
// (p nil).
func (s *Session) Level(p **int) *widget.Select {
	labels := []string{s.T("Kit.LevelNone")}
	for l := -2; l <= 2; l++ {
		labels = append(labels, s.T("Kit.Level", "Level", LevelText(l)))
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelectedIndex(0)
	if *p != nil && model.ValidLevel(**p) {
		sel.SetSelectedIndex(**p + 3)
	}
	sel.OnChanged = func(string) {
		i := sel.SelectedIndex()
		if i <= 0 {
			*p = nil
		} else {
			l := i - 3
			*p = &l
		}
		s.Edited()
	}
	return sel
}

// LevelText shows a GAS level with its sign ("+1", "0", "−2").
func LevelText(l int) string {
	switch {
	case l > 0:
		return "+" + strconv.Itoa(l)
	case l < 0:
		return "−" + strconv.Itoa(-l)
	}
	return "0"
}

type errorText string

func (e errorText) Error() string { return string(e) }

// PartnerSelect binds a choice from the partner directory to the partner
// UID p; the first entry clears it.
func PartnerSelect(s *Session, p *string) *widget.Select {
	labels := []string{s.T("Kit.PartnerNone")}
	for _, pt := range s.Env.Partners {
		labels = append(labels, pt.Name)
	}
	sel := widget.NewSelect(labels, nil)
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
	return sel
}
