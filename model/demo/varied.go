package demo

import (
	"slices"
	"sort"

	"teilhabelotse/model"
)

// step is one stretch of a generated case's life: do runs on its first
// day, dur days pass until the next step.
type step struct {
	dur int
	do  func(d int)
}

type target int

const (
	tIntakeNew target = iota
	tIntakeMet
	tNotAdmitted
	tAssessment
	tPlanning
	tMonitoring
	tClosure
	tClosed
)

// targetWeights spread generated cases over the phases roughly as in a
// counselor's caseload.
var targetWeights = []struct {
	t target
	w int
}{
	{tIntakeNew, 6}, {tIntakeMet, 6}, {tNotAdmitted, 5}, {tAssessment, 13},
	{tPlanning, 11}, {tMonitoring, 34}, {tClosure, 7}, {tClosed, 18},
}

func (b *builder) pickTarget() target {
	sum := 0
	for _, tw := range targetWeights {
		sum += tw.w
	}
	n := b.r.IntN(sum)
	for _, tw := range targetWeights {
		if n < tw.w {
			return tw.t
		}
		n -= tw.w
	}
	return tMonitoring
}

var prematureReasons = []struct {
	reason model.EndingReason
	text   string
	wa     model.WorkAbility
	ri     model.Reintegration
}{
	{model.ReasonByClient, "Beendigung auf Wunsch der versicherten Person: möchte den Weg vorerst allein weitergehen.", model.WorkAbilityPartly, model.ReintegrationNone},
	{model.ReasonNoCooperation, "Mehrere Termine ohne Rückmeldung versäumt; Mitwirkung trotz Nachfrage nicht möglich.", model.WorkAbilityNo, model.ReintegrationNone},
	{model.ReasonIllness, "Erneute längere Erkrankung; Fallmanagement derzeit nicht durchführbar.", model.WorkAbilityNo, model.ReintegrationNone},
	{model.ReasonCarrierChange, "Zuständigkeit ist auf die Agentur für Arbeit übergegangen.", model.WorkAbilityPartly, model.ReintegrationQualification},
	{model.ReasonEMPension, "Leistungsvermögen unter drei Stunden täglich; Antrag auf Erwerbsminderungsrente.", model.WorkAbilityNo, model.ReintegrationNone},
	{model.ReasonOther, "Umzug in ein anderes Bundesland.", model.WorkAbilityPartly, model.ReintegrationNone},
}

