//go:build screenshots

package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/assessment"
	"teilhabelotse/ui/closure"
	"teilhabelotse/ui/consent"
	"teilhabelotse/ui/contacts"
	"teilhabelotse/ui/due"
	"teilhabelotse/ui/intake"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
	"teilhabelotse/ui/masterdata"
	"teilhabelotse/ui/monitoring"
	"teilhabelotse/ui/partners"
	"teilhabelotse/ui/planning"
	"teilhabelotse/ui/reading"
	"teilhabelotse/ui/transition"
)

// TestScreenshots is the screenshot tool, not a test: it writes PNGs of
// the main window, the settings, every workspace and its dialogs, drawn
// from the demo cases, for a person to look at (and to copy into
// docs/screenshots by choice). It asserts nothing and runs only with the
// tag "screenshots" and UI_SCREENSHOTS naming a folder:
//
//	make screenshots
//	UI_SCREENSHOTS=/tmp/shots go test -tags 'migrated_fynedo screenshots' -run 'TestScreenshots/planning' ./ui/
//
// Each workspace is driven from outside, through what it exports and what
// a user sees (uitest's walker), as the window does.
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	for _, sh := range []struct {
		name  string
		shoot func(t *testing.T, dir string)
	}{
		{"window", shootWindow},
		{"settings", shootSettings},
		{"due", shootDue},
		{"intake", shootIntake},
		{"assessment", shootAssessment},
		{"planning", shootPages(planning.New, map[string]string{"Probe": "planning-draft", "Mustermann": "planning-final", "Beispielmann": "planning-v2"},
			"planning-empty", func() *model.Case {
				c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann", BirthDate: model.NewDate(1970, 4, 1)}, uitest.Now.AddDate(0, -3, 0))
				c.Phase = model.PhasePlanning
				return c
			})},
		{"monitoring", shootPages(monitoring.New, map[string]string{"Mustermann": "monitoring-v1", "Beispielmann": "monitoring-loop", "Vorlage": "monitoring-closed"},
			"monitoring-overdue", uitest.MonitoringCase)},
		{"closure", shootScrolled(closure.New, []scrolled{
			{4, "closure.png", 0}, {4, "closure-goals.png", 700}, {4, "closure-end.png", 1e6}, // closure begun, levels still open
			{5, "closure-closed.png", 0}, {5, "closure-closed-goals.png", 800}, // closed, every goal rated
		})},
		{"reading", shootScrolled(reading.New, []scrolled{{7, "reading.png", 0}, {5, "reading-end.png", 1e6}})},
		{"transition", shootTransition},
		{"consent", shootConsent},
		{"contacts", shootContacts},
		{"partners", shootPartners},
		{"masterdata", shootMasterData},
	} {
		t.Run(sh.name, func(t *testing.T) { sh.shoot(t, dir) })
	}
}

// shootWindow: the window without cases, with a case open, and the new
// case form.
func shootWindow(t *testing.T, dir string) {
	store := uitest.Store(t)
	empty := newTestUI(t, store)
	uitest.UseLightTheme()
	shootMain(t, empty.win, filepath.Join(dir, "empty.png"))

	addCase(t, store, "Max", "Müller", "")
	c := addCase(t, store, "Erika", "Mustermann", "10010490A443", reassessedEvents()...)
	addCase(t, store, "Hans", "Schmidt", "65170839J003")
	u := newTestUI(t, store)
	uitest.UseLightTheme()
	u.list.selectCase(c.ID)
	shootMain(t, u.win, filepath.Join(dir, "case.png"))

	test.Tap(u.list.newButton)
	f := u.newCase
	typeInto(u, f.last, "Mustermann")
	typeInto(u, f.birth, "02.04.1990")
	typeInto(u, f.rvnr, "10010490A444")
	u.win.Canvas().Focus(f.first)
	shootMain(t, u.win, filepath.Join(dir, "newcase.png"))
}

// shootMain writes the main window at its first size.
func shootMain(t *testing.T, w fyne.Window, path string) {
	t.Helper()
	uitest.Shoot(t, w, fyne.NewSize(windowWidth, windowHeight), path)
}

