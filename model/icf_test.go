package model_test

import (
	"reflect"
	"testing"

	"teilhabelotse/model"
)

func TestParseICF(t *testing.T) {
	tests := []struct {
		in        string
		codes     []string
		bad       []string
		formatted string
	}{
		{"", nil, nil, ""},
		{"d850", []string{"d850"}, nil, "d850"},
		{"d850, b152;e310  s750", []string{"d850", "b152", "e310", "s750"}, nil, "d850, b152, e310, s750"},
		{"D850, d850.2, d850", []string{"d850", "d850.2"}, nil, "d850, d850.2"},
		{"d850, x12, 850, d", []string{"d850"}, []string{"x12", "850", "d"}, "d850"},
		{" , ; ", nil, nil, ""},
	}
	for _, tt := range tests {
		codes, bad := model.ParseICF(tt.in)
		if !reflect.DeepEqual(codes, tt.codes) || !reflect.DeepEqual(bad, tt.bad) {
			t.Errorf("ParseICF(%q) = %q, %q; want %q, %q", tt.in, codes, bad, tt.codes, tt.bad)
		}
		if got := model.FormatICF(codes); got != tt.formatted {
			t.Errorf("FormatICF(%q) = %q, want %q", codes, got, tt.formatted)
		}
	}
}

func TestParsedICFCodesPassValidation(t *testing.T) {
	codes, _ := model.ParseICF("D850 b1521 e310.1")
	c := &model.Case{UID: "x", Phase: model.PhasePlanning}
	c.Plans = []model.PlanVersion{{Version: 1, Goals: []model.StrategicGoal{{ID: "g", Area: model.AreaWork, ICF: codes}}}}
	for _, p := range c.Validate(nil) {
		if p.Path == "plans[0].goals[0].icf[0]" || p.Path == "plans[0].goals[0].icf[1]" || p.Path == "plans[0].goals[0].icf[2]" {
			t.Errorf("a parsed code fails validation: %v", p)
		}
	}
	if !model.ValidICF("d850") || model.ValidICF("x850") || model.ValidICF("d8500000") {
		t.Error("ValidICF disagrees with the ICF format")
	}
}
