package model_test

import (
	"reflect"
	"testing"

	"teilhabelotse/model"
)

func TestRoleCounts(t *testing.T) {
	c := &model.Case{Contacts: []model.Contact{
		{Roles: []model.Role{model.RoleSupporter}},
		{Roles: []model.Role{model.RoleSupporter, model.RoleBroker}},
		{Roles: []model.Role{model.RoleBroker, model.RoleBroker}}, // twice in one contact counts once
		{Roles: []model.Role{"magician"}},                         // unknown values are not counted
		{},
	}}
	want := []model.RoleCount{
		{Role: model.RoleSupporter, Count: 2},
		{Role: model.RoleAdvocate, Count: 0},
		{Role: model.RoleBroker, Count: 2},
		{Role: model.RoleGatekeeper, Count: 0},
	}
	if got := model.RoleCounts(c); !reflect.DeepEqual(got, want) {
		t.Errorf("RoleCounts = %+v, want %+v", got, want)
	}
	empty := model.RoleCounts(&model.Case{})
	if len(empty) != len(model.Roles) {
		t.Fatalf("no contacts: %d rows, want one per role", len(empty))
	}
	for _, rc := range empty {
		if rc.Count != 0 {
			t.Errorf("no contacts: %s counted %d", rc.Role, rc.Count)
		}
	}
}
