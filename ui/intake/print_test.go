package intake

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// The consent card offers the papers of the first meeting — the
// information sheet and the consent and agreement — before anything is
// recorded, and each button prints its own document from the case on
// screen, with what was just typed saved first.
func TestConsentCardPrintsInfoSheetAndAgreement(t *testing.T) {
	var printed []string
	f := open(t, newCase())
	f.S.Env.Print = func(s *kit.Session, d app.Document) {
		switch d.Kind {
		case model.DocAgreement:
			printed = append(printed, "agreement:"+s.Case.Intake.Agreement.Notes)
		case model.DocInfoSheet:
			printed = append(printed, "info")
		default:
			printed = append(printed, string(d.Kind))
		}
	}
	f.build()
	if f.S.Case.CMConsent.GivenOn.Valid() {
		t.Fatal("the case already has a consent")
	}
	uitest.TypeInto(t, f.w.decision.agreementNote, "Termine alle zwei Wochen")
	test.Tap(uitest.OneButton(t, f.w.root, "Informationsblatt als PDF …"))
	test.Tap(uitest.OneButton(t, f.w.root, "Zustimmung und Vereinbarung als PDF …"))
	if len(printed) != 2 || printed[0] != "info" || printed[1] != "agreement:Termine alle zwei Wochen" {
		t.Errorf("printed %q, want the sheet, then the agreement with the note just typed", printed)
	}
	if f.Saved().Intake.Agreement.Notes != "Termine alle zwei Wochen" {
		t.Error("the note typed before printing is not saved")
	}
}

// Without a printer (Env.Print unset) the card has no print buttons.
func TestConsentCardWithoutPrinter(t *testing.T) {
	f := open(t, newCase())
	if len(uitest.OneOfButtons(f.w.root, "Informationsblatt als PDF …")) != 0 {
		t.Error("a print button without a printer")
	}
}
