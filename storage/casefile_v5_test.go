package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"teilhabelotse/model"
)

// A case file of version 5 knows no "not held" and no "no employer": it
// imports with neither (an empty conference stays not documented, see
// model.TestConferenceNotHeldDoesNotApply). Once recorded, both states survive a round trip, and a file that records a
// conference as held and not held, or an employer and none, is refused.
func TestImportVersion5CaseFile(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	file := export(t, src, storeRich(t, src))

	var f map[string]any
	if err := json.Unmarshal(file, &f); err != nil {
		t.Fatal(err)
	}
	f["formatVersion"] = 5
	v5, _ := json.MarshalIndent(f, "", "  ")
	dst := MustOpen(t)
	id, err := dst.ImportCase(ctx, bytes.NewReader(v5))
	if err != nil {
		t.Fatalf("a version 5 file is refused: %v", err)
	}
	got := mustLoad(t, dst, id)
	if k := got.CurrentPlan().Conference; k.NotHeld || !k.Held || got.Client.NoEmployer {
		t.Errorf("a version 5 file: conference %+v, no employer %v", k, got.Client.NoEmployer)
	}

	// Recorded in the new states, they survive export and import.
	got.Client.Employer, got.Client.EmployerContact, got.Client.NoEmployer = "", "", true
	a := got.CurrentAssessment()
	a.Conferences = append(a.Conferences, model.Conference{NotHeld: true, NotHeldReason: "bilateral abgestimmt"})
	if err := dst.SaveCase(ctx, got); err != nil {
		t.Fatal(err)
	}
	out := export(t, dst, id)
	for _, want := range []string{`"noEmployer": true`, `"notHeld": true`, `"notHeldReason": "bilateral abgestimmt"`} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("the export lacks %s", want)
		}
	}
	again := MustOpen(t)
	id2, err := again.ImportCase(ctx, bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	back, _ := again.LoadCase(ctx, id2)
	if k := back.CurrentAssessment().Conferences[len(a.Conferences)-1]; !k.NotHeld || k.NotHeldReason != "bilateral abgestimmt" || !back.Client.NoEmployer {
		t.Errorf("after a round trip: conference %+v, no employer %v", k, back.Client.NoEmployer)
	}

	// Contradictions are refused, whatever the file's version.
	var g map[string]any
	_ = json.Unmarshal(out, &g)
	c := g["case"].(map[string]any)
	c["client"].(map[string]any)["employer"] = "p-employer"
	as := c["assessments"].([]any)
	ks := as[len(as)-1].(map[string]any)["conferences"].([]any)
	ks[len(ks)-1].(map[string]any)["held"] = true
	bad, _ := json.MarshalIndent(g, "", "  ")
	_, err = MustOpen(t).ImportCase(ctx, bytes.NewReader(bad))
	keys := problemKeys(err)
	for _, want := range []string{"case.client.noEmployer ErrEmployerAndNone", "].notHeld ErrConferenceHeldAndNot"} {
		if !slices.ContainsFunc(keys, func(k string) bool { return strings.Contains(k, want) }) {
			t.Errorf("import does not refuse %q: %v", want, keys)
		}
	}
}
