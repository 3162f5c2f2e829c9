// Package demo produces realistic, clearly fictitious sample cases for
// trying the application, for screenshots and for load tests.
//
// Every case is built through the real model functions (NewCase,
// Transition, StartAssessment, StartPlanVersion, FinalizePlan,
// RecordDisclosure), so its timeline, gates and acknowledged gaps are the
// ones a counselor would have produced. All names, numbers and addresses are
// invented; every referral note says "Fiktiver Beispielfall".
package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"teilhabelotse/model"
)

// Curated is the number of hand-written cases, one or more in every phase.
const Curated = 9

// FictitiousNote marks every demo case in its referral notes.
const FictitiousNote = "Fiktiver Beispielfall"

// Cases returns n demo cases and the partner directory they refer to. The
// first Curated cases are hand-written and cover every phase of the control
// loop (n ≤ 0 means exactly those); further cases are generated with varied
// phases, goals, measures, contacts, consents and reviews. The result
// depends only on n, seed and now; event times lie before now.
func Cases(n int, seed int64, now time.Time) ([]*model.Case, []model.Partner) {
	if n <= 0 {
		n = Curated
	}
	root := rand.New(rand.NewPCG(uint64(seed), 0x7e11ab))
	cases := make([]*model.Case, 0, n)
	for i, script := range curated {
		if i >= n {
			break
		}
		b := newBuilder(root.Uint64(), now)
		script(b)
		if start, end := b.span(); b.c.Phase != model.PhaseIntake {
			// About one everyday contact every three weeks.
			b.everydayContacts(len(b.c.Contacts) + (end-start)/21)
		}
		cases = append(cases, b.done())
	}
	for i := len(cases); i < n; i++ {
		b := newBuilder(root.Uint64(), now)
		b.varied()
		cases = append(cases, b.done())
	}
	return cases, Partners()
}

// builder writes one case along a timeline. Days are relative to today:
// -3 is three days ago.
type builder struct {
	r     *rand.Rand
	now   time.Time
	today model.Date
	c     *model.Case
	st    *story
	emp   string // employer partner key
	links map[string][]model.Area
	last  time.Time
	// lastEvent keeps the timeline strictly ordered within a day.
	lastEvent time.Time
	// levels remembers the last GAS level per operational goal.
	levels map[string]int
	// ago is how many days before today the case's last step ended: a
	// closed case may lie years back, as in a provider's archive.
	ago int
	own int // IDs given by ownID
}

func newBuilder(seed uint64, now time.Time) *builder {
	return &builder{
		r:      rand.New(rand.NewPCG(seed, seed^0x5eed)),
		now:    now,
		today:  model.DateOf(now),
		links:  map[string][]model.Area{},
		levels: map[string]int{},
	}
}

func (b *builder) id() string { return fmt.Sprintf("%016x", b.r.Uint64()) }

// ownID is an ID that draws nothing from the random source, so entries
// added to a script leave every later draw of the case as it was.
func (b *builder) ownID() string {
	b.own++
	return fmt.Sprintf("%s%04x", b.c.UID[:12], b.own)
}

// confer records who took part in the conference at put and what it
// shared, as the window does: a partner without a covering consent gives
// one first, on the conference's day, for what is shared there; the
// sharing is recorded as disclosures.
func (b *builder) confer(k model.Conference, channel string, put func(*model.Case) *model.Conference) {
	k.ID = b.ownID()
	for _, g := range model.ConferenceGaps(b.c, k) {
		b.c.Consents = append(b.c.Consents, model.Consent{
			ID: b.ownID(), Partner: g.Partner, Categories: append([]model.InfoCategory(nil), g.Missing...),
			Purpose: "Teilnahme an der " + channel, GivenOn: k.Date, ValidUntil: k.Date.AddDays(365), Form: model.FormWritten,
		})
	}
	if _, err := b.c.RecordConference(k, channel, put); err != nil {
		panic("demo: " + err.Error())
	}
	for i := range b.c.Disclosures {
		if b.c.Disclosures[i].ConferenceID == k.ID {
			b.c.Disclosures[i].ID = b.ownID()
		}
	}
}

// between returns a number in [lo, hi].
func (b *builder) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + b.r.IntN(hi-lo+1)
}

