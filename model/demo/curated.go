package demo

import "teilhabelotse/model"

// curated are the hand-written cases, in the order they are returned. The
// first six already cover every phase, so a short demo still shows the
// whole control loop.
var curated = []func(b *builder){
	intakeOverdue,
	assessmentCase,
	planningDraft,
	monitoringPlanV1,
	closureInProgress,
	closedComplete,
	intakeDecided,
	monitoringAfterLoop,
	notAdmitted,
}

// intakeOverdue: referral 19 days ago, the client has not been reached
// yet — the first meeting (due after 14 days) is overdue.
func intakeOverdue(b *builder) {
	b.client(firstName{"Jonas", false}, "Beispiel", &stories[4], -19)
	b.contact(-18, model.ContactLetter, "Jonas Beispiel", nil, "Einladung zum Erstgespräch mit zwei Terminvorschlägen und Informationsblatt zum Fallmanagement versandt.", 15, model.RoleSupporter)
	b.contact(-9, model.ContactPhone, "Jonas Beispiel", nil, "Telefonisch nicht erreicht, Nachricht auf der Mailbox hinterlassen.", 5, model.RoleSupporter)
	b.contact(-3, model.ContactPhone, "Jonas Beispiel", nil, "Erneut nicht erreicht. Nächster Versuch am Vormittag; ggf. Hausbesuch anbieten.", 5, model.RoleSupporter)
}

// intakeDecided: first meeting held, screening done, decision yes with
// consent and agreement two days ago — ready for the assessment.
func intakeDecided(b *builder) {
	b.client(firstName{"Lukas", false}, "Modell", &stories[3], -12)
	b.firstMeeting(-6, model.ModeInPerson)
	b.decide(-2, true, model.IntensityA)
	b.consent(-2, "employer", model.AreaWork, "Abstimmung einer Umsetzung im Betrieb (BEM)", model.InfoContact, model.InfoWork, model.InfoCapability)
}

// notAdmitted: the joint decision found no need for case management.
func notAdmitted(b *builder) {
	b.client(firstName{"Andreas", false}, "Platzhalter", &stories[1], -75)
	b.firstMeeting(-66, model.ModeInPerson)
	b.decide(-60, false, model.IntensityA)
	b.move(-60, model.KindNotAdmitted, "Kein Fallmanagementbedarf: Die Rückkehr an den Arbeitsplatz lässt sich mit einer stufenweisen Wiedereingliederung regeln; die Beratung durch die Reha-Fachberatung reicht aus.")
	b.contact(-58, model.ContactLetter, "Andreas Platzhalter", nil, "Ergebnis schriftlich mitgeteilt; erneute Kontaktaufnahme ist jederzeit möglich.", 15, model.RoleGatekeeper)
	// The Rückmeldung an den Auftraggeber: what was arranged instead, and
	// the day it went out.
	b.c.Closure.FurtherSupport = "Stufenweise Wiedereingliederung über die Krankenkasse; weitere Beratung durch die Reha-Fachberatung."
	b.c.Closure.TransmittedOn = b.day(-58)
}

// assessmentCase: a complete Bedarfsermittlung with instruments, profile
// comparison and a case conference whose tasks are still open.
func assessmentCase(b *builder) {
	b.client(firstName{"Aylin", true}, "Musterfrau", &stories[1], -60)
	b.firstMeeting(-52, model.ModeVideo)
	b.decide(-45, true, model.IntensityB)
	b.consent(-45, "employer", model.AreaWork, "Abstimmung der Rückkehr an den Arbeitsplatz (BEM)", model.InfoContact, model.InfoWork, model.InfoCapability)
	b.consent(-45, "hausaerztin", model.AreaHealth, "Einholen und Austausch von Befunden", model.InfoContact, model.InfoHealth)
	b.move(-45, model.KindAdvance, "")
	b.assess(-44)
	b.contact(-38, model.ContactCounselling, "Aylin Musterfrau", nil, "Sicht der Dinge, Wünsche und Befürchtungen ausführlich besprochen – in ihren eigenen Worten festgehalten.", 75, model.RoleSupporter)
	b.disclose(-36, "hausaerztin", "Telefon", "Befundbericht angefordert; Anlass und Ziel des Fallmanagements erläutert.", model.InfoContact, model.InfoHealth)
	b.contact(-21, model.ContactVisitCompany, "Oliver Beispiel (Inhaber)", []string{b.partner("employer", model.AreaWork)}, "Gemeinsamer Termin in der Kanzlei: Arbeitsplatz und Abläufe in der Abgabezeit angesehen.", 90, model.RoleAdvocate)
	b.caseConference(-5)
	b.disclose(-4, "employer", "E-Mail (verschlüsselt)", "Ergebnis der Fallkonferenz: empfohlene Arbeitszeit und Belastbarkeit übermittelt.", model.InfoWork, model.InfoCapability)
}

