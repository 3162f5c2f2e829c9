package model

// AssessmentEditable reports whether the assessment at index i of
// c.Assessments may still be changed. Only the newest one may: earlier
// assessments are the record of what was known when the case looped back
// (Re-Assessment). It stays editable in every open phase, because
// counselors often complete the documentation after the case has moved on,
// and is frozen once the case is closed.
func (c *Case) AssessmentEditable(i int) bool {
	return i >= 0 && i == len(c.Assessments)-1 && c.Phase != PhaseClosed
}
