package model_test

import (
	"reflect"
	"testing"
	"time"

	"teilhabelotse/model"
)

// due is a deadline without its label, for comparing.
type due struct {
	Kind model.DeadlineKind
	Due  model.Date
	Ref  string
}

func dues(ds []model.Deadline) []due {
	var out []due
	for _, d := range ds {
		out = append(out, due{d.Kind, d.Due, d.Ref})
	}
	return out
}

// bare returns a documented case in phase without any of the things that
// fall due, so a test adds exactly what it looks at.
func bare(phase model.Phase) *model.Case {
	c := caseIn(phase)
	c.Assessments[0].Conferences[0].Tasks = nil
	c.Plans[0].Conference.Tasks = nil
	c.Plans[0].Measures = nil
	for i := range c.Plans[0].Goals {
		for j := range c.Plans[0].Goals[i].Operational {
			c.Plans[0].Goals[i].Operational[j].TargetDate = model.Date{}
		}
	}
	c.NextReview = model.Date{}
	c.Reviews = nil
	c.Events = c.Events[:1]
	return c
}

func TestFirstMeetingDue(t *testing.T) {
	received := day(2026, time.January, 20)
	tests := []struct {
		name     string
		phase    model.Phase
		settings model.Settings
		mutate   func(c *model.Case)
		want     []due
	}{
		{"14 days after the information arrived", model.PhaseIntake, model.Settings{}, nil,
			[]due{{model.DueFirstMeeting, day(2026, time.February, 3), ""}}},
		{"configured days", model.PhaseIntake, model.Settings{FirstMeetingDays: 10}, nil,
			[]due{{model.DueFirstMeeting, day(2026, time.January, 30), ""}}},
		{"first meeting held", model.PhaseIntake, model.Settings{}, func(c *model.Case) {
			c.Intake.FirstMeeting.Date = day(2026, time.February, 5)
		}, nil},
		{"no date received", model.PhaseIntake, model.Settings{}, func(c *model.Case) {
			c.Intake.Referral.ReceivedOn = model.Date{}
		}, nil},
		{"only in intake", model.PhaseAssessment, model.Settings{}, nil, nil},
	}
	for _, tt := range tests {
		c := bare(tt.phase)
		c.Intake.Referral.ReceivedOn = received
		c.Intake.FirstMeeting.Date = model.Date{}
		if tt.mutate != nil {
			tt.mutate(c)
		}
		if got := dues(model.Deadlines(c, tt.settings)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: deadlines %v, want %v", tt.name, got, tt.want)
		}
	}

	c := bare(model.PhaseIntake)
	c.Intake.Referral.ReceivedOn = received
	if d, ok := model.FirstMeetingDue(c, model.Settings{}); !ok || d != day(2026, time.February, 3) {
		t.Errorf("FirstMeetingDue = %v, %v", d, ok)
	}
	if d, ok := model.FirstMeetingDue(c, model.Settings{FirstMeetingDays: 21}); !ok || d != day(2026, time.February, 10) {
		t.Errorf("FirstMeetingDue(21 days) = %v, %v", d, ok)
	}
	dl := model.Deadline{Kind: model.DueFirstMeeting, Due: day(2026, time.February, 3)}
	for _, tc := range []struct {
		today   model.Date
		overdue bool
	}{
		{day(2026, time.February, 2), false},
		{day(2026, time.February, 3), false}, // due today is not yet overdue
		{day(2026, time.February, 4), true},
	} {
		if got := dl.Overdue(tc.today); got != tc.overdue {
			t.Errorf("Overdue(%v) = %v, want %v", tc.today, got, tc.overdue)
		}
	}
}

