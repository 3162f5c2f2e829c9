package model

import "slices"

// Consents come in two directions (DESIGN.md, rules after the first
// round). The Einwilligung zur Weitergabe lets the case manager pass
// information about the client to a recipient. The Entbindung von der
// Schweigepflicht releases a doctor, therapist or rehabilitation clinic
// from professional secrecy, so that the case manager may obtain reports
// (Befundberichte, Entlassungsberichte) from them. One never stands in for
// the other: a release covers no disclosure (CheckCoverage skips it), and
// obtaining reports asks for a release (CheckRelease).

// ConsentKind is the direction of a consent.
type ConsentKind string

const (
	// ConsentDisclosure is the Einwilligung zur Weitergabe; it is the
	// default ("") and what every consent before version 3 was.
	ConsentDisclosure ConsentKind = ""
	// ConsentRelease is the Entbindung von der Schweigepflicht /
	// Einholen von Auskünften.
	ConsentRelease ConsentKind = "release"
)

// ConsentKinds lists the kinds a case file may name ("" is the default).
var ConsentKinds = []ConsentKind{ConsentRelease}

// AllConsentKinds lists every kind, the default first, for choices.
var AllConsentKinds = []ConsentKind{ConsentDisclosure, ConsentRelease}

// CheckRelease decides whether the case's releases from confidentiality
// allow obtaining categories from partner on day — the question before a
// report is requested. Like CheckCoverage it names what is missing.
func CheckRelease(c *Case, partner string, categories []InfoCategory, day Date) Coverage {
	covered := map[InfoCategory]bool{}
	var by []string
	for _, k := range c.Consents {
		if k.Kind != ConsentRelease || trimmed(partner) == "" || k.Partner != partner || !k.Active(day) {
			continue
		}
		for _, cat := range k.Categories {
			if slices.Contains(categories, cat) {
				covered[cat] = true
			}
		}
		by = append(by, k.ID)
	}
	var missing []InfoCategory
	for _, cat := range categories {
		if !covered[cat] {
			missing = append(missing, cat)
		}
	}
	return Coverage{Covered: len(categories) > 0 && len(missing) == 0, Missing: missing, By: by}
}
