package model

import "strconv"

// LevelText writes a GAS level with its sign, as the Fachkonzept's scale
// does: "+1", "0", "−2" (a minus sign, not a hyphen). The window, the
// documents and the Auswertung all write it so.
func LevelText(l int) string {
	switch {
	case l > 0:
		return "+" + strconv.Itoa(l)
	case l < 0:
		return "−" + strconv.Itoa(-l)
	}
	return "0"
}
