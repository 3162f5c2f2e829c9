package contacts

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// entry is one contact of the log. It reads as a short record; "Bearbeiten"
// turns it into fields bound to the case, which save themselves.
type entry struct {
	w       *workspace
	c       *model.Contact
	box     *fyne.Container
	editing bool
}

func newEntry(w *workspace, c *model.Contact) *entry {
	e := &entry{w: w, c: c, box: container.NewVBox()}
	e.draw()
	return e
}

func (e *entry) draw() {
	body := e.summary()
	if e.editing {
		body = e.form()
	}
	e.box.Objects = []fyne.CanvasObject{e.header(), body}
	e.box.Refresh()
}

// header is the date, kind and duration with the actions.
func (e *entry) header() fyne.CanvasObject {
	s, c := e.w.s, e.c
	parts := []string{s.Env.Loc.Date(c.Date), s.Env.Loc.Enum("ContactKind", c.Kind)}
	if c.Minutes > 0 {
		parts = append(parts, s.T("Contacts.MinutesShort", "Minutes", c.Minutes))
	}
	title := kit.Wrapped(strings.Join(parts, " · ")) // kept within the window beside its buttons
	title.TextStyle.Bold = true
	edit := kit.NewButton(s.T("Contacts.Edit"), theme.DocumentCreateIcon(), e.toggle)
	if e.editing {
		edit = kit.NewButton(s.T("Contacts.Done"), theme.ConfirmIcon(), e.toggle)
	}
	edit.Importance = widget.LowImportance
	id := c.ID
	remove := kit.NewButton("", theme.DeleteIcon(), func() { e.w.removeContact(id) })
	remove.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, container.NewHBox(edit, remove), title)
}

// toggle switches between reading and editing; leaving the fields writes
// them and updates the role counts.
func (e *entry) toggle() {
	if e.editing {
		_ = e.w.s.Flush()
		e.w.refreshRoles()
	}
	e.editing = !e.editing
	e.draw()
}

// summary is the contact as it reads in the log.
func (e *entry) summary() fyne.CanvasObject {
	s, c := e.w.s, e.c
	box := container.NewVBox()
	var who []string
	if c.With != "" {
		who = append(who, s.T("Contacts.WithLine", "With", c.With))
	}
	if names := partnerNames(s, c.Partners); names != "" && names != c.With {
		who = append(who, s.T("Contacts.PartnersLine", "Partners", names))
	}
	if len(who) > 0 {
		box.Add(kit.Wrapped(strings.Join(who, " · ")))
	}
	if c.Notes != "" {
		box.Add(kit.Wrapped(s.Shown(c.Notes))) // a stored note too long to draw quickly is cut
	}
	if len(c.Roles) > 0 {
		roles := make([]string, len(c.Roles))
		for i, r := range c.Roles {
			roles[i] = s.Env.Loc.Enum("Role", r)
		}
		l := widget.NewLabelWithStyle(s.T("Contacts.RolesLine", "Roles", strings.Join(roles, ", ")), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		box.Add(l)
	}
	for _, d := range e.disclosures() {
		l := kit.Wrapped(s.T("Contacts.DisclosureLine", "Partner", s.Env.PartnerName(d.Partner), "Categories", categoryList(s, d.Categories), "Channel", d.Channel))
		l.Importance = widget.MediumImportance
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.MailForwardIcon()), nil, l))
	}
	return box
}

// datePath is where the contact's date is in the case, by which the
// model names it.
func (e *entry) datePath() string {
	for i := range e.w.s.Case.Contacts {
		if &e.w.s.Case.Contacts[i] == e.c {
			return fmt.Sprintf("contacts[%d].date", i)
		}
	}
	return ""
}

// form edits the contact in place.
func (e *entry) form() fyne.CanvasObject {
	s, c := e.w.s, e.c
	roles := kit.Checks(s, "Role", model.Roles, &c.Roles)
	roles.Horizontal = true
	// A contact's disclosure carries its day and goes to one of its
	// partners (model CheckCase): with one, both stay as recorded.
	linked := len(e.disclosures()) > 0
	var date, partners fyne.CanvasObject = s.DateAt(&c.Date, e.datePath()), partnerPicker(s, &c.Partners, s.Edited, plainSelect)
	if linked {
		date, partners = widget.NewLabel(s.Env.Loc.Date(c.Date)), kit.Wrapped(partnerNames(s, c.Partners))
	}
	f := s.Form(
		kit.Row{LabelID: "Contacts.Date", Field: date},
		kit.Row{LabelID: "Contacts.Minutes", Field: s.Int(&c.Minutes, 0, model.MaxContactMinutes)},
		kit.Row{LabelID: "Contacts.Kind", Field: kit.Select(s, "ContactKind", model.ContactKinds, &c.Kind)},
		kit.Row{LabelID: "Contacts.With", Field: s.Text(&c.With)},
		kit.Row{LabelID: "Contacts.Partners", Field: partners},
		kit.Row{LabelID: "Contacts.Notes", Field: s.Note(&c.Notes)},
		kit.Row{LabelID: "Contacts.Roles", Field: roles},
	)
	if linked {
		hint := kit.Wrapped(s.T("Contacts.DisclosureStays") + " " + s.T("Contacts.LinkedFixed"))
		hint.Importance = widget.LowImportance
		return container.NewVBox(f, hint)
	}
	return f
}

// disclosures are the Informationsweitergaben made in this contact.
func (e *entry) disclosures() []model.Disclosure {
	var out []model.Disclosure
	for _, d := range e.w.s.Case.Disclosures {
		if d.ContactID != "" && d.ContactID == e.c.ID {
			out = append(out, d)
		}
	}
	return out
}

func categoryList(s *kit.Session, cats []model.InfoCategory) string {
	out := make([]string, len(cats))
	for i, c := range cats {
		out[i] = s.Env.Loc.Enum("InfoCategory", c)
	}
	return strings.Join(out, ", ")
}
