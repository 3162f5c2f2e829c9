package assets

import _ "embed" // the DejaVu Sans faces below

// The documents' typeface: DejaVu Sans in four styles, from Debian's
// fonts-dejavu-core (regular, bold) and fonts-dejavu-extra (oblique,
// bold oblique). Licence: fonts/LICENSE-DejaVu.txt (Bitstream Vera licence,
// DejaVu changes in the public domain).
//
// The faces are embedded as strings, which nobody can modify; each call
// below returns a fresh byte slice, so documents rendered concurrently never
// share one.
var (
	//go:embed fonts/DejaVuSans.ttf
	sansRegular string
	//go:embed fonts/DejaVuSans-Bold.ttf
	sansBold string
	//go:embed fonts/DejaVuSans-Oblique.ttf
	sansOblique string
	//go:embed fonts/DejaVuSans-BoldOblique.ttf
	sansBoldOblique string
)

// DocumentFont returns a fresh copy of the TrueType file of DejaVu Sans in
// style, given in gofpdf's letters: "" regular, "B" bold, "I" oblique, "BI"
// bold oblique; nil for any other style.
func DocumentFont(style string) []byte {
	switch style {
	case "":
		return []byte(sansRegular)
	case "B":
		return []byte(sansBold)
	case "I":
		return []byte(sansOblique)
	case "BI":
		return []byte(sansBoldOblique)
	}
	return nil
}
