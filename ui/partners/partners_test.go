package partners

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// openDirectory shows the partner directory in the fixture's window.
func openDirectory(f *uitest.Fixture) (*directory, *int) {
	changed := 0
	d := &directory{env: f.S.Env, onChanged: func() { changed++ }}
	f.Put(d.build())
	return d, &changed
}

func storedPartners(f *uitest.Fixture) []model.Partner {
	f.T.Helper()
	ps, err := f.DB.Partners(context.Background())
	if err != nil {
		f.T.Fatal(err)
	}
	return ps
}

func names(rows []row) string {
	var out []string
	for _, r := range rows {
		if r.heading != "" {
			out = append(out, "["+r.heading+"]")
		} else {
			out = append(out, r.p.Name)
		}
	}
	return strings.Join(out, " | ")
}

func TestCreatePartnerPersists(t *testing.T) {
	f := uitest.NewFixture(t)
	d, changed := openDirectory(f)
	o := f.TapDialog("Netzwerkpartner anlegen …")
	save := uitest.Button(t, o, "Speichern")
	if !save.Disabled() {
		t.Error("a partner without name and category cannot be saved")
	}
	entries := uitest.All[*kit.Entry](o) // name, person, phone, email, address, notes
	test.Type(entries[0], "Integrationsfachdienst Nordstadt")
	uitest.Field[*widget.RadioGroup](t, o, "Gruppe").SetSelected("Partner außerhalb der Rentenversicherung")
	uitest.SelectWith(t, o, "Integrationsfachdienst").SetSelected("Integrationsfachdienst")
	test.Type(entries[1], "Petra Vermittlung")
	test.Type(entries[3], "petra.vermittlung@")
	if !save.Disabled() {
		t.Error("a bad e-mail address must keep the partner from being saved")
	}
	if got := uitest.Texts(o); !strings.Contains(got, "E-Mail: „petra.vermittlung@“ ist keine gültige E-Mail-Adresse") {
		t.Errorf("the form does not say what is wrong:\n%s", got)
	}
	test.Type(entries[3], "ifd.example.org")
	if save.Disabled() {
		t.Fatalf("complete partner cannot be saved:\n%s", uitest.Texts(o))
	}
	test.Tap(save)
	var got *model.Partner
	for _, p := range storedPartners(f) {
		if p.Name == "Integrationsfachdienst Nordstadt" {
			got = &p
		}
	}
	if got == nil {
		t.Fatal("the new partner is not in the store")
	}
	if got.Category != model.PartnerIFD || got.ContactPerson != "Petra Vermittlung" || got.Email != "petra.vermittlung@ifd.example.org" || got.UID == "" {
		t.Errorf("stored %+v", got)
	}
	if *changed != 1 || len(f.S.Env.Partners) != 3 {
		t.Errorf("onChanged %d times, env has %d partners", *changed, len(f.S.Env.Partners))
	}
	for i := 1; i < len(f.S.Env.Partners); i++ {
		if strings.ToLower(f.S.Env.Partners[i-1].Name) > strings.ToLower(f.S.Env.Partners[i].Name) {
			t.Errorf("env.Partners not sorted by name: %v", f.S.Env.Partners)
		}
	}
	if !strings.Contains(names(d.rows), "Integrationsfachdienst Nordstadt") {
		t.Errorf("the list does not show the new partner: %s", names(d.rows))
	}
	if f.Overlay() != nil {
		t.Error("dialog still open after saving")
	}
}

func TestEditPartnerPersists(t *testing.T) {
	f := uitest.NewFixture(t)
	d, changed := openDirectory(f)
	test.Type(d.search, "oliver")
	if got := names(d.rows); got != "[Partner außerhalb der Rentenversicherung] | Kanzlei Muster & Partner" {
		t.Fatalf("search by contact person: %s", got)
	}
	d.list.Select(1)
	o := f.Overlay()
	entries := uitest.All[*kit.Entry](o)
	if entries[0].Text != "Kanzlei Muster & Partner" || entries[1].Text != "Oliver Beispiel" {
		t.Fatalf("edit form not prefilled: %q %q", entries[0].Text, entries[1].Text)
	}
	if sel := uitest.SelectWith(t, o, "Arbeitgeber (auch Werks-/Betriebsärzt*in, BEM)"); sel.Selected != "Arbeitgeber (auch Werks-/Betriebsärzt*in, BEM)" {
		t.Errorf("category not preselected: %q", sel.Selected)
	}
	test.Type(entries[2], "030 1234-0")
	f.Win.Canvas().Focus(entries[2])
	entries[2].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter saves
	ps := storedPartners(f)
	if len(ps) != 2 {
		t.Fatalf("editing made %d partners, want still 2", len(ps))
	}
	for _, p := range ps {
		if p.UID == f.Employer.UID && (p.Phone != "030 1234-0" || p.ID != f.Employer.ID || p.Name != "Kanzlei Muster & Partner") {
			t.Errorf("stored %+v", p)
		}
	}
	if *changed != 1 {
		t.Errorf("onChanged ran %d times", *changed)
	}
	if p, _ := f.S.Env.Partner(f.Employer.UID); p.Phone != "030 1234-0" {
		t.Errorf("env.Partners not refreshed: %+v", p)
	}
}

