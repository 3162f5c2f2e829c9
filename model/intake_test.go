package model_test

import (
	"testing"
	"time"

	"teilhabelotse/model"
)

func TestMeetingModeNeedsReason(t *testing.T) {
	want := map[model.MeetingMode]bool{model.ModeInPerson: false, model.ModeVideo: true, model.ModePhone: true, "": false}
	for m, w := range want {
		if got := m.NeedsReason(); got != w {
			t.Errorf("%q.NeedsReason() = %v, want %v", m, got, w)
		}
	}
	fm := model.FirstMeeting{Mode: model.ModeVideo, ModeReason: "  "}
	if !fm.ReasonMissing() {
		t.Error("a video meeting with a blank reason lacks its reason")
	}
	fm.ModeReason = "Klinikaufenthalt"
	if fm.ReasonMissing() {
		t.Error("the reason is given")
	}
	if (model.FirstMeeting{Mode: model.ModeInPerson}).ReasonMissing() {
		t.Error("in person needs no reason")
	}
}

func TestFirstMeetingOverdue(t *testing.T) {
	today := day(2026, time.March, 20)
	tests := []struct {
		name     string
		received model.Date
		met      model.Date
		days     int
		want     bool
	}{
		{"no referral date", model.Date{}, model.Date{}, 0, false},
		{"due today", today.AddDays(-14), model.Date{}, 0, false},
		{"due yesterday", today.AddDays(-15), model.Date{}, 0, true},
		{"20 days ago", today.AddDays(-20), model.Date{}, 0, true},
		{"held late", today.AddDays(-20), today.AddDays(-1), 0, false},
		{"configured 30 days", today.AddDays(-20), model.Date{}, 30, false},
		{"meeting date not a date", today.AddDays(-20), model.Date{Raw: "x"}, 0, true},
	}
	for _, tt := range tests {
		c := &model.Case{}
		c.Intake.Referral.ReceivedOn = tt.received
		c.Intake.FirstMeeting.Date = tt.met
		if got := model.FirstMeetingOverdue(c, model.Settings{FirstMeetingDays: tt.days}, today); got != tt.want {
			t.Errorf("%s: overdue = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestConsentCheckRecord(t *testing.T) {
	today := day(2026, time.March, 20)
	full := model.CaseManagementConsent{GivenOn: today, Form: model.FormOral, InformedCM: true}
	if got := full.CheckRecord(today); !got.OK() {
		t.Fatalf("complete consent: %+v", got)
	}
	tests := []struct {
		name string
		edit func(k *model.CaseManagementConsent)
		want model.ConsentCheck
	}{
		{"no date", func(k *model.CaseManagementConsent) { k.GivenOn = model.Date{} }, model.ConsentCheck{NoDate: true}},
		{"not a date", func(k *model.CaseManagementConsent) { k.GivenOn = model.Date{Raw: "31.02.2026"} }, model.ConsentCheck{NoDate: true}},
		{"tomorrow", func(k *model.CaseManagementConsent) { k.GivenOn = today.AddDays(1) }, model.ConsentCheck{FutureDate: true}},
		{"no form", func(k *model.CaseManagementConsent) { k.Form = "" }, model.ConsentCheck{NoForm: true}},
		{"unknown form", func(k *model.CaseManagementConsent) { k.Form = "fax" }, model.ConsentCheck{NoForm: true}},
		{"not informed", func(k *model.CaseManagementConsent) { k.InformedCM = false; k.InformedRights = true }, model.ConsentCheck{NotInformed: true}},
	}
	for _, tt := range tests {
		k := full
		tt.edit(&k)
		got := k.CheckRecord(today)
		if got != tt.want || got.OK() {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestConsentCheckWithdrawal(t *testing.T) {
	today := day(2026, time.March, 20)
	k := model.CaseManagementConsent{GivenOn: today.AddDays(-10), Form: model.FormWritten, InformedCM: true}
	tests := []struct {
		name string
		k    model.CaseManagementConsent
		on   model.Date
		want model.WithdrawalCheck
	}{
		{"today", k, today, model.WithdrawalCheck{}},
		{"the day it was given", k, k.GivenOn, model.WithdrawalCheck{}},
		{"no date", k, model.Date{}, model.WithdrawalCheck{NoDate: true}},
		{"before given", k, k.GivenOn.AddDays(-1), model.WithdrawalCheck{BeforeGiven: true}},
		{"tomorrow", k, today.AddDays(1), model.WithdrawalCheck{FutureDate: true}},
		{"nothing to withdraw", model.CaseManagementConsent{}, today, model.WithdrawalCheck{NotGiven: true}},
	}
	for _, tt := range tests {
		if got := tt.k.CheckWithdrawal(tt.on, today); got != tt.want || got.OK() != (tt.want == model.WithdrawalCheck{}) {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
