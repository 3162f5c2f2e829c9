package kit

import (
	"regexp"

	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// DateAt binds an entry in TT.MM.JJJJ to p like Date, and asks the model
// whether the date fits the case's order of events (model.DateProblems of
// path, the JSON path of p in the case): a date the rules refuse — a
// measure ending before it starts, a transmission before the closure, a
// consent before the referral arrived — stays in the field with the reason
// under it and is not written, like a text that is not a date; a date out
// of the usual order is written and the line under it says so.
func (s *Session) DateAt(p *model.Date, path string) *Entry {
	e := s.Date(p)
	e.OnChanged = func(v string) {
		d, err := model.ParseDate(v)
		if err != nil {
			s.markInvalid(e, true)
			return
		}
		old := *p
		*p = d
		hard, warn := model.DateProblems(s.Case, path)
		switch {
		case len(hard) > 0:
			*p = old
			e.setLine(lineDateOrder, DateMessage(s.Env.Loc, hard[0], path), widget.DangerImportance)
			s.markInvalid(e, true)
			return
		case len(warn) > 0:
			e.setLine(lineDateOrder, DateMessage(s.Env.Loc, warn[0], path), widget.WarningImportance)
		default:
			e.clearLine(lineDateOrder)
		}
		s.markInvalid(e, false)
		s.Edited()
	}
	return e
}

// indexes are the list positions in a JSON path ("plans[0].measures[2]").
var indexes = regexp.MustCompile(`\[[0-9]+\]`)

// DateMessage says a date-order problem from the side of the field at
// path, naming the other date by what it is ("vor dem Eingang der
// Information (20.01.2026)"), not by its path.
func DateMessage(loc *locales.Localizer, p *model.Problem, path string) string {
	other, _ := p.Args["Other"].(string)
	otherValue, _ := p.Args["OtherValue"].(string)
	id, name, value := "Kit.DateBefore", other, otherValue
	if other == path && p.Path != path {
		// This field is the earlier one: the later date now lies before it.
		id, name, value = "Kit.DateAfter", p.Path, p.Value
	}
	if p.Code == model.CodeRuleDateOdd || p.Code == model.CodeRuleEventOrder {
		id += "Odd"
	}
	label := indexes.ReplaceAllString(name, "[]")
	if key := "DateField." + label; loc.Has(key) {
		label = loc.T(key)
	} else {
		label = loc.T("DateField.other")
	}
	d, _ := model.ParseDate(value)
	return loc.T(id, "Other", label, "OtherValue", loc.Date(d))
}

// Line is the text said under the entry (what is wrong with it, what
// happened to it), "" when there is none.
func (e *Entry) Line() string {
	if e.lineText == nil {
		return ""
	}
	return e.lineText.Text
}
