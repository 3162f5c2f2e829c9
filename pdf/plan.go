package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// Plan renders one version of the case's Reha- und Teilhabeplan to w:
// version 0 is the newest; a version the case does not have is
// model.ErrNotFound. A version not yet finalised carries the draft mark.
// partners is the network partner directory by UID.
func Plan(w io.Writer, c *model.Case, version int, partners map[string]model.Partner, s model.Settings, loc *locales.Localizer, printed time.Time) error {
	return plan(w, c, version, partners, s, loc, printed, false)
}

// plan renders the whole plan, or with extract the Auszug ohne Angaben
// zur Gesundheit (planextract.go).
func plan(w io.Writer, c *model.Case, version int, partners map[string]model.Partner, s model.Settings, loc *locales.Localizer, printed time.Time, extract bool) error {
	if c == nil {
		return fmt.Errorf("pdf: plan of no case: %w", model.ErrNotFound)
	}
	p := planVersion(c, version)
	if p == nil {
		return fmt.Errorf("pdf: plan version %d of case %s: %w", version, c.UID, model.ErrNotFound)
	}
	cd := newCaseDoc(c, partners, s, loc, printed, "PDF.plan.title")
	d := cd.doc
	d.subject += " · " + d.t("PDF.plan.versionShort", "N", p.Version)
	if !p.Final() {
		d.draft = d.t("PDF.plan.draftStamp")
		d.subject += " · " + d.t("PDF.plan.draft")
	}
	if extract {
		d.subject += " · " + d.t("PDF.extract.mark")
	}
	pd := &planDoc{caseDoc: cd, p: p, nums: p.GoalNumbers(), extract: extract, supersededBy: c.SupersededBy(p.Version)}
	if pd.supersededBy != nil {
		d.subject += " · " + d.t("PDF.plan.supersededShort")
	}
	return render(w, d, pd.draw)
}

// planVersion finds a plan version; 0 is the newest.
func planVersion(c *model.Case, version int) *model.PlanVersion {
	if version == 0 {
		return c.CurrentPlan()
	}
	for i := range c.Plans {
		if c.Plans[i].Version == version {
			return &c.Plans[i]
		}
	}
	return nil
}

type planDoc struct {
	*caseDoc
	p       *model.PlanVersion
	nums    map[string]string // goal ID → "1" or "1.2"
	extract bool              // without the health data (planextract.go)
	// supersededBy is the version that replaced this one; its measures
	// then also say their status as of today.
	supersededBy *model.PlanVersion
}