// shootSettings: the setup page, the settings dialog and the Stammdaten
// tab, as in docs/screenshots.
func shootSettings(t *testing.T, dir string) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	uitest.UseLightTheme()
	u.firstStart = true
	u.showSetupIfNeeded()
	setup := u.win.Canvas().Overlays().Top()
	fillDialog(t, setup, "Name der Organisation", 0, "Integrationsfachdienst Hafenstadt gGmbH")
	fillDialog(t, setup, "Anschrift", 0, "Kaistraße 5\n20457 Hamburg")
	fillDialog(t, setup, "Telefon", 0, "040 555 100")
	fillDialog(t, setup, "E-Mail", 0, "fallmanagement@ifd-hafenstadt.example.org")
	logo, err := os.ReadFile(filepath.Join("..", "assets", "icon.png"))
	if err != nil {
		t.Fatal(err)
	}
	u.setup.takeLogo("logo-ifd.png", logo)
	shootMain(t, u.win, filepath.Join(dir, "app-setup.png"))
	fillDialog(t, setup, "Name", 0, "Sabine Lotse")
	fillDialog(t, setup, "Funktion", 0, "Fallmanagerin")
	fillDialog(t, setup, "Auftraggebender Träger", 0, "Deutsche Rentenversicherung Nord")
	fillDialog(t, setup, "Name", 1, "Jörg Stellvertreter")
	fillDialog(t, setup, "Telefon", 1, "040 555 101")
	test.Tap(uitest.Button(t, setup, "Speichern"))

	u.onSettings()
	shootMain(t, u.win, filepath.Join(dir, "app-settings.png"))
	u.win.Canvas().Overlays().Top().Hide()

	c := addCase(t, store, "Erika", "Musterfrau", "10010490A443")
	c.Client.BirthDate = model.NewDate(1990, 4, 1)
	c.Client.Address, c.Client.Phone = "Elbchaussee 12\n22765 Hamburg", "040 987654"
	c.Client.Interpreter, c.Client.InterpreterLanguage = true, "Arabisch"
	c.Client.Guardian = model.Person{Name: "Betreuungsverein Altona e. V.", Relation: "Behördenangelegenheiten", Contact: "040 333"}
	c.Commission = model.Commission{Carrier: "Deutsche Rentenversicherung Nord", Reference: "FM-2025-0815", Date: model.NewDate(2025, 3, 3)}
	if err := store.SaveCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	u.reloadCases()
	u.list.selectCase(c.ID)
	test.Tap(uitest.OneButton(t, u.view.body, "Stammdaten"))
	shootMain(t, u.win, filepath.Join(dir, "app-stammdaten.png"))
}

// shootDue: the "Fällig" overview over 30 demo cases.
func shootDue(t *testing.T, dir string) {
	uitest.German(t)
	uitest.UseLightTheme()
	db := uitest.Store(t)
	cases, ps := demo.Cases(30, 1, uitest.Now)
	uitest.StoreAll(t, db, cases, ps)
	env := &kit.Env{Loc: locales.New("de"), Store: db, Now: uitest.Clock, Partners: ps}
	w := test.NewTempWindow(t, container.NewVScroll(due.New(env, nil)))
	uitest.ShootWindow(t, w, filepath.Join(dir, "due.png"))
}

// curated is the hand-written demo cases and the demo's partners.
func curated() ([]*model.Case, []model.Partner) { return demo.Cases(demo.Curated, 1, uitest.Now) }

// shootPages writes the pages of the workspace build makes of the curated
// demo cases of the clients' last names (to picture names) and of one
// more case, named extra.
func shootPages(build func(*kit.Session) fyne.CanvasObject, byLastName map[string]string, extra string, c func() *model.Case) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		shots, ps := uitest.CuratedByLastName(byLastName)
		shots[extra] = c()
		for name, c := range shots {
			uitest.Open(t, c, ps).ShootPages(dir, name, build)
		}
	}
}

// scrolled is a picture of a curated demo case's workspace, scrolled
// down by offset.
type scrolled struct {
	curated int
	name    string
	offset  float32
}

func shootScrolled(build func(*kit.Session) fyne.CanvasObject, shots []scrolled) func(*testing.T, string) {
	return func(t *testing.T, _ string) {
		cases, ps := curated()
		built := map[int]fyne.CanvasObject{}
		for _, sh := range shots {
			if built[sh.curated] == nil {
				built[sh.curated] = build(uitest.Open(t, cases[sh.curated], ps).S)
			}
			uitest.ShootScrolled(t, built[sh.curated], sh.name, sh.offset)
		}
	}
}