// varied writes a generated case with a random target phase and history.
func (b *builder) varied() {
	st := &stories[b.r.IntN(len(stories))]
	var fn firstName
	for {
		fn = firstNames[b.r.IntN(len(firstNames))]
		if st.sex == 0 || (st.sex == 1) == fn.female {
			break
		}
	}
	last := lastNames[b.r.IntN(len(lastNames))]
	intensity := model.IntensityB
	switch x := b.r.IntN(4); x {
	case 0:
		intensity = model.IntensityA
	case 3:
		intensity = model.IntensityC
	}
	interval := model.Settings{}.ReviewDays(intensity)
	tg := b.pickTarget()
	if (tg == tClosed || tg == tNotAdmitted) && b.chance(0.6) {
		b.ago = b.between(30, 6*365) // up to six years back: some past the retention period
	}

	var steps []step
	add := func(dur int, do func(d int)) { steps = append(steps, step{dur, do}) }
	// Intake.
	add(b.between(3, 16), func(d int) {
		b.client(fn, last, st, d)
		b.contact(d+1, model.ContactLetter, fn.name+" "+last, nil, "Einladung zum Erstgespräch versandt.", 15, model.RoleSupporter)
	})
	if tg == tIntakeNew {
		steps[0].dur = b.between(2, 25)
		b.run(steps)
		return
	}
	mode := model.ModeInPerson
	if x := b.r.IntN(20); x == 0 {
		mode = model.ModePhone
	} else if x < 3 {
		mode = model.ModeVideo
	}
	add(b.between(1, 10), func(d int) { b.firstMeeting(d, mode) })
	if tg == tIntakeMet {
		decided := b.chance(0.5)
		steps[len(steps)-1].dur = b.between(2, 12)
		if decided {
			add(b.between(1, 5), func(d int) { b.decide(d, true, intensity) })
		}
		b.run(steps)
		return
	}
	if tg == tNotAdmitted {
		refused := b.chance(0.4)
		add(b.between(2, 200), func(d int) {
			if refused {
				b.decide(d, true, intensity)
				b.c.CMConsent = model.CaseManagementConsent{}
				b.c.Intake.Agreement = model.Agreement{}
				b.move(d, model.KindNotAdmitted, "Zustimmung zum Fallmanagement verweigert: Die versicherte Person möchte ihre Angelegenheiten selbst regeln.")
			} else {
				b.decide(d, false, intensity)
				b.move(d, model.KindNotAdmitted, "Kein Fallmanagementbedarf: Standardleistungen reichen aus.")
			}
		})
		b.run(steps)
		return
	}

	// Decision, consents, assessment.
	consentKeys := []string{"employer"}
	for _, k := range []string{"hausaerztin", "bfw", "agentur", "klinik", "schuldner", "kasse"} {
		if b.chance(0.3) {
			consentKeys = append(consentKeys, k)
		}
	}
	add(0, func(d int) {
		b.decide(d, true, intensity)
		for _, k := range consentKeys {
			area := directory[partnerIndex[keyOf(b, k)]].areas[0]
			cats := []model.InfoCategory{model.InfoContact, model.InfoWork, model.InfoCapability}
			switch area {
			case model.AreaHealth:
				cats = []model.InfoCategory{model.InfoContact, model.InfoHealth}
			case model.AreaEconomic:
				cats = []model.InfoCategory{model.InfoContact, model.InfoFinances}
			}
			if b.chance(0.4) {
				cats = append(cats, model.InfoPlan)
			}
			b.consent(d, k, area, "Abstimmung im Rahmen des Fallmanagements", cats...)
		}
	})
	withConference := tg != tAssessment || b.chance(0.6)
	assessDur := b.between(14, 45)
	add(assessDur, func(d int) {
		b.move(d, model.KindAdvance, "")
		b.assess(d)
		if withConference {
			b.caseConference(d + assessDur*2/3)
		}
	})
	if tg == tAssessment {
		steps[len(steps)-1].dur = b.between(max(4, assessDur*2/3+2), 45)
		b.finish(steps)
		return
	}
	premature := (tg == tClosure || tg == tClosed) && b.chance(0.2)
	if premature && b.chance(0.4) {
		b.closeSteps(&steps, tg, true, "assessment", interval)
		b.finish(steps)
		return
	}

	// Planning.
	ops := b.between(3, 15)
	meas := b.between(5, 40)
	goals := b.goalChoice(st)
	planDur := b.between(10, 30)
	backToAssess := tg == tPlanning && b.chance(0.15)
	add(planDur, func(d int) {
		b.move(d, model.KindAdvance, "")
		b.plan(d, goals, ops, meas)
	})
	if backToAssess {
		add(b.between(7, 20), func(d int) {
			b.move(d, model.KindBackToAssess, "Bedarfsermittlung unvollständig: Befunde der Fachärztin fehlen noch.")
			a := b.c.CurrentAssessment()
			a.Health = "Ergänzt nach fachärztlichem Befund. " + a.Health
		})
		add(b.between(5, 15), func(d int) { b.move(d, model.KindAdvance, "") })
	}
	if tg == tPlanning {
		steps[len(steps)-1].dur = b.between(3, 30)
		b.finish(steps)
		return
	}
	if premature {
		b.closeSteps(&steps, tg, true, "planning", interval)
		b.finish(steps)
		return
	}

	// Monitoring: reviews, maybe loops.
	add(interval+b.between(-7, 7), func(d int) { b.finalize(d, true) })
	reviews := b.between(1, 6)
	loops := 0
	if b.chance(0.3) {
		loops = 1
		if b.chance(0.2) {
			loops = 2
		}
	}
	loopAt := map[int]bool{}
	for i := 0; i < loops; i++ {
		loopAt[b.between(0, reviews-1)] = true
	}
	for i := 0; i < reviews; i++ {
		gain := 0.3 + b.r.Float64()*0.4
		if !loopAt[i] {
			add(interval+b.between(-7, 7), func(d int) { b.review(d, gain, model.DecisionContinue, "") })
			continue
		}
		if b.chance(0.5) {
			// Re-assessment loop 4 → 2 → 3 → 4.
			add(1, func(d int) {
				b.review(d, 0, model.DecisionReassessment, "Maßnahme abgebrochen, gesundheitliche Verschlechterung.")
			})
			add(b.between(10, 30), func(d int) {
				b.move(d, model.KindReassess, "Gesundheitliche Verschlechterung – Bedarf neu ermitteln")
				a := b.c.CurrentAssessment()
				a.Health = "Re-Assessment: Verschlechterung seit der letzten Überprüfung. " + a.Health
				b.touch(d)
			})
			add(b.between(7, 21), func(d int) {
				b.move(d, model.KindAdvance, "")
				b.fortschreibung(d, "Fortschreibung nach Re-Assessment: Ziele an die veränderte Belastbarkeit angepasst.")
			})
		} else {
			// Plan adjustment 4 → 3 → 4.
			add(b.between(7, 21), func(d int) {
				b.review(d, 0.2, model.DecisionPlanAdjust, "Maßnahme verzögert sich; Ziel muss angepasst werden.")
				b.move(d, model.KindReplan, "Fortschreibung: Maßnahme beim Träger verschoben, Zeitplan und Ziel angepasst.")
				b.fortschreibung(d, "")
			})
		}
		add(interval+b.between(-7, 7), func(d int) { b.finalize(d, true) })
	}
	if tg == tMonitoring && b.chance(0.04) {
		// Closed once and reopened.
		b.closeSteps(&steps, tClosed, false, "monitoring", interval)
		steps[len(steps)-1].dur = b.between(20, 90)
		add(b.between(5, 20), func(d int) {
			b.move(d, model.KindReopen, "Arbeitsplatz erneut gefährdet – versicherte Person hat sich wieder gemeldet.")
			b.c.NextReview = b.day(d + interval)
		})
	}
	if tg == tMonitoring {
		steps[len(steps)-1].dur = b.between(2, interval+14)
		b.finish(steps)
		return
	}
	b.closeSteps(&steps, tg, premature, "monitoring", interval)
	b.finish(steps)
}

