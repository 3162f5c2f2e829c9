package model_test

import (
	"reflect"
	"testing"
	"time"

	"teilhabelotse/model"
)

func TestConsentStatus(t *testing.T) {
	on := day(2026, time.March, 10)
	tests := []struct {
		name string
		k    model.Consent
		want model.ConsentStatus
	}{
		{"active", model.Consent{GivenOn: on.AddDays(-3)}, model.ConsentActive},
		{"active until the day", model.Consent{GivenOn: on.AddDays(-3), ValidUntil: on}, model.ConsentActive},
		{"given later", model.Consent{GivenOn: on.AddDays(1)}, model.ConsentNotYet},
		{"expired", model.Consent{GivenOn: on.AddDays(-30), ValidUntil: on.AddDays(-1)}, model.ConsentExpired},
		{"revoked on the day", model.Consent{GivenOn: on.AddDays(-3), RevokedOn: on}, model.ConsentRevoked},
		{"revoked later still active", model.Consent{GivenOn: on.AddDays(-3), RevokedOn: on.AddDays(2)}, model.ConsentActive},
		{"revoked and expired says revoked", model.Consent{GivenOn: on.AddDays(-30), ValidUntil: on.AddDays(-5), RevokedOn: on.AddDays(-9)}, model.ConsentRevoked},
		{"no date", model.Consent{}, model.ConsentIncomplete},
	}
	for _, tt := range tests {
		got := tt.k.Status(on)
		if got != tt.want {
			t.Errorf("%s: Status = %q, want %q", tt.name, got, tt.want)
		}
		if (got == model.ConsentActive) != tt.k.Active(on) {
			t.Errorf("%s: Status %q disagrees with Active %v", tt.name, got, tt.k.Active(on))
		}
	}
}

func TestConsentExpiresSoon(t *testing.T) {
	on := day(2026, time.March, 10)
	s := model.Settings{} // 30 days by default
	given := on.AddDays(-100)
	for _, tt := range []struct {
		until model.Date
		want  bool
	}{
		{on.AddDays(30), true},
		{on.AddDays(31), false},
		{on, true},
		{on.AddDays(-1), false}, // already expired: not "soon"
		{model.Date{}, false},   // open-ended
	} {
		k := model.Consent{GivenOn: given, ValidUntil: tt.until}
		if got := k.ExpiresSoon(on, s); got != tt.want {
			t.Errorf("valid until %v: ExpiresSoon = %v, want %v", tt.until, got, tt.want)
		}
	}
	if (model.Consent{GivenOn: given, ValidUntil: on.AddDays(40)}).ExpiresSoon(on, model.Settings{ConsentWarnDays: 60}) != true {
		t.Error("the warning period comes from the settings")
	}
}

func TestConsentGaps(t *testing.T) {
	today := day(2026, time.March, 10)
	full := model.Consent{Partner: "p1", Categories: []model.InfoCategory{model.InfoHealth}, GivenOn: today, Form: model.FormOral}
	if g := model.ConsentGaps(full, today); len(g) != 0 {
		t.Errorf("complete consent has gaps %v", g)
	}
	tests := []struct {
		name   string
		change func(k *model.Consent)
		want   []model.RecordGap
	}{
		{"no recipient", func(k *model.Consent) { k.Partner = " " }, []model.RecordGap{model.GapRecipient}},
		{"no categories", func(k *model.Consent) { k.Categories = nil }, []model.RecordGap{model.GapCategories}},
		{"unknown category only", func(k *model.Consent) { k.Categories = []model.InfoCategory{"x"} }, []model.RecordGap{model.GapCategories}},
		{"no date", func(k *model.Consent) { k.GivenOn = model.Date{} }, []model.RecordGap{model.GapGivenOn}},
		{"bad date", func(k *model.Consent) { k.GivenOn = model.Date{Raw: "31.02."} }, []model.RecordGap{model.GapGivenOn}},
		{"future", func(k *model.Consent) { k.GivenOn = today.AddDays(1) }, []model.RecordGap{model.GapGivenFuture}},
		{"no form", func(k *model.Consent) { k.Form = "" }, []model.RecordGap{model.GapForm}},
		{"until before given", func(k *model.Consent) { k.ValidUntil = today.AddDays(-1) }, []model.RecordGap{model.GapValidUntil}},
		{"until not a date", func(k *model.Consent) { k.ValidUntil = model.Date{Raw: "bald"} }, []model.RecordGap{model.GapValidUntil}},
		{"until same day", func(k *model.Consent) { k.ValidUntil = today }, nil},
	}
	for _, tt := range tests {
		k := full
		tt.change(&k)
		if got := model.ConsentGaps(k, today); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: gaps %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestRevocationGaps(t *testing.T) {
	today := day(2026, time.March, 10)
	k := model.Consent{GivenOn: today.AddDays(-10)}
	for _, tt := range []struct {
		on   model.Date
		want []model.RecordGap
	}{
		{today, nil},
		{today.AddDays(-10), nil},
		{model.Date{}, []model.RecordGap{model.GapRevokedOn}},
		{today.AddDays(-11), []model.RecordGap{model.GapRevokedFrom}},
		{today.AddDays(1), []model.RecordGap{model.GapRevokedLate}},
	} {
		if got := model.RevocationGaps(k, tt.on, today); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("revoke on %v: %v, want %v", tt.on, got, tt.want)
		}
	}
}

func TestDisclosureGaps(t *testing.T) {
	d := model.Disclosure{Date: day(2026, time.March, 10), Partner: "p", Categories: []model.InfoCategory{model.InfoWork}, Channel: "Telefon"}
	if g := model.DisclosureGaps(d); len(g) != 0 {
		t.Errorf("complete disclosure has gaps %v", g)
	}
	want := []model.RecordGap{model.GapDate, model.GapRecipient, model.GapCategories, model.GapChannel}
	if got := model.DisclosureGaps(model.Disclosure{Channel: "  "}); !reflect.DeepEqual(got, want) {
		t.Errorf("empty disclosure: %v, want %v", got, want)
	}
}
