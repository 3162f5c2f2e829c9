package planning

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"teilhabelotse/model"
	"teilhabelotse/ui/consent"
	"teilhabelotse/ui/kit"
)

// contextCard holds the client's situation as the plan states it: the
// person (from the case data), the health disorder and its consequences,
// context factors, special concerns and the current participation need.
func (w *workspace) contextCard() fyne.CanvasObject {
	s, p := w.s, w.p
	form := vertical(s.Form(
		kit.Row{LabelID: "Planning.Disorder", Field: rows(s.Note(&p.Disorder), 2)},
		kit.Row{LabelID: "Planning.Consequences", Field: s.Note(&p.Consequences)},
		kit.Row{LabelID: "Planning.Facilitating", Field: rows(s.Note(&p.FacilitatingFactors), 2)},
		kit.Row{LabelID: "Planning.Hindering", Field: rows(s.Note(&p.HinderingFactors), 2)},
		kit.Row{LabelID: "Planning.Concerns", Field: rows(s.Note(&p.Concerns), 2)},
		kit.Row{LabelID: "Planning.CurrentNeed", Field: s.Note(&p.CurrentNeed), HintID: "Planning.CurrentNeedHint"},
	))
	return card(s, "Planning.ContextTitle", "", w.personSummary(), form)
}

// personSummary shows who the plan is for, with relatives and guardian,
// as recorded in the case data (edited there, not here).
func (w *workspace) personSummary() fyne.CanvasObject {
	s, cl := w.s, w.c.Client
	lines := []string{s.T("Planning.Person", "Name", cl.FullName())}
	if cl.BirthDate.Valid() {
		lines[0] = s.T("Planning.PersonBorn", "Name", cl.FullName(), "Date", s.Env.Loc.Date(cl.BirthDate))
	}
	if len(cl.Relatives) > 0 {
		lines = append(lines, s.T("Planning.Relatives", "List", people(cl.Relatives)))
	}
	if strings.TrimSpace(cl.Guardian.Name) != "" {
		lines = append(lines, s.T("Planning.Guardian", "List", people([]model.Person{cl.Guardian})))
	}
	return container.NewVBox(kit.Wrapped(strings.Join(lines, "\n")), kit.Explanation(s.T("Planning.PersonHint")))
}

// people is "Lena Mustermann (Schwester), …".
func people(ps []model.Person) string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		t := strings.TrimSpace(p.Name)
		if r := strings.TrimSpace(p.Relation); r != "" {
			t += " (" + r + ")"
		}
		out = append(out, t)
	}
	return strings.Join(out, ", ")
}

// conferenceCard is the Teilhabekonferenz: held, when, who, what was
// agreed and the tasks with who is responsible by when.
func (w *workspace) conferenceCard() fyne.CanvasObject {
	s, k := w.s, &w.p.Conference
	// Who took part and what was shared pass the consent rule: they are
	// recorded in the conference dialog, not typed here.
	who := container.NewVBox(
		kit.Wrapped(consent.ConferenceSummary(s, *k)),
		container.NewHBox(consent.ConferenceButton(s, s.T("Conference.ChannelParticipation"), func(*model.Case) *model.Conference { return k })),
	)
	form := s.Form(
		kit.Row{LabelID: "Conference.AttendeesLabel", Field: who},
		kit.Row{LabelID: "Planning.ConfNotes", Field: s.Note(&k.Notes)},
	)
	tasks := repeat(w, &k.Tasks, "Planning.AddTask", func() model.Task { return model.Task{} }, func(_ int, t *model.Task) fyne.CanvasObject {
		return s.Form(
			kit.Row{LabelID: "Planning.TaskWhat", Field: s.Text(&t.What)},
			kit.Row{LabelID: "Planning.TaskResponsible", Field: s.Text(&t.Responsible)},
			kit.Row{LabelID: "Planning.TaskDue", Field: s.Date(&t.Due)},
			kit.Row{LabelID: "Planning.TaskDone", Field: s.Check("Planning.TaskDoneCheck", &t.Done)},
		)
	})
	return card(s, "Planning.ConferenceTitle", "Planning.ConferenceSubtitle", form, kit.Heading(s.T("Planning.Tasks")), tasks)
}