func keyOf(b *builder, k string) string {
	if k == "employer" {
		return b.emp
	}
	return k
}

// closeSteps appends the closure (and for tClosed the finish).
func (b *builder) closeSteps(steps *[]step, tg target, premature bool, from string, interval int) {
	add := func(dur int, do func(d int)) { *steps = append(*steps, step{dur, do}) }
	pr := prematureReasons[b.r.IntN(len(prematureReasons))]
	closeDur := b.between(5, 25)
	add(closeDur, func(d int) {
		if premature {
			b.move(d, model.KindClosePremature, pr.text)
			b.closure(d, pr.reason, pr.wa, pr.ri, tg == tClosed || b.chance(0.4))
			return
		}
		b.move(d, model.KindCloseRegular, "")
		reason := model.ReasonGoalsReached
		if b.chance(0.3) {
			reason = model.ReasonIndependent
		}
		wa := []model.WorkAbility{model.WorkAbilityYes, model.WorkAbilityYes, model.WorkAbilityPartly}[b.r.IntN(3)]
		ri := []model.Reintegration{model.ReintegrationPrevious, model.ReintegrationAdapted, model.ReintegrationNewEmployer, model.ReintegrationQualification}[b.r.IntN(4)]
		b.closure(d, reason, wa, ri, tg == tClosed || b.chance(0.4))
	})
	if tg == tClosed {
		add(b.between(10, 200), func(d int) { b.move(d, model.KindFinish, "") })
	} else {
		(*steps)[len(*steps)-1].dur = b.between(1, 20)
	}
}

