//go:build screenshots

package masterdata

import (
	"testing"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// TestScreenshot writes the master data editor to $UI_SCREENSHOTS.
func TestScreenshot(t *testing.T) {
	f := newFixture(t)
	cl := &f.S.Case.Client
	cl.Address, cl.Phone, cl.Email = "Hafenstraße 1\n20457 Hamburg", "040 123456", "erika.mustermann@example.org"
	cl.Interpreter, cl.InterpreterLanguage = true, "Arabisch"
	cl.Relatives = []model.Person{{Name: "Karl Mustermann", Relation: "Ehemann", Contact: "040 654321"}}
	cl.Guardian = model.Person{Name: "Betreuungsverein Nord e. V.", Relation: "Vermögenssorge", Contact: "040 777"}
	cl.Employer, cl.EmployerContact = f.Employer.UID, "Oliver Beispiel"
	f.S.Case.Commission = model.Commission{Carrier: model.DRVCarriers[0], Reference: "FM-2025-0042", Date: model.NewDate(2025, 3, 3)}
	uitest.ShootScrolled(t, New(f.S), "masterdata.png", 0)
	// A client without an employer, further down.
	cl.Employer, cl.EmployerContact, cl.NoEmployer = "", "", true
	uitest.ShootScrolled(t, New(f.S), "masterdata-noemployer.png", 600)
}
