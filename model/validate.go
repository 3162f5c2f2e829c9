package model

import (
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strconv"
)

// Validate walks the whole case and reports every problem at once, each with
// the JSON path of its field relative to the case ("plans[0].goals[2]
// .operational[1].targetDate"), so a counselor fixing an imported file or a
// form sees all of them in one go instead of one per attempt.
//
// knownPartners holds the UIDs of the partner directory (plus, on import,
// those in the file). A nil map skips the partner reference check for
// callers that have no directory at hand; an empty map means no partner is
// known.
//
// Validate reports what makes data wrong — unreadable dates, values no list
// has, numbers off their scale, dangling references, duplicate IDs, a missing
// last name. Missing documentation is not wrong data: ChecklistFor warns
// about that, and drafts must stay savable. Texts longer than MaxTextRunes
// are LongTexts' business: a stored case with one must still export.
func (c *Case) Validate(knownPartners map[string]bool) Problems {
	v := &checker{partners: knownPartners}
	v.caseFile(c)
	return v.ps
}

// Validate reports what is wrong with a partner directory entry; paths are
// relative to the partner ("name", "email"). The UID is not checked: a new
// entry gets it when it is first saved.
func (p *Partner) Validate() Problems {
	v := &checker{}
	v.required("name", p.Name)
	if p.Category == "" {
		v.add("category", CodeRequired, "", nil)
	} else {
		enum(v, "category", p.Category, PartnerCategories)
	}
	v.email("email", p.Email)
	return v.ps
}

// TransitionKinds are the kinds of timeline events, in the order of phase.go.
var TransitionKinds = []TransitionKind{KindOpened, KindAdvance, KindNotAdmitted, KindReassess, KindBackToAssess,
	KindReplan, KindCloseRegular, KindClosePremature, KindFinish, KindReopen}

// icfCode is an ICF code: component letter (body functions, structures,
// activities and participation, environment) and up to six digits, with
// optional qualifiers ("d850", "b1521", "d850.2").
var icfCode = regexp.MustCompile(`^(?i)[bdes][0-9]{1,6}(\.[0-9]{1,3})*$`)

// Scale limits. A contact is logged per day, so it lasts at most a day; a
// GAS weight is a small relative number (practice uses 1–10), so 100 only
// catches typos.
const (
	profileMin, profileMax = 0, 5
	maxGoalWeight          = 100
)

// MaxContactMinutes is the longest a logged contact lasts: a day.
const MaxContactMinutes = 24 * 60

type checker struct {
	ps       Problems
	partners map[string]bool // nil: references not checked
	// conferences are the IDs of the case's conferences; copies in later
	// plan versions and assessments repeat them on purpose.
	conferences ids
}

func (v *checker) add(path, code, value string, args map[string]any) {
	v.ps = append(v.ps, &Problem{Path: path, Code: code, Value: value, Args: args})
}