// goalChoice lists goal templates: the story's first, then others.
func (b *builder) goalChoice(st *story) []int {
	out := append([]int(nil), st.goals...)
	for _, i := range b.r.Perm(len(goalPool)) {
		if !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out
}

// fortschreibung opens the next plan version on day d and changes it: one
// goal's target moves, a measure is added.
func (b *builder) fortschreibung(d int, reason string) {
	p := b.c.StartPlanVersion(b.day(d), reason)
	if len(p.Goals) > 0 {
		g := &p.Goals[b.r.IntN(len(p.Goals))]
		for i := range g.Operational {
			g.Operational[i].TargetDate = b.day(d + 60 + b.between(0, 90))
		}
		pool := extraMeasures[g.Area]
		b.addMeasure(p, d, g, pool[b.r.IntN(len(pool))])
	}
	if n := len(b.c.Reviews); n > 0 {
		for _, s := range b.c.Reviews[n-1].Measures {
			for i := range p.Measures {
				if p.Measures[i].ID == s.MeasureID {
					p.Measures[i].Status = s.Status
				}
			}
		}
	}
	b.touch(d)
}

// run executes steps so that the last one ends today.
func (b *builder) run(steps []step) {
	total := 0
	for _, s := range steps {
		total += s.dur
	}
	d := -total - b.ago
	if d > -1 {
		d = -1
	}
	for _, s := range steps {
		s.do(d)
		d += s.dur
	}
}

// finish runs the steps and adds the everyday contacts, disclosures and
// contacts that make up most of a real case file.
func (b *builder) finish(steps []step) {
	b.run(steps)
	b.everydayContacts(b.between(10, 60))
}

// span is the first and last day of the case's activity so far.
func (b *builder) span() (start, end int) {
	start = b.today.DaysUntil(b.c.Intake.Referral.ReceivedOn)
	end = min(b.today.DaysUntil(model.DateOf(b.last)), -1)
	return start, end
}

// everydayContacts adds talks, calls, visits and letters (the letters to
// partners through the consent rule) until the case has want contacts.
func (b *builder) everydayContacts(want int) {
	start, end := b.span()
	span := end - start
	if span < 2 {
		return
	}
	kinds := []model.ContactKind{model.ContactCounselling, model.ContactCounselling, model.ContactPhone, model.ContactPhone, model.ContactVideo, model.ContactLetter, model.ContactVisitCompany, model.ContactVisitClient, model.ContactVisitPartner, model.ContactNetwork}
	var partners []string
	for uid := range b.links {
		partners = append(partners, uid)
	}
	sort.Strings(partners)
	for len(b.c.Contacts) < want {
		d := start + 1 + b.r.IntN(span)
		kind := kinds[b.r.IntN(len(kinds))]
		roles := []model.Role{model.Roles[b.r.IntN(len(model.Roles))]}
		if b.chance(0.3) {
			if r := model.Roles[b.r.IntN(len(model.Roles))]; r != roles[0] {
				roles = append(roles, r)
			}
		}
		note := contactNotes[b.r.IntN(len(contactNotes))]
		switch kind {
		case model.ContactVisitCompany, model.ContactVisitPartner, model.ContactNetwork:
			uid := partners[b.r.IntN(len(partners))]
			if kind == model.ContactVisitCompany {
				uid = b.partner("employer", model.AreaWork)
			}
			b.contact(d, kind, directory[partnerIndexByUID(uid)].p.Name, []string{uid}, note, b.between(30, 120), roles...)
		case model.ContactLetter:
			// A letter to a partner passes information: only with consent.
			if len(b.c.Consents) > 0 && b.chance(0.5) {
				k := b.c.Consents[b.r.IntN(len(b.c.Consents))]
				key := directory[partnerIndexByUID(k.Partner)].key
				if b.disclose(d, key, "Post", "Unterlagen übersandt.", k.Categories[0]) {
					continue
				}
			}
			b.contact(d, kind, b.c.Client.FullName(), nil, note, b.between(10, 30), roles...)
		default:
			b.contact(d, kind, b.c.Client.FullName(), nil, note, b.between(10, 90), roles...)
		}
	}
}
