package uitest

import "teilhabelotse/model"

// MonitoringCase is a case in monitoring with a finalised plan of two
// Handlungsziele and two measures, and one review 40 days ago. The measure
// "Arbeitsversuch im Lager" ended five days ago and still runs; the goal
// "PC-Kurs abschließen" was due ten days ago and is not rated.
func MonitoringCase() *model.Case {
	c := model.NewCase(model.Client{FirstName: "Monika", LastName: "Beispielmann"}, Now.AddDate(0, -6, 0))
	c.Intake.ExpectedIntensity = model.IntensityB
	p := c.StartPlanVersion(Today.AddDays(-90), "")
	p.Goals = []model.StrategicGoal{{ID: "g1", Area: model.AreaWork, Text: "Rückkehr in den Beruf", Operational: []model.OperationalGoal{
		{ID: "o1", Text: "Belastbarkeit 6 Stunden", TargetDate: Today.AddDays(30), Baseline: level(-2),
			GAS: model.GASLevels{"unter 2 Stunden", "4 Stunden", "6 Stunden", "7 Stunden", "8 Stunden"}},
		{ID: "o2", Text: "PC-Kurs abschließen", TargetDate: Today.AddDays(-10), Baseline: level(-1)},
	}}}
	p.Measures = []model.Measure{
		{ID: "m1", Area: model.AreaWork, GoalID: "o1", What: "Arbeitsversuch im Lager", Start: Today.AddDays(-60), End: Today.AddDays(-5), Status: model.MeasurePlanned},
		{ID: "m2", Area: model.AreaEducation, GoalID: "o2", What: "PC-Grundkurs", Start: Today.AddDays(-30), End: Today.AddDays(30), Status: model.MeasurePlanned},
	}
	if err := c.FinalizePlan(Today.AddDays(-80)); err != nil {
		panic(err)
	}
	c.Phase = model.PhaseMonitoring
	c.Events = append(c.Events, model.Event{At: Now.AddDate(0, 0, -80), Kind: model.KindAdvance, From: model.PhasePlanning, To: model.PhaseMonitoring})
	c.Reviews = []model.Review{{ID: "r1", Date: Today.AddDays(-40), Decision: model.DecisionContinue,
		Levels: []model.GoalLevel{{GoalID: "o1", Level: -1}}, Measures: []model.MeasureState{{MeasureID: "m1", Status: model.MeasureRunning}}}}
	return c
}

func level(l int) *int { return &l }
