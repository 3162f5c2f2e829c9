package reading

import (
	"slices"
	"sort"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// entry is one dated piece of the Fallverlauf: a heading and its lines.
type entry struct {
	date    model.Date // invalid for undated entries, which go last
	at      time.Time  // events only: the moment, shown and used for order
	rank    int        // order within a day, see the rank constants
	heading string
	lines   []line
}

// line is one fact of an entry; label may be empty.
type line struct {
	label, text string
}

// Order within one day: the documents of a day in the order the work
// produces them. A move into a phase comes just before the documents of
// that phase (the re-assessment, the plan draft and the closure record it
// starts) and after those that allowed it; the opening of the case comes
// first and the moves into monitoring and out of the loop come last.
const (
	rankOpened = iota
	rankReferral
	rankFirstMeeting
	rankScreening
	rankDecision
	rankCMConsent
	rankAgreement
	rankConsent
	rankToAssessment
	rankAssessment
	rankCaseConference
	rankContact
	rankDisclosure
	rankToPlanning
	rankParticipationConf
	rankPlan
	rankReview
	rankToClosure
	rankClosure
	rankTransmitted
	rankEnded // withdrawals and revocations
	rankEvent
)

// eventRank places a move among the documents of its day.
func eventRank(ev model.Event) int {
	switch {
	case ev.Kind == model.KindOpened:
		return rankOpened
	case ev.To == model.PhaseAssessment:
		return rankToAssessment
	case ev.To == model.PhasePlanning:
		return rankToPlanning
	case ev.To == model.PhaseClosure:
		return rankToClosure
	}
	return rankEvent
}

// builder collects the entries of one case.
type builder struct {
	c       *model.Case
	loc     *locales.Localizer
	partner func(string) string
	out     []entry
}

// entries is the whole case as one chronological read: every timeline
// event, the intake, each assessment, plan version, review, contact,
// consent and disclosure and the closure, oldest first. Fields that were
// never filled are left out, and so are entries with nothing in them.
func entries(c *model.Case, loc *locales.Localizer, partnerName func(string) string) []entry {
	b := &builder{c: c, loc: loc, partner: partnerName}
	b.intake()
	b.assessments()
	b.plans()
	b.reviews()
	b.contacts()
	b.consents()
	b.closure()
	b.events()
	sort.SliceStable(b.out, func(i, j int) bool { return before(b.out[i], b.out[j]) })
	return b.out
}

func before(a, b entry) bool {
	if a.date.Valid() != b.date.Valid() {
		return a.date.Valid()
	}
	if a.date != b.date {
		return a.date.Before(b.date)
	}
	if a.rank != b.rank {
		return a.rank < b.rank
	}
	return a.at.Before(b.at)
}

// add appends an entry unless it says nothing beyond its heading and
// the caller did not ask to keep it bare.
func (b *builder) add(e entry, keepBare bool) {
	if len(e.lines) == 0 && !keepBare {
		return
	}
	b.out = append(b.out, e)
}

func (b *builder) t(id string, kv ...any) string { return b.loc.T(id, kv...) }

// lineTo appends a labelled line when text is not blank.
func (b *builder) lineTo(ls *[]line, labelID, text string) {
	if text = strings.TrimSpace(text); text != "" {
		*ls = append(*ls, line{label: b.t(labelID), text: text})
	}
}

// dateTo appends a labelled date when it is set.
func (b *builder) dateTo(ls *[]line, labelID string, d model.Date) {
	if d.Valid() {
		*ls = append(*ls, line{label: b.t(labelID), text: b.loc.Date(d)})
	}
}

func (b *builder) partners(uids []string) string {
	names := make([]string, 0, len(uids))
	for _, u := range uids {
		if u != "" {
			names = append(names, b.partner(u))
		}
	}
	return strings.Join(names, ", ")
}

func enums[T ~string](loc *locales.Localizer, typ string, vs []T) string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if v != "" {
			out = append(out, loc.Enum(typ, v))
		}
	}
	return strings.Join(out, ", ")
}

