package consent

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

// Conferences share information: who took part and what was discussed are
// recorded in one dialog, and saving goes through the consent rule for
// every partner who took part (model.RecordConference). Notes and tasks of
// the conference stay in the workspace.

// ConferenceSummary is the one line a workspace shows of k: held or not,
// when, who took part and what was shared.
func ConferenceSummary(s *kit.Session, k model.Conference) string {
	var parts []string
	switch {
	case k.NotHeld:
		reason := strings.TrimSpace(k.NotHeldReason)
		if reason == "" {
			reason = s.T("Conference.NoReason")
		}
		parts = append(parts, s.T("Conference.NotHeldBecause", "Reason", reason))
		return strings.Join(parts, "\n")
	case k.Held && k.Date.Valid():
		parts = append(parts, s.T("Conference.HeldOn", "Date", s.Env.Loc.Date(k.Date)))
	case k.Date.Valid():
		parts = append(parts, s.T("Conference.PlannedOn", "Date", s.Env.Loc.Date(k.Date)))
	default:
		parts = append(parts, s.T("Conference.NoDate"))
	}
	if names := AttendeeNames(s, k); names != "" {
		parts = append(parts, s.T("Conference.Attendees", "Names", names))
	} else if strings.TrimSpace(k.Participants) == "" {
		parts = append(parts, s.T("Conference.NoAttendees"))
	}
	if p := strings.TrimSpace(k.Participants); p != "" {
		parts = append(parts, s.T("Conference.Note", "Text", p))
	}
	if len(k.Shared) > 0 {
		parts = append(parts, s.T("Conference.SharedList", "Categories", categoryList(s, k.Shared)))
	}
	return strings.Join(parts, "\n")
}

// AttendeeNames joins the names of k's attendees: partners by their
// directory name, persons as recorded.
func AttendeeNames(s *kit.Session, k model.Conference) string {
	var names []string
	for _, a := range k.Attendees {
		names = append(names, attendeeName(s, a))
	}
	return strings.Join(names, ", ")
}

func attendeeName(s *kit.Session, a model.Attendee) string {
	if a.Partner != "" {
		return s.Env.PartnerName(a.Partner)
	}
	return a.Person
}

// circle is the client's circle a conference may invite: the relatives
// and the legal guardian, by name.
func circle(c *model.Case) []model.Person {
	var out []model.Person
	for _, r := range c.Client.Relatives {
		if strings.TrimSpace(r.Name) != "" {
			out = append(out, r)
		}
	}
	if g := c.Client.Guardian; strings.TrimSpace(g.Name) != "" {
		out = append(out, g)
	}
	return out
}

// ConferenceButton opens the conference dialog for the conference at
// put(case); channel names the kind of conference in the disclosures it
// records ("Fallkonferenz", "Teilhabekonferenz").
func ConferenceButton(s *kit.Session, channel string, put func(*model.Case) *model.Conference) *kit.Button {
	return kit.NewButton(s.T("Conference.Edit"), theme.AccountIcon(), func() {
		EditConference(s, channel, put)
	})
}

// confDialog is the dialog of one conference.
type confDialog struct {
	s       *kit.Session
	k       model.Conference // the draft
	channel string
	put     func(*model.Case) *model.Conference
	dlg     *kit.Dialog
	draft   *kit.Draft
	hint    *widget.Label
	status  *widget.Label
	// held and notHeld are the rows of a conference held (or planned) and
	// of one not held; the state's row shows one of them.
	held, notHeld *widget.Form
}

// confState is what the dialog's first row says of the conference.
type confState string

// The states a conference dialog offers, in its row's order.
const (
	stateOpen    confState = "open" // planned, or not yet documented
	stateHeld    confState = "held"
	stateNotHeld confState = "notHeld"
)