func (pd *planDoc) draw() {
	d, c, p := pd.doc, pd.c, pd.p
	d.titleBlock(d.title, clientLine(d, c))
	pd.extractMark()
	status := d.t("PDF.plan.finalizedOn", "Date", d.date(p.FinalizedOn))
	if !p.Final() {
		status = d.t("PDF.plan.draftStatus")
	}
	d.facts([]fact{
		{d.t("PDF.plan.version"), fmt.Sprint(p.Version)},
		{d.t("PDF.plan.created"), d.date(p.Created)},
		{d.t("PDF.plan.status"), status},
		d.counselorFact(),
	})
	d.commission(c, true)
	if by := pd.supersededBy; by != nil {
		d.lines(marginL, contentW, d.t("PDF.plan.supersededBy", "N", by.Version, "Date", d.date(by.FinalizedOn)), "B", 10, colLoop, "L")
		d.note(d.t("PDF.plan.statusTodayNote"))
		d.space(3)
	}
	var fs []field
	if prev := c.Replaces(p.Version); prev != nil {
		fs = append(fs, field{label: d.t("PDF.plan.replaces"), value: d.t("PDF.plan.replacesValue", "N", prev.Version, "Date", d.date(prev.FinalizedOn))})
	}
	if p.Version > 1 || strings.TrimSpace(p.Reason) != "" {
		fs = append(fs, field{label: d.t("PDF.plan.reason"), value: p.Reason})
	}
	if len(fs) > 0 {
		d.fields(fs)
	}

	d.heading(d.t("PDF.plan.sectionPerson"))
	pd.persons()

	d.heading(d.t("PDF.plan.sectionSituation"))
	if !pd.omitted() {
		d.block(d.t("PDF.plan.disorder"), p.Disorder)
		d.block(d.t("PDF.plan.consequences"), p.Consequences)
		d.block(d.t("PDF.plan.facilitating"), p.FacilitatingFactors)
		d.block(d.t("PDF.plan.hindering"), p.HinderingFactors)
		d.block(d.t("PDF.plan.concerns"), p.Concerns)
		d.block(d.t("PDF.plan.currentNeed"), p.CurrentNeed)
	}

	d.heading(d.t("PDF.plan.sectionGoals"))
	pd.goals()

	d.heading(d.t("PDF.plan.sectionMeasures"))
	pd.measures()

	d.heading(d.t("PDF.plan.sectionConference"))
	pd.conference()

	d.heading(d.t("PDF.plan.sectionPartners"))
	pd.networkPartners()

	d.heading(d.t("PDF.plan.section19"))
	pd.section19()

	// The last section stays together with the signatures below it.
	ss := clientSigners(d, c.Client, model.Date{}, true)
	d.headingKeep(d.t("PDF.plan.sectionAgreement"), 40+signOffHeight(d, c.Client, ss))
	// The copy is mostly handed over with this very print, and a draft is
	// printed to be discussed: their days are written in by hand, not
	// shown as gaps.
	discussed, handed := d.date(p.DiscussedOn), d.date(p.CopyHandedOn)
	if discussed == "" && !p.Final() {
		discussed = fillInDate
	}
	if handed == "" {
		handed = fillInDate
	}
	d.fields([]field{
		{label: d.t("PDF.plan.discussedOn"), value: discussed},
		{label: d.t("PDF.plan.copyHandedOn"), value: handed},
	})
	d.space(1)
	d.para(marginL, contentW, d.t("PDF.plan.signatureNote"))
	d.space(1)
	signOff(d, c.Client, ss)
}

// persons prints the client, relatives, legal guardian and further
// participants.
func (pd *planDoc) persons() {
	d, cl := pd.doc, pd.c.Client
	d.fields(identity(d, cl,
		field{label: d.t("PDF.client.address"), value: cl.Address},
		field{label: d.t("PDF.client.phone"), value: cl.Phone, optional: true},
		field{label: d.t("PDF.client.email"), value: cl.Email, optional: true},
		field{label: d.t("PDF.client.languageNeeds"), value: cl.LanguageNeeds, optional: true},
		field{label: d.t("PDF.client.interpreter"), value: d.interpreter(cl)},
		field{label: d.t("PDF.client.employer"), value: d.employer(pd.partners, cl)},
	))
	// The Fachkonzept asks for the further participants (relatives, legal
	// guardian, others): a gap only when none of them is recorded; one
	// kind missing beside the others simply does not exist.
	guardian := strings.TrimSpace(cl.Guardian.Name) != ""
	anyone := len(cl.Relatives) > 0 || guardian || len(pd.p.FurtherParticipants) > 0
	d.subheading(d.t("PDF.plan.relatives"))
	pd.people(cl.Relatives, d.t("PDF.plan.relatives"), anyone, "PDF.plan.noRelatives")
	d.subheading(d.t("PDF.plan.guardian"))
	if g := cl.Guardian; guardian {
		d.fields([]field{
			{label: d.t("PDF.person.name"), value: g.Name},
			{label: d.t("PDF.person.scope"), value: g.Relation},
			{label: d.t("PDF.person.contact"), value: g.Contact},
		})
	} else {
		d.none(d.t("PDF.plan.noGuardian"))
	}
	d.subheading(d.t("PDF.plan.furtherParticipants"))
	pd.people(pd.p.FurtherParticipants, d.t("PDF.plan.furtherParticipants"), anyone, "PDF.plan.noFurther")
}

