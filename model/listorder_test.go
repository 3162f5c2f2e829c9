package model

import (
	"reflect"
	"testing"
)

func TestSortSummaries(t *testing.T) {
	due := NewDate(2025, 3, 1)
	later := NewDate(2025, 4, 1)
	s := []CaseSummary{
		{ID: 1, LastName: "Zander"},                 // nothing due: last
		{ID: 2, LastName: "Otto", NextDue: later},   // later deadline
		{ID: 3, LastName: "Özdemir", NextDue: due},  // Ö sorts as O: after "Otto", not after "Zander"
		{ID: 4, LastName: "Otto", NextDue: due},     // no first name: before "Otto, Anna"
		{ID: 5, LastName: "de Vries", NextDue: due}, // lower-case particle next to D
		{ID: 6, LastName: "Decker", NextDue: due},
		{ID: 7, LastName: "Otto", FirstName: "Anna", NextDue: due},
		{ID: 8, LastName: "Otto", FirstName: "Anna", NextDue: due}, // same name: ID decides
	}
	SortSummaries(s)
	var got []int64
	for _, r := range s {
		got = append(got, r.ID)
	}
	want := []int64{5, 6, 4, 7, 8, 3, 2, 1}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	less := SummaryLess()
	for i := 1; i < len(s); i++ {
		if !less(s[i-1], s[i]) || less(s[i], s[i-1]) {
			t.Errorf("SummaryLess is not a strict total order at %d/%d", s[i-1].ID, s[i].ID)
		}
	}
}