func (b *builder) intake() {
	in := &b.c.Intake
	ref := in.Referral
	var ls []line
	if ref.Route != "" {
		ls = append(ls, line{b.t("Reading.Route"), b.loc.AccessRoute(ref)})
	}
	b.lineTo(&ls, "Reading.Referrer", ref.Referrer)
	b.lineTo(&ls, "Reading.Notes", ref.Notes)
	b.add(entry{date: ref.ReceivedOn, rank: rankReferral, heading: b.t("Reading.Referral"), lines: ls}, ref.ReceivedOn.Valid())

	fm := in.FirstMeeting
	ls = nil
	b.lineTo(&ls, "Reading.Place", fm.Place)
	if fm.Mode != "" {
		ls = append(ls, line{b.t("Reading.Mode"), b.loc.Enum("MeetingMode", fm.Mode)})
		if fm.Mode != model.ModeInPerson {
			b.lineTo(&ls, "Reading.ModeReason", fm.ModeReason)
		}
	}
	b.lineTo(&ls, "Reading.Participants", fm.Participants)
	b.lineTo(&ls, "Reading.Topics", enums(b.loc, "Topic", fm.Topics))
	b.lineTo(&ls, "Reading.Notes", fm.Notes)
	b.add(entry{date: fm.Date, rank: rankFirstMeeting, heading: b.t("Reading.FirstMeeting"), lines: ls}, fm.Date.Valid())

	b.screening(fm.Date)

	d := in.Decision
	ls = nil
	if d.Need != "" {
		ls = append(ls, line{b.t("Reading.Need"), b.loc.Enum("Answer", d.Need)})
	}
	b.lineTo(&ls, "Reading.Justification", d.Justification)
	if d.DecidedJointly {
		ls = append(ls, line{"", b.t("Reading.Jointly")})
	}
	if in.ExpectedIntensity != "" {
		ls = append(ls, line{b.t("Reading.ExpectedIntensity"), b.loc.Enum("Intensity", in.ExpectedIntensity)})
	}
	b.add(entry{date: d.DecidedOn, rank: rankDecision, heading: b.t("Reading.Decision"), lines: ls}, false)

	if ag := in.Agreement; ag.Concluded {
		ls = nil
		b.lineTo(&ls, "Reading.Notes", ag.Notes)
		b.add(entry{date: ag.Date, rank: rankAgreement, heading: b.t("Reading.Agreement"), lines: ls}, true)
	}

	k := b.c.CMConsent
	// The history first: each earlier consent given and withdrawn.
	for _, p := range k.Earlier {
		if p.GivenOn.Valid() {
			var ls []line
			if p.Form != "" {
				ls = append(ls, line{b.t("Reading.Form"), b.loc.Enum("ConsentForm", p.Form)})
			}
			b.add(entry{date: p.GivenOn, rank: rankCMConsent, heading: b.t("Reading.CMConsent"), lines: ls}, true)
		}
		if p.WithdrawnOn.Valid() {
			b.add(entry{date: p.WithdrawnOn, rank: rankEnded, heading: b.t("Reading.CMConsentWithdrawn")}, true)
		}
	}
	if k.GivenOn.Valid() {
		ls = nil
		if k.Form != "" {
			ls = append(ls, line{b.t("Reading.Form"), b.loc.Enum("ConsentForm", k.Form)})
		}
		var informed []string
		for _, x := range []struct {
			on bool
			id string
		}{{k.InformedCM, "Reading.InformedCM"}, {k.InformedDataProtect, "Reading.InformedDataProtection"}, {k.InformedRights, "Reading.InformedRights"}} {
			if x.on {
				informed = append(informed, b.t(x.id))
			}
		}
		b.lineTo(&ls, "Reading.InformedAbout", strings.Join(informed, ", "))
		b.add(entry{date: k.GivenOn, rank: rankCMConsent, heading: b.t("Reading.CMConsent"), lines: ls}, true)
	}
	if k.WithdrawnOn.Valid() {
		b.add(entry{date: k.WithdrawnOn, rank: rankEnded, heading: b.t("Reading.CMConsentWithdrawn")}, true)
	}
}