func TestReviewDue(t *testing.T) {
	lastReview := day(2026, time.February, 27)
	entered := time.Date(2026, time.February, 10, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		intensity model.Intensity
		settings  model.Settings
		mutate    func(c *model.Case)
		want      model.Date // zero: none
	}{
		{"next review set on the case", model.IntensityB, model.Settings{}, func(c *model.Case) {
			c.NextReview = day(2026, time.March, 20)
			c.Reviews = []model.Review{{ID: "r1", Date: lastReview}}
		}, day(2026, time.March, 20)},
		{"type A: 12 weeks after the last review", model.IntensityA, model.Settings{}, func(c *model.Case) {
			c.Reviews = []model.Review{{ID: "r0", Date: day(2026, time.January, 5)}, {ID: "r1", Date: lastReview}}
		}, lastReview.AddDays(84)},
		{"type B: 8 weeks", model.IntensityB, model.Settings{}, func(c *model.Case) {
			c.Reviews = []model.Review{{ID: "r1", Date: lastReview}}
		}, lastReview.AddDays(56)},
		{"type C: 4 weeks", model.IntensityC, model.Settings{}, func(c *model.Case) {
			c.Reviews = []model.Review{{ID: "r1", Date: lastReview}}
		}, lastReview.AddDays(28)},
		{"no type: as B", "", model.Settings{}, func(c *model.Case) {
			c.Reviews = []model.Review{{ID: "r1", Date: lastReview}}
		}, lastReview.AddDays(56)},
		{"configured interval", model.IntensityC, model.Settings{ReviewDaysC: 14}, func(c *model.Case) {
			c.Reviews = []model.Review{{ID: "r1", Date: lastReview}}
		}, lastReview.AddDays(14)},
		{"no review yet: after entering monitoring", model.IntensityC, model.Settings{}, func(c *model.Case) {
			c.Events = append(c.Events, model.Event{At: entered, Kind: model.KindAdvance, From: model.PhasePlanning, To: model.PhaseMonitoring})
		}, day(2026, time.March, 10)},
		{"the next review date is fulfilled by a review on it", model.IntensityC, model.Settings{}, func(c *model.Case) {
			c.NextReview = lastReview
			c.Reviews = []model.Review{{ID: "r1", Date: lastReview}}
		}, lastReview.AddDays(28)},
		{"a next review date older than the last review", model.IntensityC, model.Settings{}, func(c *model.Case) {
			c.NextReview = day(2026, time.February, 1)
			c.Reviews = []model.Review{{ID: "r1", Date: lastReview}}
		}, lastReview.AddDays(28)},
		{"nothing to go by", model.IntensityB, model.Settings{}, nil, model.Date{}},
	}
	for _, tt := range tests {
		c := bare(model.PhaseMonitoring)
		c.Intake.ExpectedIntensity = tt.intensity
		if tt.mutate != nil {
			tt.mutate(c)
		}
		got, ok := model.ReviewDue(c, tt.settings)
		if ok != tt.want.Valid() || got != tt.want {
			t.Errorf("%s: ReviewDue = %v, %v; want %v", tt.name, got, ok, tt.want)
		}
		var want []due
		if tt.want.Valid() {
			want = []due{{model.DueReview, tt.want, ""}}
		}
		if ds := dues(model.Deadlines(c, tt.settings)); !reflect.DeepEqual(ds, want) {
			t.Errorf("%s: deadlines %v, want %v", tt.name, ds, want)
		}
	}
	// Reviews are due in monitoring only.
	for _, p := range []model.Phase{model.PhaseIntake, model.PhaseAssessment, model.PhasePlanning, model.PhaseClosure} {
		c := bare(p)
		c.NextReview = day(2026, time.March, 20)
		for _, d := range model.Deadlines(c, model.Settings{}) {
			if d.Kind == model.DueReview {
				t.Errorf("review due in phase %s", p)
			}
		}
	}
}