func field(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func index(path string, i int) string { return fmt.Sprintf("%s[%d]", path, i) }

func (v *checker) required(path, s string) {
	if trimmed(s) == "" {
		v.add(path, CodeRequired, "", nil)
	}
}

func (v *checker) date(path string, d Date) {
	if d.Raw != "" {
		v.add(path, CodeNotADate, d.Raw, nil)
	}
}

// order reports a later date that lies before the earlier one it follows
// (an end before its start), on the later field.
func (v *checker) order(earlierPath string, earlier Date, laterPath string, later Date) {
	if earlier.Valid() && later.Valid() && later.Before(earlier) {
		v.add(laterPath, CodeDateOrder, later.ISO(), map[string]any{"Other": earlierPath, "OtherValue": earlier.ISO()})
	}
}

// enum accepts the empty value (not yet chosen) and any value of allowed.
func enum[T ~string](v *checker, path string, val T, allowed []T) {
	if val != "" && !slices.Contains(allowed, val) {
		v.add(path, CodeUnknownValue, string(val), nil)
	}
}

// item checks an entry of a list of values, where an empty one means
// nothing and is reported too.
func item[T ~string](v *checker, path string, val T, allowed []T) {
	if !slices.Contains(allowed, val) {
		v.add(path, CodeUnknownValue, string(val), nil)
	}
}

func (v *checker) rangeInt(path string, n, lo, hi int) {
	if n < lo || n > hi {
		v.add(path, CodeOutOfRange, strconv.Itoa(n), map[string]any{"Min": lo, "Max": hi})
	}
}

func (v *checker) level(path string, n int) { v.rangeInt(path, n, -2, 2) }

func (v *checker) partner(path, uid string, required bool) {
	switch {
	case uid == "":
		if required {
			v.add(path, CodeRequired, "", nil)
		}
	case v.partners != nil && !v.partners[uid]:
		v.add(path, CodeUnknownReference, uid, nil)
	}
}

// CheckEmail reports whether s is empty or a plain e-mail address
// ("name@beispiel.de", no display name), the rule of every e-mail field.
func CheckEmail(s string) error {
	v := &checker{}
	v.email("", s)
	if len(v.ps) > 0 {
		return v.ps[0]
	}
	return nil
}

func (v *checker) email(path, s string) {
	if s == "" {
		return
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		v.add(path, CodeBadEmail, s, nil)
	}
}

// ids collects the IDs of one list of entries and reports empty and
// repeated ones: references (goalId, measureId, contactId) must point at
// exactly one entry.
type ids map[string]bool

func (v *checker) id(seen ids, path, id string) {
	switch {
	case id == "":
		v.add(path, CodeRequired, "", nil)
	case seen[id]:
		v.add(path, CodeDuplicateID, id, nil)
	default:
		seen[id] = true
	}
}

func (v *checker) ref(known ids, path, id string) {
	if id != "" && !known[id] {
		v.add(path, CodeUnknownReference, id, nil)
	}
}

func (v *checker) caseFile(c *Case) {
	if c.Phase == "" {
		v.add("phase", CodeRequired, "", nil)
	} else {
		enum(v, "phase", c.Phase, AllPhases)
	}
	v.client("client", &c.Client)
	v.date(field("commission", "date"), c.Commission.Date)
	v.partner(field("commission", "partner"), c.Commission.Partner, false)
	v.intake("intake", &c.Intake)
	v.cmConsent("cmConsent", &c.CMConsent)

	seen := ids{}
	for i := range c.Assessments {
		v.assessment(index("assessments", i), &c.Assessments[i], seen)
	}

	// Reviews and the closure may name goals and measures of any version:
	// a goal reviewed under version 1 stays in the record after a
	// Fortschreibung.
	goals, measures := ids{}, ids{}
	versions := map[int]bool{}
	for i := range c.Plans {
		p := index("plans", i)
		pl := &c.Plans[i]
		switch {
		case pl.Version < 1 || pl.Version > len(c.Plans):
			v.rangeInt(field(p, "version"), pl.Version, 1, len(c.Plans))
		case versions[pl.Version]:
			v.add(field(p, "version"), CodeDuplicateID, strconv.Itoa(pl.Version), nil)
		}
		versions[pl.Version] = true
		v.plan(p, pl, goals, measures)
	}

	seen = ids{}
	for i := range c.Reviews {
		v.review(index("reviews", i), &c.Reviews[i], seen, goals, measures)
	}
	v.date("nextReview", c.NextReview)
	v.closure("closure", &c.Closure, goals)

	contacts := ids{}
	for i := range c.Contacts {
		v.contact(index("contacts", i), &c.Contacts[i], contacts)
	}
	seen = ids{}
	for i := range c.Consents {
		v.consent(index("consents", i), &c.Consents[i], seen)
	}
	seen = ids{}
	for i := range c.Disclosures {
		v.disclosure(index("disclosures", i), &c.Disclosures[i], seen, contacts)
	}
	linked := map[string]bool{}
	for i, l := range c.Partners {
		p := index("partners", i)
		v.partner(field(p, "partner"), l.Partner, true)
		if l.Partner != "" && linked[l.Partner] {
			v.add(field(p, "partner"), CodeDuplicateID, l.Partner, nil)
		}
		linked[l.Partner] = true
		for j, a := range l.Areas {
			item(v, index(field(p, "areas"), j), a, Areas)
		}
	}
	for i, e := range c.Events {
		p := index("events", i)
		if e.Kind == "" {
			v.add(field(p, "kind"), CodeRequired, "", nil)
		}
		enum(v, field(p, "kind"), e.Kind, TransitionKinds)
		enum(v, field(p, "from"), e.From, AllPhases)
		if e.To == "" {
			v.add(field(p, "to"), CodeRequired, "", nil)
		}
		enum(v, field(p, "to"), e.To, AllPhases)
		for j, k := range e.Missing {
			item(v, index(field(p, "missing"), j), k, CheckKeys)
		}
	}
}

func (v *checker) person(path string, p Person, required bool) {
	if required || p.Relation != "" || p.Contact != "" {
		v.required(field(path, "name"), p.Name)
	}
}

func (v *checker) client(path string, c *Client) {
	v.required(field(path, "lastName"), c.LastName)
	v.date(field(path, "birthDate"), c.BirthDate)
	if c.RVNR != "" {
		if err := ValidateRVNR(c.RVNR); err != nil {
			code := CodeRVNRFormat
			if p, ok := err.(*Problem); ok {
				code = p.Code
			}
			v.add(field(path, "rvnr"), code, c.RVNR, nil)
		}
	}
	v.email(field(path, "email"), c.Email)
	for i, r := range c.Relatives {
		v.person(index(field(path, "relatives"), i), r, true)
	}
	v.person(field(path, "guardian"), c.Guardian, false)
	v.partner(field(path, "employer"), c.Employer, false)
	v.noEmployer(path, c)
}

func (v *checker) intake(path string, in *Intake) {
	r := field(path, "referral")
	enum(v, field(r, "route"), in.Referral.Route, AccessRoutes)
	v.date(field(r, "receivedOn"), in.Referral.ReceivedOn)

	fm := field(path, "firstMeeting")
	v.date(field(fm, "date"), in.FirstMeeting.Date)
	enum(v, field(fm, "mode"), in.FirstMeeting.Mode, MeetingModes)
	for i, t := range in.FirstMeeting.Topics {
		item(v, index(field(fm, "topics"), i), t, Topics)
	}

	areas := map[ScreeningArea]bool{}
	for i, s := range in.Screening {
		p := index(field(path, "screening"), i)
		switch {
		case s.Area == "":
			v.add(field(p, "area"), CodeRequired, "", nil)
		case !slices.Contains(ScreeningAreas, s.Area):
			v.add(field(p, "area"), CodeUnknownValue, string(s.Area), nil)
		case areas[s.Area]:
			v.add(field(p, "area"), CodeDuplicateID, string(s.Area), nil)
		}
		areas[s.Area] = true
		enum(v, field(p, "answer"), s.Answer, Answers)
		if known, ok := Indicators[s.Area]; ok {
			for j, ind := range s.Indicators {
				item(v, index(field(p, "indicators"), j), ind, known)
			}
		}
	}

	d := field(path, "decision")
	enum(v, field(d, "need"), in.Decision.Need, Answers)
	v.date(field(d, "decidedOn"), in.Decision.DecidedOn)
	enum(v, field(path, "expectedIntensity"), in.ExpectedIntensity, Intensities)
	v.date(field(field(path, "agreement"), "date"), in.Agreement.Date)
}

func (v *checker) cmConsent(path string, k *CaseManagementConsent) {
	v.date(field(path, "givenOn"), k.GivenOn)
	enum(v, field(path, "form"), k.Form, ConsentForms)
	v.date(field(path, "withdrawnOn"), k.WithdrawnOn)
	v.order(field(path, "givenOn"), k.GivenOn, field(path, "withdrawnOn"), k.WithdrawnOn)
	// The history: each period withdrawn after it was given, and each
	// given again only after the one before was withdrawn.
	prev, prevPath := Date{}, ""
	for i, e := range k.Earlier {
		p := index(field(path, "earlier"), i)
		v.date(field(p, "givenOn"), e.GivenOn)
		enum(v, field(p, "form"), e.Form, ConsentForms)
		v.date(field(p, "withdrawnOn"), e.WithdrawnOn)
		if !e.WithdrawnOn.Valid() && e.WithdrawnOn.Raw == "" {
			v.add(field(p, "withdrawnOn"), CodeRequired, "", nil)
		}
		v.order(field(p, "givenOn"), e.GivenOn, field(p, "withdrawnOn"), e.WithdrawnOn)
		v.order(prevPath, prev, field(p, "givenOn"), e.GivenOn)
		prev, prevPath = e.WithdrawnOn, field(p, "withdrawnOn")
	}
	v.order(prevPath, prev, field(path, "givenOn"), k.GivenOn)
}

func (v *checker) conference(path string, c *Conference) {
	v.date(field(path, "date"), c.Date)
	v.notHeld(path, c)
	if c.ID != "" {
		if v.conferences == nil {
			v.conferences = ids{}
		}
		v.conferences[c.ID] = true
	}
	for i, a := range c.Attendees {
		p := index(field(path, "attendees"), i)
		switch {
		case a.Partner == "" && trimmed(a.Person) == "":
			v.add(p, CodeRequired, "", nil)
		case a.Partner != "" && a.Person != "":
			v.add(field(p, "person"), CodeAttendeeBoth, a.Person, nil)
		}
		v.partner(field(p, "partner"), a.Partner, false)
	}
	v.categories(field(path, "shared"), c.Shared)
	for i, t := range c.Tasks {
		p := index(field(path, "tasks"), i)
		v.required(field(p, "what"), t.What)
		v.date(field(p, "due"), t.Due)
	}
}

func (v *checker) assessment(path string, a *Assessment, seen ids) {
	v.id(seen, field(path, "id"), a.ID)
	v.date(field(path, "date"), a.Date)
	for i, f := range a.ContextFactors {
		p := index(field(path, "contextFactors"), i)
		enum(v, field(p, "kind"), f.Kind, FactorKinds)
		enum(v, field(p, "effect"), f.Effect, FactorEffects)
	}
	for i, in := range a.Instruments {
		p := index(field(path, "instruments"), i)
		v.required(field(p, "name"), in.Name)
		v.date(field(p, "date"), in.Date)
	}
	for i, it := range a.Profile {
		p := index(field(path, "profile"), i)
		v.required(field(p, "item"), it.Item)
		v.rangeInt(field(p, "capability"), it.Capability, profileMin, profileMax)
		v.rangeInt(field(p, "requirement"), it.Requirement, profileMin, profileMax)
	}
	for i := range a.Conferences {
		v.conference(index(field(path, "conferences"), i), &a.Conferences[i])
	}
	for i, uid := range a.NetworkPartners {
		v.partner(index(field(path, "networkPartners"), i), uid, true)
	}
}

// plan checks one version. Goal and measure IDs must be unique within the
// version; across versions they repeat on purpose, because a Fortschreibung
// copies the goals it carries on. allGoals and allMeasures collect the IDs
// of every version for the references of reviews and the closure.
func (v *checker) plan(path string, p *PlanVersion, allGoals, allMeasures ids) {
	for _, d := range []struct {
		name string
		d    Date
	}{{"created", p.Created}, {"finalizedOn", p.FinalizedOn}, {"discussedOn", p.DiscussedOn}, {"copyHandedOn", p.CopyHandedOn}} {
		v.date(field(path, d.name), d.d)
	}

	goals := ids{}
	for i := range p.Goals {
		g := &p.Goals[i]
		gp := index(field(path, "goals"), i)
		v.id(goals, field(gp, "id"), g.ID)
		enum(v, field(gp, "area"), g.Area, Areas)
		for j, code := range g.ICF {
			if !icfCode.MatchString(code) {
				v.add(index(field(gp, "icf"), j), CodeUnknownValue, code, nil)
			}
		}
		for j := range g.Operational {
			o := &g.Operational[j]
			op := index(field(gp, "operational"), j)
			v.id(goals, field(op, "id"), o.ID)
			v.date(field(op, "targetDate"), o.TargetDate)
			if o.Weight < 0 || o.Weight > maxGoalWeight {
				v.add(field(op, "weight"), CodeOutOfRange, strconv.FormatFloat(o.Weight, 'f', -1, 64),
					map[string]any{"Min": 0, "Max": maxGoalWeight})
			}
			if o.Baseline != nil {
				v.level(field(op, "baseline"), *o.Baseline)
			}
			allGoals[o.ID] = true
		}
	}

	measures := ids{}
	for i := range p.Measures {
		m := &p.Measures[i]
		mp := index(field(path, "measures"), i)
		v.id(measures, field(mp, "id"), m.ID)
		enum(v, field(mp, "area"), m.Area, Areas)
		v.ref(goals, field(mp, "goalId"), m.GoalID)
		v.partner(field(mp, "partner"), m.Partner, false)
		v.date(field(mp, "start"), m.Start)
		v.date(field(mp, "end"), m.End)
		v.order(field(mp, "start"), m.Start, field(mp, "end"), m.End)
		enum(v, field(mp, "status"), m.Status, MeasureStatuses)
		allMeasures[m.ID] = true
	}

	v.conference(field(path, "conference"), &p.Conference)
	for i, ap := range p.AreaPartners {
		pp := index(field(path, "areaPartners"), i)
		enum(v, field(pp, "area"), ap.Area, Areas)
		v.partner(field(pp, "partner"), ap.Partner, true)
	}
	for i, fp := range p.FurtherParticipants {
		v.person(index(field(path, "furtherParticipants"), i), fp, true)
	}
	s := field(path, "section19")
	v.date(field(s, "applicationDate"), p.Section19.ApplicationDate)
	v.date(field(s, "responsibilityClarified"), p.Section19.ResponsibilityClarified)
	v.order(field(s, "applicationDate"), p.Section19.ApplicationDate, field(s, "responsibilityClarified"), p.Section19.ResponsibilityClarified)
}

func (v *checker) levels(path string, ls []GoalLevel, goals ids) {
	for i, l := range ls {
		p := index(path, i)
		if l.GoalID == "" {
			v.add(field(p, "goalId"), CodeRequired, "", nil)
		}
		v.ref(goals, field(p, "goalId"), l.GoalID)
		v.level(field(p, "level"), l.Level)
	}
}

func (v *checker) review(path string, r *Review, seen, goals, measures ids) {
	v.id(seen, field(path, "id"), r.ID)
	v.date(field(path, "date"), r.Date)
	v.levels(field(path, "levels"), r.Levels, goals)
	for i, m := range r.Measures {
		p := index(field(path, "measures"), i)
		if m.MeasureID == "" {
			v.add(field(p, "measureId"), CodeRequired, "", nil)
		}
		v.ref(measures, field(p, "measureId"), m.MeasureID)
		enum(v, field(p, "status"), m.Status, MeasureStatuses)
	}
	enum(v, field(path, "decision"), r.Decision, Decisions)
}

func (v *checker) closure(path string, c *Closure, goals ids) {
	v.date(field(path, "date"), c.Date)
	enum(v, field(path, "form"), c.Form, EndingForms)
	enum(v, field(path, "reason"), c.Reason, EndingReasons)
	enum(v, field(path, "workAbility"), c.WorkAbility, WorkAbilities)
	enum(v, field(path, "reintegration"), c.Reintegration, Reintegrations)
	v.levels(field(path, "finalLevels"), c.FinalLevels, goals)
	enum(v, field(path, "finalIntensity"), c.FinalIntensity, Intensities)
	v.date(field(path, "transmittedOn"), c.TransmittedOn)
	v.order(field(path, "date"), c.Date, field(path, "transmittedOn"), c.TransmittedOn)
}

func (v *checker) contact(path string, c *Contact, seen ids) {
	v.id(seen, field(path, "id"), c.ID)
	v.date(field(path, "date"), c.Date)
	v.rangeInt(field(path, "minutes"), c.Minutes, 0, MaxContactMinutes)
	enum(v, field(path, "kind"), c.Kind, ContactKinds)
	for i, uid := range c.Partners {
		v.partner(index(field(path, "partners"), i), uid, true)
	}
	for i, r := range c.Roles {
		item(v, index(field(path, "roles"), i), r, Roles)
	}
	enum(v, field(path, "passed"), c.Passed, []Answer{AnswerYes, AnswerNo})
}

func (v *checker) categories(path string, cs []InfoCategory) {
	for i, c := range cs {
		item(v, index(path, i), c, InfoCategories)
	}
}

func (v *checker) consent(path string, k *Consent, seen ids) {
	v.id(seen, field(path, "id"), k.ID)
	enum(v, field(path, "kind"), k.Kind, ConsentKinds)
	v.partner(field(path, "partner"), k.Partner, true)
	v.categories(field(path, "categories"), k.Categories)
	v.date(field(path, "givenOn"), k.GivenOn)
	v.date(field(path, "validUntil"), k.ValidUntil)
	v.date(field(path, "revokedOn"), k.RevokedOn)
	v.order(field(path, "givenOn"), k.GivenOn, field(path, "validUntil"), k.ValidUntil)
	v.order(field(path, "givenOn"), k.GivenOn, field(path, "revokedOn"), k.RevokedOn)
	enum(v, field(path, "form"), k.Form, ConsentForms)
}

func (v *checker) disclosure(path string, d *Disclosure, seen, contacts ids) {
	v.id(seen, field(path, "id"), d.ID)
	v.date(field(path, "date"), d.Date)
	v.partner(field(path, "partner"), d.Partner, true)
	v.categories(field(path, "categories"), d.Categories)
	v.ref(contacts, field(path, "contactId"), d.ContactID)
	v.ref(v.conferences, field(path, "conferenceId"), d.ConferenceID)
}
