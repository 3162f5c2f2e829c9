package assessment

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/consent"
	"teilhabelotse/ui/kit"
	"teilhabelotse/ui/partners"
)

// The lists of an assessment, each edited with kit.Repeat: adding or
// removing an entry saves at once and rebuilds the workspace.

// factorsSection lists the ICF context factors, each environmental or
// personal and a barrier or a facilitator.
func (w *workspace) factorsSection(a *model.Assessment) fyne.CanvasObject {
	s := w.s
	list := kit.Repeat(s, &a.ContextFactors, "Assessment.AddFactor", func() model.ContextFactor { return model.ContextFactor{} },
		func(_ int, f *model.ContextFactor) fyne.CanvasObject {
			kinds := container.NewGridWithColumns(2,
				kit.Select(s, "FactorKind", model.FactorKinds, &f.Kind),
				kit.Select(s, "FactorEffect", model.FactorEffects, &f.Effect))
			desc := s.Text(&f.Description)
			desc.SetPlaceHolder(s.T("Assessment.FactorPlaceholder"))
			return container.NewVBox(kinds, desc)
		})
	return section(s, "Assessment.FactorsTitle", "Assessment.FactorsIntro", list)
}

// instrumentsSection lists the assessment instruments used (Eingesetzte
// Assessmentinstrumente).
func (w *workspace) instrumentsSection(a *model.Assessment) fyne.CanvasObject {
	s := w.s
	today := s.Env.Today()
	list := kit.Repeat(s, &a.Instruments, "Assessment.AddInstrument", func() model.Instrument { return model.Instrument{Date: today} },
		func(_ int, in *model.Instrument) fyne.CanvasObject {
			name := s.Text(&in.Name)
			name.SetPlaceHolder(s.T("Assessment.InstrumentPlaceholder"))
			return s.Form(
				kit.Row{LabelID: "Assessment.InstrumentName", Field: name},
				kit.Row{LabelID: "Assessment.InstrumentDate", Field: s.Date(&in.Date)},
				kit.Row{LabelID: "Assessment.InstrumentBy", Field: s.Text(&in.By)},
				kit.Row{LabelID: "Assessment.InstrumentResult", Field: note(s, &in.Result, 2, "")},
			)
		})
	return section(s, "Assessment.InstrumentsTitle", "Assessment.InstrumentsIntro", list)
}

// profileSection is the Profilvergleich: the chart on top, the items
// below; every change of a name or a value redraws the chart at once.
func (w *workspace) profileSection(a *model.Assessment) fyne.CanvasObject {
	s := w.s
	chart := newProfileChart(&a.Profile, chartText{
		capability:  s.T("Assessment.Capability"),
		requirement: s.T("Assessment.Requirement"),
		gap:         s.T("Assessment.GapLegend"),
		empty:       s.T("Assessment.ChartEmpty"),
		unnamed:     func(n int) string { return s.T("Assessment.ChartUnnamed", "N", n) },
		gapValue:    func(g int) string { return s.T("Assessment.ChartGap", "Gap", g) },
	})
	w.chart = chart
	redraw := func() { chart.Refresh() }
	list := kit.Repeat(s, &a.Profile, "Assessment.AddProfileItem", func() model.ProfileItem { return model.ProfileItem{} },
		func(_ int, p *model.ProfileItem) fyne.CanvasObject {
			name := also(s.Text(&p.Item), redraw)
			name.SetPlaceHolder(s.T("Assessment.ProfileItemPlaceholder"))
			values := container.NewHBox(
				widget.NewLabel(s.T("Assessment.Capability")), scaleSelect(s, &p.Capability, redraw),
				widget.NewLabel(s.T("Assessment.Requirement")), scaleSelect(s, &p.Requirement, redraw))
			need := s.Text(&p.ActionNeed)
			need.SetPlaceHolder(s.T("Assessment.ActionNeedPlaceholder"))
			return container.NewVBox(
				container.NewBorder(nil, nil, nil, values, name),
				container.NewBorder(nil, nil, widget.NewLabel(s.T("Assessment.ActionNeed")), nil, need))
		})
	return section(s, "Assessment.ProfileTitle", "Assessment.ProfileIntro", chart, widget.NewSeparator(), list)
}