// shootIntake: the intake of a rich case (wide, narrow, closed), of a new
// overdue case, and the consent dialog.
func shootIntake(t *testing.T, dir string) {
	rich := func() *model.Case {
		cases, _ := curated()
		for _, c := range cases {
			if c.Intake.FirstMeeting.Mode == model.ModeVideo && c.CMConsent.GivenOn.Valid() {
				return c
			}
		}
		t.Fatal("no demo case with a video first meeting and consent")
		return nil
	}
	newCase := func() *model.Case {
		c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, uitest.Now.Add(-time.Hour))
		c.Intake.Referral.ReceivedOn = uitest.Today.AddDays(-20)
		return c
	}
	for _, sh := range []struct {
		name  string
		c     func() *model.Case
		width float32
		open  bool // the folds of the first and fifth screening area
	}{
		{"intake-rich", rich, 1000, true},
		{"intake-rich-narrow", rich, 460, true},
		{"intake-new-overdue", func() *model.Case {
			c := newCase()
			c.Intake.FirstMeeting.Mode = model.ModePhone
			return c
		}, 1000, false},
		{"intake-closed", func() *model.Case {
			c := rich()
			c.Phase = model.PhaseClosed
			return c
		}, 1000, false},
	} {
		h := uitest.Open(t, sh.c(), demo.Partners())
		// Built under the light theme: widgets take some colours when
		// they are created.
		uitest.UseLightTheme()
		h.Show(intake.New)
		if sh.open {
			folds := screeningFolds(h)
			folds[0].Open(0)
			folds[4].Open(0)
		}
		uitest.ShootTall(t, h.Root, sh.width, filepath.Join(dir, sh.name+".png"))
	}
	h := uitest.Open(t, newCase(), demo.Partners())
	uitest.UseLightTheme()
	h.Show(intake.New)
	test.Tap(uitest.Button(t, h.Root, h.S.T("Intake.ConsentRecord")))
	test.Tap(uitest.Tappable(t, h.Dialog(), h.S.Env.Loc.Enum("ConsentForm", model.ConsentForms[0])))
	uitest.ShootWindow(t, h.Win, filepath.Join(dir, "intake-consent-dialog.png"))
}

// screeningFolds are the folds of the screening areas, in their order.
func screeningFolds(h *uitest.Host) []*widget.Accordion {
	prefix, _, _ := strings.Cut(h.S.T("Intake.ScreeningFold", "Ticked", 0, "Total", 0), "(")
	var out []*widget.Accordion
	for _, a := range uitest.AllDeep[*widget.Accordion](h.Root) {
		if len(a.Items) == 1 && strings.HasPrefix(a.Items[0].Title, prefix) {
			out = append(out, a)
		}
	}
	if len(out) < 5 {
		h.T.Fatalf("%d screening areas", len(out))
	}
	return out
}

