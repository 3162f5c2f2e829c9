package model

import (
	"reflect"
	"strconv"
	"time"
	"unicode/utf8"
)

// MaxTextRunes is the most characters one text of a case may hold: about
// four typed pages, more than a note, a goal or an assessment area needs. What is
// longer — a letter, a medical report — belongs in a document of its own.
//
// The limit is set by what the screen can show. Fyne 2.7 wraps a text anew
// at every width a layout tries and turns the whole text into runes again
// for each wrapped row it draws, so the time to open a workspace grows
// faster than the length of its notes (a 1 MB note took 8.5 minutes). In
// the headless test (ui, opening the intake; 0.12 s with empty notes) one
// note of 5,000 characters of prose took 0.27 s and three 0.45 s; at
// 10,000 characters about 0.4 s and 0.75 s, at 20,000 0.7 s and 1.5 s.
// Short texts pay too — three notes of 1,000 characters take 0.3 s — so
// no limit makes a page full of text fast; it keeps one field from
// stopping the window. 10,000 rather than 5,000: a counselor cut off in
// the middle of an assessment summary loses more than 0.15 s per open; a
// case rarely has more than one text near the limit. Typing in a note at
// the limit takes a few milliseconds per key.
const MaxTextRunes = 10000

// TextCount is a number of characters in a message. A template writes it
// with the thousands separator of its language: {{.Chars.Grouped "."}}.
type TextCount int

// Grouped writes n with sep between groups of three digits ("20.000").
func (n TextCount) Grouped(sep string) string {
	s := strconv.Itoa(int(n))
	neg := ""
	if n < 0 {
		neg, s = "-", s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return neg + s
}

// TextTooLong reports whether s has more than MaxTextRunes characters.
func TextTooLong(s string) bool {
	// A character takes at least one byte: most texts are decided by
	// their length alone.
	return len(s) > MaxTextRunes && utf8.RuneCountInString(s) > MaxTextRunes
}

// CheckText returns the problem of a text at path that is longer than
// MaxTextRunes (code CodeTextTooLong, Args Chars and Limit as TextCount),
// or nil when it fits. Value is the text's beginning, to recognise it by.
func CheckText(path, s string) *Problem {
	if !TextTooLong(s) {
		return nil
	}
	return &Problem{Path: path, Code: CodeTextTooLong, Value: CutText(s, 40) + "…",
		Args: map[string]any{"Chars": TextCount(utf8.RuneCountInString(s)), "Limit": TextCount(MaxTextRunes)}}
}

// CutText returns the first n characters of s, or s when it is not longer.
func CutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// LongTexts reports every text of the case longer than MaxTextRunes, each
// with its JSON path ("intake.referral.notes").
//
// Validate does not: what is stored stays exportable, above all the copy a
// client asks for under Art. 15 GDPR. Import refuses such a case file, and
// the case workspace shows such a text shortened and read-only.
func (c *Case) LongTexts() Problems { return TextsTooLong("", c) }

// TextsTooLong reports every text under v — a case, a partner, a list of
// them — that is longer than MaxTextRunes, with its JSON path below path
// ("partners[0].notes"). It walks the value by its type, so a field added
// to the model is covered without being listed here. Dates and times are
// not free text: Validate reports a date that is none.
func TextsTooLong(path string, v any) Problems {
	var ps Problems
	longTexts(reflect.ValueOf(v), path, &ps)
	return ps
}

var (
	dateType = reflect.TypeFor[Date]()
	timeType = reflect.TypeFor[time.Time]()
)

func longTexts(v reflect.Value, path string, ps *Problems) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			longTexts(v.Elem(), path, ps)
		}
	case reflect.String:
		if p := CheckText(path, v.String()); p != nil {
			*ps = append(*ps, p)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			longTexts(v.Index(i), index(path, i), ps)
		}
	case reflect.Struct:
		if t := v.Type(); t == dateType || t == timeType {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if name, ok := jsonName(v.Type().Field(i)); ok {
				longTexts(v.Field(i), field(path, name), ps)
			}
		}
	}
}

// jsonName is the name encoding/json gives f; ok is false for a field it
// leaves out (unexported, or tagged "-").
func jsonName(f reflect.StructField) (string, bool) {
	if !f.IsExported() {
		return "", false
	}
	tag := f.Tag.Get("json")
	for i := 0; i < len(tag); i++ {
		if tag[i] == ',' {
			tag = tag[:i]
			break
		}
	}
	switch tag {
	case "-":
		return "", false
	case "":
		return f.Name, true
	}
	return tag, true
}
