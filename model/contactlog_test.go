package model_test

import (
	"reflect"
	"testing"
	"time"

	"teilhabelotse/model"
)

func TestContactGaps(t *testing.T) {
	ok := model.Contact{Date: day(2025, time.March, 10), Kind: model.ContactPhone, Minutes: 15}
	if g := model.ContactGaps(ok); len(g) != 0 {
		t.Errorf("complete contact has gaps %v", g)
	}
	if g := model.ContactGaps(model.Contact{Date: ok.Date, Kind: ok.Kind}); len(g) != 0 {
		t.Errorf("duration may be left out, got %v", g)
	}
	want := []model.RecordGap{model.GapContactDate, model.GapKind, model.GapMinutes}
	if g := model.ContactGaps(model.Contact{Date: model.Date{Raw: "gestern"}, Kind: "chat", Minutes: 24*60 + 1}); !reflect.DeepEqual(g, want) {
		t.Errorf("gaps %v, want %v", g, want)
	}
	if g := model.ContactGaps(model.Contact{Date: ok.Date, Kind: ok.Kind, Minutes: -1}); !reflect.DeepEqual(g, []model.RecordGap{model.GapMinutes}) {
		t.Errorf("unreadable duration: %v", g)
	}
}

func TestContactsNewestFirst(t *testing.T) {
	c := &model.Case{Contacts: []model.Contact{
		{Date: day(2025, time.March, 1)},    // 0
		{Date: day(2025, time.March, 5)},    // 1
		{},                                  // 2: no date
		{Date: day(2025, time.March, 1)},    // 3: same day as 0, logged later
		{Date: day(2025, time.February, 9)}, // 4
	}}
	if got, want := model.ContactsNewestFirst(c), []int{1, 3, 0, 4, 2}; !reflect.DeepEqual(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}
