// Package ui is the Fyne front end of Teilhabelotse: the main window with
// the case list, the new-case form, the case view with its phase timeline
// and the main menu.
//
// The package talks to persistence only through the interfaces model
// declares and never imports fyne.io/fyne/v2/app, so its tests run
// headless. Every user-visible string comes from locales.
package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/app"
	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/evaluation"
	"teilhabelotse/ui/kit"
	"teilhabelotse/ui/partners"
)

// Default size of the main window: room for the case list and a case.
const (
	windowWidth  = 1240
	windowHeight = 780
	listShare    = 0.30 // part of the width the case list gets: at 1366×768 and 150 % a row's phase and deadline just fit
)

// UI is the main window of the application.
type UI struct {
	app   fyne.App
	win   fyne.Window
	store model.Store
	loc   *locales.Localizer
	now   func() time.Time

	settings model.Settings
	partners []model.Partner
	env      *kit.Env

	partnerWin fyne.Window // the partner directory, nil when closed
	evalWin    fyne.Window // the Auswertung, nil when closed
	evalView   *evaluation.View
	async      bool
	firstStart bool          // open the setup when the settings are empty
	setup      *settingsForm // the setup opened at the first start

	maint    Maintenance // restoring backups; nil: no such menu item
	transfer Transfer    // import, export and backup; nil: no such menu items
	fixes    []PermFix   // permissions tightened at start, said once shown
	about    AboutInfo   // Hilfe › Über: version, data folder, log
	risk     FolderRisk  // the data folder is on a network drive or synced

	notices map[string]string // standing notices by key (notice.go)
	banner  *fyne.Container   // shows them above the content
	saved   *fyne.Container   // the notice of the document saved last

	list  *caseList
	view  *caseView
	split *container.Split // the case list beside the case view

	screen     fyne.Size    // of the screen in pixels; zero when unknown
	listHidden bool         // the case list is hidden (Ctrl+L)
	newCase    *newCaseForm // the open "Neuer Fall" dialog, nil when closed

	// focus keeps the focused widget in view and ringed; the running app
	// starts it, the headless tests call its Check.
	focus *kit.FocusFollower
	// menuFor is the case and phase the "Fall" menu was built for.
	menuFor menuState
}

// New builds the main window "Teilhabelotse" on a (created by main with
// app.NewWithID("de.teilhabelotse.app")).
func New(a fyne.App, store model.Store, loc *locales.Localizer, now func() time.Time, opts ...Option) *UI {
	if now == nil {
		now = time.Now
	}
	u := &UI{app: a, store: store, loc: loc, now: now}
	for _, o := range opts {
		o(u)
	}
	u.win = a.NewWindow(loc.T("App.Title"))
	u.win.Resize(fyne.NewSize(windowWidth, windowHeight))
	u.win.SetMaster()
	u.loadSettings()
	kit.ApplyTheme(a, u.settings.Theme)
	u.loadPartners()
	u.win.SetCloseIntercept(u.onQuit)
	u.focus = kit.NewFocusFollower(u.win, func() []*container.Scroll {
		if u.view == nil {
			return nil
		}
		return u.view.pages()
	})
	u.buildUI()
	u.reloadCases()
	if u.async {
		u.focus.Start() // for the program's lifetime
	}
	return u
}

// Option changes how New builds the window.
type Option func(*UI)

// Async lets slow reads (the "Fällig" overview) run off the event
// goroutine so the window appears at once. The running app uses it; the
// headless tests do not, because Fyne's test driver runs fyne.Do on the
// calling goroutine.
func Async() Option { return func(u *UI) { u.async = true } }

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }

