package model_test

import (
	"testing"

	"teilhabelotse/model"
)

func TestFullName(t *testing.T) {
	for _, tt := range []struct {
		c    model.Client
		want string
	}{
		{model.Client{FirstName: "Erika", LastName: "Muster"}, "Erika Muster"},
		{model.Client{LastName: "Muster"}, "Muster"},
		{model.Client{FirstName: "Erika"}, "Erika"},
		{model.Client{}, ""},
	} {
		if got := tt.c.FullName(); got != tt.want {
			t.Errorf("FullName(%+v) = %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestProfileGap(t *testing.T) {
	for _, tt := range []struct{ capability, requirement, gap int }{
		{2, 4, 2}, {4, 4, 0}, {5, 1, 0}, {0, 5, 5},
	} {
		p := model.ProfileItem{Capability: tt.capability, Requirement: tt.requirement}
		if got := p.Gap(); got != tt.gap {
			t.Errorf("Gap(capability %d, requirement %d) = %d, want %d", tt.capability, tt.requirement, got, tt.gap)
		}
	}
}

func TestPartnerInsideDRV(t *testing.T) {
	inside := map[model.PartnerCategory]bool{
		model.PartnerRehaSachbearbeitung: true, model.PartnerRehaFachberatung: true, model.PartnerSMD: true,
		model.PartnerAuskunft: true, model.PartnerFirmenservice: true, model.PartnerAnsprechstelle: true,
	}
	for _, c := range model.PartnerCategories {
		if got := c.InsideDRV(); got != inside[c] {
			t.Errorf("%s.InsideDRV() = %v, want %v", c, got, inside[c])
		}
	}
	if len(model.PartnerCategories) != 19 {
		t.Errorf("%d partner categories, want the Fachkonzept's 6 inside + 13 outside", len(model.PartnerCategories))
	}
}

func TestSettingsDefaults(t *testing.T) {
	s := model.Settings{}.WithDefaults()
	if s.FirstMeetingDays != 14 || s.ReviewDaysA != 84 || s.ReviewDaysB != 56 || s.ReviewDaysC != 28 || s.ConsentWarnDays != 30 {
		t.Errorf("defaults = %+v", s)
	}
	custom := model.Settings{FirstMeetingDays: 7, ReviewDaysA: 60, ReviewDaysB: -1}.WithDefaults()
	if custom.FirstMeetingDays != 7 || custom.ReviewDaysA != 60 || custom.ReviewDaysB != 56 {
		t.Errorf("custom = %+v", custom)
	}
	for _, tt := range []struct {
		i    model.Intensity
		want int
	}{{model.IntensityA, 84}, {model.IntensityB, 56}, {model.IntensityC, 28}, {"", 56}} {
		if got := (model.Settings{}).ReviewDays(tt.i); got != tt.want {
			t.Errorf("ReviewDays(%q) = %d, want %d", tt.i, got, tt.want)
		}
	}
}

func TestScreeningFor(t *testing.T) {
	var in model.Intake
	a := in.ScreeningFor(model.ScreenMobility)
	a.Answer = model.AnswerYes
	a.Indicators = []string{"mobility.licence"}
	if b := in.ScreeningFor(model.ScreenMobility); b.Answer != model.AnswerYes || len(in.Screening) != 1 {
		t.Errorf("ScreeningFor returned a new answer for an answered area: %+v", in.Screening)
	}
	in.ScreeningFor(model.ScreenHealth)
	if len(in.Screening) != 2 {
		t.Errorf("%d answers, want 2", len(in.Screening))
	}
}

func TestIndicatorsPerArea(t *testing.T) {
	// The Fachkonzept lists 4, 4, 3, 3, 3, 4, 2 and 3 Anhaltspunkte.
	want := map[model.ScreeningArea]int{
		model.ScreenJob: 4, model.ScreenBehaviour: 4, model.ScreenFinances: 3, model.ScreenMobility: 3,
		model.ScreenHealth: 3, model.ScreenSocial: 4, model.ScreenIndependence: 2, model.ScreenOther: 3,
	}
	if len(model.ScreeningAreas) != 8 || len(model.Indicators) != 8 {
		t.Fatalf("%d areas, %d indicator lists; want 8", len(model.ScreeningAreas), len(model.Indicators))
	}
	seen := map[string]bool{}
	for _, a := range model.ScreeningAreas {
		if got := len(model.Indicators[a]); got != want[a] {
			t.Errorf("%s: %d indicators, want %d", a, got, want[a])
		}
		for _, k := range model.Indicators[a] {
			if seen[k] {
				t.Errorf("indicator %s listed twice", k)
			}
			seen[k] = true
		}
	}
}
