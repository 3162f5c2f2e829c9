package model

import (
	"slices"
	"strings"
)

// Settings are the counselor's settings: who prints the documents, who
// stands in for them, the default commissioning carrier, and the deadlines
// the case list warns about. The JSON names are also the keys of
// `teilhabelotse settings set` and the paths of validation problems.
type Settings struct {
	Name         string `json:"name,omitempty"` // the counselor (Fallmanager*in)
	Role         string `json:"role,omitempty"` // e.g. "Fallmanagerin", "Reha-Fachberater"
	Organisation string `json:"organisation,omitempty"`
	Address      string `json:"address,omitempty"`
	Phone        string `json:"phone,omitempty"`
	Email        string `json:"email,omitempty"`
	LogoPath     string `json:"logoPath,omitempty"` // a copy inside the data folder
	Carrier      string `json:"carrier,omitempty"`  // default commissioning DRV carrier of new cases

	// The Vertretung: whom the client and the carrier reach while the
	// counselor is away. Deputy is the name (the field predates the others).
	Deputy      string `json:"deputy,omitempty"`
	DeputyPhone string `json:"deputyPhone,omitempty"`
	DeputyEmail string `json:"deputyEmail,omitempty"`

	Language string `json:"language,omitempty"` // "de", "en"; empty: the system's
	Theme    Theme  `json:"theme,omitempty"`    // empty: the system's

	FirstMeetingDays int `json:"firstMeetingDays,omitempty"`
	ReviewDaysA      int `json:"reviewDaysA,omitempty"`
	ReviewDaysB      int `json:"reviewDaysB,omitempty"`
	ReviewDaysC      int `json:"reviewDaysC,omitempty"`
	ConsentWarnDays  int `json:"consentWarnDays,omitempty"`
	RetentionYears   int `json:"retentionYears,omitempty"`
	// TransmitReminderDays is how long after the closing "Fällig" reminds
	// that the Abschlussdokumentation (or Rückmeldung) was not sent.
	TransmitReminderDays int `json:"transmitReminderDays,omitempty"`

	// SetupSkipped records that the first-start setup was closed without
	// filling it in, so it does not come back at every start.
	SetupSkipped bool `json:"setupSkipped,omitempty"`
}

// Theme is the colour scheme of the window.
type Theme string

// The themes; ThemeSystem follows the operating system.
const (
	ThemeSystem Theme = "system"
	ThemeLight  Theme = "light"
	ThemeDark   Theme = "dark"
)

// Themes lists the themes in the order the settings offer them.
var Themes = []Theme{ThemeSystem, ThemeLight, ThemeDark}

// Languages are the languages of the window and the documents.
var Languages = []string{"de", "en"}

// WithDefaults fills unset deadlines: first meeting within 14 days
// (Fachkonzept: "innerhalb von ca. zwei Wochen"), reviews every 12/8/4 weeks
// for intensity A/B/C, consent expiry warned 30 days ahead, an unsent
// closure documentation recalled 14 days after the closing.
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
	def(&s.TransmitReminderDays, 14)
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

// NeedsSetup reports whether the first-start setup should open: nobody has
// said who prints the documents, and the setup was not skipped.
func (s Settings) NeedsSetup() bool {
	return !s.SetupSkipped && strings.TrimSpace(s.Name) == "" && strings.TrimSpace(s.Organisation) == ""
}

// The ranges of the numeric settings. A first meeting later than a quarter
// or a review interval over a year is a typo, not a practice; a review
// more often than weekly is a contact, not a Prüfung.
var settingRanges = map[string][2]int{
	"firstMeetingDays":     {1, 90},
	"reviewDaysA":          {7, 365},
	"reviewDaysB":          {7, 365},
	"reviewDaysC":          {7, 365},
	"consentWarnDays":      {1, 365},
	"retentionYears":       {1, MaxRetentionYears},
	"transmitReminderDays": {1, 365},
}

// SettingRange is the allowed range of a numeric setting by its key.
func SettingRange(key string) (lo, hi int, ok bool) {
	r, ok := settingRanges[key]
	return r[0], r[1], ok
}

// Validate reports every problem of the settings at once, with the JSON
// name of the field as path. A number of 0 means "the default" and passes;
// the logo file itself is checked when it is copied (CheckLogo), since
// model reads no files.
func (s Settings) Validate() Problems {
	v := &checker{}
	v.email("email", strings.TrimSpace(s.Email))
	v.email("deputyEmail", strings.TrimSpace(s.DeputyEmail))
	if s.Language != "" && !slices.Contains(Languages, s.Language) {
		v.add("language", CodeUnknownValue, s.Language, nil)
	}
	enum(v, "theme", s.Theme, Themes)
	for _, k := range []struct {
		key string
		n   int
	}{
		{"firstMeetingDays", s.FirstMeetingDays}, {"reviewDaysA", s.ReviewDaysA},
		{"reviewDaysB", s.ReviewDaysB}, {"reviewDaysC", s.ReviewDaysC},
		{"consentWarnDays", s.ConsentWarnDays}, {"retentionYears", s.RetentionYears},
		{"transmitReminderDays", s.TransmitReminderDays},
	} {
		if k.n != 0 {
			r := settingRanges[k.key]
			v.rangeInt(k.key, k.n, r[0], r[1])
		}
	}
	for _, t := range []struct{ key, text string }{
		{"name", s.Name}, {"role", s.Role}, {"organisation", s.Organisation}, {"address", s.Address},
		{"phone", s.Phone}, {"carrier", s.Carrier}, {"deputy", s.Deputy}, {"deputyPhone", s.DeputyPhone},
	} {
		if n := len([]rune(t.text)); n > maxSettingRunes {
			v.add(t.key, CodeTextTooLong, "", map[string]any{"Chars": TextCount(n), "Limit": TextCount(maxSettingRunes)})
		}
	}
	return v.ps
}

// maxSettingRunes bounds a settings text: it is printed in a document
// header, where an address of a page would push everything off the page.
const maxSettingRunes = 300
