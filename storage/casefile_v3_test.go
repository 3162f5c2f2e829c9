package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
)

// A case file of version 3 has none of the § 19 items version 4 added.
// It imports as it is — the plan's § 19 part keeps what it had — and the
// new items, once entered, survive a round trip.
func TestImportVersion3CaseFile(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	file := export(t, src, storeRich(t, src))

	var f map[string]any
	if err := json.Unmarshal(file, &f); err != nil {
		t.Fatal(err)
	}
	f["formatVersion"] = 3
	found := false
	for _, p := range f["case"].(map[string]any)["plans"].([]any) {
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
	v3, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	dst := MustOpen(t)
	id, err := dst.ImportCase(ctx, bytes.NewReader(v3))
	if err != nil {
		t.Fatalf("a version 3 file is refused: %v", err)
	}
	got, err := dst.LoadCase(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	p := got.CurrentPlan()
	if !p.Section19.Required || !p.Section19.ApplicationDate.Valid() || p.Section19.LeadCarrier != "" {
		t.Errorf("§ 19 after import: %+v", p.Section19)
	}

	p.Section19.LeadCarrier, p.Section19.JobcenterInvolved, p.Section19.Jobcenter = "Deutsche Rentenversicherung Nord", true, "Jobcenter Mitte"
	p.Section19.BAOpinionApplies, p.Section19.AgreedFindings = true, "einvernehmlich festgestellt"
	if err := dst.SaveCase(ctx, got); err != nil {
		t.Fatal(err)
	}
	again := MustOpen(t)
	id2, err := again.ImportCase(ctx, bytes.NewReader(export(t, dst, id)))
	if err != nil {
		t.Fatal(err)
	}
	back, _ := again.LoadCase(ctx, id2)
	if s := back.CurrentPlan().Section19; s.LeadCarrier != "Deutsche Rentenversicherung Nord" || !s.JobcenterInvolved ||
		s.Jobcenter != "Jobcenter Mitte" || !s.BAOpinionApplies || s.AgreedFindings != "einvernehmlich festgestellt" {
		t.Errorf("§ 19 after a round trip: %+v", s)
	}
}