// screening summarises the eight areas: those answered yes with their
// ticked indicators, those still unclear, and the cross-area conditions.
// It is dated at the first meeting, where the screening takes place.
func (b *builder) screening(day model.Date) {
	in := &b.c.Intake
	var ls []line
	var unclear []string
	for _, area := range model.ScreeningAreas {
		for _, a := range in.Screening {
			if a.Area != area {
				continue
			}
			switch a.Answer {
			case model.AnswerYes:
				parts := make([]string, 0, len(a.Indicators)+1)
				for _, k := range a.Indicators {
					parts = append(parts, b.t("Indicator."+k))
				}
				text := strings.Join(parts, "; ")
				if n := strings.TrimSpace(a.Notes); n != "" {
					text = strings.TrimPrefix(text+" – "+n, " – ")
				}
				if text == "" {
					text = b.loc.Enum("Answer", model.AnswerYes)
				}
				ls = append(ls, line{b.loc.Enum("ScreeningArea", area), text})
			case model.AnswerUnknown:
				unclear = append(unclear, b.loc.Enum("ScreeningArea", area))
			}
		}
	}
	b.lineTo(&ls, "Reading.Unclear", strings.Join(unclear, ", "))
	var agg []string
	if in.Aggravating.ProblemChains {
		agg = append(agg, b.t("Reading.ProblemChains"))
	}
	if in.Aggravating.ProviderTrouble {
		agg = append(agg, b.t("Reading.ProviderTrouble"))
	}
	if n := strings.TrimSpace(in.Aggravating.Notes); n != "" {
		agg = append(agg, n)
	}
	b.lineTo(&ls, "Reading.Aggravating", strings.Join(agg, "; "))
	var fac []string
	for _, x := range []struct {
		on bool
		id string
	}{{in.Facilitators.Resilience, "Reading.Resilience"}, {in.Facilitators.SocialTies, "Reading.SocialTies"}, {in.Facilitators.Finances, "Reading.SolidFinances"}} {
		if x.on {
			fac = append(fac, b.t(x.id))
		}
	}
	if n := strings.TrimSpace(in.Facilitators.Notes); n != "" {
		fac = append(fac, n)
	}
	b.lineTo(&ls, "Reading.Facilitators", strings.Join(fac, "; "))
	b.add(entry{date: day, rank: rankScreening, heading: b.t("Reading.Screening"), lines: ls}, false)
}