func TestGoalAndMeasureDeadlines(t *testing.T) {
	withPlan := func(phase model.Phase) *model.Case {
		c := bare(phase)
		c.Plans = []model.PlanVersion{fullPlan()} // g1 04-30, g2 05-31, g3 06-30; m1 running 04-30, m2 planned 06-30
		c.Plans[0].Conference.Tasks = nil
		return c
	}
	tests := []struct {
		name   string
		phase  model.Phase
		mutate func(c *model.Case)
		want   []due
	}{
		{"open goals and measures", model.PhaseMonitoring, nil, []due{
			{model.DueGoal, day(2026, time.April, 30), "g1"},
			{model.DueMeasure, day(2026, time.April, 30), "m1"},
			{model.DueGoal, day(2026, time.May, 31), "g2"},
			{model.DueGoal, day(2026, time.June, 30), "g3"},
			{model.DueMeasure, day(2026, time.June, 30), "m2"},
		}},
		{"goal reached (level 0 or better) and measures ended", model.PhaseMonitoring, func(c *model.Case) {
			c.Reviews = []model.Review{
				{ID: "r1", Date: day(2026, time.March, 1), Levels: []model.GoalLevel{{GoalID: "g1", Level: -1}, {GoalID: "g2", Level: 0}, {GoalID: "g3", Level: 2}}},
				{ID: "r2", Date: day(2026, time.March, 2), Levels: []model.GoalLevel{{GoalID: "g1", Level: 1}}},
			}
			c.NextReview = day(2026, time.March, 20)
			c.Plans[0].Measures[0].Status = model.MeasureDone
			c.Plans[0].Measures[1].Status = model.MeasureCancelled
		}, []due{{model.DueReview, day(2026, time.March, 20), ""}}},
		{"goal below expectation stays due", model.PhaseMonitoring, func(c *model.Case) {
			c.Reviews = []model.Review{{ID: "r1", Date: day(2026, time.March, 1), Levels: []model.GoalLevel{
				{GoalID: "g1", Level: 0}, {GoalID: "g2", Level: -2}, {GoalID: "g3", Level: 0}}}}
			c.NextReview = day(2026, time.March, 20)
			c.Plans[0].Measures = nil
		}, []due{{model.DueReview, day(2026, time.March, 20), ""}, {model.DueGoal, day(2026, time.May, 31), "g2"}}},
		{"no target date, no end date", model.PhaseMonitoring, func(c *model.Case) {
			for i := range c.Plans[0].Goals {
				for j := range c.Plans[0].Goals[i].Operational {
					c.Plans[0].Goals[i].Operational[j].TargetDate = model.Date{}
				}
			}
			c.Plans[0].Measures[0].End = model.Date{}
			c.Plans[0].Measures[1].End = model.Date{}
		}, nil},
		{"a draft plan sets no deadlines", model.PhasePlanning, func(c *model.Case) { c.Plans[0].FinalizedOn = model.Date{} }, nil},
		{"the finalised plan in force, not the draft", model.PhasePlanning, func(c *model.Case) {
			p := fullPlan()
			p.Version, p.FinalizedOn = 2, model.Date{}
			p.Measures, p.Goals = nil, nil
			p.Conference.Tasks = nil
			c.Plans = append(c.Plans, p)
			c.Plans[0].Goals = c.Plans[0].Goals[1:]
			c.Plans[0].Measures = c.Plans[0].Measures[1:]
		}, []due{{model.DueGoal, day(2026, time.June, 30), "g3"}, {model.DueMeasure, day(2026, time.June, 30), "m2"}}},
		{"not in assessment", model.PhaseAssessment, nil, nil},
	}
	for _, tt := range tests {
		c := withPlan(tt.phase)
		if tt.mutate != nil {
			tt.mutate(c)
		}
		if got := dues(model.Deadlines(c, model.Settings{})); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: deadlines\n got %v\nwant %v", tt.name, got, tt.want)
		}
	}
	// Overdue on today.
	c := withPlan(model.PhaseMonitoring)
	late := day(2026, time.May, 1)
	var overdue []string
	for _, d := range model.Deadlines(c, model.Settings{}) {
		if d.Overdue(late) {
			overdue = append(overdue, d.Ref)
		}
	}
	if !reflect.DeepEqual(overdue, []string{"g1", "m1"}) {
		t.Errorf("overdue on %v: %v, want [g1 m1]", late, overdue)
	}
}