// people prints persons as a table; when there are none, the line noneID
// says so, or the gap marker when nobody at all is recorded.
func (pd *planDoc) people(ps []model.Person, caption string, anyone bool, noneID string) {
	d := pd.doc
	if len(ps) == 0 && anyone {
		d.none(d.t(noneID))
		return
	}
	t := table{caption: caption, cols: []column{
		{head: d.t("PDF.person.name"), width: 55},
		{head: d.t("PDF.person.relation"), width: 45},
		{head: d.t("PDF.person.contact"), width: 70},
	}}
	for _, p := range ps {
		t.rows = append(t.rows, []cell{d.txtOrGap(p.Name), d.txtOrGap(p.Relation), d.txtOrGap(p.Contact)})
	}
	d.tableOrGap(t)
}

// goals prints the strategic goals per area, each with its operational
// goals, target dates and the five GAS levels.
func (pd *planDoc) goals() {
	d, p := pd.doc, pd.p
	if d.gapIfNone(len(p.Goals)) {
		return
	}
	d.note(d.t("PDF.plan.gasIntro"))
	d.space(1)
	n := 0 // numbered as goalNumbers does, also for goals without an ID
	for _, a := range p.GoalAreas() {
		d.subheading(areaLabel(d, a))
		hide := pd.hidden(a)
		for gi := range p.Goals {
			sg := &p.Goals[gi]
			if sg.Area != a {
				continue
			}
			n++
			if hide {
				continue
			}
			pd.strategicGoal(sg, n)
			if len(sg.Operational) == 0 {
				d.space(1.5)
				d.label(marginL+6, contentW-6, d.t("PDF.plan.operationalGoals"))
				d.para(marginL+6, contentW-6, "")
			}
			for oi := range sg.Operational {
				pd.operationalGoal(&sg.Operational[oi], fmt.Sprintf("%d.%d", n, oi+1))
			}
			d.space(3.5)
		}
	}
}

// strategicGoal holds the Teilhabeziel's caption, text and ICF codes like
// a heading: they go on the page where its first Handlungsziel begins.
func (pd *planDoc) strategicGoal(sg *model.StrategicGoal, n int) {
	d := pd.doc
	caption := d.t("PDF.plan.strategicGoal", "N", n)
	icf := ""
	if len(sg.ICF) > 0 && !pd.extract {
		icf = d.t("PDF.plan.icf", "Codes", strings.Join(sg.ICF, ", "))
	}
	text, style, size := sg.Text, "B", 9.5
	if strings.TrimSpace(text) == "" {
		text, style, size = d.gap(), "I", sizeBody
	}
	d.font("B", sizeSmall)
	h := float64(len(d.wrap(caption, contentW)))*lineH(sizeSmall) + 0.4
	d.font(style, size)
	h += float64(len(d.wrap(text, contentW))) * lineH(size)
	if icf != "" {
		d.font("", sizeSmall)
		h += 0.5 + float64(len(d.wrap(icf, contentW)))*lineH(sizeSmall)
	}
	d.hold(h, 0, func() {
		d.label(marginL, contentW, caption)
		if style == "I" {
			d.para(marginL, contentW, "")
		} else {
			d.lines(marginL, contentW, text, style, size, colText, "L")
		}
		if icf != "" {
			d.space(0.5)
			d.lines(marginL, contentW, icf, "", sizeSmall, colMuted, "L")
		}
	})
}

