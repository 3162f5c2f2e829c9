package model

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"slices"
	"strings"
	"testing"
)

func codes(ps Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Path+" "+p.Code)
	}
	return out
}

// A counselor's settings with every field filled pass; each wrong value is
// reported at its own field.
func TestSettingsValidate(t *testing.T) {
	good := Settings{Name: "Sabine Lotse", Role: "Fallmanagerin", Organisation: "IFD Musterstadt",
		Address: "Brückenstraße 3\n12345 Musterstadt", Phone: "030 1", Email: "fm@ifd.example.org",
		Carrier: DRVCarriers[0], Deputy: "Jörg Vertretung", DeputyPhone: "030 2", DeputyEmail: "jv@ifd.example.org",
		Language: "de", Theme: ThemeDark, FirstMeetingDays: 10, ReviewDaysA: 90, ReviewDaysB: 60, ReviewDaysC: 21,
		ConsentWarnDays: 14, RetentionYears: 5, TransmitReminderDays: 21}
	if ps := good.Validate(); len(ps) != 0 {
		t.Fatalf("good settings: %v", ps)
	}
	if ps := (Settings{}).Validate(); len(ps) != 0 {
		t.Errorf("empty settings (all defaults): %v", ps)
	}
	bad := good
	bad.Email = "fm at ifd"
	bad.DeputyEmail = "Jörg <jv@ifd.example.org>"
	bad.Language = "fr"
	bad.Theme = "pink"
	bad.FirstMeetingDays = 400
	bad.ReviewDaysC = 3
	bad.ConsentWarnDays = -1
	bad.RetentionYears = 99
	bad.TransmitReminderDays = 366
	bad.Organisation = strings.Repeat("x", 301)
	want := []string{"email ErrBadEmail", "deputyEmail ErrBadEmail", "language ErrUnknownValue", "theme ErrUnknownValue",
		"firstMeetingDays ErrOutOfRange", "reviewDaysC ErrOutOfRange", "consentWarnDays ErrOutOfRange",
		"retentionYears ErrOutOfRange", "transmitReminderDays ErrOutOfRange", "organisation ErrTextTooLong"}
	if got := codes(bad.Validate()); !slices.Equal(got, want) {
		t.Errorf("problems\n got %v\nwant %v", got, want)
	}
}

func TestNeedsSetup(t *testing.T) {
	if !(Settings{}).WithDefaults().NeedsSetup() {
		t.Error("empty settings need no setup")
	}
	if (Settings{Organisation: "IFD"}).NeedsSetup() || (Settings{Name: "A"}).NeedsSetup() {
		t.Error("filled settings ask for the setup again")
	}
	if (Settings{SetupSkipped: true}).NeedsSetup() {
		t.Error("a skipped setup comes back")
	}
}

// KEY=VALUE sets what the window sets; the keys are the JSON names.
func TestSettingsSetGet(t *testing.T) {
	keys := SettingKeys()
	for _, k := range []string{"name", "role", "organisation", "logoPath", "carrier", "deputy", "deputyPhone", "deputyEmail",
		"language", "theme", "firstMeetingDays", "reviewDaysA", "reviewDaysB", "reviewDaysC", "consentWarnDays", "retentionYears", "setupSkipped"} {
		if !slices.Contains(keys, k) {
			t.Errorf("key %s missing from %v", k, keys)
		}
	}
	var s Settings
	for kv, want := range map[[2]string]string{
		{"name", "  Sabine Lotse "}: "Sabine Lotse",
		{"reviewDaysB", "42"}:       "42",
		{"theme", "dark"}:           "dark",
		{"setupSkipped", "ja"}:      "true",
	} {
		if p := s.Set(kv[0], kv[1]); p != nil {
			t.Errorf("Set(%s, %q): %v", kv[0], kv[1], p)
		}
		if got, ok := s.Get(kv[0]); !ok || got != want {
			t.Errorf("Get(%s) = %q, %v; want %q", kv[0], got, ok, want)
		}
	}
	if s.Set("reviewDaysB", ""); s.ReviewDaysB != 0 || s.ReviewDays(IntensityB) != 56 {
		t.Errorf("an empty value does not reset to the default: %d", s.ReviewDaysB)
	}
	for kv, code := range map[[2]string]string{
		{"colour", "blau"}:             CodeUnknownSetting,
		{"reviewDaysA", "zwölf"}:       CodeNotANumber,
		{"reviewDaysA", "0"}:           CodeOutOfRange,
		{"retentionYears", "31"}:       CodeOutOfRange,
		{"setupSkipped", "vielleicht"}: CodeNotAYesNo,
	} {
		if p := s.Set(kv[0], kv[1]); p == nil || p.Code != code || p.Path != kv[0] {
			t.Errorf("Set(%s, %q) = %v, want %s", kv[0], kv[1], p, code)
		}
	}
	// What Set lets through, Validate judges: the same rule as the window.
	s = Settings{}
	s.Set("email", "kein-mail")
	if got := codes(s.Validate()); !slices.Equal(got, []string{"email ErrBadEmail"}) {
		t.Errorf("email via Set: %v", got)
	}
}