// planningDraft: the plan's first version is being written; the
// participation conference is scheduled.
func planningDraft(b *builder) {
	b.client(firstName{"Thomas", false}, "Probe", &stories[3], -95)
	b.firstMeeting(-88, model.ModeInPerson)
	b.decide(-84, true, model.IntensityB)
	b.consent(-84, "employer", model.AreaWork, "Abstimmung einer Umsetzung im Betrieb (BEM)", model.InfoContact, model.InfoWork, model.InfoCapability)
	b.move(-84, model.KindAdvance, "")
	b.assess(-83)
	b.contact(-60, model.ContactVisitCompany, "BEM-Team Stadtwerke", []string{b.partner("employer", model.AreaWork)}, "Betriebsbegehung Netzplanung mit BEM-Team und Schwerbehindertenvertretung.", 120, model.RoleAdvocate, model.RoleBroker)
	b.caseConference(-35)
	b.disclose(-33, "employer", "E-Mail (verschlüsselt)", "Fähigkeitsprofil für die Prüfung des Planungsarbeitsplatzes übermittelt.", model.InfoWork, model.InfoCapability)
	b.move(-12, model.KindAdvance, "")
	p := b.plan(-12, []int{3, 8, 18, 14}, 8, 0)
	p.Conference = model.Conference{Date: b.day(7), Participants: "geplant: Thomas Probe, Ehefrau, BEM-Team Stadtwerke, Reha-Fachberatung, Fallmanagement"}
	b.contact(-5, model.ContactPhone, "Thomas Probe", nil, "Entwurf der Ziele telefonisch besprochen; Ehefrau soll zur Teilhabekonferenz mitkommen.", 25, model.RoleSupporter)
}

// monitoringPlanV1: a finalised plan with goals in five areas, measures
// with partners, a participation conference, two reviews and consents.
func monitoringPlanV1(b *builder) {
	b.client(firstName{"Erika", true}, "Mustermann", &stories[2], -200)
	b.c.Client.Relatives = []model.Person{{Name: "Lena Mustermann", Relation: "Schwester", Contact: "030 23125 877"}}
	b.firstMeeting(-190, model.ModeInPerson)
	b.decide(-183, true, model.IntensityB)
	b.consent(-183, "employer", model.AreaWork, "Abstimmung einer Umsetzung im Pflegezentrum (BEM)", model.InfoContact, model.InfoWork, model.InfoCapability)
	b.move(-183, model.KindAdvance, "")
	b.assess(-182)
	b.contact(-176, model.ContactVisitClient, "Erika Mustermann", nil, "Hausbesuch: Wohnsituation (3. OG ohne Aufzug) angesehen, Alltag besprochen.", 90, model.RoleSupporter)
	b.caseConference(-160)
	b.disclose(-159, "employer", "Persönlich im BEM-Gespräch", "Belastbarkeit und Einsatzmöglichkeiten im Tagdienst besprochen.", model.InfoWork, model.InfoCapability)
	b.move(-150, model.KindAdvance, "")
	b.consent(-150, "bfw", model.AreaEducation, "Anmeldung und Begleitung der Weiterbildung Pflegeberatung", model.InfoContact, model.InfoCapability, model.InfoPlan)
	b.consent(-140, "schuldner", model.AreaEconomic, "Termin bei der Schuldnerberatung vorbereiten", model.InfoContact, model.InfoFinances)
	b.plan(-150, []int{2, 4, 8, 10, 11}, 12, 0)
	b.contact(-138, model.ContactNetwork, "Rehaklinik, BFW, Agentur für Arbeit", nil, "Netzwerkarbeit: Zuständigkeiten für Qualifizierung geklärt (ohne personenbezogene Daten).", 45, model.RoleBroker)
	b.finalize(-130, true)
	b.disclose(-128, "bfw", "Post", "Reha- und Teilhabeplan (Version 1) und Fähigkeitsprofil für die Anmeldung zur Weiterbildung.", model.InfoContact, model.InfoCapability, model.InfoPlan)
	b.disclose(-126, "schuldner", "Telefon", "Termin vereinbart; finanzielle Lage grob geschildert.", model.InfoContact, model.InfoFinances)
	b.review(-100, 0.6, model.DecisionContinue, "")
	b.contact(-70, model.ContactPhone, "Sandra Modell (BFW)", []string{b.partner("bfw", model.AreaEducation)}, "Rückmeldung des BFW: Weiterbildung läuft planmäßig.", 15, model.RoleBroker)
	b.review(-20, 0.5, model.DecisionContinue, "Gewichtsreduktion stagniert; Ernährungsberatung hat noch nicht begonnen (Wartezeit).")
	b.contact(-9, model.ContactCounselling, "Erika Mustermann", nil, "Zwischengespräch: Prüfungsvorbereitung, Sorge um Finanzen nach Ende des Übergangsgelds.", 60, model.RoleSupporter, model.RoleAdvocate)
}