// operationalGoal prints one Handlungsziel with its GAS scale, indented
// under its strategic goal.
func (pd *planDoc) operationalGoal(og *model.OperationalGoal, num string) {
	d := pd.doc
	const indent = 6.0
	x, w := marginL+indent, contentW-indent
	d.space(2)
	d.need(lineH(sizeSmall) + 3*lineH(sizeBody) + 24)
	d.label(x, w, d.t("PDF.plan.operationalGoal", "N", num))
	d.para(x, w, og.Text)
	meta := []string{d.t("PDF.plan.targetDate", "Date", d.dateOrGap(og.TargetDate))}
	if og.Baseline != nil {
		meta = append(meta, d.t("PDF.plan.baseline", "Level", model.LevelText(*og.Baseline)))
	}
	if og.Weight > 0 && og.Weight != 1 {
		meta = append(meta, d.t("PDF.plan.weight", "Weight", d.num(og.Weight)))
	}
	d.space(0.5)
	d.lines(x, w, strings.Join(meta, "   ·   "), "", sizeSmall, colMuted, "L")
	d.space(1.2)
	t := table{x: x, w: w, caption: d.t("PDF.plan.operationalGoal", "N", num), cols: []column{
		{head: d.t("PDF.gas.level"), width: 13, align: "C"},
		{head: d.t("PDF.gas.meaning"), width: 45},
		{head: d.t("PDF.gas.description"), width: w - 58},
	}}
	for i := range og.GAS {
		l := i - 2
		row := []cell{
			{text: model.LevelText(l), style: "B"},
			{text: d.t(gasMeaning(l)), color: &colMuted},
			d.txtOrGap(og.GAS[i]),
		}
		t.rows = append(t.rows, row)
	}
	d.table(t)
}

// gasMeaning is the message ID of the standard meaning of a GAS level.
func gasMeaning(l int) string {
	return [...]string{"PDF.gas.m2", "PDF.gas.m1", "PDF.gas.0", "PDF.gas.p1", "PDF.gas.p2"}[l+2]
}

// measures prints the measures per area as tables.
func (pd *planDoc) measures() {
	d, p := pd.doc, pd.p
	if d.gapIfNone(len(p.Measures)) {
		return
	}
	for _, a := range p.MeasureAreas() {
		area := areaLabel(d, a)
		d.subheading(area)
		if pd.hidden(a) {
			continue
		}
		t := table{caption: d.t("PDF.plan.measuresIn", "Area", area), cols: []column{
			{head: d.t("PDF.measure.what"), width: 46},
			{head: d.t("PDF.measure.goal"), width: 13, align: "C"},
			{head: d.t("PDF.measure.responsible"), width: 40},
			{head: d.t("PDF.measure.start"), width: 20},
			{head: d.t("PDF.measure.end"), width: 20},
			{head: d.t("PDF.measure.status"), width: 31},
		}}
		for _, m := range p.Measures {
			if m.Area != a {
				continue
			}
			goal := d.txtOrGap("")
			if m.GoalID != "" {
				goal = cell{text: pd.nums[m.GoalID]}
				if goal.text == "" {
					goal = cell{text: d.t("PDF.plan.goalUnknown"), style: "I", color: &colMissing}
				}
			}
			status := d.txtOrGap(enumOrEmpty(d, "MeasureStatus", m.Status))
			if now := pd.c.MeasureStatus(m); pd.supersededBy != nil && now != "" && now != m.Status {
				status.text += "\n" + d.t("PDF.plan.statusToday", "Status", d.enum("MeasureStatus", now))
			}
			t.rows = append(t.rows, []cell{
				d.txtOrGap(m.What), goal, d.txtOrGap(responsible(d, pd.partners, m)),
				d.txtOrGap(d.date(m.Start)), d.txtOrGap(d.date(m.End)), status,
			})
		}
		d.table(t)
	}
}

// conference prints the Teilhabekonferenz with its tasks.
func (pd *planDoc) conference() { conference(pd.doc, pd.p.Conference, pd.partners) }