// buildUI (re)creates the window's content, menu and shortcuts in the
// current language.
func (u *UI) buildUI() {
	if u.view != nil {
		u.view.flush()
	}
	u.env = &kit.Env{Loc: u.loc, Win: u.win, Store: u.store, Settings: u.settings, Now: u.now, Partners: u.partners, Async: u.async, ReadOnly: readOnly(u.store),
		Print: func(s *kit.Session, d app.Document) { exportDocument(s, document{Document: d}) }}
	u.list = newCaseList(u.loc, u.today, u.onOpenCase, u.onNewCase)
	u.list.onDue = u.onDue
	u.view = newCaseView(u.env, u.onCaseSaved)
	u.view.onPhaseShown = u.focusPage
	u.list.searches.run = u.runSearch
	u.view.openAt = u.openCaseAt
	u.view.openEvaluation = u.onEvaluation

	// A saved document's notice floats over the case view, where it
	// stops and moves nothing: the counselor opens the file or goes on
	// (savednotice.go).
	u.saved = newSavedLayer(u.noticeAbove, u.focusedIn)
	u.focus.Moved = u.placeNotice
	split := container.NewHSplit(u.list.buildUI(), container.NewStack(u.view.buildUI(), u.saved))
	split.Offset = listShare
	u.split = split
	if u.listHidden {
		u.showCaseList()
	}
	u.win.SetTitle(u.loc.T("App.Title"))
	u.banner = container.NewVBox()
	u.env.Notice = func(o fyne.CanvasObject) {
		u.saved.Objects = nil
		if o != nil {
			u.saved.Objects = []fyne.CanvasObject{newNoticeBox(o)}
		}
		u.saved.Refresh()
	}
	u.view.onWorkChanged = u.placeNotice
	// Texts cut with "…" show whole in a tip over the content
	// (kit.ShowTip), under the focus ring (kit.Frame).
	u.win.SetContent(kit.Frame(kit.TipLayer(u.win, kit.Border(u.banner, nil, nil, nil, split))))
	u.showNotices()
	u.menuFor = menuState{id: -1} // built now, for whatever is open
	u.refreshMenu()
	u.registerShortcuts()
	u.win.Canvas().SetOnTypedKey(u.pageKey)
}

// pageKey is the window's key handler: it gets the keys while nothing is
// focused and those a focused widget passes on (kit.PassKey). Escape
// closes a dialog of Fyne's own (a kit.Dialog has its own handler);
// PageUp, PageDown, Home and End scroll the page shown.
func (u *UI) pageKey(ev *fyne.KeyEvent) {
	c := u.win.Canvas()
	if c.Overlays().Top() != nil {
		if ev.Name == fyne.KeyEscape {
			kit.DismissTop(c)
		}
		return
	}
	if u.view == nil {
		return
	}
	for _, sc := range u.view.pages() {
		kit.PageKey(sc, ev)
	}
}

// today is the current calendar day; deadlines are compared against it.
func (u *UI) today() model.Date { return model.DateOf(u.now()) }

func (u *UI) ctx() context.Context { return context.Background() }

func (u *UI) loadSettings() {
	s, err := u.store.Settings(u.ctx())
	if err != nil {
		u.showError(err)
		return
	}
	u.settings = s
}

// loadPartners reads the network partner directory the workspaces choose from.
func (u *UI) loadPartners() {
	ps, err := u.store.Partners(u.ctx())
	if err != nil {
		u.showError(err)
		return
	}
	u.partners = ps
	if u.env != nil {
		u.env.Partners = ps
	}
}

// reloadCases reads the case list from the store and keeps the search, the
// filter and the selection.
func (u *UI) reloadCases() {
	rows, err := u.store.ListCases(u.ctx())
	if err != nil {
		u.showError(err)
		return
	}
	u.list.setRows(rows)
	u.view.setHasCases(len(rows) > 0)
}

// onCaseSaved follows a save of the open case. Only its row in the list
// can have changed (name, phase, next deadline), so the list is not read
// again: an autosave comes every few seconds of typing, and listing
// 10,000 cases is slow (BenchmarkCaseListLoad in docs/performance.md).
// Creating, importing and deleting cases
// still reload the whole list.
func (u *UI) onCaseSaved(c *model.Case) {
	u.list.updateCase(c.Summarize(u.env.Settings))
	u.refreshMenu()
}