// monitoringAfterLoop: plan v1 failed (graded return broken off), the case
// went back to assessment and then into plan v2 (Fortschreibung).
func monitoringAfterLoop(b *builder) {
	b.client(firstName{"Monika", true}, "Beispielmann", &stories[0], -330)
	b.firstMeeting(-322, model.ModeInPerson)
	b.decide(-315, true, model.IntensityB)
	b.consent(-315, "employer", model.AreaWork, "Abstimmung der Wiedereingliederung (BEM)", model.InfoContact, model.InfoWork, model.InfoCapability, model.InfoPlan)
	b.move(-315, model.KindAdvance, "")
	b.assess(-314)
	b.caseConference(-290)
	b.move(-280, model.KindAdvance, "")
	b.plan(-280, []int{0, 6, 9, 15}, 8, 0)
	b.finalize(-262, true)
	b.disclose(-260, "employer", "E-Mail (verschlüsselt)", "Plan Version 1 (Teil Arbeit) für das BEM-Verfahren übermittelt.", model.InfoWork, model.InfoPlan)
	b.review(-234, 0.5, model.DecisionContinue, "")
	b.review(-206, 0, model.DecisionReassessment, "Stufenweise Wiedereingliederung nach drei Wochen abgebrochen: Schmerzen im Wareneingang deutlich verstärkt. Neues MRT veranlasst.")
	b.move(-205, model.KindReassess, "Wiedereingliederung abgebrochen, neue Befunde – Bedarf neu ermitteln")
	a := b.c.CurrentAssessment()
	a.Health = "MRT zeigt erneute Protrusion L4/L5. Sozialmedizinische Stellungnahme: Tätigkeiten mit Heben über 10 kg dauerhaft ausgeschlossen. " + a.Health
	a.Work = "Rückkehr in den Wareneingang ausgeschlossen. Arbeitgeber bietet Einarbeitung in der Disposition an, Voraussetzung sind PC-Kenntnisse. " + a.Work
	a.Instruments = append(a.Instruments, model.Instrument{Name: "Sozialmedizinische Stellungnahme", Date: b.day(-198), By: "Sozialmedizinischer Dienst der DRV", Result: "Leichte bis mittelschwere Tätigkeiten vollschichtig möglich, ohne Heben über 10 kg."})
	a.NetworkPartners = append(a.NetworkPartners, b.partner("smd", model.AreaHealth))
	b.caseConference(-190)
	b.move(-180, model.KindAdvance, "")
	p := b.c.StartPlanVersion(b.day(-180), "Fortschreibung nach Re-Assessment: Rückkehr an den bisherigen Arbeitsplatz nicht möglich; neues Ziel Umsetzung in die Disposition mit Qualifizierung.")
	b.replaceGoal(p, -180, goalPool[6].text, &goalPool[8])
	b.finalize(-165, true)
	b.disclose(-163, "employer", "E-Mail (verschlüsselt)", "Fortgeschriebener Plan (Version 2, Teil Arbeit) übermittelt.", model.InfoWork, model.InfoPlan)
	b.review(-137, 0.6, model.DecisionContinue, "")
	b.review(-81, 0.6, model.DecisionContinue, "")
	b.review(-25, 0.5, model.DecisionContinue, "")
}