// shootAssessment: the workspace of three curated cases drawn whole, an
// earlier assessment, and the profile chart with one and twelve items,
// wide and narrow.
func shootAssessment(t *testing.T, dir string) {
	shots := map[string]*model.Case{}
	cases, ps := curated()
	for _, c := range cases {
		switch c.Client.FirstName {
		case "Aylin":
			shots["assessment-current.png"] = c
		case "Monika":
			shots["assessment-reassessed.png"] = c
		case "Lukas":
			shots["assessment-empty.png"] = c
		}
	}
	for name, c := range shots {
		h := uitest.Open(t, c, ps)
		h.Show(assessment.New)
		uitest.UseLightTheme()
		uitest.ShootTall(t, h.Root, 1000, filepath.Join(dir, name))
		if name == "assessment-reassessed.png" {
			versions(t, h.Root).SetSelectedIndex(1)
			uitest.ShootTall(t, h.Root, 1000, filepath.Join(dir, "assessment-earlier.png"))
		}
		// The top of the workspace, as the window shows it.
		uitest.ShootScrolled(t, h.Root, "window-"+name, 0)
	}

	items := []string{"Heben und Tragen", "Sitzen", "Stehen und Gehen", "Feinmotorik", "PC-Arbeit", "Konzentration",
		"Arbeiten unter Zeitdruck", "Kundenkontakt am Telefon und am Schalter", "Schichtarbeit", "Belastbarkeit / Ausdauer", "Lernfähigkeit", "Teamarbeit"}
	for _, n := range []int{1, 12} {
		c := model.NewCase(model.Client{FirstName: "Aylin", LastName: "Musterfrau"}, uitest.Now.Add(-30*24*time.Hour))
		c.Phase = model.PhaseAssessment
		a := c.StartAssessment(model.NewDate(2025, 2, 2), "")
		for i := 0; i < n; i++ {
			a.Profile = append(a.Profile, model.ProfileItem{Item: items[i], Capability: (i * 2) % 6, Requirement: (i*3 + 2) % 6})
		}
		h := uitest.Open(t, c, nil)
		uitest.UseLightTheme()
		h.Show(assessment.New)
		chart := drawing(t, h.Root, h.S.T("Assessment.GapLegend"))
		for _, width := range []float32{1000, 560} {
			w := test.NewTempWindow(t, container.NewPadded(chart))
			uitest.Shoot(t, w, fyne.NewSize(width, chart.MinSize().Height+4*theme.Padding()), filepath.Join(dir, fmt.Sprintf("chart-%d-items-%.0f.png", n, width)))
		}
	}
}

// versions is the drop-down of the assessments, newest first.
func versions(t *testing.T, root fyne.CanvasObject) *widget.Select {
	for _, s := range uitest.All[*widget.Select](root) {
		for _, o := range s.Options {
			if strings.Contains(o, " vom ") {
				return s
			}
		}
	}
	t.Fatal("no assessment selector")
	return nil
}

// drawing is the innermost widget below root that draws text itself (a
// custom-drawn widget such as the profile chart).
func drawing(t *testing.T, root fyne.CanvasObject, text string) fyne.Widget {
	var found fyne.Widget
	for _, w := range uitest.All[fyne.Widget](root) {
		for _, tx := range uitest.All[*canvas.Text](w) {
			if tx.Text == text {
				found = w // later in the walk is further in
			}
		}
	}
	if found == nil {
		t.Fatalf("nothing draws %q", text)
	}
	return found
}

// shootTransition: the transition bar of curated cases, an early ending
// with its reason, a blocked move, missing documentation and the day
// asked for a move.
func shootTransition(t *testing.T, dir string) {
	cases, ps := curated()
	intake := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, uitest.Now.AddDate(0, 0, -30))
	intake.Intake.Decision = model.CMDecision{Need: model.AnswerYes, Justification: "Mehrere Bereiche betroffen", DecidedOn: uitest.Today}
	intake.CMConsent = model.CaseManagementConsent{GivenOn: uitest.Today.AddDays(-1), Form: model.FormWritten}
	bar := func(c *model.Case) *uitest.Host {
		h := uitest.Open(t, c, ps)
		h.Put(container.NewVBox(transition.New(h.S, func() {}), widget.NewLabel("")))
		return h
	}
	shoot := func(h *uitest.Host, name string) {
		uitest.UseLightTheme()
		uitest.ShootWindow(t, h.Win, filepath.Join(dir, name))
	}
	start := func(h *uitest.Host, kind model.TransitionKind) {
		if !transition.Start(h.S, kind) {
			t.Fatalf("the bar does not offer %s in %s", kind, h.S.Case.Phase)
		}
	}

	h := bar(cases[3]) // monitoring
	shoot(h, "transition-bar.png")
	start(h, model.KindClosePremature)
	test.Type(uitest.Field[*kit.Entry](t, h.Dialog(), h.S.T("Transition.Reason")), "Längere Erkrankung")
	shoot(h, "transition-reason.png")

	h = bar(cases[2]) // planning draft
	start(h, model.KindAdvance)
	shoot(h, "transition-blocked.png")

	h = bar(cases[2]) // planning draft, conference not held yet
	start(h, model.KindCloseRegular)
	test.Tap(uitest.Tappable(t, h.Dialog(), h.S.T("Transition.Ack")))
	shoot(h, "transition-missing.png")

	h = bar(intake)
	start(h, model.KindAdvance)
	shoot(h, "transition-day.png")
}

