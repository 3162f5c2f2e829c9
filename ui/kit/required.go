package kit

import (
	"strings"

	"teilhabelotse/model"
)

// Required binds a one-line entry to a text that must be given (a last
// name): a blank text stays in the field with the message under it and is
// not written, like a date that is none. The text is stored without
// blanks around it.
func (s *Session) Required(p *string) *Entry {
	return s.Checked(p, func(v string) (string, error) {
		if v = strings.TrimSpace(v); v == "" {
			return "", &model.Problem{Code: model.CodeRequired}
		}
		return v, nil
	})
}

// RequiredDate binds an entry in TT.MM.JJJJ to a date that must be given
// (the day the referral arrived): unlike Date, an empty field is refused
// like a date that is none.
func (s *Session) RequiredDate(p *model.Date) *Entry {
	return s.dateEntry(p, func(v string) (model.Date, error) {
		d, err := model.ParseDate(v)
		if err == nil && !d.Valid() {
			err = &model.Problem{Code: model.CodeRequired}
		}
		return d, err
	})
}