func (b *builder) chance(p float64) bool { return b.r.Float64() < p }

func (b *builder) day(d int) model.Date { return b.today.AddDays(d) }

// at is day d at hh:mm in now's location, never later than now.
func (b *builder) at(d, hh, mm int) time.Time {
	dt := b.today.AddDays(d)
	t := time.Date(dt.Y, dt.M, dt.D, hh, mm, 0, 0, b.now.Location())
	if t.After(b.now) {
		t = b.now.Add(-time.Minute)
	}
	if t.After(b.last) {
		b.last = t
	}
	return t
}

// touch notes activity on day d for the case's Updated time.
func (b *builder) touch(d int) { b.at(d, 16, 30) }

// partner links a directory partner to the case with an area and returns
// its UID. The key "employer" is the client's employer.
func (b *builder) partner(key string, area model.Area) string {
	if key == "employer" {
		key = b.emp
	}
	uid := uidOf(key)
	areas := b.links[uid]
	if area != "" && !slices.Contains(areas, area) {
		areas = append(areas, area)
	}
	b.links[uid] = areas
	return uid
}

// client creates the case for a person with story st, referred on day ref.
func (b *builder) client(first firstName, last string, st *story, ref int) {
	b.st, b.emp = st, st.employer
	age := b.between(24, 61)
	birth := b.today.AddDays(-age*365 - b.between(0, 364))
	town := towns[b.r.IntN(len(towns))]
	cl := model.Client{
		FirstName: first.name,
		LastName:  last,
		BirthDate: birth,
		RVNR:      RVNR(rvAreas[b.r.IntN(len(rvAreas))], birth, last, first.female, b.r.IntN(50)),
		Address:   fmt.Sprintf("%s %d, %s %s", streets[b.r.IntN(len(streets))], b.between(1, 120), town.zip, town.town),
		Phone:     fmt.Sprintf("030 23125 %03d", b.between(820, 999)),
		Email:     mailName(first.name) + "." + mailName(last) + "@example.org",
	}
	if st.screenYes != nil && slices.Contains(st.screenYes, model.ScreenOther) {
		cl.LanguageNeeds = "Muttersprache Bosnisch; Deutsch im Alltag gut, schriftlich unsicher. Bei Arztgesprächen Dolmetschung anbieten."
	}
	for i, n := 0, b.between(0, 2); i < n; i++ {
		p := relatives[b.r.IntN(len(relatives))]
		if len(cl.Relatives) == 0 || cl.Relatives[0].Name != p.Name {
			cl.Relatives = append(cl.Relatives, p)
		}
	}
	cl.Employer = b.partner(st.employer, model.AreaWork)
	b.lastEvent = b.at(ref, 9, 10+b.r.IntN(40))
	b.c = model.NewCase(cl, b.lastEvent)
	b.c.UID = b.id()
	b.c.Intake.Referral = model.Referral{
		Route:      st.route,
		Referrer:   st.referrer,
		ReceivedOn: b.day(ref),
		Notes:      FictitiousNote + " – alle Angaben sind erfunden. Erste Hinweise: " + st.disorder,
	}
	if st.route == model.RouteOther {
		b.c.Intake.Referral.RouteOther = "Hinweis aus der Schwerbehindertenvertretung"
	}
	// The commission arrived with the referral (no random draw here: the
	// cases after this one stay as they were).
	b.c.Commission = model.Commission{
		Carrier:   Settings().Carrier,
		Reference: fmt.Sprintf("FM-%d-%s", b.day(ref).Time().Year(), strings.ToUpper(b.c.UID[len(b.c.UID)-4:])),
		Date:      b.day(ref),
		Contact:   "Reha-Fachberatung, Herr Yilmaz (fiktiv), 030 23125 101",
		// Reports go to the carrier's Reha-Sachbearbeitung.
		Partner: b.partner("rsb", ""),
	}
}

// contact logs a contact and returns its ID.
func (b *builder) contact(d int, kind model.ContactKind, with string, partners []string, notes string, minutes int, roles ...model.Role) string {
	b.touch(d)
	ct := model.Contact{ID: b.id(), Date: b.day(d), Minutes: minutes, Kind: kind, With: with, Partners: partners, Notes: notes, Roles: roles}
	b.c.Contacts = append(b.c.Contacts, ct)
	return ct.ID
}