// assessments: the first Bedarfsermittlung in full; a re-assessment
// starts as a copy of the one before, so only what it changed or added is
// repeated.
func (b *builder) assessments() {
	var prev *model.Assessment
	seenConf := map[string]bool{}
	for i := range b.c.Assessments {
		a := &b.c.Assessments[i]
		var old model.Assessment
		if prev != nil {
			old = *prev
		}
		var ls []line
		texts := []struct {
			id       string
			now, was string
		}{
			{model.CheckHealth.MessageID(), a.Health, old.Health},
			{model.CheckQualification.MessageID(), a.Qualification, old.Qualification},
			{model.CheckWork.MessageID(), a.Work, old.Work},
			{model.CheckEconomic.MessageID(), a.Economic, old.Economic},
			{model.CheckDailyLiving.MessageID(), a.DailyLiving, old.DailyLiving},
			{model.CheckSocial.MessageID(), a.Social, old.Social},
			{model.CheckCultural.MessageID(), a.Cultural, old.Cultural},
			{model.CheckWishesGoals.MessageID(), a.WishesGoals, old.WishesGoals},
			{"Reading.ClientView", a.ClientView, old.ClientView},
			{"Reading.Wishes", a.Wishes, old.Wishes},
			{"Reading.Fears", a.Fears, old.Fears},
			{"Reading.EmployerRequirements", a.Employer.Requirements, old.Employer.Requirements},
			{"Reading.EmployerSituation", a.Employer.Situation, old.Employer.Situation},
			{"Reading.EmployerRelations", a.Employer.Relations, old.Employer.Relations},
		}
		for _, f := range texts {
			if strings.TrimSpace(f.now) != strings.TrimSpace(f.was) {
				b.lineTo(&ls, f.id, f.now)
			}
		}
		for _, cf := range a.ContextFactors {
			if !slices.Contains(old.ContextFactors, cf) && strings.TrimSpace(cf.Description) != "" {
				label := b.t("Reading.ContextFactor", "Kind", b.loc.Enum("FactorKind", cf.Kind), "Effect", b.loc.Enum("FactorEffect", cf.Effect))
				ls = append(ls, line{label, cf.Description})
			}
		}
		for _, in := range a.Instruments {
			if !slices.Contains(old.Instruments, in) && strings.TrimSpace(in.Name) != "" {
				ls = append(ls, line{b.t("Reading.Instrument"), b.instrument(in)})
			}
		}
		for _, p := range a.Profile {
			if !slices.Contains(old.Profile, p) && strings.TrimSpace(p.Item) != "" {
				ls = append(ls, line{b.t("Reading.Profile"), b.profile(p)})
			}
		}
		var added []string
		for _, uid := range a.NetworkPartners {
			if !slices.Contains(old.NetworkPartners, uid) {
				added = append(added, uid)
			}
		}
		b.lineTo(&ls, "Reading.NetworkPartners", b.partners(added))
		heading := b.t("Reading.Assessment")
		if prev != nil {
			heading = b.t("Reading.Reassessment")
			if len(ls) > 0 {
				ls = append(ls, line{"", b.t("Reading.Unchanged")})
			} else {
				ls = append(ls, line{"", b.t("Reading.NoChanges")})
			}
		}
		if r := strings.TrimSpace(a.Reason); r != "" {
			ls = append([]line{{b.t("Reading.Occasion"), r}}, ls...)
		}
		b.add(entry{date: a.Date, rank: rankAssessment, heading: heading, lines: ls}, true)
		for _, cf := range a.Conferences {
			b.conference(cf, "Reading.CaseConference", rankCaseConference, seenConf)
		}
		prev = a
	}
}

func (b *builder) instrument(in model.Instrument) string {
	var meta []string
	if in.Date.Valid() {
		meta = append(meta, b.loc.Date(in.Date))
	}
	if by := strings.TrimSpace(in.By); by != "" {
		meta = append(meta, by)
	}
	s := in.Name
	if len(meta) > 0 {
		s += " (" + strings.Join(meta, ", ") + ")"
	}
	if r := strings.TrimSpace(in.Result); r != "" {
		s += ": " + r
	}
	return s
}

func (b *builder) profile(p model.ProfileItem) string {
	s := b.t("Reading.ProfileItem", "Item", p.Item, "Capability", p.Capability, "Requirement", p.Requirement)
	if g := p.Gap(); g > 0 {
		s += " – " + b.t("Reading.Gap", "Gap", g)
	}
	if n := strings.TrimSpace(p.ActionNeed); n != "" {
		s += " – " + n
	}
	return s
}

