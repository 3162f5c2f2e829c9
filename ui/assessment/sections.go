package assessment

import (
	"strings"

	"fyne.io/fyne/v2"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// dateSection holds the date of the assessment, the reason of a
// re-assessment and, read-only, the first meeting from the intake, which
// the Fachkonzept counts among the assessment's minimums.
func (w *workspace) dateSection(a *model.Assessment, i int) fyne.CanvasObject {
	s := w.s
	rows := []kit.Row{{LabelID: "Assessment.Date", Field: s.Date(&a.Date)}}
	if i > 0 || a.Reason != "" {
		rows = append(rows, kit.Row{LabelID: "Assessment.Reason", Field: s.Text(&a.Reason), HintID: "Assessment.ReasonHint"})
	}
	fm := s.Case.Intake.FirstMeeting
	met := s.T("Assessment.FirstMeetingMissing")
	if fm.Date.Valid() || strings.TrimSpace(fm.Place) != "" {
		met = strings.Trim(s.Env.Loc.Date(fm.Date)+", "+strings.TrimSpace(fm.Place), ", ")
	}
	rows = append(rows, kit.Row{LabelID: "Assessment.FirstMeeting", Field: kit.Wrapped(met), HintID: "Assessment.FirstMeetingHint"})
	return s.Section("Assessment.DateTitle", "", s.Form(rows...))
}

// areasSection is the situation in the seven areas of the Fachkonzept.
func (w *workspace) areasSection(a *model.Assessment) fyne.CanvasObject {
	s := w.s
	areas := []struct {
		label, hint string
		p           *string
	}{
		{"Assessment.Health", "Assessment.HealthHint", &a.Health},
		{"Assessment.Qualification", "Assessment.QualificationHint", &a.Qualification},
		{"Assessment.Work", "Assessment.WorkHint", &a.Work},
		{"Assessment.Economic", "Assessment.EconomicHint", &a.Economic},
		{"Assessment.DailyLiving", "Assessment.DailyLivingHint", &a.DailyLiving},
		{"Assessment.Social", "Assessment.SocialHint", &a.Social},
		{"Assessment.Cultural", "Assessment.CulturalHint", &a.Cultural},
	}
	var fields []fyne.CanvasObject
	for _, ar := range areas {
		fields = append(fields, field(s, ar.label, ar.hint, note(s, ar.p, 4, "")))
	}
	return section(s, "Assessment.AreasTitle", "Assessment.AreasIntro", fields...)
}

// clientSection is what the client wants and fears, and how they see
// their situation — in their own words, as the Fachkonzept asks
// ("Sicht der Dinge", Wünsche und Befürchtungen).
func (w *workspace) clientSection(a *model.Assessment) fyne.CanvasObject {
	s := w.s
	return section(s, "Assessment.ClientTitle", "Assessment.ClientIntro",
		field(s, "Assessment.WishesGoals", "Assessment.WishesGoalsHint", note(s, &a.WishesGoals, 3, "")),
		field(s, "Assessment.ClientView", "", note(s, &a.ClientView, 4, "Assessment.OwnWords")),
		field(s, "Assessment.Wishes", "", note(s, &a.Wishes, 3, "Assessment.OwnWords")),
		field(s, "Assessment.Fears", "", note(s, &a.Fears, 3, "Assessment.OwnWords")),
	)
}

// employerSection is the employer's side of the workplace: requirements,
// the company's economic situation and culture, relations to supervisors
// and colleagues.
func (w *workspace) employerSection(a *model.Assessment) fyne.CanvasObject {
	s := w.s
	var parts []fyne.CanvasObject
	switch cl := s.Case.Client; {
	case cl.Employer != "":
		parts = append(parts, kit.Wrapped(s.T("Assessment.EmployerIs", "Name", s.Env.PartnerName(cl.Employer))))
	case cl.NoEmployer:
		// As the Bedarfsermittlung prints it: the section does not apply
		// unless a workplace to aim for is described.
		parts = append(parts, kit.Wrapped(s.T("Assessment.NoEmployer")))
	}
	parts = append(parts,
		field(s, "Assessment.EmployerRequirements", "", note(s, &a.Employer.Requirements, 3, "")),
		field(s, "Assessment.EmployerSituation", "", note(s, &a.Employer.Situation, 3, "")),
		field(s, "Assessment.EmployerRelations", "", note(s, &a.Employer.Relations, 3, "")),
	)
	return section(s, "Assessment.EmployerTitle", "Assessment.EmployerIntro", parts...)
}