// closureInProgress: goals reached, closure begun four days ago; the
// final GAS levels and the client's evaluation are still missing.
func closureInProgress(b *builder) {
	b.client(firstName{"Dragan", false}, "Exempel", &stories[4], -300)
	b.firstMeeting(-293, model.ModeInPerson)
	b.decide(-288, true, model.IntensityC)
	b.consent(-288, "employer", model.AreaWork, "Abstimmung einer Umsetzung ins Lager", model.InfoContact, model.InfoWork, model.InfoCapability)
	b.consent(-288, "schuldner", model.AreaEconomic, "Klärung der Mietschulden", model.InfoContact, model.InfoFinances)
	b.move(-288, model.KindAdvance, "")
	b.assess(-287)
	b.disclose(-280, "schuldner", "Telefon", "Dringlichkeit wegen Mietrückstand geschildert, Termin vereinbart.", model.InfoContact, model.InfoFinances)
	b.caseConference(-260)
	b.move(-250, model.KindAdvance, "")
	b.plan(-250, []int{5, 17, 10, 11, 9}, 10, 0)
	b.finalize(-236, true)
	for d := -208; d < 0; d += 28 {
		b.review(d, 0.45, model.DecisionContinue, "")
	}
	b.move(-4, model.KindCloseRegular, "")
	b.closure(-4, model.ReasonGoalsReached, model.WorkAbilityPartly, model.ReintegrationAdapted, false)
}

// closedComplete: a case closed regularly with the full closure record,
// transmitted to the DRV.
func closedComplete(b *builder) {
	b.client(firstName{"Katharina", true}, "Vorlage", &stories[5], -420)
	b.firstMeeting(-410, model.ModeInPerson)
	b.decide(-404, true, model.IntensityB)
	b.consent(-404, "employer", model.AreaWork, "Arbeitsplatzanpassung und Homeoffice", model.InfoContact, model.InfoWork, model.InfoCapability, model.InfoPlan)
	b.consent(-380, "integrationsamt", model.AreaWork, "Beratung zu Nachteilsausgleichen", model.InfoContact, model.InfoWork, model.InfoHealth)
	b.move(-404, model.KindAdvance, "")
	b.assess(-403)
	b.caseConference(-380)
	b.move(-370, model.KindAdvance, "")
	b.plan(-370, []int{12, 19, 1, 16}, 7, 0)
	b.finalize(-352, true)
	b.disclose(-350, "integrationsamt", "Post", "Antrag auf Beratung mit Arbeitsplatzbeschreibung und Funktionseinschränkungen.", model.InfoContact, model.InfoWork, model.InfoHealth)
	for _, d := range []int{-296, -240, -184, -128, -72} {
		b.review(d, 0.65, model.DecisionContinue, "")
	}
	b.move(-30, model.KindCloseRegular, "")
	b.closure(-30, model.ReasonGoalsReached, model.WorkAbilityYes, model.ReintegrationAdapted, true)
	b.move(-27, model.KindFinish, "")
}

// replaceGoal swaps the strategic goal with text old (and its measures) in
// the plan version p for a new goal from t.
func (b *builder) replaceGoal(p *model.PlanVersion, d int, old string, t *goalTpl) {
	var goals []model.StrategicGoal
	removed := map[string]bool{}
	for _, g := range p.Goals {
		if g.Text == old {
			removed[g.ID] = true
			continue
		}
		goals = append(goals, g)
	}
	p.Goals = goals
	var ms []model.Measure
	for _, m := range p.Measures {
		if !removed[m.GoalID] {
			ms = append(ms, m)
		}
	}
	p.Measures = ms
	b.addGoal(p, d, t, len(t.ops))
	// Area partners of removed measures stay only if still used.
	used := map[model.AreaPartner]bool{}
	for _, m := range p.Measures {
		used[model.AreaPartner{Area: m.Area, Partner: m.Partner}] = true
	}
	var aps []model.AreaPartner
	for _, ap := range p.AreaPartners {
		if used[model.AreaPartner{Area: ap.Area, Partner: ap.Partner}] {
			aps = append(aps, ap)
		}
	}
	p.AreaPartners = aps
	// Measures the last review saw finished are finished in the new version.
	if n := len(b.c.Reviews); n > 0 {
		last := b.c.Reviews[n-1]
		for i := range p.Measures {
			for _, s := range last.Measures {
				if s.MeasureID == p.Measures[i].ID {
					p.Measures[i].Status = s.Status
				}
			}
		}
	}
	b.touch(d)
}