// conference adds a case or participation conference once: versions and
// re-assessments carry copies of the conferences before them.
func (b *builder) conference(cf model.Conference, headingID string, rank int, seen map[string]bool) {
	who := cf.Who(b.partner)
	if !cf.Recorded() {
		return
	}
	key := headingID + "|" + cf.Date.ISO() + "|" + who + "|" + cf.Notes
	if seen[key] {
		return
	}
	seen[key] = true
	var ls []line
	switch {
	case cf.NotHeld:
		ls = append(ls, line{"", b.t("Conference.NotHeldBecause", "Reason", cf.NotHeldReason)})
	case !cf.Held:
		ls = append(ls, line{"", b.t("Reading.Planned")})
	}
	b.lineTo(&ls, "Reading.Participants", who)
	if len(cf.Shared) > 0 {
		names := make([]string, len(cf.Shared))
		for i, c := range cf.Shared {
			names[i] = b.loc.Enum("InfoCategory", c)
		}
		b.lineTo(&ls, "PDF.conf.shared", strings.Join(names, ", "))
	}
	b.lineTo(&ls, "Reading.Notes", cf.Notes)
	for _, t := range cf.Tasks {
		if strings.TrimSpace(t.What) == "" {
			continue
		}
		s := t.What
		if r := strings.TrimSpace(t.Responsible); r != "" {
			s += " – " + r
		}
		if t.Due.Valid() {
			s += " – " + b.t("Reading.Due", "Date", b.loc.Date(t.Due))
		}
		if t.Done {
			s += " – " + b.t("Reading.Done")
		}
		ls = append(ls, line{b.t("Reading.Task"), s})
	}
	b.add(entry{date: cf.Date, rank: rank, heading: b.t(headingID), lines: ls}, true)
}

// plans: each version with its goals and measures in brief, dated on the
// day it was finalised (a draft on the day it was begun).
func (b *builder) plans() {
	seenConf := map[string]bool{}
	for i := range b.c.Plans {
		p := &b.c.Plans[i]
		var ls []line
		b.lineTo(&ls, "Reading.PlanReason", p.Reason)
		b.lineTo(&ls, "Reading.Disorder", p.Disorder)
		goals := map[string]string{}
		for _, g := range p.Goals {
			text := strings.TrimSpace(g.Text)
			if len(g.ICF) > 0 {
				text = strings.TrimSpace(text + " (ICF: " + strings.Join(g.ICF, ", ") + ")")
			}
			if text != "" {
				ls = append(ls, line{b.loc.Enum("Area", g.Area), text})
			}
			goals[g.ID] = g.Text
			for _, o := range g.Operational {
				if strings.TrimSpace(o.Text) == "" {
					continue
				}
				s := o.Text
				if o.TargetDate.Valid() {
					s += " – " + b.t("Reading.Until", "Date", b.loc.Date(o.TargetDate))
				}
				ls = append(ls, line{b.t("Reading.OperationalGoal"), s})
			}
		}
		for _, m := range p.Measures {
			if strings.TrimSpace(m.What) == "" {
				continue
			}
			s := m.What
			var who []string
			if m.Partner != "" {
				who = append(who, b.partner(m.Partner))
			}
			if n := strings.TrimSpace(m.Person); n != "" {
				who = append(who, n)
			}
			if len(who) > 0 {
				s += " – " + strings.Join(who, ", ")
			}
			if m.Start.Valid() || m.End.Valid() {
				s += " (" + strings.TrimSpace(b.loc.Date(m.Start)+" – "+b.loc.Date(m.End)) + ")"
			}
			ls = append(ls, line{b.t("Reading.Measure"), s})
		}
		if p.Section19.Required {
			ls = append(ls, line{"", b.t("Reading.Section19")})
		}
		b.dateTo(&ls, "Reading.DiscussedOn", p.DiscussedOn)
		b.dateTo(&ls, "Reading.CopyHandedOn", p.CopyHandedOn)
		heading := b.t("Reading.Plan", "Version", p.Version)
		day := p.FinalizedOn
		if !p.Final() {
			heading = b.t("Reading.PlanDraft", "Version", p.Version)
			day = p.Created
		}
		b.add(entry{date: day, rank: rankPlan, heading: heading, lines: ls}, true)
		b.conference(p.Conference, "Reading.ParticipationConference", rankParticipationConf, seenConf)
	}
}

// goalText finds an operational goal's text in the newest plan that has it.
func (b *builder) goalText(id string) string {
	for i := len(b.c.Plans) - 1; i >= 0; i-- {
		for _, g := range b.c.Plans[i].OperationalGoals() {
			if g.Goal.ID == id {
				return g.Goal.Text
			}
		}
	}
	return ""
}

