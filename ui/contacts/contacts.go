// Package contacts is the contact log of a case: every conversation, visit,
// call, letter and conference with the date, the duration, who took part,
// notes and which of the four roles of the Fachkonzept the case manager
// took (Unterstützer*in, Fürsprecher*in, Vermittler*in, Zuweiser*in). A
// contact that passes information on to a network partner is a disclosure
// and goes through the consent rule (package consent) before anything of
// it is saved.
package contacts

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// New is the contacts workspace of the open case: the log, newest first,
// with the roles taken counted above it.
func New(s *kit.Session) fyne.CanvasObject {
	w := &workspace{s: s}
	return w.build()
}

type workspace struct {
	s     *kit.Session
	roles *fyne.Container
}

func (w *workspace) build() fyne.CanvasObject {
	s := w.s
	add := kit.NewButton(s.T("Contacts.Add"), theme.ContentAddIcon(), func() { showContactDialog(s) })
	add.Importance = widget.HighImportance
	w.roles = container.NewVBox()
	w.refreshRoles()

	log := container.NewVBox(container.NewHBox(add))
	order := model.ContactsNewestFirst(s.Case)
	met := s.Case.Intake.FirstMeeting
	meeting := met.Date.Valid()
	if len(order) == 0 && !meeting {
		l := widget.NewLabel(s.T("Contacts.None"))
		l.Importance = widget.LowImportance
		log.Add(l)
	}
	for _, i := range order {
		k := &s.Case.Contacts[i]
		if meeting && (!k.Date.Valid() || k.Date.Before(met.Date)) {
			log.Add(widget.NewSeparator())
			log.Add(w.meetingRow(met))
			meeting = false
		}
		log.Add(widget.NewSeparator())
		log.Add(newEntry(w, k).box)
	}
	if meeting {
		log.Add(widget.NewSeparator())
		log.Add(w.meetingRow(met))
	}
	return container.NewVBox(
		s.Section("Contacts.RolesTitle", "Contacts.RolesSubtitle", w.roles),
		s.Section("Contacts.Title", "Contacts.Subtitle", log),
	)
}

// refreshRoles redraws the role counts after a contact's roles changed.
func (w *workspace) refreshRoles() {
	w.roles.Objects = []fyne.CanvasObject{roleBar(w.s)}
	w.roles.Refresh()
}

// removeContact deletes the contact with id after asking. Disclosures made
// in it stay recorded: the information was passed on.
func (w *workspace) removeContact(id string) {
	s := w.s
	s.Confirm("Contacts.RemoveTitle", "Contacts.RemoveText", func() {
		_ = s.Change(func(c *model.Case) error {
			// A new array: what is bound into the old one must not see its entries shift.
			c.Contacts = slices.DeleteFunc(slices.Clone(c.Contacts), func(k model.Contact) bool { return k.ID == id })
			for i := range c.Disclosures {
				if c.Disclosures[i].ContactID == id {
					// The reference would dangle; the disclosure itself stays.
					c.Disclosures[i].ContactID = ""
				}
			}
			return nil
		})
	})
}

// meetingRow shows the Erstgespräch in the log, in its place by date: it
// is the first contact of the case, documented in the intake (and edited
// there), so a counselor reading the log misses none.
func (w *workspace) meetingRow(m model.FirstMeeting) fyne.CanvasObject {
	s := w.s
	head := &widget.Label{Text: s.T("Contacts.FirstMeeting", "Date", s.Env.Loc.Date(m.Date)), TextStyle: fyne.TextStyle{Bold: true}}
	mode := ""
	if m.Mode != "" {
		mode = s.Env.Loc.Enum("MeetingMode", m.Mode)
	}
	var parts []string
	for _, p := range []string{m.Place, mode, m.Participants} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	where := kit.Wrapped(strings.Join(parts, " · "))
	note := kit.Explanation(s.T("Contacts.FirstMeetingNote"))
	return container.NewBorder(nil, nil, widget.NewIcon(theme.AccountIcon()), nil, container.NewVBox(head, where, note))
}