func TestTaskDeadlines(t *testing.T) {
	c := bare(model.PhaseMonitoring)
	c.Assessments[0].Conferences[0].Tasks = []model.Task{
		{What: "Befundbericht anfordern", Responsible: "Fallmanagerin", Due: day(2026, time.March, 9)},
		{What: "erledigt", Responsible: "Fallmanagerin", Due: day(2026, time.March, 1), Done: true},
		{What: "ohne Termin", Responsible: "Fallmanagerin"},
	}
	c.Plans[0].Conference.Tasks = []model.Task{
		{What: "Hebehilfe beantragen", Responsible: "Arbeitgeber", Due: day(2026, time.March, 16)},
	}
	c.NextReview = day(2026, time.April, 1)
	got := model.Deadlines(c, model.Settings{})
	want := []due{
		{model.DueTask, day(2026, time.March, 9), ""},
		{model.DueTask, day(2026, time.March, 16), ""},
		{model.DueReview, day(2026, time.April, 1), ""},
	}
	if !reflect.DeepEqual(dues(got), want) {
		t.Errorf("deadlines %v, want %v", dues(got), want)
	}
	if len(got) == 3 && (got[0].Label != "Befundbericht anfordern" || got[1].Label != "Hebehilfe beantragen") {
		t.Errorf("task labels %q, %q", got[0].Label, got[1].Label)
	}
}

func TestConsentExpiryDeadlines(t *testing.T) {
	k := func(id string, until, revoked model.Date, cats ...model.InfoCategory) model.Consent {
		return model.Consent{ID: id, Partner: "p-employer", Categories: cats, GivenOn: day(2026, time.January, 28),
			ValidUntil: until, RevokedOn: revoked}
	}
	june := day(2026, time.June, 30)
	tests := []struct {
		name     string
		settings model.Settings
		consents []model.Consent
		want     []due
	}{
		{"warned 30 days ahead", model.Settings{}, []model.Consent{k("k1", june, model.Date{}, model.InfoWork)},
			[]due{{model.DueConsentExpiry, day(2026, time.May, 31), "k1"}}},
		{"configured warning", model.Settings{ConsentWarnDays: 10}, []model.Consent{k("k1", june, model.Date{}, model.InfoWork)},
			[]due{{model.DueConsentExpiry, day(2026, time.June, 20), "k1"}}},
		{"unlimited consent", model.Settings{}, []model.Consent{k("k1", model.Date{}, model.Date{}, model.InfoWork)}, nil},
		{"revoked consent", model.Settings{}, []model.Consent{k("k1", june, day(2026, time.February, 1), model.InfoWork)}, nil},
		{"expired and not renewed stays due", model.Settings{}, []model.Consent{k("k1", day(2026, time.February, 28), model.Date{}, model.InfoWork)},
			[]due{{model.DueConsentExpiry, day(2026, time.January, 29), "k1"}}},
		{"renewed by a later consent", model.Settings{}, []model.Consent{
			k("k1", day(2026, time.February, 28), model.Date{}, model.InfoWork),
			k("k2", day(2026, time.December, 31), model.Date{}, model.InfoWork, model.InfoHealth),
		}, []due{{model.DueConsentExpiry, day(2026, time.December, 1), "k2"}}},
		{"renewed without end", model.Settings{}, []model.Consent{
			k("k1", day(2026, time.February, 28), model.Date{}, model.InfoWork),
			k("k2", model.Date{}, model.Date{}, model.InfoWork),
		}, nil},
		{"a later consent for fewer categories is no renewal", model.Settings{}, []model.Consent{
			k("k1", day(2026, time.February, 28), model.Date{}, model.InfoWork, model.InfoHealth),
			k("k2", day(2026, time.December, 31), model.Date{}, model.InfoWork),
		}, []due{{model.DueConsentExpiry, day(2026, time.January, 29), "k1"}, {model.DueConsentExpiry, day(2026, time.December, 1), "k2"}}},
		{"a revoked renewal is no renewal", model.Settings{}, []model.Consent{
			k("k1", day(2026, time.February, 28), model.Date{}, model.InfoWork),
			k("k2", model.Date{}, day(2026, time.March, 1), model.InfoWork),
		}, []due{{model.DueConsentExpiry, day(2026, time.January, 29), "k1"}}},
	}
	for _, tt := range tests {
		c := bare(model.PhaseAssessment)
		c.Consents = tt.consents
		if got := dues(model.Deadlines(c, tt.settings)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: deadlines %v, want %v", tt.name, got, tt.want)
		}
	}
	// A consent to another partner renews nothing.
	c := bare(model.PhaseAssessment)
	c.Consents = []model.Consent{k("k1", day(2026, time.February, 28), model.Date{}, model.InfoWork), k("k2", model.Date{}, model.Date{}, model.InfoWork)}
	c.Consents[1].Partner = "p-other"
	if got := dues(model.Deadlines(c, model.Settings{})); len(got) != 1 || got[0].Ref != "k1" {
		t.Errorf("consent to another partner counted as renewal: %v", got)
	}
}

