package model

import "strings"

// DRVCarriers are the carriers of the Deutsche Rentenversicherung that can
// commission case management: the two federal carriers and the fourteen
// regional ones. The settings and the commission of a case offer them as a
// pick list; any other text is allowed too (a carrier renamed after this
// list was written, or one abroad).
var DRVCarriers = []string{
	"Deutsche Rentenversicherung Bund",
	"Deutsche Rentenversicherung Knappschaft-Bahn-See",
	"Deutsche Rentenversicherung Baden-Württemberg",
	"Deutsche Rentenversicherung Bayern Süd",
	"Deutsche Rentenversicherung Berlin-Brandenburg",
	"Deutsche Rentenversicherung Braunschweig-Hannover",
	"Deutsche Rentenversicherung Hessen",
	"Deutsche Rentenversicherung Mitteldeutschland",
	"Deutsche Rentenversicherung Nord",
	"Deutsche Rentenversicherung Nordbayern",
	"Deutsche Rentenversicherung Oldenburg-Bremen",
	"Deutsche Rentenversicherung Rheinland",
	"Deutsche Rentenversicherung Rheinland-Pfalz",
	"Deutsche Rentenversicherung Saarland",
	"Deutsche Rentenversicherung Schwaben",
	"Deutsche Rentenversicherung Westfalen",
}

// Commission is the DRV's commission of this case (Auftrag): which carrier
// commissioned the case management, its reference, since when, and whom
// at the carrier the counselor reports to.
type Commission struct {
	Carrier   string `json:"carrier,omitempty"`   // name; default from Settings.Carrier
	Reference string `json:"reference,omitempty"` // Aktenzeichen / Versicherungsnummer as the carrier uses it
	Date      Date   `json:"date"`                // date of the commission
	// Contact is the responsible Reha-Fachberatung or Reha-Sachbearbeitung
	// (name, phone or e-mail as the counselor writes it down).
	Contact string `json:"contact,omitempty"`
	// Partner is the directory entry of the carrier's office that receives
	// the reports (its Reha-Sachbearbeitung or Reha-Fachberatung). The
	// Zustimmung zum Fallmanagement covers what goes there; every other
	// recipient, other DRV offices included, needs a disclosure consent.
	Partner string `json:"partner,omitempty"` // partner UID
}

// ReportOffice reports whether a partner of category k can be the office of
// the commissioning carrier that receives the reports.
func ReportOffice(k PartnerCategory) bool {
	return k == PartnerRehaSachbearbeitung || k == PartnerRehaFachberatung
}

// CommissioningCarrier is the carrier that commissioned the case: the one
// recorded with the case, else the default of the settings (cases created
// before the commission was recorded per case).
func (c *Case) CommissioningCarrier(s Settings) string {
	if v := strings.TrimSpace(c.Commission.Carrier); v != "" {
		return v
	}
	return strings.TrimSpace(s.Carrier)
}

// IsDRVCarrier reports whether name is one of DRVCarriers (spaces and case
// ignored).
func IsDRVCarrier(name string) bool {
	name = strings.Join(strings.Fields(name), " ")
	for _, c := range DRVCarriers {
		if strings.EqualFold(c, name) {
			return true
		}
	}
	return false
}
