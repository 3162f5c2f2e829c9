package consent

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
)

// The record dialog offers the Entbindung von der Schweigepflicht as a
// kind of its own; the workspace shows it as such, and it never stands in
// for a consent to disclosure: passing health data to the same doctor
// still asks for one.
func TestRecordReleaseFromConfidentiality(t *testing.T) {
	f := newFixture(t)
	f.Show(New(f.s))
	test.Tap(button(t, f.win.Content(), "Einwilligung erfassen …"))
	o := f.Overlay()
	selectWith(t, o, "Entbindung von der Schweigepflicht").SetSelected("Entbindung von der Schweigepflicht")
	if !strings.Contains(texts(f.Overlay()), "von der Schweigepflicht entbunden") {
		t.Errorf("the dialog does not explain the release:\n%s", texts(f.Overlay()))
	}
	selectWith(t, o, f.doctor.Name).SetSelected(f.doctor.Name)
	keyCheck(t, o, "Gesundheit und Diagnosen").SetChecked(true)
	selectWith(t, o, "Schriftlich").SetSelected("Schriftlich")
	test.Tap(button(t, o, "Einwilligung erfassen"))
	got := f.Stored().Consents
	if len(got) != 1 || got[0].Kind != model.ConsentRelease || got[0].Partner != f.doctor.UID {
		t.Fatalf("stored %+v", got)
	}
	f.Show(New(f.s))
	if !strings.Contains(texts(f.win.Content()), "Entbindung von der Schweigepflicht") {
		t.Errorf("the workspace does not show the kind:\n%s", texts(f.win.Content()))
	}

	called := false
	Require(f.s, f.doctor.UID, cats(model.InfoHealth), today, func() { called = true })
	if called || f.Overlay() == nil || !strings.Contains(texts(f.Overlay()), "Einwilligung fehlt") {
		t.Error("a release from confidentiality let health data go to the doctor")
	}
}