// EditConference records when the conference at put(case) was held, who
// took part and what it shared. Saving asks, partner by partner, for the
// consents that are missing (the consent dialog of a disclosure); a
// cancelled consent dialog saves nothing and leaves this dialog open.
func EditConference(s *kit.Session, channel string, put func(*model.Case) *model.Conference) *kit.Dialog {
	e := &confDialog{s: s, k: *put(s.Case), channel: channel, put: put}
	e.k.Attendees = append([]model.Attendee(nil), e.k.Attendees...)
	e.k.Shared = append([]model.InfoCategory(nil), e.k.Shared...)
	if !e.k.Date.Valid() {
		e.k.Date = s.Env.Today()
	}
	e.dlg = kit.NewDialog(s.Env.Win, s.T("Conference.Title"), s.T("Conference.Save"), s.T("Consent.Cancel"), e.save, nil)
	e.draft = kit.NewDraft(s.Env, e.dlg)
	// Three short choices side by side: one click, not a drop-down's two.
	st := stateOpen
	switch {
	case e.k.NotHeld:
		st = stateNotHeld
	case e.k.Held:
		st = stateHeld
	}
	state := kit.RadioLabeled(e.draft.Session, []string{s.T("Conference.StateOpen"), s.T("Conference.StateHeld"), s.T("Conference.StateNotHeld")},
		[]confState{stateOpen, stateHeld, stateNotHeld}, &st)
	kit.Then(&state.OnChanged, func(label string) {
		e.k.Held, e.k.NotHeld = st == stateHeld, st == stateNotHeld
		e.draft.Edited() // validated again with the conference's state
	})
	note := e.draft.Note(&e.k.Participants)
	note.SetPlaceHolder(s.T("Conference.NotePlaceholder"))
	reason := e.draft.Note(&e.k.NotHeldReason)
	reason.SetPlaceHolder(s.T("Conference.ReasonPlaceholder"))
	e.hint = hintLabel()
	e.status = kit.Explanation("")
	top := e.draft.Form(
		kit.Row{LabelID: "Conference.Held", Field: state},
		kit.Row{LabelID: "Conference.Date", Field: e.draft.Date(&e.k.Date)},
	)
	e.held = e.draft.Form(
		kit.Row{LabelID: "Conference.AttendeesLabel", Field: e.attendeePicker()},
		kit.Row{LabelID: "Conference.SharedLabel", Field: kit.DraftChecks(e.draft, "InfoCategory", model.InfoCategories, &e.k.Shared)},
		kit.Row{LabelID: "Conference.NoteLabel", Field: note},
	)
	e.notHeld = e.draft.Form(kit.Row{LabelID: "Conference.ReasonLabel", Field: reason})
	e.dlg.SetContent(container.NewVBox(kit.Wrapped(s.T("Conference.Intro")), top, e.held, e.notHeld, e.status))
	e.dlg.SetFooter(e.hint)
	e.dlg.SetWidth(700)
	e.draft.Validate(e.update)
	e.dlg.Show()
	return e.dlg
}

// attendeePicker lists the attendees, each with a remove button, and a
// drop-down of the partners and persons of the circle not yet chosen.
func (e *confDialog) attendeePicker() fyne.CanvasObject {
	s := e.s
	box := container.NewVBox()
	var draw func()
	draw = func() {
		box.Objects = nil
		for i, a := range e.k.Attendees {
			rm := kit.NewButton("", theme.ContentRemoveIcon(), func() {
				e.k.Attendees = slices.Delete(e.k.Attendees, i, i+1)
				e.draft.Edited()
				draw()
			})
			rm.Importance = widget.LowImportance
			box.Add(container.NewBorder(nil, nil, nil, rm, widget.NewLabel(e.attendeeLine(a))))
		}
		var avail []model.Attendee
		var names []string
		for _, pt := range s.Env.Partners {
			a := model.Attendee{Partner: pt.UID}
			if !slices.Contains(e.k.Attendees, a) {
				avail, names = append(avail, a), append(names, pt.Name)
			}
		}
		for _, p := range circle(s.Case) {
			a := model.Attendee{Person: p.Name}
			if !slices.Contains(e.k.Attendees, a) {
				avail, names = append(avail, a), append(names, e.attendeeLine(a))
			}
		}
		if len(avail) > 0 {
			sel := e.dlg.Select(names, nil)
			sel.PlaceHolder = s.T("Conference.AddAttendee")
			sel.OnChanged = func(string) {
				if i := sel.SelectedIndex(); i >= 0 {
					e.k.Attendees = append(e.k.Attendees, avail[i])
					e.draft.Edited()
					draw()
				}
			}
			box.Add(sel)
		}
		box.Refresh()
		e.dlg.Refit()
	}
	draw()
	return box
}

