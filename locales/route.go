package locales

import (
	"strings"

	"teilhabelotse/model"
)

// AccessRoute says how the referral reached the case management: the
// route and, for "Sonstiges", what it was ("Sonstiges – Hausarzt"); ""
// when neither is recorded. Window and documents say it the same way.
func (l *Localizer) AccessRoute(r model.Referral) string {
	other := strings.TrimSpace(r.RouteOther)
	if r.Route == "" {
		return other
	}
	if other == "" {
		return l.Enum("AccessRoute", r.Route)
	}
	return l.Enum("AccessRoute", r.Route) + " – " + other
}
