package locales_test

import (
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// The access route reads the same in the window and the documents: the
// route, and for "Sonstiges" what it was.
func TestAccessRoute(t *testing.T) {
	l := locales.New("de")
	for _, tc := range []struct {
		r    model.Referral
		want string
	}{
		{model.Referral{Route: model.RouteOther, RouteOther: " Hausarzt "}, l.Enum("AccessRoute", model.RouteOther) + " – Hausarzt"},
		{model.Referral{Route: model.RouteEmployer}, l.Enum("AccessRoute", model.RouteEmployer)},
		{model.Referral{RouteOther: "Hausarzt"}, "Hausarzt"},
		{model.Referral{}, ""},
	} {
		if got := l.AccessRoute(tc.r); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.r, got, tc.want)
		}
	}
}