func TestSearchByNameCategoryAndGroups(t *testing.T) {
	f := uitest.NewFixture(t)
	_, ps := demo.Cases(1, 1, uitest.Now)
	f.S.Env.Partners = ps
	d, _ := openDirectory(f)
	all := names(d.rows)
	if !strings.HasPrefix(all, "[Partner innerhalb der Rentenversicherung]") || !strings.Contains(all, "[Partner außerhalb der Rentenversicherung]") {
		t.Errorf("not grouped inside/outside: %s", all)
	}
	inside := strings.Index(all, "[Partner außerhalb")
	for _, r := range d.rows {
		if r.heading == "" && r.p.Category.InsideDRV() != (strings.Index(all, r.p.Name) < inside) {
			t.Errorf("%s is in the wrong group", r.p.Name)
		}
	}
	for query, want := range map[string]string{
		"firmenservice":       "Firmenservice",
		"Integrationsamt":     "Integrationsamt",
		"reha-fachberatung":   "Reha-Fachberatung",
		"xyz-gibt-es-nicht-1": "",
	} {
		d.search.SetText(query)
		got := names(d.rows)
		if want == "" {
			if got != "" || !strings.Contains(d.count.Text, "Kein Netzwerkpartner") {
				t.Errorf("%q: rows %q, count %q", query, got, d.count.Text)
			}
			continue
		}
		if !strings.Contains(got, want) {
			t.Errorf("search %q: %s", query, got)
		}
		if len(d.rows) >= len(ps) {
			t.Errorf("search %q did not filter: %d rows", query, len(d.rows))
		}
	}
}

func TestCaseLinksPersist(t *testing.T) {
	f := uitest.NewFixture(t)
	f.S.Rebuild = func() { f.Put(NewCaseLinks(f.S)) }
	f.Put(NewCaseLinks(f.S))
	var link *widget.Select
	for _, s := range uitest.All[*widget.Select](f.Win.Content()) {
		if s.PlaceHolder == "Netzwerkpartner aus dem Verzeichnis wählen …" {
			link = s
		}
	}
	link.SetSelected("Kanzlei Muster & Partner – Arbeitgeber (auch Werks-/Betriebsärzt*in, BEM)")
	if got := f.Stored().Partners; len(got) != 1 || got[0].Partner != f.Employer.UID {
		t.Fatalf("stored links %+v", got)
	}
	got := uitest.Texts(f.Win.Content())
	if !strings.Contains(got, "Keine wirksame Einwilligung zur Weitergabe") {
		t.Errorf("the link does not say that no consent is in force:\n%s", got)
	}
	groups := uitest.All[*widget.CheckGroup](f.Win.Content())
	if len(groups) != 1 {
		t.Fatalf("%d area groups", len(groups))
	}
	groups[0].SetSelected([]string{"Arbeit und Beschäftigung", "Gesundheit (einschließlich psychomentaler Situation)"})
	if err := f.S.Flush(); err != nil {
		t.Fatal(err)
	}
	areas := f.Stored().Partners[0].Areas
	if len(areas) != 2 || areas[0] != model.AreaHealth || areas[1] != model.AreaWork {
		t.Errorf("stored areas %v", areas)
	}
	test.Tap(uitest.Button(t, f.Win.Content(), "Verknüpfung lösen"))
	test.Tap(uitest.Button(t, f.Overlay(), "Entfernen"))
	if got := f.Stored().Partners; len(got) != 0 {
		t.Errorf("after unlinking: %+v", got)
	}
}

func TestMentionedPartnersCanBeLinked(t *testing.T) {
	f := uitest.NewFixture(t)
	_ = f.S.Change(func(c *model.Case) error {
		c.Contacts = append(c.Contacts, model.Contact{ID: "k", Date: testDay(), Kind: model.ContactPhone, Partners: []string{f.Doctor.UID}})
		return nil
	})
	f.S.Rebuild = func() { f.Put(NewCaseLinks(f.S)) }
	f.Put(NewCaseLinks(f.S))
	if got := uitest.Texts(f.Win.Content()); !strings.Contains(got, "Im Fall genannt, aber noch nicht verknüpft") || !strings.Contains(got, "Hausarztpraxis Dr. Beispiel") {
		t.Fatalf("mentioned partner not offered:\n%s", got)
	}
	test.Tap(uitest.Button(t, f.Win.Content(), "Verknüpfen"))
	if got := f.Stored().Partners; len(got) != 1 || got[0].Partner != f.Doctor.UID {
		t.Errorf("stored links %+v", got)
	}
}

func testDay() model.Date { return model.DateOf(uitest.Now) }

// Only the office of the commissioning carrier rests on the consent to
// case management; any other office of the DRV is a recipient like any
// partner and is marked as lacking consent.
func TestConsentLineOfDRVOffices(t *testing.T) {
	f := uitest.NewFixture(t)
	f.S.Case.Commission.Partner = "drv-rsb"
	office := consentLine(f.S, "drv-rsb").(*widget.Label)
	if !strings.Contains(office.Text, "Zustimmung zum Fallmanagement") || office.Importance == widget.WarningImportance {
		t.Errorf("the carrier's office: %q (importance %v)", office.Text, office.Importance)
	}
	smd := consentLine(f.S, "drv-smd").(*widget.Label)
	if !strings.Contains(smd.Text, "Keine wirksame Einwilligung") || smd.Importance != widget.WarningImportance {
		t.Errorf("another DRV office: %q (importance %v)", smd.Text, smd.Importance)
	}
}

// The directory is a window of its own beside the case: its form opens in
// front of it, not behind it over the main window.
func TestPartnerFormOpensInFrontOfTheDirectory(t *testing.T) {
	f := uitest.NewFixture(t)
	own := test.NewTempWindow(t, widget.NewLabel(""))
	own.SetContent(NewDirectory(f.S.Env, own, nil))
	test.Tap(uitest.Button(t, own.Content(), f.S.T("Partners.New")))
	if own.Canvas().Overlays().Top() == nil {
		t.Fatal("the partner form is not on the directory's window")
	}
	if f.Win.Canvas().Overlays().Top() != nil {
		t.Error("the partner form opened over the main window, behind the directory")
	}
}
