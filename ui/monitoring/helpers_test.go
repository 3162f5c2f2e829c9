package monitoring

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
