package kit

// Checked binds a one-line entry to p through check, which returns the
// value to store (normalised: an RV-Nummer without its spaces) or why the
// text cannot be stored. Like a date that is none, a text that fails
// stays in the field with the message under it and is not written; what
// was saved before stays until it is corrected.
func (s *Session) Checked(p *string, check func(string) (string, error)) *Entry {
	e := s.newEntry(false)
	e.SetText(*p)
	return parsed(s, e, p, check)
}

// parsed binds e to p through parse, which returns the value to store or
// why the text cannot be stored: the message shows under the field, the
// text stays in it, and nothing is written until it is corrected.
func parsed[T comparable](s *Session, e *Entry, p *T, parse func(string) (T, error)) *Entry {
	e.Validator = func(v string) error {
		if _, err := parse(v); err != nil {
			return errorText(s.Env.Loc.Error(err))
		}
		return nil
	}
	e.OnChanged = func(v string) {
		n, err := parse(v)
		s.markInvalid(e, err != nil)
		if err != nil || n == *p {
			return
		}
		*p = n
		s.Edited()
	}
	return e
}