func TestCheckLogo(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 4, 2))
	img.Set(1, 1, color.RGBA{200, 0, 0, 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if f, err := CheckLogo(buf.Bytes()); err != nil || f != "png" {
		t.Errorf("a PNG: %q, %v", f, err)
	}
	for name, data := range map[string][]byte{
		"empty":     nil,
		"text":      []byte("kein Bild"),
		"truncated": buf.Bytes()[:buf.Len()/2],
		"gif":       []byte("GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
		"too large": append(buf.Bytes(), make([]byte, MaxLogoBytes)...),
	} {
		if _, err := CheckLogo(data); err == nil || err.(*Problem).Code != CodeLogo {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestCommissioningCarrier(t *testing.T) {
	s := Settings{Carrier: "Deutsche Rentenversicherung Nord"}
	c := &Case{}
	if got := c.CommissioningCarrier(s); got != s.Carrier {
		t.Errorf("without a commission: %q", got)
	}
	c.Commission.Carrier = " Deutsche Rentenversicherung Bund "
	if got := c.CommissioningCarrier(s); got != "Deutsche Rentenversicherung Bund" {
		t.Errorf("with a commission: %q", got)
	}
	if len(DRVCarriers) != 16 || !IsDRVCarrier("deutsche rentenversicherung  knappschaft-bahn-see") || IsDRVCarrier("AOK") {
		t.Error("carrier list")
	}
	c.Commission.Date = Date{Raw: "31.02.2025"}
	if got := codes(c.Validate(nil)); !slices.Contains(got, "commission.date ErrNotADate") {
		t.Errorf("a bad commission date: %v", got)
	}
}

func TestIdentityChanged(t *testing.T) {
	before := Client{FirstName: "Jürgen", LastName: "Özdemir", BirthDate: NewDate(1990, 4, 1), RVNR: "10010490A443",
		Address: "alt"}
	after := before
	after.Address = "neu"
	after.RVNR = "10 010490 a 443"
	if got := IdentityChanged(before, after); len(got) != 0 {
		t.Errorf("address and spacing are no identity change: %v", got)
	}
	after.LastName = "Özdemir-Weiß"
	after.BirthDate = NewDate(1990, 4, 2)
	after.RVNR = "10020490A441"
	if got := IdentityChanged(before, after); !slices.Equal(got, []string{IdentityName, IdentityBirthDate, IdentityRVNR}) {
		t.Errorf("changed: %v", got)
	}
	c := &Case{Phase: PhaseIntake}
	if c.IdentityNeedsReason() {
		t.Error("a correction during intake needs no reason")
	}
	c.Phase = PhaseMonitoring
	if !c.IdentityNeedsReason() {
		t.Error("a correction after intake needs a reason")
	}
	e := IdentityAudit("uid-1", []string{IdentityName}, IdentityNameChange, c.Created)
	for _, v := range e.Detail {
		if strings.Contains(v, "Özdemir") || strings.Contains(v, "Jürgen") {
			t.Errorf("personal data in the audit entry: %v", e.Detail)
		}
	}
}
