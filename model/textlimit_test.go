package model_test

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"teilhabelotse/model"
)

func TestTextCountGrouped(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1.000", 5000: "5.000", 20000: "20.000",
		1048576: "1.048.576", -1234: "-1.234"} {
		if got := model.TextCount(n).Grouped("."); got != want {
			t.Errorf("%d: %q, want %q", n, got, want)
		}
	}
	if got := model.TextCount(1048576).Grouped(","); got != "1,048,576" {
		t.Errorf("English grouping %q", got)
	}
}

// The limit counts characters, not bytes: umlauts and emoji take more
// than one byte each.
func TestTextTooLongCountsCharacters(t *testing.T) {
	for _, ch := range []string{"a", "ä", "ش", "👍"} {
		full := strings.Repeat(ch, model.MaxTextRunes)
		if model.TextTooLong(full) || model.CheckText("x", full) != nil {
			t.Errorf("%q × %d is within the limit", ch, model.MaxTextRunes)
		}
		over := full + ch
		if !model.TextTooLong(over) {
			t.Errorf("%q × %d is over the limit", ch, model.MaxTextRunes+1)
		}
		p := model.CheckText("intake.referral.notes", over)
		if p == nil || p.Path != "intake.referral.notes" || p.Code != model.CodeTextTooLong ||
			p.Args["Chars"] != model.TextCount(model.MaxTextRunes+1) || p.Args["Limit"] != model.TextCount(model.MaxTextRunes) {
			t.Fatalf("problem %+v", p)
		}
		if utf8.RuneCountInString(p.Value) > 41 || !strings.HasPrefix(over, strings.TrimSuffix(p.Value, "…")) {
			t.Errorf("value %q is not the short beginning of the text", p.Value)
		}
	}
}

func TestCutText(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{
		{"", 3, ""},
		{"abc", 3, "abc"},
		{"abcd", 3, "abc"},
		{"äöüß", 2, "äö"},
		{"👩🏽‍⚕️ Ärztin", 2, "👩🏽"}, // characters, even inside a cluster
		{"a\x00b\xffc", 4, "a\x00b\xff"},
	} {
		if got := model.CutText(tt.s, tt.n); got != tt.want {
			t.Errorf("CutText(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

// fillTexts puts text into every string of v, with one entry in every
// list, so that each field of the model holds it.
func fillTexts(v reflect.Value, text string) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fillTexts(v.Elem(), text)
	case reflect.String:
		v.SetString(text)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fillTexts(v.Index(0), text)
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			fillTexts(v.Index(i), text)
		}
	case reflect.Struct:
		if t := v.Type(); t == reflect.TypeFor[model.Date]() || t == reflect.TypeFor[time.Time]() {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fillTexts(v.Field(i), text)
			}
		}
	}
}

// jsonLongTexts is what a case file holds: the paths of the JSON strings
// longer than the limit.
func jsonLongTexts(c *model.Case) []string {
	var out []string
	for path, text := range model.Leaves(c) {
		if utf8.RuneCountInString(text) > model.MaxTextRunes {
			out = append(out, path)
		}
	}
	sort.Strings(out)
	return out
}

func problemPaths(ps model.Problems) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		if p.Code != model.CodeTextTooLong {
			panic(p)
		}
		out[i] = p.Path
	}
	sort.Strings(out)
	return out
}

// LongTexts finds every over-long text of a case — also in fields added
// later — with the path the case file has it at: checked against what
// encoding/json writes.
func TestLongTextsCoverEveryTextOfACase(t *testing.T) {
	long := strings.Repeat("ü", model.MaxTextRunes+1)
	c := &model.Case{}
	fillTexts(reflect.ValueOf(c), long)
	got, want := problemPaths(c.LongTexts()), jsonLongTexts(c)
	if len(want) < 100 {
		t.Fatalf("only %d texts in the filled case: %v", len(want), want)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("LongTexts reports\n%s\nthe case file has\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, p := range []string{"client.lastName", "intake.referral.notes", "assessments[0].clientView",
		"plans[0].goals[0].operational[0].gas[4]", "events[0].reason"} {
		if !slices.Contains(got, p) {
			t.Errorf("%s is not reported", p)
		}
	}

	// Texts at the limit, dates that are no date, and a partner list.
	fillTexts(reflect.ValueOf(c), strings.Repeat("ü", model.MaxTextRunes))
	c.NextReview = model.Date{Raw: long}
	if ps := c.LongTexts(); len(ps) != 0 {
		t.Errorf("texts at the limit reported: %v", problemPaths(ps))
	}
	partners := make([]model.Partner, 2)
	partners[1].Notes = long
	if got := problemPaths(model.TextsTooLong("partners", partners)); strings.Join(got, ",") != "partners[1].notes" {
		t.Errorf("partners: %v", got)
	}
	// Validate leaves the length to LongTexts: a stored case stays exportable.
	c = vtCase()
	c.Intake.Referral.Notes = long
	if ps := c.Validate(vtPartners); len(ps) != 0 {
		t.Errorf("Validate reports %v", ps)
	}
}