// areaPartnersCard names the network partners per participation area.
func (w *workspace) areaPartnersCard() fyne.CanvasObject {
	w.areaPartners = container.NewStack()
	w.showAreaPartners()
	return card(w.s, "Planning.AreaPartnersTitle", "Planning.AreaPartnersSubtitle", w.areaPartners)
}

// showAreaPartners lists the plan's partners by area anew: a measure's
// partner adds one (linked) while the page stays as it is.
func (w *workspace) showAreaPartners() {
	s := w.s
	w.areaPartners.Objects = []fyne.CanvasObject{repeat(w, &w.p.AreaPartners, "Planning.AddAreaPartner", func() model.AreaPartner { return model.AreaPartner{} }, func(_ int, ap *model.AreaPartner) fyne.CanvasObject {
		return s.Form(
			kit.Row{LabelID: "Planning.APArea", Field: kit.Select(s, "Area", model.Areas, &ap.Area)},
			kit.Row{LabelID: "Planning.APPartner", Field: kit.PartnerSelect(s, &ap.Partner)},
			kit.Row{LabelID: "Planning.APRole", Field: s.Text(&ap.Role)},
		)
	})}
	w.areaPartners.Refresh()
}

// participantsCard lists further participants (relatives, guardian,
// company doctor …) with their contact data.
func (w *workspace) participantsCard() fyne.CanvasObject {
	s := w.s
	list := repeat(w, &w.p.FurtherParticipants, "Planning.AddParticipant", func() model.Person { return model.Person{} }, func(_ int, fp *model.Person) fyne.CanvasObject {
		return s.Form(
			kit.Row{LabelID: "Planning.PName", Field: s.Text(&fp.Name)},
			kit.Row{LabelID: "Planning.PRelation", Field: s.Text(&fp.Relation)},
			kit.Row{LabelID: "Planning.PContact", Field: s.Text(&fp.Contact)},
		)
	})
	return card(s, "Planning.ParticipantsTitle", "Planning.ParticipantsSubtitle", list)
}

