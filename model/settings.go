package model

// Settings are the counselor's settings: who prints the documents and the
// deadlines the case list warns about.
type Settings struct {
	Name         string `json:"name,omitempty"`
	Organisation string `json:"organisation,omitempty"`
	Address      string `json:"address,omitempty"`
	Phone        string `json:"phone,omitempty"`
	Email        string `json:"email,omitempty"`
	LogoPath     string `json:"logoPath,omitempty"`
	Carrier      string `json:"carrier,omitempty"` // commissioning DRV carrier
	Deputy       string `json:"deputy,omitempty"`
	Language     string `json:"language,omitempty"`

	FirstMeetingDays int `json:"firstMeetingDays,omitempty"`
	ReviewDaysA      int `json:"reviewDaysA,omitempty"`
	ReviewDaysB      int `json:"reviewDaysB,omitempty"`
	ReviewDaysC      int `json:"reviewDaysC,omitempty"`
	ConsentWarnDays  int `json:"consentWarnDays,omitempty"`
	RetentionYears   int `json:"retentionYears,omitempty"`
}

// WithDefaults fills unset deadlines: first meeting within 14 days
// (Fachkonzept: "innerhalb von ca. zwei Wochen"), reviews every 12/8/4 weeks
// for intensity A/B/C, consent expiry warned 30 days ahead.
func (s Settings) WithDefaults() Settings {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&s.FirstMeetingDays, 14)
	def(&s.ReviewDaysA, 84)
	def(&s.ReviewDaysB, 56)
	def(&s.ReviewDaysC, 28)
	def(&s.ConsentWarnDays, 30)
	def(&s.RetentionYears, 3)
	return s
}

// ReviewDays is the review interval for an intensity type.
func (s Settings) ReviewDays(i Intensity) int {
	s = s.WithDefaults()
	switch i {
	case IntensityA:
		return s.ReviewDaysA
	case IntensityC:
		return s.ReviewDaysC
	}
	return s.ReviewDaysB
}
