package storage

import (
	"context"
	"testing"
)

// A case file of version 3 has none of the § 19 items version 4 added.
// It imports as it is — the plan's § 19 part keeps what it had — and the
// new items, once entered, survive a round trip.
func TestImportVersion3CaseFile(t *testing.T) {
	f, c := olderRich(t, 3)
	found := false
	for _, p := range c["plans"].([]any) {
		s19 := p.(map[string]any)["section19"].(map[string]any)
		for _, k := range []string{"leadCarrier", "involvedCarriers", "baOpinionApplies", "baOpinion", "agreedFindings",
			"publicBodiesApply", "publicBodies", "jobcenterInvolved", "jobcenter"} {
			delete(s19, k)
		}
		found = found || s19["required"] == true
	}
	if !found {
		t.Fatal("the rich case has no plan under § 19")
	}
	dst, id, got := importOlder(t, f)
	p := got.CurrentPlan()
	if !p.Section19.Required || !p.Section19.ApplicationDate.Valid() || p.Section19.LeadCarrier != "" {
		t.Errorf("§ 19 after import: %+v", p.Section19)
	}

	p.Section19.LeadCarrier, p.Section19.JobcenterInvolved, p.Section19.Jobcenter = "Deutsche Rentenversicherung Nord", true, "Jobcenter Mitte"
	p.Section19.BAOpinionApplies, p.Section19.AgreedFindings = true, "einvernehmlich festgestellt"
	if err := dst.SaveCase(context.Background(), got); err != nil {
		t.Fatal(err)
	}
	back := reimported(t, dst, id)
	if s := back.CurrentPlan().Section19; s.LeadCarrier != "Deutsche Rentenversicherung Nord" || !s.JobcenterInvolved ||
		s.Jobcenter != "Jobcenter Mitte" || !s.BAOpinionApplies || s.AgreedFindings != "einvernehmlich festgestellt" {
		t.Errorf("§ 19 after a round trip: %+v", s)
	}
}