// tasks prints agreed tasks with who does them by when.
func tasks(d *doc, ts []model.Task, caption string) {
	t := table{caption: caption, cols: []column{
		{head: d.t("PDF.task.what"), width: 78},
		{head: d.t("PDF.task.responsible"), width: 44},
		{head: d.t("PDF.task.due"), width: 24},
		{head: d.t("PDF.task.state"), width: 24},
	}}
	for _, k := range ts {
		state := cell{text: d.t("PDF.task.open")}
		if k.Done {
			state = cell{text: d.t("PDF.task.done"), color: &colDone}
		}
		t.rows = append(t.rows, []cell{d.txtOrGap(k.What), d.txtOrGap(k.Responsible), d.txtOrGap(d.date(k.Due)), state})
	}
	d.tableOrGap(t)
}

// networkPartners prints the partners per area with their contact data
// from the directory.
func (pd *planDoc) networkPartners() {
	d, p := pd.doc, pd.p
	if d.gapIfNone(len(p.AreaPartners)) {
		return
	}
	var areas []model.Area
	for _, ap := range p.AreaPartners {
		areas = append(areas, ap.Area)
	}
	for _, a := range model.OrderAreas(areas) {
		area := areaLabel(d, a)
		d.subheading(area)
		if pd.hidden(a) {
			continue
		}
		t := table{caption: d.t("PDF.plan.partnersIn", "Area", area), cols: []column{
			{head: d.t("PDF.partner.name"), width: 52},
			{head: d.t("PDF.partner.role"), width: 32},
			{head: d.t("PDF.partner.person"), width: 32},
			{head: d.t("PDF.partner.contact"), width: 54},
		}}
		for _, ap := range p.AreaPartners {
			if ap.Area != a {
				continue
			}
			pt, ok := pd.partners[ap.Partner]
			if !ok {
				t.rows = append(t.rows, []cell{{text: partnerName(d, pd.partners, ap.Partner), style: "I", color: &colMissing}, d.txtOrGap(ap.Role), {}, {}})
				continue
			}
			t.rows = append(t.rows, []cell{
				d.txtOrGap(partnerLabel(d, pt)), d.txtOrGap(ap.Role), d.txtOrGap(pt.ContactPerson), d.txtOrGap(partnerContact(pt)),
			})
		}
		d.table(t)
	}
}

// section19 prints what § 19 (2) SGB IX adds, item by item in the law's
// order (Nr. 1–11, then the Jobcenter), or one line when no Teilhabeplan
// under § 19 is required. Items the plan holds elsewhere point there; an
// item that does not apply to the case says so instead of showing a gap.
func (pd *planDoc) section19() {
	d, s := pd.doc, pd.p.Section19
	if !s.Required {
		d.para(marginL, contentW, d.t("PDF.s19.notRequired"))
		return
	}
	d.para(marginL, contentW, d.t("PDF.s19.required"))
	d.space(1.5)
	text := func(v string) cell { return d.txtOrGap(v) }
	muted := func(v string) cell { return cell{text: v, style: "I", color: &colMuted} }
	applies := func(on bool, v string) cell {
		if !on {
			return muted(d.t("PDF.s19.notApplicable"))
		}
		return text(v)
	}
	// Without a Teilhabeplankonferenz (recorded as not held) its results
	// and the consent to it do not apply.
	held := !pd.p.Conference.NotHeld
	t := table{caption: d.t("PDF.plan.section19"), cols: []column{
		{head: d.t("PDF.s19.colNo"), width: 12, align: "C"},
		{head: d.t("PDF.s19.colItem"), width: 62},
		{head: d.t("PDF.s19.colContent"), width: 96},
	}}
	// health marks what the extract leaves out (planextract.go).
	for _, r := range []struct {
		no, label string
		value     cell
		health    bool
	}{
		{"1", "PDF.s19.applicationDate", text(d.date(s.ApplicationDate)), false},
		{"1", "PDF.s19.leadCarrier", text(s.LeadCarrier), false},
		{"1", "PDF.s19.involvedCarriers", text(s.InvolvedCarriers), true},
		{"1", "PDF.s19.responsibility", text(d.date(s.ResponsibilityClarified)), false},
		{"2", "PDF.s19.findings", muted(d.t("PDF.s19.findingsRef", "Section", d.t("PDF.plan.sectionSituation"))), true},
		{"3", "PDF.s19.instruments", text(s.Instruments), true},
		{"4", "PDF.s19.baOpinion", applies(s.BAOpinionApplies, s.BAOpinion), true},
		{"5", "PDF.s19.services", text(s.Services), true},
		{"6", "PDF.s19.goals", muted(d.t("PDF.s19.goalsRef", "Section", d.t("PDF.plan.sectionGoals"))), false},
		{"7", "PDF.s19.wishes", text(s.WishesChoices), true},
		{"7", "PDF.s19.budget", text(d.yesNo(s.PersonalBudget)), false},
		{"8", "PDF.s19.agreedFindings", text(s.AgreedFindings), true},
		{"9", "PDF.s19.conferenceConsent", applies(held, d.yesNo(s.ConferenceConsent)), false},
		{"9", "PDF.s19.conferenceResults", applies(held, s.ConferenceResults), true},
		{"10", "PDF.s19.publicBodies", applies(s.PublicBodiesApply, s.PublicBodies), true},
		{"11", "PDF.s19.caringRelatives", applies(!s.NoCaringRelative, s.CaringRelativesNeeds), true},
		{"", "PDF.s19.jobcenter", applies(s.JobcenterInvolved, s.Jobcenter), false},
	} {
		if r.health && pd.extract {
			r.value = muted(d.t("PDF.extract.omittedItem"))
		}
		t.rows = append(t.rows, []cell{muted(r.no), {text: d.t(r.label)}, r.value})
	}
	d.table(t)
	d.space(1.5)
	d.note(d.t("PDF.s19.inspection"))
}

