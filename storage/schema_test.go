package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"teilhabelotse/model"
)

const schemaPath = "../docs/case-file.schema.json"

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // check date-time too
	if err := c.AddResource("case-file.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("case-file.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validateAgainst(t *testing.T, s *jsonschema.Schema, file []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(inst)
}

// The schema describes what the program really writes: a rich case and a
// bare draft both pass, and a file with a field the format lacks does not.
func TestExportMatchesSchema(t *testing.T) {
	s := compileSchema(t)
	ctx := context.Background()
	d := MustOpen(t)
	rich := export(t, d, storeRich(t, d))
	if err := validateAgainst(t, s, rich); err != nil {
		t.Errorf("rich case:\n%v", err)
	}

	bare := &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: "Neu"},
		Consents: []model.Consent{{ID: "e1", Partner: "p-drv"}}, // categories null
		Events:   []model.Event{{At: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC), Kind: model.KindOpened, To: model.PhaseIntake}}}
	if err := d.CreateCase(ctx, bare); err != nil {
		t.Fatal(err)
	}
	if err := validateAgainst(t, s, export(t, d, bare.ID)); err != nil {
		t.Errorf("bare case:\n%v", err)
	}

	bad := bytes.Replace(rich, []byte(`"lastName": `), []byte(`"nickname": "x", "lastName": `), 1)
	if err := validateAgainst(t, s, bad); err == nil {
		t.Error("schema accepts an unknown field")
	}
}

// The schema's definitions follow the model: one $defs entry per struct
// type with exactly its JSON fields, "required" listing the fields that are
// always written (no omitempty), and each enumeration with the model's
// values in the model's order.
func TestSchemaFollowsModel(t *testing.T) {
	raw, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
			Required   []string                   `json:"required"`
			Enum       []string                   `json:"enum"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}

	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(ty reflect.Type) {
		switch ty.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(ty.Elem())
			return
		}
		if ty.Kind() != reflect.Struct || ty == timeType || ty == dateType || seen[ty] {
			return
		}
		seen[ty] = true
		def, ok := schema.Defs[ty.Name()]
		if !ok {
			t.Errorf("$defs has no %s", ty.Name())
			return
		}
		var props, required []string
		for name, f := range jsonFields(ty) {
			props = append(props, name)
			if !strings.Contains(f.Tag.Get("json"), ",omitempty") {
				required = append(required, name)
			}
			walk(f.Type)
		}
		var schemaProps []string
		for name := range def.Properties {
			schemaProps = append(schemaProps, name)
		}
		sameSet(t, ty.Name()+" properties", schemaProps, props)
		sameSet(t, ty.Name()+" required", def.Required, required)
	}
	walk(reflect.TypeFor[model.Case]())
	walk(reflect.TypeFor[model.Partner]())

	enums := map[string][]string{
		"Phase": strs(model.AllPhases), "Area": strs(model.Areas), "AccessRoute": strs(model.AccessRoutes),
		"MeetingMode": strs(model.MeetingModes), "Topic": strs(model.Topics), "Answer": strs(model.Answers),
		"Intensity": strs(model.Intensities), "ConsentForm": strs(model.ConsentForms), "InfoCategory": strs(model.InfoCategories),
		"PartnerCategory": strs(model.PartnerCategories), "ContactKind": strs(model.ContactKinds), "Role": strs(model.Roles),
		"MeasureStatus": strs(model.MeasureStatuses), "Decision": strs(model.Decisions), "EndingForm": strs(model.EndingForms),
		"EndingReason": strs(model.EndingReasons), "WorkAbility": strs(model.WorkAbilities), "Reintegration": strs(model.Reintegrations),
		"FactorKind": strs(model.FactorKinds), "FactorEffect": strs(model.FactorEffects), "ScreeningArea": strs(model.ScreeningAreas),
		"TransitionKind": strs(model.TransitionKinds), "CheckKey": strs(model.CheckKeys),
	}
	for _, a := range model.ScreeningAreas {
		enums["Indicator"] = append(enums["Indicator"], model.Indicators[a]...)
	}
	for name, want := range enums {
		if got := schema.Defs[name].Enum; strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("$defs/%s enum\n got %v\nwant %v", name, got, want)
		}
	}
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

func sameSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("%s\n schema %v\n  model %v", what, got, want)
	}
}