// firstMeeting records the Erstgespräch on day d.
func (b *builder) firstMeeting(d int, mode model.MeetingMode) {
	fm := &b.c.Intake.FirstMeeting
	fm.Date = b.day(d)
	fm.Mode = mode
	fm.Place = "Beratungsstelle des IFD Musterstadt, Brückenstraße 3, Raum 2"
	switch mode {
	case model.ModeVideo:
		fm.Place = "Videogespräch (Beratungsstelle / Wohnung der versicherten Person)"
		fm.ModeReason = "Versicherte Person kann das Haus derzeit nur schwer verlassen; nächstes Gespräch persönlich vereinbart."
	case model.ModePhone:
		fm.Place = "Telefon"
		fm.ModeReason = "Längerer Klinikaufenthalt; persönliches Gespräch nach der Entlassung vereinbart."
	}
	fm.Participants = b.c.Client.FullName() + "; Sabine Lotse (Fallmanagement)"
	if len(b.c.Client.Relatives) > 0 && b.chance(0.4) {
		r := b.c.Client.Relatives[0]
		fm.Participants += "; " + r.Name + " (" + r.Relation + ", auf Wunsch)"
	}
	fm.Topics = append([]model.Topic(nil), model.Topics...)
	fm.Notes = "Offenes Gespräch, Klient*in schildert die Situation ausführlich. " + b.st.clientView
	kind := model.ContactCounselling
	switch mode {
	case model.ModeVideo:
		kind = model.ContactVideo
	case model.ModePhone:
		kind = model.ContactPhone
	}
	b.contact(d, kind, b.c.Client.FullName(), nil, "Erstgespräch: Kennenlernen, Information über das Fallmanagement, Datenschutz, Rechte und Pflichten.", 90, model.RoleSupporter)
	b.screening()
}

// screening answers the eight screening areas from the story.
func (b *builder) screening() {
	in := &b.c.Intake
	for _, area := range model.ScreeningAreas {
		sa := in.ScreeningFor(area)
		if slices.Contains(b.st.screenYes, area) {
			sa.Answer = model.AnswerYes
			ind := model.Indicators[area]
			sa.Indicators = []string{ind[0]}
			if len(ind) > 1 && b.chance(0.6) {
				sa.Indicators = append(sa.Indicators, ind[1+b.r.IntN(len(ind)-1)])
			}
			sa.Notes = screeningNote(area, b.st)
		} else if b.chance(0.15) {
			sa.Answer = model.AnswerUnknown
			sa.Notes = "Im Erstgespräch noch nicht geklärt."
		} else {
			sa.Answer = model.AnswerNo
		}
	}
	in.Aggravating = model.Aggravating{ProblemChains: len(b.st.screenYes) >= 4, ProviderTrouble: b.chance(0.3)}
	if in.Aggravating.ProblemChains {
		in.Aggravating.Notes = "Gesundheitliche, berufliche und finanzielle Probleme verstärken sich gegenseitig."
	}
	in.Facilitators = model.Facilitators{Resilience: b.chance(0.6), SocialTies: b.chance(0.7), Finances: !slices.Contains(b.st.screenYes, model.ScreenFinances)}
	in.Facilitators.Notes = b.st.helping
}

func screeningNote(area model.ScreeningArea, st *story) string {
	switch area {
	case model.ScreenJob:
		return st.work
	case model.ScreenHealth:
		return st.consequences
	case model.ScreenFinances:
		return st.economic
	case model.ScreenMobility:
		return st.daily
	case model.ScreenSocial:
		return st.social
	case model.ScreenBehaviour:
		return "Klient*in wirkt erschöpft und zweifelt an der eigenen Leistungsfähigkeit."
	case model.ScreenIndependence:
		return "Braucht Unterstützung bei der Strukturierung der nächsten Schritte."
	}
	return st.concerns
}