// --- helpers shared by the documents ----------------------------------------

// clientName is the client's name or the gap marker.
func clientName(d *doc, c *model.Case) string { return d.orGap(c.Client.FullName()) }

// clientLine is "für Name, geb. 01.02.1970" under a document title.
func clientLine(d *doc, c *model.Case) string {
	if c.Client.BirthDate.Valid() {
		return d.t("PDF.forClientBorn", "Name", clientName(d, c), "Born", d.date(c.Client.BirthDate))
	}
	return d.t("PDF.forClient", "Name", clientName(d, c))
}

// partnerName is the directory name of a partner, or a visible marker when
// the UID is not in the directory.
func partnerName(d *doc, partners map[string]model.Partner, uid string) string {
	if p, ok := partners[uid]; ok && strings.TrimSpace(p.Name) != "" {
		return p.Name
	}
	return d.t("PDF.partnerUnknown", "ID", uid)
}

// responsible is who carries out a measure: the partner from the
// directory and the person there, one a line.
func responsible(d *doc, partners map[string]model.Partner, m model.Measure) string {
	var resp []string
	if m.Partner != "" {
		resp = append(resp, partnerName(d, partners, m.Partner))
	}
	if strings.TrimSpace(m.Person) != "" {
		resp = append(resp, m.Person)
	}
	return strings.Join(resp, "\n")
}

// partnerContact is a partner's phone, e-mail and address, one a line.
func partnerContact(p model.Partner) string {
	return strings.Join(nonEmpty(p.Phone, p.Email, strings.ReplaceAll(strings.TrimSpace(p.Address), "\n", ", ")), "\n")
}

// nonEmpty drops the blank strings of ss.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// enumOrEmpty is the label of an enumeration value, "" (a gap) when unset.
func enumOrEmpty[T ~string](d *doc, typ string, v T) string {
	if v == "" {
		return ""
	}
	return d.enum(typ, v)
}

// areaLabel is the name of a participation area; goals, measures and
// partners filed under none say so visibly.
func areaLabel(d *doc, a model.Area) string {
	if a == "" {
		return d.t("PDF.areaMissing")
	}
	return d.enum("Area", a)
}
