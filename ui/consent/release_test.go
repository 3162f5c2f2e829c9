package consent

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// The record dialog offers the Entbindung von der Schweigepflicht as a
// kind of its own; the workspace shows it as such, and it never stands in
// for a consent to disclosure: passing health data to the same doctor
// still asks for one.
func TestRecordReleaseFromConfidentiality(t *testing.T) {
	f := uitest.NewFixture(t)
	f.Put(New(f.S))
	o := f.TapDialog("Einwilligung erfassen …")
	uitest.SelectWith(t, o, "Entbindung von der Schweigepflicht").SetSelected("Entbindung von der Schweigepflicht")
	if !strings.Contains(uitest.Texts(f.Overlay()), "von der Schweigepflicht entbunden") {
		t.Errorf("the dialog does not explain the release:\n%s", uitest.Texts(f.Overlay()))
	}
	uitest.SelectWith(t, o, f.Doctor.Name).SetSelected(f.Doctor.Name)
	uitest.KeyCheckWith(t, o, "Gesundheit und Diagnosen").SetChecked(true)
	uitest.SelectWith(t, o, "Schriftlich").SetSelected("Schriftlich")
	test.Tap(uitest.Button(t, o, "Einwilligung erfassen"))
	got := f.Stored().Consents
	if len(got) != 1 || got[0].Kind != model.ConsentRelease || got[0].Partner != f.Doctor.UID {
		t.Fatalf("stored %+v", got)
	}
	f.Put(New(f.S))
	if !strings.Contains(uitest.Texts(f.Win.Content()), "Entbindung von der Schweigepflicht") {
		t.Errorf("the workspace does not show the kind:\n%s", uitest.Texts(f.Win.Content()))
	}

	called := false
	Require(f.S, f.Doctor.UID, cats(model.InfoHealth), uitest.Today, func() { called = true })
	if called || f.Overlay() == nil || !strings.Contains(uitest.Texts(f.Overlay()), "Einwilligung fehlt") {
		t.Error("a release from confidentiality let health data go to the doctor")
	}
}