// decide records the joint decision on day d; yes also records the consent
// to case management and the agreement.
func (b *builder) decide(d int, yes bool, intensity model.Intensity) {
	in := &b.c.Intake
	in.Decision = model.CMDecision{Need: model.AnswerNo, DecidedJointly: true, DecidedOn: b.day(d)}
	in.ExpectedIntensity = intensity
	b.touch(d)
	if !yes {
		in.Decision.Justification = "Die Problemlage lässt sich mit Standardleistungen lösen; die versicherte Person kommt mit der Unterstützung der Reha-Fachberatung zurecht."
		return
	}
	in.Decision.Need = model.AnswerYes
	in.Decision.Justification = "Komplexe Problemlage in mehreren Bereichen (" + fmt.Sprint(len(b.st.screenYes)) + " Screening-Bereiche mit Anhaltspunkten); Standardleistungen allein reichen nicht aus. Gemeinsam mit der versicherten Person entschieden."
	b.c.CMConsent = model.CaseManagementConsent{GivenOn: b.day(d), Form: model.FormWritten, InformedCM: true, InformedDataProtect: true, InformedRights: true}
	in.Agreement = model.Agreement{Concluded: true, Date: b.day(d), Notes: "Vereinbarung zum Fallmanagement unterschrieben, Kopie ausgehändigt."}
}

// move runs a transition on day d; a refused transition is a bug in the
// script, not a user error.
func (b *builder) move(d int, kind model.TransitionKind, reason string) {
	nAssess := len(b.c.Assessments)
	at := b.at(d, 14, b.r.IntN(60))
	if !at.After(b.lastEvent) {
		at = b.lastEvent.Add(time.Duration(5+b.r.IntN(25)) * time.Minute)
	}
	b.lastEvent = at
	if at.After(b.last) {
		b.last = at
	}
	if _, err := model.Transition(b.c, kind, reason, true, at); err != nil {
		panic(fmt.Sprintf("demo: %s on %s (%s): %v", kind, b.c.Client.FullName(), b.day(d), err))
	}
	for i := nAssess; i < len(b.c.Assessments); i++ {
		b.c.Assessments[i].ID = b.id()
	}
}

// assess fills the current assessment from the story, starting on day d.
func (b *builder) assess(d int) *model.Assessment {
	a := b.c.CurrentAssessment()
	st := b.st
	a.Health, a.Qualification, a.Work, a.Economic = st.health, st.qualification, st.work, st.economic
	a.DailyLiving, a.Social, a.Cultural, a.WishesGoals = st.daily, st.social, st.cultural, st.wishesGoals
	a.ClientView, a.Wishes, a.Fears = st.clientView, st.wishes, st.fears
	a.ContextFactors = append([]model.ContextFactor(nil), st.factors...)
	a.Profile = append([]model.ProfileItem(nil), st.profile...)
	a.Employer = model.EmployerSide{Requirements: st.requirements, Situation: st.situation, Relations: st.relations}
	a.Instruments = nil
	n := b.between(2, 3)
	for _, i := range b.r.Perm(len(instrumentPool))[:n] {
		in := instrumentPool[i]
		in.Date = b.day(d + b.between(1, 8))
		if in.Date.After(b.day(-1)) {
			in.Date = b.day(-1)
		}
		a.Instruments = append(a.Instruments, in)
	}
	sort.Slice(a.Instruments, func(i, j int) bool { return a.Instruments[i].Date.Before(a.Instruments[j].Date) })
	a.NetworkPartners = []string{b.partner("employer", model.AreaWork), b.partner("rfb", model.AreaWork)}
	if slices.Contains(st.screenYes, model.ScreenHealth) {
		a.NetworkPartners = append(a.NetworkPartners, b.partner("hausaerztin", model.AreaHealth))
	}
	b.touch(d)
	return a
}

