package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// shortcutSettings opens Einstellungen › Einstellungen … (Ctrl+, as in
// most office programs).
var shortcutSettings = &desktop.CustomShortcut{KeyName: fyne.KeyComma, Modifier: fyne.KeyModifierShortcutDefault}

// FirstStart opens the setup page when the settings are empty; the
// running app passes it, the headless tests only where they test it.
func FirstStart() Option { return func(u *UI) { u.firstStart = true } }

// onSettings opens the settings dialog: every setting in four sections,
// each field saying what is wrong with it; "Übernehmen" saves them in one
// transaction and they take effect at once.
func (u *UI) onSettings() *settingsForm {
	s, err := u.store.Settings(u.ctx()) // afresh: nothing saved elsewhere is undone
	if err != nil {
		u.showError(err)
		return nil
	}
	var f *settingsForm
	dlg := kit.NewDialog(u.win, u.loc.T("Settings.Title"), u.loc.T("Settings.Apply"), u.loc.T("Settings.Cancel"),
		func() { u.applyForm(f) }, nil)
	f = newSettingsForm(u.env, dlg, s)
	scroll := func(o fyne.CanvasObject) fyne.CanvasObject {
		sc := kit.NewPage(o)
		sc.SetMinSize(fyne.NewSize(0, settingsPageHeight))
		return sc
	}
	tabs := container.NewAppTabs(
		container.NewTabItem(u.loc.T("Settings.TabOrganisation"), scroll(container.NewVBox(
			kit.Heading(u.loc.T("Settings.SectionOrganisation")), f.organisation(),
			kit.Heading(u.loc.T("Settings.SectionCounselor")), f.counselor()))),
		container.NewTabItem(u.loc.T("Settings.TabDeputy"), scroll(container.NewVBox(
			kit.Explanation(u.loc.T("Settings.DeputyIntro")), f.deputy()))),
		container.NewTabItem(u.loc.T("Settings.TabDeadlines"), scroll(container.NewVBox(
			kit.Explanation(u.loc.T("Settings.DeadlinesIntro")), f.deadlines()))),
		container.NewTabItem(u.loc.T("Settings.TabMore"), scroll(f.privacyAndLook())),
	)
	setup := kit.NewButton(u.loc.T("Settings.OpenSetup"), nil, func() {
		dlg.Hide()
		u.openSetup()
	})
	dlg.SetExtraButtons(setup)
	dlg.SetWidth(settingsWidth)
	dlg.SetContent(tabs)
	f.fields.Validate(f.valid)
	dlg.Show()
	return f
}

// openSetup is the first-start page: who prints the documents, who stands
// in, and the default carrier — one page, and "Später" closes it for
// good (Einstellungen › Ersteinrichtung … opens it again).
func (u *UI) openSetup() *settingsForm {
	s, err := u.store.Settings(u.ctx())
	if err != nil {
		u.showError(err)
		return nil
	}
	var f *settingsForm
	dlg := kit.NewDialog(u.win, u.loc.T("Setup.Title"), u.loc.T("Setup.Save"), u.loc.T("Setup.Later"),
		func() { u.applyForm(f) }, func() { u.skipSetup() })
	f = newSettingsForm(u.env, dlg, s)
	dlg.SetWidth(settingsWidth)
	dlg.SetContent(container.NewVBox(
		kit.Wrapped(u.loc.T("Setup.Intro")),
		kit.Heading(u.loc.T("Settings.SectionOrganisation")), f.organisation(),
		kit.Heading(u.loc.T("Settings.SectionCounselor")), f.counselor(),
		kit.Heading(u.loc.T("Settings.SectionDeputy")), f.deputy(),
	))
	f.fields.Validate(f.valid)
	dlg.Show()
	return f
}

// The settings dialog's width, and the height of a section before it
// scrolls (the dialog fits 1366×768 at 150 %).
const (
	settingsWidth      = 720
	settingsPageHeight = 380
)

// skipSetup remembers that the setup was closed without filling it in.
func (u *UI) skipSetup() {
	u.changeSettings(func(s *model.Settings) bool {
		if !s.NeedsSetup() {
			return false
		}
		s.SetupSkipped = true
		return true
	})
}

// changeSettings reads the settings afresh — so that nothing saved
// elsewhere is undone —, lets change set what it changes (false: nothing
// to save), saves them and works with them from then on. A failure is
// shown; the result says whether they were saved.
func (u *UI) changeSettings(change func(s *model.Settings) bool) bool {
	s, err := u.store.Settings(u.ctx())
	if err != nil {
		u.showError(err)
		return false
	}
	if !change(&s) {
		return false
	}
	if err := u.store.SaveSettings(u.ctx(), s); err != nil {
		u.showError(err)
		return false
	}
	u.settings = s
	if u.env != nil {
		u.env.Settings = s
	}
	return true
}

// applyForm saves the form's settings (and a newly chosen logo) and puts
// them into effect; the dialog stays open with everything typed when
// saving fails.
func (u *UI) applyForm(f *settingsForm) {
	if !f.fields.Valid() {
		return
	}
	s := f.draft
	if f.logo != nil {
		path, err := u.store.SaveLogo(u.ctx(), f.logo)
		if err != nil {
			u.showError(err)
			return
		}
		s.LogoPath = path
	}
	if err := u.store.SaveSettings(u.ctx(), s); err != nil {
		u.showError(err)
		return
	}
	f.dlg.Hide()
	u.settingsChanged()
}

// settingsChanged puts the stored settings into effect without a restart:
// the theme, the language (the window is rebuilt in it), and the
// deadlines of the list and the open case.
func (u *UI) settingsChanged() {
	s, err := u.store.Settings(u.ctx())
	if err != nil {
		u.showError(err)
		return
	}
	kit.ApplyTheme(u.app, s.Theme)
	u.settings = s
	if s.Language != "" && locales.Normalize(s.Language) != u.loc.Lang() {
		u.relocalize(s.Language)
		return
	}
	u.env.Settings = s
	u.reloadCases()
	if u.view.c != nil {
		u.view.refreshCase()
	}
}

// showSetupIfNeeded opens the setup on the first start of an empty
// installation.
func (u *UI) showSetupIfNeeded() {
	if u.firstStart && u.settings.NeedsSetup() {
		u.setup = u.openSetup()
	}
}