func (b *builder) measure(id string) (model.Measure, bool) {
	for i := len(b.c.Plans) - 1; i >= 0; i-- {
		for _, m := range b.c.Plans[i].Measures {
			if m.ID == id {
				return m, true
			}
		}
	}
	return model.Measure{}, false
}

// reviews: the GAS level per goal and, of the measures, only those whose
// status changed since the plan or the review before.
func (b *builder) reviews() {
	status := map[string]model.MeasureStatus{}
	for _, p := range b.c.Plans {
		for _, m := range p.Measures {
			if _, ok := status[m.ID]; !ok {
				st := m.Status
				if st == "" {
					st = model.MeasurePlanned
				}
				status[m.ID] = st
			}
		}
	}
	for _, r := range b.c.Reviews {
		var ls []line
		for _, l := range r.Levels {
			text := b.goalText(l.GoalID)
			if text == "" {
				continue
			}
			ls = append(ls, line{b.t("Reading.Level", "Level", model.LevelText(l.Level)), text})
		}
		for _, ms := range r.Measures {
			if ms.Status == "" || status[ms.MeasureID] == ms.Status {
				continue
			}
			status[ms.MeasureID] = ms.Status
			if m, ok := b.measure(ms.MeasureID); ok && strings.TrimSpace(m.What) != "" {
				ls = append(ls, line{b.loc.Enum("MeasureStatus", ms.Status), m.What})
			}
		}
		b.lineTo(&ls, "Reading.Deviations", r.Deviations)
		if r.Decision != "" {
			ls = append(ls, line{b.t("Reading.ReviewDecision"), b.loc.Enum("Decision", r.Decision)})
		}
		b.lineTo(&ls, "Reading.Reports", r.Reports)
		b.lineTo(&ls, "Reading.Notes", r.Notes)
		b.add(entry{date: r.Date, rank: rankReview, heading: b.t("Reading.Review"), lines: ls}, true)
	}
}

func (b *builder) contacts() {
	for _, ct := range b.c.Contacts {
		var ls []line
		with := strings.TrimSpace(ct.With)
		if ct.Minutes > 0 {
			d := b.t("Reading.Minutes", "Minutes", ct.Minutes)
			if with != "" {
				with += " (" + d + ")"
			} else {
				ls = append(ls, line{b.t("Reading.Duration"), d})
			}
		}
		b.lineTo(&ls, "Reading.With", with)
		b.lineTo(&ls, "Reading.Partners", b.partners(ct.Partners))
		b.lineTo(&ls, "Reading.Notes", ct.Notes)
		b.lineTo(&ls, "Reading.Roles", enums(b.loc, "Role", ct.Roles))
		heading := b.loc.Enum("ContactKind", ct.Kind)
		if ct.Kind == "" {
			heading = b.t("Reading.Contact")
		}
		b.add(entry{date: ct.Date, rank: rankContact, heading: heading, lines: ls}, ct.Date.Valid())
	}
}

func (b *builder) consents() {
	for _, k := range b.c.Consents {
		name := b.partner(k.Partner)
		var ls []line
		b.lineTo(&ls, "Reading.Categories", enums(b.loc, "InfoCategory", k.Categories))
		b.lineTo(&ls, "Reading.Purpose", k.Purpose)
		b.dateTo(&ls, "Reading.ValidUntil", k.ValidUntil)
		if k.Form != "" {
			ls = append(ls, line{b.t("Reading.Form"), b.loc.Enum("ConsentForm", k.Form)})
		}
		b.add(entry{date: k.GivenOn, rank: rankConsent, heading: b.t("Reading.Consent", "Partner", name), lines: ls}, k.GivenOn.Valid())
		if k.RevokedOn.Valid() {
			b.add(entry{date: k.RevokedOn, rank: rankEnded, heading: b.t("Reading.ConsentRevoked", "Partner", name)}, true)
		}
	}
	for _, d := range b.c.Disclosures {
		var ls []line
		b.lineTo(&ls, "Reading.Categories", enums(b.loc, "InfoCategory", d.Categories))
		b.lineTo(&ls, "Reading.Channel", d.Channel)
		b.lineTo(&ls, "Reading.Notes", d.Note)
		b.add(entry{date: d.Date, rank: rankDisclosure, heading: b.t("Reading.Disclosure", "Partner", b.partner(d.Partner)), lines: ls}, true)
	}
}