// caseConference holds a case conference on day d with tasks.
func (b *builder) caseConference(d int) {
	a := b.c.CurrentAssessment()
	emp, rfb := b.partner("employer", model.AreaWork), b.partner("rfb", model.AreaWork)
	conf := model.Conference{
		Held: true, Date: b.day(d),
		Attendees:    []model.Attendee{{Partner: emp}, {Partner: rfb}},
		Shared:       []model.InfoCategory{model.InfoWork, model.InfoCapability},
		Participants: b.c.Client.FullName() + "; Sabine Lotse (Fallmanagement)",
		Notes:        "Ergebnisse der Bedarfsermittlung vorgestellt; Sicht der versicherten Person ausdrücklich aufgenommen. " + b.st.need,
		Tasks: []model.Task{
			{What: "Befundbericht der behandelnden Ärztin anfordern", Responsible: "Fallmanagement (S. Lotse)", Due: b.day(d + 7)},
			{What: "Möglichkeiten der Umsetzung im Betrieb prüfen", Responsible: directory[partnerIndex[b.emp]].p.ContactPerson, Due: b.day(d + 14)},
			{What: "Antragsunterlagen LTA zusammenstellen", Responsible: b.c.Client.FullName(), Due: b.day(d + 21)},
		},
	}
	for i := range conf.Tasks {
		conf.Tasks[i].Done = conf.Tasks[i].Due.Before(b.today.AddDays(-2))
	}
	a.Conferences = append(a.Conferences, model.Conference{})
	j := len(a.Conferences) - 1
	b.confer(conf, "Fallkonferenz", func(c *model.Case) *model.Conference { return &c.CurrentAssessment().Conferences[j] })
	b.contact(d, model.ContactCaseConf, "Fallkonferenz", []string{emp, rfb}, "Fallkonferenz zur Bedarfsermittlung.", 75, model.RoleBroker, model.RoleAdvocate)
}

// plan fills the current plan version, begun on day d, with the goal
// templates gs (operational goals trimmed to at most maxOps) and at least
// minMeasures measures.
func (b *builder) plan(d int, gs []int, maxOps, minMeasures int) *model.PlanVersion {
	p := b.c.CurrentPlan()
	st := b.st
	p.Disorder, p.Consequences = st.disorder, st.consequences
	p.FacilitatingFactors, p.HinderingFactors = st.helping, st.hindering
	p.Concerns, p.CurrentNeed = st.concerns, st.need
	p.Goals, p.Measures, p.AreaPartners = nil, nil, nil
	ops := 0
	for _, gi := range gs {
		if ops >= maxOps {
			break
		}
		b.addGoal(p, d, &goalPool[gi], maxOps-ops)
		ops = len(p.OperationalGoals())
	}
	for len(p.Measures) < minMeasures {
		g := &p.Goals[b.r.IntN(len(p.Goals))]
		pool := extraMeasures[g.Area]
		b.addMeasure(p, d, g, pool[b.r.IntN(len(pool))])
	}
	p.FurtherParticipants = append(p.FurtherParticipants, b.c.Client.Relatives...)
	p.FurtherParticipants = append(p.FurtherParticipants, model.Person{Name: "Dr. med. Ines Beispiel", Relation: "Betriebsärztin", Contact: "030 23125 309"})
	b.section19(p, d)
	b.touch(d)
	return p
}

func (b *builder) addGoal(p *model.PlanVersion, d int, t *goalTpl, maxOps int) *model.StrategicGoal {
	g := model.StrategicGoal{ID: b.id(), Area: t.area, Text: t.text, ICF: append([]string(nil), t.icf...)}
	for i, o := range t.ops {
		if i >= maxOps {
			break
		}
		base := -1
		if b.chance(0.3) {
			base = -2
		}
		g.Operational = append(g.Operational, model.OperationalGoal{
			ID: b.id(), Text: o.text, TargetDate: b.day(d + 30*o.months + b.between(0, 20)), GAS: o.gas, Baseline: &base,
		})
		b.levels[g.Operational[len(g.Operational)-1].ID] = base
	}
	p.Goals = append(p.Goals, g)
	sg := &p.Goals[len(p.Goals)-1]
	for _, m := range t.measures {
		b.addMeasure(p, d, sg, m)
	}
	return sg
}

func (b *builder) addMeasure(p *model.PlanVersion, d int, g *model.StrategicGoal, t measTpl) {
	start := d + b.between(3, 30)
	person := t.person
	if t.partner == "employer" && person == "" {
		person = directory[partnerIndex[b.emp]].p.ContactPerson
	}
	uid := b.partner(t.partner, g.Area)
	p.Measures = append(p.Measures, model.Measure{
		ID: b.id(), Area: g.Area, GoalID: g.ID, What: t.what, Partner: uid, Person: person,
		Start: b.day(start), End: b.day(start + 30*t.months + b.between(0, 14)), Status: model.MeasurePlanned,
	})
	for _, ap := range p.AreaPartners {
		if ap.Area == g.Area && ap.Partner == uid {
			return
		}
	}
	p.AreaPartners = append(p.AreaPartners, model.AreaPartner{Area: g.Area, Partner: uid, Role: t.what})
}