func TestNextDue(t *testing.T) {
	c := bare(model.PhaseMonitoring)
	c.Plans = []model.PlanVersion{fullPlan()}
	c.Plans[0].Conference.Tasks = nil
	c.NextReview = day(2026, time.May, 15)
	c.Consents = []model.Consent{{ID: "k1", Partner: "p", Categories: []model.InfoCategory{model.InfoWork},
		GivenOn: day(2026, time.January, 1), ValidUntil: day(2026, time.April, 20)}}
	ds := model.Deadlines(c, model.Settings{})
	for i := 1; i < len(ds); i++ {
		if ds[i].Due.Before(ds[i-1].Due) {
			t.Errorf("deadlines not sorted: %v", dues(ds))
		}
	}
	if got, want := model.NextDue(c, model.Settings{}), day(2026, time.March, 21); got != want {
		t.Errorf("NextDue = %v, want the consent warning %v", got, want)
	}
	if got := c.Summarize(model.Settings{}).NextDue; got != day(2026, time.March, 21) {
		t.Errorf("Summarize().NextDue = %v", got)
	}

	// A closed case has one deadline: sending its documentation, 14 days
	// (or as set) after the closing, until a transmission date is recorded.
	c.Phase = model.PhaseClosed
	c.Events = append(c.Events, model.Event{At: now.AddDate(0, 0, -3), Kind: model.KindFinish, From: model.PhaseClosure, To: model.PhaseClosed})
	closed := today.AddDays(-3)
	if ds := dues(model.Deadlines(c, model.Settings{})); !reflect.DeepEqual(ds, []due{{model.DueSendClosure, closed.AddDays(14), ""}}) {
		t.Errorf("closed case, not sent: deadlines %v", ds)
	}
	if got := model.NextDue(c, model.Settings{TransmitReminderDays: 7}); got != closed.AddDays(7) {
		t.Errorf("reminder after 7 days: NextDue = %v", got)
	}
	c.Closure.TransmittedOn = today
	if ds := model.Deadlines(c, model.Settings{}); len(ds) != 0 {
		t.Errorf("closed and sent case has deadlines %v", dues(ds))
	}
	if got := model.NextDue(c, model.Settings{}); !got.IsZero() {
		t.Errorf("closed and sent case NextDue = %v", got)
	}
	// Not admitted: the Rückmeldung an den Auftraggeber is what is sent.
	na := bare(model.PhaseIntake)
	na.Phase, na.NotAdmitted = model.PhaseClosed, "kein Bedarf"
	na.Events = append(na.Events, model.Event{At: now, Kind: model.KindNotAdmitted, From: model.PhaseIntake, To: model.PhaseClosed, Reason: "kein Bedarf"})
	if ds := dues(model.Deadlines(na, model.Settings{})); !reflect.DeepEqual(ds, []due{{model.DueSendFeedback, today.AddDays(14), ""}}) {
		t.Errorf("not admitted, not sent: deadlines %v", ds)
	}
	c = bare(model.PhaseAssessment)
	if got := model.NextDue(c, model.Settings{}); !got.IsZero() {
		t.Errorf("nothing due: NextDue = %v", got)
	}
}
