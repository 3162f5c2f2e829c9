package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// The settings dialog (Ctrl+,) shows every setting; a wrong value is said
// at its field and keeps "Übernehmen" off; applied settings take effect
// at once — deadlines, theme and language without a restart.
func TestSettingsDialog(t *testing.T) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	typeShortcut(u.win, shortcutSettings)
	dlg := u.win.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("Ctrl+, opens nothing")
	}
	tabs := uitest.All[*container.AppTabs](dlg)
	if len(tabs) != 1 || len(tabs[0].Items) != 4 {
		t.Fatalf("the dialog has %d tab bars", len(tabs))
	}
	for _, it := range tabs[0].Items {
		tabs[0].Select(it) // every section is built and reachable
	}
	apply := uitest.Button(t, dlg, "Übernehmen")
	if apply.Disabled() {
		t.Fatal("the untouched settings cannot be applied")
	}

	tabs[0].SelectIndex(2)
	b := uitest.Fields(dlg, "Prüfung alle … Tage, Typ B")[0].(*kit.Entry)
	b.SetText("")
	test.Type(b, "3")
	if !apply.Disabled() {
		t.Error("a review interval of 3 days can be applied")
	}
	if err := b.Validate(); err == nil || !strings.Contains(err.Error(), "7 bis 365") {
		t.Errorf("the field says %v", err)
	}
	b.SetText("")
	test.Type(b, "42")
	tabs[0].SelectIndex(1)
	mail := uitest.Fields(dlg, "E-Mail")[0].(*kit.Entry) // the deputy's
	test.Type(mail, "keine Adresse")
	if !apply.Disabled() || mail.Validate() == nil {
		t.Error("a deputy e-mail that is none can be applied")
	}
	mail.SetText("vertretung@example.org")
	tabs[0].SelectIndex(3)
	uitest.SelectOption(t, &uitest.Fields(dlg, "Darstellung")[0].(*kit.KeySelect).Select, "dunkel")
	if apply.Disabled() {
		t.Fatal("valid settings cannot be applied")
	}
	test.Tap(apply)
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays open")
	}
	s, _ := store.Settings(context.Background())
	if s.ReviewDaysB != 42 || s.DeputyEmail != "vertretung@example.org" || s.Theme != model.ThemeDark {
		t.Errorf("stored %+v", s)
	}
	if u.env.Settings.ReviewDaysB != 42 || kit.Variant() != theme.VariantDark {
		t.Error("the settings do not take effect at once")
	}

	// The language, without a restart.
	u.onSettings()
	dlg = u.win.Canvas().Overlays().Top()
	uitest.All[*container.AppTabs](dlg)[0].SelectIndex(3)
	uitest.SelectOption(t, &uitest.Fields(dlg, "Sprache")[0].(*kit.KeySelect).Select, "English")
	test.Tap(uitest.Button(t, dlg, "Übernehmen"))
	if u.loc.Lang() != "en" || u.win.MainMenu().Items[3].Label != "Settings" {
		t.Errorf("the window is not in English: %s", u.win.MainMenu().Items[3].Label)
	}
	kit.ApplyTheme(fyne.CurrentApp(), model.ThemeSystem)
}

// A logo that is no picture is refused at the field; the documents keep
// the one they had.
func TestSettingsLogoRefused(t *testing.T) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	f := u.onSettings()
	f.takeLogo("Brief.pdf", []byte("%PDF-1.4 kein Bild"))
	if !f.logoProblem.Visible() || !strings.Contains(f.logoProblem.Text, "„Brief.pdf“ wurde nicht übernommen") ||
		!strings.Contains(f.logoProblem.Text, "PNG- oder JPEG-Bild") {
		t.Errorf("logo message %q", f.logoProblem.Text)
	}
	if f.logo != nil {
		t.Error("the refused file was taken")
	}
}

// "Später" closes the setup for good; Einstellungen › Ersteinrichtung …
// opens it again.
func TestSetupSkipped(t *testing.T) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	u.firstStart = true
	u.showSetupIfNeeded()
	dlg := u.win.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("no setup")
	}
	test.Tap(uitest.Button(t, dlg, "Später"))
	s, _ := store.Settings(context.Background())
	if !s.SetupSkipped || s.NeedsSetup() {
		t.Errorf("skipping is not remembered: %+v", s)
	}
	u.settings = s
	u.showSetupIfNeeded()
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("the setup comes back after it was skipped")
	}
	u.openSetup()
	if u.win.Canvas().Overlays().Top() == nil {
		t.Error("the menu does not open the setup again")
	}
}