// section19 fills the § 19 SGB IX part when another carrier takes part.
func (b *builder) section19(p *model.PlanVersion, d int) {
	other := false
	for _, m := range p.Measures {
		if m.Partner == uidOf("agentur") || m.Partner == uidOf("kasse") || m.Partner == uidOf("integrationsamt") {
			other = true
		}
	}
	if !other {
		p.Section19 = model.Section19{}
		return
	}
	p.Section19 = model.Section19{
		Required:                true,
		ApplicationDate:         b.c.Intake.Referral.ReceivedOn,
		ResponsibilityClarified: b.c.Intake.Referral.ReceivedOn.AddDays(14),
		LeadCarrier:             b.c.CommissioningCarrier(model.Settings{Carrier: "Deutsche Rentenversicherung Bund"}),
		InvolvedCarriers:        "Krankenkasse (medizinische Rehabilitation), Agentur für Arbeit",
		AgreedFindings:          "Bedarf an Leistungen zur Teilhabe am Arbeitsleben und an medizinischer Nachsorge, von den beteiligten Trägern einvernehmlich festgestellt.",
		Instruments:             "Bedarfsermittlung des Fallmanagements, ärztliche Befundberichte, Profilvergleich",
		Services:                "DRV (LTA), Agentur für Arbeit, Krankenkasse",
		WishesChoices:           b.st.wishes,
		PersonalBudget:          false,
		ConferenceResults:       "Zuständigkeiten und Reihenfolge der Leistungen abgestimmt.",
		ConferenceConsent:       true,
	}
	if m := p.Measures; len(m) > 0 && m[0].Partner == uidOf("integrationsamt") {
		p.Section19.PublicBodiesApply = true
		p.Section19.PublicBodies = "Integrationsamt: Zuschuss zur Arbeitsplatzausstattung möglich."
	}
	if len(b.c.Client.Relatives) > 0 {
		p.Section19.CaringRelativesNeeds = "Pflegt die Mutter; während einer Rehabilitation ist Kurzzeitpflege nötig."
	}
}

// finalize holds the participation conference, discusses and hands over
// the plan on day d, freezes it and moves the case to monitoring.
func (b *builder) finalize(d int, advance bool) {
	p := b.c.CurrentPlan()
	seen := map[string]bool{}
	var partners []string
	var attendees []model.Attendee
	for _, ap := range p.AreaPartners {
		if !seen[ap.Partner] && len(partners) < 4 {
			seen[ap.Partner] = true
			partners = append(partners, ap.Partner)
			attendees = append(attendees, model.Attendee{Partner: ap.Partner})
		}
	}
	conf := model.Conference{
		Held: true, Date: b.day(d), Attendees: attendees,
		Shared:       []model.InfoCategory{model.InfoPlan, model.InfoWork, model.InfoCapability},
		Participants: b.c.Client.FullName() + "; Sabine Lotse (Fallmanagement)",
		Notes:        "Ziele und Maßnahmen gemeinsam mit der versicherten Person abgestimmt; Wunsch- und Wahlrecht berücksichtigt.",
		Tasks: []model.Task{
			{What: "Plan an alle Beteiligten versenden (mit Einwilligung)", Responsible: "Fallmanagement (S. Lotse)", Due: b.day(d + 3)},
			{What: "Termine für die ersten Maßnahmen vereinbaren", Responsible: b.c.Client.FullName(), Due: b.day(d + 14)},
		},
	}
	for i := range conf.Tasks {
		conf.Tasks[i].Done = conf.Tasks[i].Due.Before(b.today.AddDays(-2))
	}
	b.confer(conf, "Teilhabekonferenz", func(c *model.Case) *model.Conference { return &c.CurrentPlan().Conference })
	for i := range p.Measures {
		if p.Measures[i].Start.Before(b.day(d)) {
			p.Measures[i].Status = model.MeasureRunning
		}
	}
	p.DiscussedOn, p.CopyHandedOn = b.day(d), b.day(d)
	if err := b.c.FinalizePlan(b.day(d)); err != nil {
		panic("demo: " + err.Error())
	}
	b.contact(d, model.ContactParticipation, "Teilhabekonferenz", partners, "Teilhabekonferenz; Reha- und Teilhabeplan besprochen, Kopie ausgehändigt.", 90, model.RoleBroker, model.RoleSupporter)
	if advance {
		b.move(d, model.KindAdvance, "")
	}
}

