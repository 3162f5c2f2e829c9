package planning

import (
	"testing"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// open stores c and shows its workspace, as the case view does.
func open(t *testing.T, c *model.Case, partners []model.Partner) *uitest.Host {
	t.Helper()
	h := uitest.Open(t, c, partners)
	h.Show(New)
	return h
}

// planningCase is a case in the planning phase.
func planningCase() *model.Case {
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann", BirthDate: model.NewDate(1970, 4, 1)}, uitest.Now.AddDate(0, -3, 0))
	c.Phase = model.PhasePlanning
	return c
}
