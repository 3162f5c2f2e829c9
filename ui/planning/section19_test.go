package planning

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// Every item § 19 (2) SGB IX adds can be entered in the planning
// workspace and is saved: the result of the responsibility clarification,
// the Bundesagentur's opinion, the agreed findings, other public bodies,
// the caring relative's concerns and the Jobcenter. The items that apply
// only to some cases open their field when ticked.
func TestSection19ItemsAreEnterable(t *testing.T) {
	c := planningCase()
	c.StartPlanVersion(uitest.Today, "")
	f := open(t, c, nil)
	test.Tap(uitest.CheckWith(t, f.Root, required19))

	typeIn := func(label, text string) {
		t.Helper()
		uitest.TypeInto(t, uitest.Field[*kit.Entry](t, f.Root, label), text)
	}
	typeIn("Leistender Rehabilitationsträger", "Deutsche Rentenversicherung Nord")
	typeIn("Beteiligte Rehabilitationsträger", "AOK (medizinische Rehabilitation)")
	typeIn("Einvernehmliche, trägerübergreifende Feststellung des Rehabilitationsbedarfs", "LTA und Nachsorge nötig")
	relatives := entryIn(t, f, "Belange pflegender Angehöriger")
	uitest.TypeInto(t, relatives, "Pflegt die Mutter")

	for _, k := range []struct{ check, label, text string }{
		{"Stellungnahme eingeholt (sonst entfällt der Punkt)", "Gutachterliche Stellungnahme der Bundesagentur für Arbeit (§ 54 SGB IX)", "geeignet für leichte Tätigkeiten"},
		{"Stellen einbezogen (sonst entfällt der Punkt)", "Erkenntnisse aus Mitteilungen anderer öffentlicher Stellen (§ 22 SGB IX)", "Integrationsamt: Zuschuss möglich"},
		{"Jobcenter einbezogen (sonst entfällt der Punkt)", "Einbeziehung des Jobcenters (§ 19 Abs. 1 SGB IX)", "Jobcenter Nord, Frau Kaya"},
	} {
		e := entryIn(t, f, k.label)
		if uitest.Shown(f.Root, e) {
			t.Errorf("%s: the field shows before it applies", k.label)
		}
		test.Tap(uitest.CheckWith(t, f.Root, k.check))
		if !uitest.Shown(f.Root, e) {
			t.Fatalf("%s: the field stays hidden after ticking", k.label)
		}
		uitest.TypeInto(t, e, k.text)
	}

	x := f.Saved().Plans[0].Section19
	if x.LeadCarrier != "Deutsche Rentenversicherung Nord" || x.InvolvedCarriers != "AOK (medizinische Rehabilitation)" ||
		x.AgreedFindings != "LTA und Nachsorge nötig" || x.CaringRelativesNeeds != "Pflegt die Mutter" ||
		!x.BAOpinionApplies || x.BAOpinion != "geeignet für leichte Tätigkeiten" ||
		!x.PublicBodiesApply || x.PublicBodies != "Integrationsamt: Zuschuss möglich" ||
		!x.JobcenterInvolved || x.Jobcenter != "Jobcenter Nord, Frau Kaya" {
		t.Errorf("stored § 19 = %+v", x)
	}

	// "Pflegt keine Angehörigen": Nr. 11 does not apply, its field hides
	// and keeps what was typed.
	test.Tap(uitest.CheckWith(t, f.Root, "pflegt keine Angehörigen (der Punkt entfällt)"))
	if uitest.Shown(f.Root, relatives) {
		t.Error("the caring relative's field shows although the item does not apply")
	}
	if x := f.Saved().Plans[0].Section19; !x.NoCaringRelative || x.CaringRelativesNeeds != "Pflegt die Mutter" {
		t.Errorf("no caring relative: %+v", x)
	}
}

// entryIn is the entry inside the form row labelled label.
func entryIn(t *testing.T, f *uitest.Host, label string) *kit.Entry {
	t.Helper()
	var e *kit.Entry
	uitest.WalkDeep(uitest.Fields(f.Root, label)[0], func(o fyne.CanvasObject) {
		if x, ok := o.(*kit.Entry); ok && e == nil {
			e = x
		}
	})
	if e == nil {
		t.Fatalf("no entry in %q", label)
	}
	return e
}
