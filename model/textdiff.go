package model

import (
	"encoding/json"
	"fmt"
	"sort"
)

// TextDiff is one text that differs between two copies of a case, by its
// JSON path in the case file ("intake.referral.notes").
type TextDiff struct {
	Path   string
	Mine   string // this copy's text ("" when it has none)
	Theirs string // the other copy's text
}

// TextDiffs lists every text (and other value, written as text) that
// differs between mine and theirs, in path order: what a conflict dialog
// shows so that nobody's words are lost silently. Bookkeeping that every
// save changes (the updated stamp) is left out.
func TextDiffs(mine, theirs *Case) []TextDiff {
	a, b := leaves(mine), leaves(theirs)
	var out []TextDiff
	for p, v := range a {
		if b[p] != v {
			out = append(out, TextDiff{Path: p, Mine: v, Theirs: b[p]})
		}
	}
	for p, v := range b {
		if _, ok := a[p]; !ok {
			out = append(out, TextDiff{Path: p, Theirs: v})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

func leaves(c *Case) map[string]string {
	out := map[string]string{}
	raw, err := json.Marshal(c)
	if err != nil {
		return out
	}
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return out
	}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				p := k
				if prefix != "" {
					p = prefix + "." + k
				}
				walk(p, e)
			}
		case []any:
			for i, e := range x {
				walk(fmt.Sprintf("%s[%d]", prefix, i), e)
			}
		case string:
			out[prefix] = x
		case nil:
		default:
			out[prefix] = fmt.Sprint(x)
		}
	}
	walk("", v)
	delete(out, "updated")
	return out
}