// conferencesSection lists the case conferences, each with its tasks and
// who is responsible for them.
func (w *workspace) conferencesSection(a *model.Assessment) fyne.CanvasObject {
	s := w.s
	today := s.Env.Today()
	list := kit.Repeat(s, &a.Conferences, "Assessment.AddConference", func() model.Conference { return model.Conference{Date: today} },
		func(_ int, c *model.Conference) fyne.CanvasObject {
			// Who took part and what was shared pass the consent rule:
			// they are recorded in the conference dialog, not typed here.
			who := container.NewVBox(
				kit.Wrapped(consent.ConferenceSummary(s, *c)),
				container.NewHBox(consent.ConferenceButton(s, s.T("Conference.ChannelCase"), func(*model.Case) *model.Conference { return c })),
			)
			form := s.Form(
				kit.Row{LabelID: "Conference.AttendeesLabel", Field: who},
				kit.Row{LabelID: "Assessment.ConferenceNotes", Field: note(s, &c.Notes, 3, "")},
			)
			return container.NewVBox(form, kit.Heading(s.T("Assessment.Tasks")), w.tasks(c))
		})
	return s.Section("Assessment.ConferencesTitle", "Assessment.ConferencesSubtitle", list)
}

// tasks lists the tasks agreed in a conference: what, who, by when, done.
func (w *workspace) tasks(c *model.Conference) fyne.CanvasObject {
	s := w.s
	return kit.Repeat(s, &c.Tasks, "Assessment.AddTask", func() model.Task { return model.Task{} },
		func(_ int, t *model.Task) fyne.CanvasObject {
			what := s.Text(&t.What)
			what.SetPlaceHolder(s.T("Assessment.TaskPlaceholder"))
			who := s.Text(&t.Responsible)
			who.SetPlaceHolder(s.T("Assessment.TaskResponsiblePlaceholder"))
			details := container.NewGridWithColumns(2,
				container.NewBorder(nil, nil, widget.NewLabel(s.T("Assessment.TaskResponsible")), nil, who),
				container.NewBorder(nil, nil, widget.NewLabel(s.T("Assessment.TaskDue")), nil, s.Date(&t.Due)))
			done := s.Check("Assessment.TaskDone", &t.Done)
			return container.NewVBox(what, container.NewBorder(nil, nil, nil, done, details))
		})
}

// partnersSection lists the network partners involved, chosen from the
// directory.
func (w *workspace) partnersSection(a *model.Assessment) fyne.CanvasObject {
	s := w.s
	var parts []fyne.CanvasObject
	if len(s.Env.Partners) == 0 {
		parts = append(parts, kit.Wrapped(s.T("Assessment.NoDirectory")))
	}
	parts = append(parts, kit.Repeat(s, &a.NetworkPartners, "Assessment.AddPartner", func() string { return "" },
		func(_ int, uid *string) fyne.CanvasObject {
			category := &widget.Label{Truncation: fyne.TextTruncateEllipsis}
			show := func() {
				category.SetText("")
				if p, ok := s.Env.Partner(*uid); ok {
					category.SetText(s.Env.Loc.Enum("PartnerCategory", p.Category))
				} else if *uid != "" {
					// Kept as stored, e.g. from an imported case file.
					category.SetText(s.T("Assessment.PartnerUnknown", "UID", *uid))
				}
			}
			show()
			sel := kit.PartnerSelect(s, uid)
			kit.Then(&sel.OnChanged, func(string) { show() })
			return container.NewGridWithColumns(2, sel, category)
		}))
	// A partner the directory does not have yet is entered here and is
	// involved at once: no detour through Datei › Netzwerkpartner and
	// back to choose it.
	create := kit.NewButton(s.T("Assessment.CreatePartner"), theme.ContentAddIcon(), func() {
		partners.Create(s.Env, "", func(p model.Partner) {
			_ = s.Change(func(*model.Case) error {
				a.NetworkPartners = append(a.NetworkPartners, p.UID)
				return nil
			})
		})
	})
	parts = append(parts, container.NewHBox(create))
	return s.Section("Assessment.PartnersTitle", "Assessment.PartnersSubtitle", parts...)
}