func partnerIndexByUID(uid string) int {
	for i := range directory {
		if partnerUID(i) == uid {
			return i
		}
	}
	panic("demo: unknown partner " + uid)
}

// review records a monitoring review on day d. gain moves the goals
// forward (0 none, 1 normal progress); deviation describes a problem.
func (b *builder) review(d int, gain float64, decision model.Decision, deviation string) {
	p := b.c.LatestFinalPlan()
	r := model.Review{ID: b.id(), Date: b.day(d), Decision: decision, Deviations: deviation}
	for _, g := range p.OperationalGoals() {
		l := b.levels[g.Goal.ID]
		late := l < 0 && !g.Goal.TargetDate.After(b.day(d))
		switch {
		case gain > 0 && late && b.chance(0.8):
			l = max(l+1, 0) // the counselor steers overdue goals first
		case b.r.Float64() < gain:
			l++
		case gain == 0 && b.chance(0.3):
			l--
		}
		l = clamp(l, -2, 2)
		b.levels[g.Goal.ID] = l
		r.Levels = append(r.Levels, model.GoalLevel{GoalID: g.Goal.ID, Level: l})
	}
	for _, m := range p.Measures {
		s := model.MeasureRunning
		switch {
		case m.Start.After(b.day(d)):
			s = model.MeasurePlanned
		case m.End.Before(b.day(d)):
			s = model.MeasureDone
		}
		if deviation != "" && s == model.MeasureRunning && b.chance(0.2) {
			s = model.MeasureCancelled
		}
		r.Measures = append(r.Measures, model.MeasureState{MeasureID: m.ID, Status: s})
	}
	r.Reports = "Verlaufsbericht von " + nameOf(b.emp) + " liegt vor."
	r.Notes = contactNotes[b.r.IntN(len(contactNotes))]
	b.c.Reviews = append(b.c.Reviews, r)
	b.c.NextReview = b.day(d + model.Settings{}.ReviewDays(b.c.Intake.ExpectedIntensity))
	b.contact(d, model.ContactCounselling, b.c.Client.FullName(), nil, "Überprüfungsgespräch (Monitoring). "+r.Notes, 60, model.RoleSupporter)
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// consent records a consent to disclosure to partner key on day d.
func (b *builder) consent(d int, key string, area model.Area, purpose string, cats ...model.InfoCategory) {
	b.touch(d)
	b.c.Consents = append(b.c.Consents, model.Consent{
		ID: b.id(), Partner: b.partner(key, area), Categories: cats, Purpose: purpose,
		GivenOn: b.day(d), ValidUntil: b.day(d + 365), Form: model.FormWritten,
	})
}

// disclose passes information to partner key on day d through the consent
// rule; it reports whether consent covered it (if not, nothing is passed).
func (b *builder) disclose(d int, key, channel, note string, cats ...model.InfoCategory) bool {
	uid := b.partner(key, "")
	if !model.CheckCoverage(b.c, uid, cats, b.day(d)).Covered {
		return false
	}
	cid := b.contact(d, model.ContactLetter, directory[partnerIndexByUID(uid)].p.Name, []string{uid}, note, 20, model.RoleBroker)
	b.c.Contacts[len(b.c.Contacts)-1].Passed = model.AnswerYes
	if _, err := b.c.RecordDisclosure(model.Disclosure{ID: b.id(), Date: b.day(d), Partner: uid, Categories: cats, Channel: channel, Note: note, ContactID: cid}); err != nil {
		panic("demo: " + err.Error())
	}
	return true
}

// closure fills the closure record on day d.
func (b *builder) closure(d int, reason model.EndingReason, wa model.WorkAbility, ri model.Reintegration, full bool) {
	cl := &b.c.Closure
	cl.Date = b.day(d)
	cl.Reason = reason
	cl.WorkAbility, cl.Reintegration = wa, ri
	b.c.NextReview = model.Date{}
	b.touch(d)
	if !full {
		return
	}
	if p := b.c.CurrentPlan(); p != nil {
		for _, g := range p.OperationalGoals() {
			l, ok := b.levels[g.Goal.ID]
			if !ok {
				l = -1
			}
			if reason == model.ReasonGoalsReached && l < 0 {
				l = 0
			}
			cl.FinalLevels = append(cl.FinalLevels, model.GoalLevel{GoalID: g.Goal.ID, Level: l})
		}
	}
	summary := "Fallmanagement abgeschlossen."
	if t, ok := b.c.ClosureTScore(); ok {
		summary = "Zielerreichung insgesamt: GAS-T-Wert " + strings.Replace(fmt.Sprintf("%.1f", t), ".", ",", 1) + "."
	}
	cl.Summary = summary + " " + b.st.need
	cl.Helped = "„Dass jemand den Überblick behalten hat und ich nicht alles allein organisieren musste.“"
	cl.Changed = "„Ich traue mir wieder etwas zu und weiß, an wen ich mich wenden kann.“"
	cl.FurtherSupport = "Ansprechperson beim Integrationsfachdienst für Krisen benannt; Selbsthilfegruppe."
	if reason == model.ReasonEMPension {
		cl.FurtherSupport = "Antrag auf Erwerbsminderungsrente bei der DRV gestellt; Beratung durch die EUTB."
	}
	cl.FinalIntensity = b.c.Intake.ExpectedIntensity
	if d+3 < 0 {
		cl.TransmittedOn = b.day(d + 3)
	}
}

// done finishes the case: contacts sorted, partners linked, Updated set.
func (b *builder) done() *model.Case {
	c := b.c
	sort.SliceStable(c.Contacts, func(i, j int) bool { return c.Contacts[i].Date.Before(c.Contacts[j].Date) })
	uids := make([]string, 0, len(b.links))
	for uid := range b.links {
		uids = append(uids, uid)
	}
	sort.Strings(uids)
	c.Partners = nil
	for _, uid := range uids {
		areas := append([]model.Area(nil), b.links[uid]...)
		sort.Slice(areas, func(i, j int) bool { return areaIndex(areas[i]) < areaIndex(areas[j]) })
		c.Partners = append(c.Partners, model.PartnerLink{Partner: uid, Areas: areas})
	}
	c.Updated = b.last
	return c
}

func areaIndex(a model.Area) int {
	if i := slices.Index(model.Areas, a); i >= 0 {
		return i
	}
	return len(model.Areas)
}

// mailName turns a name into the local part of an e-mail address.
func mailName(s string) string {
	out := make([]rune, 0, len(s)+2)
	for _, r := range s {
		switch r {
		case 'ä', 'Ä':
			out = append(out, 'a', 'e')
		case 'ö', 'Ö':
			out = append(out, 'o', 'e')
		case 'ü', 'Ü':
			out = append(out, 'u', 'e')
		case 'ß':
			out = append(out, 's', 's')
		case ' ', '-':
			out = append(out, '-')
		default:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			if r < 128 {
				out = append(out, r)
			}
		}
	}
	return string(out)
}

// RVNR builds a valid Rentenversicherungsnummer BBTTMMJJASSP: area number,
// birth date, the first letter of the birth name, a serial (00–49 men,
// 50–99 women) and the check digit of DESIGN.md.
func RVNR(area int, birth model.Date, lastName string, female bool, serial int) string {
	letter := byte('X')
	if lastName != "" {
		r, _ := utf8.DecodeRuneInString(lastName)
		switch {
		case r >= 'A' && r <= 'Z':
			letter = byte(r)
		case r == 'Ä':
			letter = 'A'
		case r == 'Ö':
			letter = 'O'
		case r == 'Ü':
			letter = 'U'
		}
	}
	serial %= 50
	if female {
		serial += 50
	}
	s := fmt.Sprintf("%02d%02d%02d%02d%c%02d", area%100, birth.D, int(birth.M), birth.Y%100, letter, serial)
	pos := int(letter-'A') + 1
	digits := []int{}
	for i := 0; i < 8; i++ {
		digits = append(digits, int(s[i]-'0'))
	}
	digits = append(digits, pos/10, pos%10, int(s[9]-'0'), int(s[10]-'0'))
	weights := [12]int{2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1}
	sum := 0
	for i, d := range digits {
		p := d * weights[i]
		sum += p/10 + p%10
	}
	return s + fmt.Sprint(sum%10)
}