// section19Card asks whether a Teilhabeplan under § 19 SGB IX is required
// and, when it is, shows the items of § 19 (2) in the law's order. Items
// that apply only to some cases (the Bundesagentur's expert opinion, other
// public bodies, the Jobcenter) open their field when ticked; the caring
// relative's concerns close theirs when "pflegt keine Angehörigen" is
// ticked. Hiding a field keeps what was typed in it.
func (w *workspace) section19Card() fyne.CanvasObject {
	s, x := w.s, &w.p.Section19
	note := func(v *string) *kit.Entry { return rows(s.Note(v), 2) }
	fields := vertical(s.Form(
		kit.Row{LabelID: "Planning.S19Application", Field: s.Date(&x.ApplicationDate)},
		kit.Row{LabelID: "Planning.S19LeadCarrier", Field: s.Text(&x.LeadCarrier), HintID: "Planning.S19LeadCarrierHint"},
		kit.Row{LabelID: "Planning.S19InvolvedCarriers", Field: note(&x.InvolvedCarriers), HintID: "Planning.S19InvolvedCarriersHint"},
		kit.Row{LabelID: "Planning.S19Responsibility", Field: s.Date(&x.ResponsibilityClarified), HintID: "Planning.S19ResponsibilityHint"},
		kit.Row{LabelID: "Planning.S19Instruments", Field: note(&x.Instruments)},
		kit.Row{LabelID: "Planning.S19BAOpinion", Field: applies(s, "Planning.S19BAOpinionCheck", &x.BAOpinionApplies, note(&x.BAOpinion), false)},
		kit.Row{LabelID: "Planning.S19Services", Field: note(&x.Services)},
		kit.Row{LabelID: "Planning.S19Wishes", Field: note(&x.WishesChoices)},
		kit.Row{LabelID: "Planning.S19Budget", Field: s.Check("Planning.S19BudgetCheck", &x.PersonalBudget)},
		kit.Row{LabelID: "Planning.S19AgreedFindings", Field: note(&x.AgreedFindings), HintID: "Planning.S19AgreedFindingsHint"},
		kit.Row{LabelID: "Planning.S19Conference", Field: note(&x.ConferenceResults)},
		kit.Row{LabelID: "Planning.S19Consent", Field: container.NewVBox(s.Check("Planning.S19ConsentCheck", &x.ConferenceConsent), kit.Explanation(s.T("Planning.S19ConsentHint")))},
		kit.Row{LabelID: "Planning.S19PublicBodies", Field: applies(s, "Planning.S19PublicBodiesCheck", &x.PublicBodiesApply, note(&x.PublicBodies), false), HintID: "Planning.S19PublicBodiesHint"},
		kit.Row{LabelID: "Planning.S19Relatives", Field: applies(s, "Planning.S19RelativesNone", &x.NoCaringRelative, note(&x.CaringRelativesNeeds), true), HintID: "Planning.S19RelativesHint"},
		kit.Row{LabelID: "Planning.S19Jobcenter", Field: applies(s, "Planning.S19JobcenterCheck", &x.JobcenterInvolved, note(&x.Jobcenter), false), HintID: "Planning.S19JobcenterHint"},
	))
	// The check boxes' labels stay short: a check box does not wrap, and a
	// long label would make the workspace wider than a small screen.
	required := container.NewVBox(kit.Explanation(s.T("Planning.S19RequiredHint")), applies(s, "Planning.S19Required", &x.Required, fields, false))
	return card(s, "Planning.S19Title", "Planning.S19Intro", required)
}

// applies is a check box with the field it opens: shown while ticked.
// With inverse the box says the item does not apply and hides the field
// while ticked.
func applies(s *kit.Session, checkID string, flag *bool, field fyne.CanvasObject, inverse bool) fyne.CanvasObject {
	check := s.Check(checkID, flag)
	kit.Then(&check.OnChanged, func(v bool) {
		if v != inverse {
			field.Show()
		} else {
			field.Hide()
		}
	})
	if *flag == inverse {
		field.Hide()
	}
	return container.NewVBox(check, field)
}

// discussionCard records when the plan was discussed with the client and
// when she received her copy. The copy is handed over after the plan is
// finalised, so that date stays open on the current version.
func (w *workspace) discussionCard() fyne.CanvasObject {
	s, p := w.s, w.p
	discussed := s.Date(&p.DiscussedOn)
	copied := s.Date(&p.CopyHandedOn)
	if w.frozen {
		discussed.Disable()
		if !w.current || w.c.Phase == model.PhaseClosed {
			copied.Disable()
		}
	}
	form := s.Form(
		kit.Row{LabelID: "Planning.DiscussedOn", Field: discussed},
		kit.Row{LabelID: "Planning.CopyHandedOn", Field: copied},
	)
	parts := []fyne.CanvasObject{form, kit.Explanation(s.T("Planning.CopyHint"))}
	if !w.frozen {
		// The plan is discussed, handed over and finalised at the end of
		// the page, where the counselor finishes it: the button of the
		// version card above is a page's length away (the scripted walk
		// turned the wheel 58 times to reach it; by keyboard more than 80
		// Tabs back). Here it is one Tab after the last field.
		parts = append(parts, container.NewHBox(w.finalizeButton()))
	}
	return kit.Readable(card(s, "Planning.DiscussionTitle", "Planning.DiscussedHint", parts...))
}