// attendeeLine names an attendee with what they are: the partner's
// category, or the person's relation to the client.
func (e *confDialog) attendeeLine(a model.Attendee) string {
	s := e.s
	if a.Partner != "" {
		if p, ok := s.Env.Partner(a.Partner); ok && p.Category != "" {
			return p.Name + " (" + s.Env.Loc.Enum("PartnerCategory", p.Category) + ")"
		}
		return s.Env.PartnerName(a.Partner)
	}
	for _, p := range circle(s.Case) {
		if p.Name == a.Person && strings.TrimSpace(p.Relation) != "" {
			return s.T("Conference.PersonLine", "Name", p.Name, "Relation", p.Relation)
		}
	}
	return s.T("Conference.PersonLine", "Name", a.Person, "Relation", s.T("Conference.Circle"))
}

// update says what the draft lacks (confirm is disabled then) and, before
// saving, which partners still need a consent (saving asks for them).
func (e *confDialog) update() bool {
	s := e.s
	if e.k.NotHeld != e.held.Hidden || e.k.NotHeld == e.notHeld.Hidden {
		if e.k.NotHeld {
			e.held.Hide()
			e.notHeld.Show()
		} else {
			e.held.Show()
			e.notHeld.Hide()
		}
		e.dlg.Refit()
	}
	text := ""
	switch {
	case e.k.Held && !e.k.Date.Valid():
		text = GapText(s, model.GapDate)
	case e.k.NotHeld && strings.TrimSpace(e.k.NotHeldReason) == "":
		text = s.T("Conference.NeedReason")
	}
	setHint(e.hint, text)
	var need []string
	for _, g := range model.ConferenceGaps(s.Case, e.recorded()) {
		need = append(need, s.Env.PartnerName(g.Partner))
	}
	switch {
	case len(need) > 0:
		e.status.SetText(s.T("Conference.NeedConsent", "Names", strings.Join(need, ", ")))
		e.status.Importance = widget.WarningImportance
	case e.recorded().Shares() && len(e.k.PartnerAttendees()) > 0:
		e.status.SetText(s.T("Conference.Covered"))
		e.status.Importance = widget.MediumImportance
	default:
		e.status.SetText("")
	}
	e.status.Refresh()
	return text == ""
}

// recorded is the draft as it will be saved: a conference not held has no
// attendees, nothing shared and no note on them (the dialog keeps them
// while it is open, should the state be changed back), one held or
// planned no reason for not being held.
func (e *confDialog) recorded() model.Conference {
	k := e.k
	if k.NotHeld {
		k.Attendees, k.Shared, k.Participants = nil, nil, ""
	} else {
		k.NotHeldReason = ""
	}
	return k
}

// save asks for the first missing consent and comes back; once every
// partner is covered, the conference and its disclosures are written in
// one change.
func (e *confDialog) save() {
	s := e.s
	if !e.draft.Valid() {
		return
	}
	draft := e.recorded()
	if gaps := model.ConferenceGaps(s.Case, draft); len(gaps) > 0 {
		Require(s, gaps[0].Partner, draft.Shared, draft.Date, func() {
			e.draft.Edited()
			e.save()
		})
		return
	}
	applied := false
	_ = s.Change(func(c *model.Case) error {
		k := *e.put(c) // notes and tasks as the workspace holds them
		k.Held, k.NotHeld, k.NotHeldReason = draft.Held, draft.NotHeld, draft.NotHeldReason
		k.Date, k.Attendees, k.Shared, k.Participants = draft.Date, draft.Attendees, draft.Shared, draft.Participants
		if k.ID == "" {
			k.ID = e.k.ID
		}
		if _, err := c.RecordConference(k, e.channel, e.put); err != nil {
			return err
		}
		applied = true
		return nil
	})
	if applied {
		e.dlg.Hide()
	}
}
