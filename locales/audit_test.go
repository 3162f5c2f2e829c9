package locales_test

import (
	"strings"
	"testing"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// TestAuditTexts: every kind of audit entry reads as a sentence in both
// languages, with what the entry's detail says.
func TestAuditTexts(t *testing.T) {
	entries := []model.AuditEntry{
		model.TransitionAudit("c", model.Event{Kind: model.KindAdvance, From: model.PhaseIntake, To: model.PhaseAssessment}),
		model.TransitionAudit("c", model.Event{Kind: model.KindOpened, To: model.PhaseIntake}),
		model.DisclosureAudit("c", model.Disclosure{Partner: "p1", Categories: []model.InfoCategory{model.InfoPlan, model.InfoWork}},
			model.Partner{Name: "IFD Stuttgart", Category: model.PartnerIFD}, time.Now()),
		model.DisclosureAudit("c", model.Disclosure{Partner: "p2", Categories: []model.InfoCategory{model.InfoHealth}},
			model.Partner{Name: "Dr. Kaya (Psychotherapie)", Category: model.PartnerPersonal}, time.Now()),
		{Kind: model.AuditDocument, Detail: map[string]string{"document": "plan", "version": "2"}},
		{Kind: model.AuditDocument, Detail: map[string]string{"document": "closure"}},
		{Kind: model.AuditDocument, Detail: map[string]string{"document": "consent"}},
		{Kind: model.AuditImport}, {Kind: model.AuditExport}, {Kind: model.AuditAccess}, {Kind: model.AuditDeletion},
		{Kind: model.AuditReplace, Detail: map[string]string{"backup": "teilhabelotse-2026-11-25-101500-vor-ersetzen.db"}},
		{Kind: model.AuditBackup, Detail: map[string]string{"file": "teilhabelotse-2026-11-25.db"}},
		{Kind: model.AuditRestore, Detail: map[string]string{"file": "teilhabelotse-2026-11-24.db"}},
		model.IdentityAudit("c", []string{model.IdentityName, model.IdentityRVNR}, model.IdentityTypo, time.Now()),
	}
	for _, lang := range locales.Languages {
		l := locales.New(lang)
		for _, e := range entries {
			got := l.Audit(e)
			if strings.Contains(got, "Audit.") || strings.Contains(got, "<no value>") || strings.Contains(got, ".none") {
				t.Errorf("%s %s: %q", lang, e.Kind, got)
			}
		}
	}
	de := locales.New("de")
	if got := de.Audit(entries[0]); got != "Phasenwechsel (Weiter zur nächsten Phase): Intake → Assessment" {
		t.Errorf("transition: %q", got)
	}
	if got := de.Audit(entries[2]); got != "Informationsweitergabe an IFD Stuttgart: Reha- und Teilhabeplan, Arbeit und Beschäftigung" {
		t.Errorf("disclosure: %q", got)
	}
	if got := de.Audit(entries[3]); !strings.HasPrefix(got, "Informationsweitergabe an Persönliches Umfeld") || strings.Contains(got, "Kaya") {
		t.Errorf("disclosure to a person: %q", got)
	}
	if got := de.Audit(entries[len(entries)-1]); got != "Stammdaten berichtigt (Name, Rentenversicherungsnummer): Tippfehler bei der Aufnahme" {
		t.Errorf("identity: %q", got)
	}
	if got := de.Audit(entries[4]); got != "Dokument erstellt: Reha- und Teilhabeplan (Version 2)" {
		t.Errorf("document: %q", got)
	}
}