// shootConsent: the consents of the demo case with the most of them, the
// consent dialog and the conference dialog, held and not held.
func shootConsent(t *testing.T, dir string) {
	f := uitest.NewFixture(t)
	f.Demo(func(c *model.Case) int { return len(c.Consents) + len(c.Disclosures) })
	sc := container.NewVScroll(consent.New(f.S))
	f.Put(sc)
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "consent.png"))
	sc.ScrollToBottom()
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "consent-end.png"))
	consent.Require(f.S, f.S.Env.Partners[0].UID, []model.InfoCategory{model.InfoHealth, model.InfoWork, model.InfoPlan}, uitest.Today, func() {})
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "consent-dialog.png"))
	f.Overlay().Hide()
	put := func(c *model.Case) *model.Conference { return &c.CurrentPlan().Conference }
	if f.S.Case.CurrentPlan() != nil {
		consent.EditConference(f.S, "Teilhabekonferenz", put)
		uitest.ShootWindow(t, f.Win, filepath.Join(dir, "conference-dialog.png"))
		uitest.Field[*widget.RadioGroup](t, f.Overlay(), "Durchführung").SetSelected("nicht durchgeführt")
		uitest.Field[*kit.Entry](t, f.Overlay(), "Grund").SetText("Nur ein Träger beteiligt; alles bilateral abgestimmt")
		uitest.ShootWindow(t, f.Win, filepath.Join(dir, "conference-not-held.png"))
	}
}

// shootContacts: the contact log, a contact being edited and the contact
// dialog.
func shootContacts(t *testing.T, dir string) {
	f := uitest.NewFixture(t)
	f.Demo(func(c *model.Case) int { return len(c.Contacts) })
	f.Put(container.NewVScroll(contacts.New(f.S)))
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "contacts.png"))
	test.Tap(uitest.Buttons(f.Win.Content(), "Bearbeiten")[0])
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "contacts-edit.png"))
	test.Tap(uitest.Button(t, f.Win.Content(), "Kontakt erfassen …"))
	uitest.All[*widget.RadioGroup](f.Dialog())[0].SetSelected("Ja, Informationen weitergegeben")
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "contacts-dialog.png"))
}

// shootPartners: the directory, an entry being edited and a case's
// partners.
func shootPartners(t *testing.T, dir string) {
	f := uitest.NewFixture(t)
	f.Demo(func(c *model.Case) int { return len(c.Partners) })
	model.SortPartners(f.S.Env.Partners)
	f.Put(container.NewVScroll(partners.NewDirectory(f.S.Env, f.Win, func() {})))
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "partners.png"))
	uitest.All[*widget.List](f.Win.Content())[0].Select(3)
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "partners-edit.png"))
	f.Overlay().Hide()
	f.Put(container.NewVScroll(partners.NewCaseLinks(f.S)))
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "partners-case.png"))
}

// shootMasterData: the master data of a client with everything filled
// in, and of one without an employer, further down.
func shootMasterData(t *testing.T, _ string) {
	f := uitest.NewFixture(t)
	f.S.Env.Settings = model.Settings{Carrier: "Deutsche Rentenversicherung Nord"}
	cl := &f.S.Case.Client
	cl.Address, cl.Phone, cl.Email = "Hafenstraße 1\n20457 Hamburg", "040 123456", "erika.mustermann@example.org"
	cl.Interpreter, cl.InterpreterLanguage = true, "Arabisch"
	cl.Relatives = []model.Person{{Name: "Karl Mustermann", Relation: "Ehemann", Contact: "040 654321"}}
	cl.Guardian = model.Person{Name: "Betreuungsverein Nord e. V.", Relation: "Vermögenssorge", Contact: "040 777"}
	cl.Employer, cl.EmployerContact = f.Employer.UID, "Oliver Beispiel"
	f.S.Case.Commission = model.Commission{Carrier: model.DRVCarriers[0], Reference: "FM-2025-0042", Date: model.NewDate(2025, 3, 3)}
	uitest.ShootScrolled(t, masterdata.New(f.S), "masterdata.png", 0)
	cl.Employer, cl.EmployerContact, cl.NoEmployer = "", "", true
	uitest.ShootScrolled(t, masterdata.New(f.S), "masterdata-noemployer.png", 600)
}