func (b *builder) closure() {
	cl := b.c.Closure
	var ls []line
	if cl.Form != "" {
		ls = append(ls, line{b.t("Reading.EndingForm"), b.loc.Enum("EndingForm", cl.Form)})
	}
	reason := ""
	if cl.Reason != "" {
		reason = b.loc.Enum("EndingReason", cl.Reason)
	}
	if t := strings.TrimSpace(cl.ReasonText); t != "" {
		reason = strings.TrimPrefix(reason+" – "+t, " – ")
	}
	b.lineTo(&ls, "Reading.EndingReason", reason)
	if cl.WorkAbility != "" {
		ls = append(ls, line{b.t("Reading.WorkAbility"), b.loc.Enum("WorkAbility", cl.WorkAbility)})
	}
	if cl.Reintegration != "" {
		ls = append(ls, line{b.t("Reading.Reintegration"), b.loc.Enum("Reintegration", cl.Reintegration)})
	}
	for _, l := range cl.FinalLevels {
		if text := b.goalText(l.GoalID); text != "" {
			ls = append(ls, line{b.t("Reading.FinalLevel", "Level", model.LevelText(l.Level)), text})
		}
	}
	if t, ok := b.c.ClosureTScore(); ok {
		ls = append(ls, line{b.t("Reading.TScore"), decimal(b.loc, t)})
	}
	b.lineTo(&ls, "Reading.Summary", cl.Summary)
	b.lineTo(&ls, "Reading.Helped", cl.Helped)
	b.lineTo(&ls, "Reading.Changed", cl.Changed)
	b.lineTo(&ls, "Reading.FurtherSupport", cl.FurtherSupport)
	if cl.FinalIntensity != "" {
		ls = append(ls, line{b.t("Reading.FinalIntensity"), b.loc.Enum("Intensity", cl.FinalIntensity)})
	}
	b.add(entry{date: cl.Date, rank: rankClosure, heading: b.t("Reading.Closure"), lines: ls}, false)
	if cl.TransmittedOn.Valid() {
		b.add(entry{date: cl.TransmittedOn, rank: rankTransmitted, heading: b.t("Reading.Transmitted")}, true)
	}
}

// events: the moves of the control loop, at the moment they were made.
func (b *builder) events() {
	for _, ev := range b.c.Events {
		var ls []line
		to := b.loc.Enum("Phase", ev.To)
		if ev.From == "" {
			ls = append(ls, line{"", b.t("Reading.EventTo", "To", to)})
		} else {
			ls = append(ls, line{"", b.t("Reading.EventMove", "From", b.loc.Enum("Phase", ev.From), "To", to)})
		}
		b.lineTo(&ls, "Reading.EventReason", ev.Reason)
		if len(ev.Missing) > 0 {
			items := make([]string, len(ev.Missing))
			for i, k := range ev.Missing {
				items[i] = b.t(k.MessageID())
			}
			b.lineTo(&ls, "Reading.EventMissing", strings.Join(items, "; "))
		}
		at := ev.At.Local()
		b.add(entry{date: model.DateOf(at), at: at, rank: eventRank(ev), heading: b.loc.Enum("TransitionKind", ev.Kind), lines: ls}, true)
	}
}

// decimal formats a number with one decimal in the localizer's language
// ("61,4" in German).
func decimal(loc *locales.Localizer, v float64) string {
	return loc.Number(v, 1)
}