// runSearch runs the case list's search off the event goroutine in the
// running app, so typing never waits for it (kit.Background).
func (u *UI) runSearch(work, apply func()) { kit.Background(u.env, work, apply) }

// onOpenCase loads the case and shows it on the right.
func (u *UI) onOpenCase(id int64) {
	// Write what is pending first, so reopening the same case reads it back.
	u.view.flush()
	c, err := u.store.LoadCase(u.ctx(), id)
	if err != nil {
		u.showError(err)
		return
	}
	u.view.setCase(c)
	u.refreshMenu()
}

// onDue shows the Fällig overview across all cases, closing the open one:
// the day's list is one click or Ctrl+D away from any case.
func (u *UI) onDue() {
	u.view.showOverview()
	u.list.deselect()
	u.refreshMenu()
}

// openCaseAt opens a case in the workspace of phase p.
func (u *UI) openCaseAt(id int64, p model.Phase) {
	u.list.selectCase(id)
	if u.view.c != nil && u.view.c.ID == id {
		u.view.onShowPhase(p)
	}
}

// onPartners opens the network partner directory in a window of its own,
// so it can stay open beside a case.
func (u *UI) onPartners() {
	if u.partnerWin != nil {
		u.partnerWin.RequestFocus()
		return
	}
	w := u.app.NewWindow(u.loc.T("Partners.Title"))
	stop := kit.OwnWindow(w, partners.NewDirectory(u.env, w, func() {
		u.partners = u.env.Partners
		if u.view.work != nil {
			u.view.work.rebuildSelected()
		}
	}), u.async)
	w.SetOnClosed(func() { stop(); u.partnerWin = nil })
	u.partnerWin = w
	w.Show()
	// after Show, as the main window: before it, the driver sizes the
	// window for the screen's scale itself
	w.Resize(u.fitted(fyne.NewSize(900, 640)))
}

// onNewCase opens the form for a new case; while it is open a second
// Ctrl+N does nothing.
func (u *UI) onNewCase() {
	if u.newCase != nil {
		return
	}
	created := false
	u.newCase = newNewCaseForm(u.loc, u.win, u.now, func(c *model.Case) error {
		err := u.onCreateCase(c)
		created = err == nil
		return err
	})
	u.newCase.show(func() {
		u.newCase = nil
		if created {
			u.focusPage() // typing goes on in the new case
		}
	})
}

// onCreateCase stores a new case, refreshes the list and opens the case.
// An error leaves the form open with everything typed.
func (u *UI) onCreateCase(c *model.Case) error {
	// The case keeps the carrier that commissioned it even when the
	// default of the settings changes later.
	if c.Commission.Carrier == "" {
		c.Commission.Carrier = strings.TrimSpace(u.env.Settings.Carrier)
	}
	if err := u.store.CreateCase(u.ctx(), c); err != nil {
		return err
	}
	u.list.clearFilter()
	u.reloadCases()
	u.list.selectCase(c.ID)
	return nil
}

// onFocusSearch puts the cursor into the search entry.
func (u *UI) onFocusSearch() {
	u.win.Canvas().Focus(u.list.search)
}

// onQuit writes what is pending and quits. If that write fails the window
// stays open with the text in its fields, and the error says why.
func (u *UI) onQuit() {
	if u.view != nil && u.view.sess != nil {
		if err := u.FlushAll(); err != nil {
			u.askQuitUnsaved(err)
			return
		}
		if u.view.sess.Unsaved() {
			// A bad date or a too long text lives only in its field.
			kit.Ask(u.win, u.loc.T("Quit.UnsavedTitle"), u.loc.T("Quit.UnsavedText"), u.loc.T("Quit.Anyway"),
				u.loc.T("Quit.Back"), widget.DangerImportance, u.app.Quit)
			return
		}
	}
	u.app.Quit()
}

// showError tells the user what went wrong in their language.
func (u *UI) showError(err error) {
	showError(u.loc, err, u.win)
}

func showError(loc *locales.Localizer, err error, w fyne.Window) {
	kit.ShowError(w, loc, err)
}
