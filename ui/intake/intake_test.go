package intake

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

func TestReferralLandsInStore(t *testing.T) {
	f := open(t, newCase())
	r := f.w.referral
	if uitest.Shown(f.w.root, r.other) {
		t.Error("the field for another route shows before “other” is chosen")
	}
	r.route.SetSelected(f.S.Env.Loc.Enum("AccessRoute", model.RouteOther))
	if !uitest.Shown(f.w.root, r.other) {
		t.Fatal("choosing “Sonstiger Zugangsweg” must show its text field")
	}
	test.Type(r.other, "Hinweis der Krankenkasse")
	test.Type(r.referrer, "Frau Beispiel, Reha-Fachberatung")
	typeDate(r.receivedOn, "20.02.2025")
	test.Type(r.notes, "Rückruf erbeten")

	got := f.Saved().Intake.Referral
	want := model.Referral{Route: model.RouteOther, RouteOther: "Hinweis der Krankenkasse", Referrer: "Frau Beispiel, Reha-Fachberatung",
		ReceivedOn: model.NewDate(2025, 2, 20), Notes: "Rückruf erbeten"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stored referral\n got %+v\nwant %+v", got, want)
	}
	r.route.SetSelected(f.S.Env.Loc.Enum("AccessRoute", model.RouteEmployer))
	if uitest.Shown(f.w.root, r.other) {
		t.Error("the field for another route stays after choosing employer")
	}
	if got := f.Saved().Intake.Referral; got.Route != model.RouteEmployer || got.RouteOther != "Hinweis der Krankenkasse" {
		t.Errorf("changing the route must keep the typed text: %+v", got)
	}
}

func TestOverdueWarningUntilMeetingDate(t *testing.T) {
	c := newCase()
	c.Intake.Referral.ReceivedOn = uitest.Today.AddDays(-20)
	f := open(t, c)
	m := f.w.meeting
	due := uitest.Today.AddDays(-6).German() // 14 days after the referral
	if !strings.Contains(m.due.label.Text, due) {
		t.Errorf("due line %q does not name %s", m.due.label.Text, due)
	}
	if !uitest.Shown(f.w.root, m.overdue.root) {
		t.Fatal("20 days after the referral without a meeting the overdue warning must show")
	}
	if m.overdue.label.Importance != widget.DangerImportance || !strings.Contains(m.overdue.label.Text, due) {
		t.Errorf("overdue warning %q (importance %v) must be in the danger colour and name the due day", m.overdue.label.Text, m.overdue.label.Importance)
	}
	f.typeIn(m.date, uitest.Today.AddDays(-1).German())
	if !uitest.Shown(f.w.root, m.overdue.root) {
		t.Error("the overdue warning must stay while the meeting date is typed: going, it would move the fields below")
	}
	f.leave()
	if uitest.Shown(f.w.root, m.overdue.root) {
		t.Error("the overdue warning must go once the user leaves the meeting date")
	}
	if got := f.Saved().Intake.FirstMeeting.Date; got != uitest.Today.AddDays(-1) {
		t.Errorf("stored meeting date %v", got)
	}
	// Held five days after the due day: said as late, not as a success.
	if iconColor(m.due) != theme.ColorNameWarning || !strings.Contains(m.due.label.Text, "5 Tage nach dem empfohlenen Termin") ||
		!strings.Contains(m.due.label.Text, due) {
		t.Errorf("late meeting: due line %q (icon colour %v)", m.due.label.Text, iconColor(m.due))
	}
	f.typeIn(m.date, uitest.Today.AddDays(-6).German())
	f.leave()
	if iconColor(m.due) != theme.ColorNameSuccess || strings.Contains(m.due.label.Text, "nach dem empfohlenen") {
		t.Errorf("meeting on the due day: due line %q (icon colour %v)", m.due.label.Text, iconColor(m.due))
	}
}

// iconColor is the theme colour a status line's mark is drawn in.
func iconColor(l *statusLine) fyne.ThemeColorName {
	if r, ok := l.icon.Resource.(*theme.ThemedResource); ok {
		return r.ColorName
	}
	return ""
}

func TestDueFollowsReceivedDate(t *testing.T) {
	c := newCase()
	c.Intake.Referral.ReceivedOn = model.Date{}
	f := open(t, c)
	m := f.w.meeting
	if uitest.Shown(f.w.root, m.overdue.root) {
		t.Error("without a referral date nothing can be overdue")
	}
	f.typeIn(f.w.referral.receivedOn, uitest.Today.AddDays(-30).German())
	f.leave()
	if !uitest.Shown(f.w.root, m.overdue.root) {
		t.Error("entering a referral date 30 days ago must show the overdue warning once the field is left")
	}
}

func TestModeReasonForVideo(t *testing.T) {
	f := open(t, newCase())
	m := f.w.meeting
	if uitest.Shown(f.w.root, m.reason) {
		t.Error("the reason field shows before a mode is chosen")
	}
	m.mode.SetSelected(f.S.Env.Loc.Enum("MeetingMode", model.ModeVideo))
	if !uitest.Shown(f.w.root, m.reason) {
		t.Fatal("a video meeting must ask for its reason")
	}
	if !uitest.Shown(f.w.root, m.reasonHint) || m.reasonHint.Importance != widget.DangerImportance {
		t.Error("the empty reason must be marked as required")
	}
	f.typeIn(m.reason, "Klient kann das Haus nicht verlassen")
	if !uitest.Shown(f.w.root, m.reasonHint) {
		t.Error("the required mark must stay while the reason is typed: going, it would move the participants field under the next click")
	}
	f.leave()
	if uitest.Shown(f.w.root, m.reasonHint) {
		t.Error("the required mark stays after the reason was given and the field left")
	}
	fm := f.Saved().Intake.FirstMeeting
	if fm.Mode != model.ModeVideo || fm.ModeReason != "Klient kann das Haus nicht verlassen" {
		t.Errorf("stored %q / %q", fm.Mode, fm.ModeReason)
	}
	m.mode.SetSelected(f.S.Env.Loc.Enum("MeetingMode", model.ModeInPerson))
	if uitest.Shown(f.w.root, m.reason) {
		t.Error("in person needs no reason field")
	}
}

func TestFirstMeetingLandsInStore(t *testing.T) {
	f := open(t, newCase())
	m := f.w.meeting
	typeDate(m.date, "05.03.2025")
	test.Type(m.place, "Beratungsstelle")
	test.Type(m.participants, "Erika Mustermann; Fallmanagerin")
	test.Tap(m.topics[0])
	test.Tap(m.topics[6])
	test.Type(m.notes, "Offenes Gespräch")
	fm := f.Saved().Intake.FirstMeeting
	if fm.Date != model.NewDate(2025, 3, 5) || fm.Place != "Beratungsstelle" || fm.Participants != "Erika Mustermann; Fallmanagerin" || fm.Notes != "Offenes Gespräch" {
		t.Errorf("stored %+v", fm)
	}
	if want := []model.Topic{model.Topics[0], model.Topics[6]}; !reflect.DeepEqual(fm.Topics, want) {
		t.Errorf("topics %v, want %v", fm.Topics, want)
	}
	test.Tap(m.topics[0])
	if got := f.Saved().Intake.FirstMeeting.Topics; !reflect.DeepEqual(got, []model.Topic{model.Topics[6]}) {
		t.Errorf("after unticking: %v", got)
	}
}

func TestScreeningPersists(t *testing.T) {
	f := open(t, newCase())
	sv := f.w.screening
	if len(sv.areas) != len(model.ScreeningAreas) {
		t.Fatalf("%d areas", len(sv.areas))
	}
	fin := sv.areas[2]
	if fin.area != model.ScreenFinances {
		t.Fatalf("third area is %q", fin.area)
	}
	// The answer is one click in the area's row, without unfolding it.
	if !fin.radio.Horizontal || !uitest.Shown(f.w.root, fin.radio) || fin.fold.Items[0].Open {
		t.Error("the answer is not in the area's row")
	}
	fin.radio.SetSelected(f.S.Env.Loc.Enum("Answer", model.AnswerYes))
	test.Tap(fin.indicators[0])
	test.Tap(fin.indicators[2])
	test.Type(fin.notes, "Unterhalt für zwei Kinder")
	sv.areas[7].radio.SetSelected(f.S.Env.Loc.Enum("Answer", model.AnswerUnknown))

	if got := fin.fold.Items[0].Title; !strings.Contains(got, "2 von 3 angekreuzt") {
		t.Errorf("fold title after ticking two: %q", got)
	}
	if !strings.Contains(sv.count.Text, "2 von 8") {
		t.Errorf("count %q", sv.count.Text)
	}
	c := f.Saved()
	got := *c.Intake.ScreeningFor(model.ScreenFinances)
	want := model.ScreeningAnswer{Area: model.ScreenFinances, Answer: model.AnswerYes,
		Indicators: []string{"finances.obligations", "finances.insolvency"}, Notes: "Unterhalt für zwei Kinder"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stored finances\n got %+v\nwant %+v", got, want)
	}
	if a := c.Intake.ScreeningFor(model.ScreenOther).Answer; a != model.AnswerUnknown {
		t.Errorf("other: %q", a)
	}
	// Every area once, in the Fachkonzept's order.
	var areas []model.ScreeningArea
	for _, a := range c.Intake.Screening {
		areas = append(areas, a.Area)
	}
	if !reflect.DeepEqual(areas, model.ScreeningAreas) {
		t.Errorf("stored areas %v", areas)
	}
}

func TestCrossAreaLandsInStore(t *testing.T) {
	f := open(t, newCase())
	opts := f.findOptions()
	tap := func(id string) {
		t.Helper()
		o := opts[f.S.T(id)]
		if o == nil {
			t.Fatalf("no option %q", id)
		}
		test.Tap(o)
	}
	tap("Intake.ProblemChains")
	tap("Intake.SocialTies")
	tap("Intake.Finances")
	in := f.Saved().Intake
	if !in.Aggravating.ProblemChains || in.Aggravating.ProviderTrouble || in.Facilitators.Resilience || !in.Facilitators.SocialTies || !in.Facilitators.Finances {
		t.Errorf("stored %+v / %+v", in.Aggravating, in.Facilitators)
	}
}

func TestDecisionLandsInStore(t *testing.T) {
	f := open(t, newCase())
	d := f.w.decision
	d.need.SetSelected(f.S.Env.Loc.Enum("Answer", model.AnswerYes))
	test.Type(d.justification, "Komplexe Problemlage in drei Bereichen")
	test.Tap(d.jointly)
	typeDate(d.decidedOn, "09.03.2025")
	if !strings.Contains(d.intensityInfo.Text, "voraussichtlichen") {
		t.Errorf("before a choice the explanation asks for one: %q", d.intensityInfo.Text)
	}
	test.Tap(d.intensity[1])
	if d.intensityInfo.Text != f.S.T("IntensityInfo.B") {
		t.Errorf("type B must be explained beside the choice, got %q", d.intensityInfo.Text)
	}
	test.Tap(d.intensity[2])
	if d.intensity[1].Checked || !d.intensity[2].Checked {
		t.Error("choosing C must clear B")
	}
	test.Tap(d.concluded)
	typeDate(d.agreementDate, "09.03.2025")
	test.Type(d.agreementNote, "Kopie ausgehändigt")

	in := f.Saved().Intake
	wantDec := model.CMDecision{Need: model.AnswerYes, Justification: "Komplexe Problemlage in drei Bereichen", DecidedJointly: true, DecidedOn: model.NewDate(2025, 3, 9)}
	if !reflect.DeepEqual(in.Decision, wantDec) {
		t.Errorf("decision %+v", in.Decision)
	}
	if in.ExpectedIntensity != model.IntensityC {
		t.Errorf("intensity %q", in.ExpectedIntensity)
	}
	wantAg := model.Agreement{Concluded: true, Date: model.NewDate(2025, 3, 9), Notes: "Kopie ausgehändigt"}
	if !reflect.DeepEqual(in.Agreement, wantAg) {
		t.Errorf("agreement %+v", in.Agreement)
	}
}

func TestChecklistFollowsSaves(t *testing.T) {
	f := open(t, newCase())
	cl := f.w.checklist.list
	if cl.Len() != 7 || !strings.Contains(cl.Summary.Text, "0 von 7") {
		t.Fatalf("%d rows, summary %q", cl.Len(), cl.Summary.Text)
	}
	if text, done := cl.Item(0); done || text != f.S.T(model.CheckReferral.MessageID()) {
		t.Errorf("referral row %q, done %v", text, done)
	}
	f.w.referral.route.SetSelected(f.S.Env.Loc.Enum("AccessRoute", model.RouteSelf))
	typeDate(f.w.referral.receivedOn, "02.03.2025")
	if err := f.S.Flush(); err != nil {
		t.Fatal(err)
	}
	if text, done := cl.Item(0); !done || text != f.S.T(model.CheckReferral.MessageID()) {
		t.Errorf("after saving, the referral row reads %q, done %v", text, done)
	}
	if !strings.Contains(cl.Summary.Text, "1 von 7") {
		t.Errorf("summary %q", cl.Summary.Text)
	}
	if f.saved == 0 {
		t.Error("the host's OnSaved must still be called")
	}
}

// TestClosedCaseIsReadOnly: every input of a closed case's intake is
// disabled, those in the screening accordion too.
func TestClosedCaseIsReadOnly(t *testing.T) {
	c := newCase()
	c.Phase = model.PhaseClosed
	c.CMConsent = model.CaseManagementConsent{GivenOn: uitest.Today.AddDays(-40), Form: model.FormWritten, InformedCM: true}
	f := open(t, c)
	var enabled []string
	inputs := 0
	uitest.WalkDeep(f.w.root, func(o fyne.CanvasObject) {
		// A widget.Form is Disableable for its submit buttons, which the
		// workspace's forms do not have; its fields are walked below.
		if _, form := o.(*widget.Form); form {
			return
		}
		if d, ok := o.(fyne.Disableable); ok {
			inputs++
			if !d.Disabled() {
				enabled = append(enabled, reflect.TypeOf(o).String())
			}
		}
	})
	if inputs < 60 {
		t.Errorf("found only %d inputs; the walk misses parts of the workspace", inputs)
	}
	if len(enabled) > 0 {
		t.Errorf("%d inputs stay editable in a closed case: %v", len(enabled), enabled)
	}
	if !f.w.screening.areas[0].notes.Disabled() {
		t.Error("the screening notes inside the accordion must be frozen")
	}
	before := f.S.Case.Intake.Referral.Referrer
	test.Type(f.w.referral.referrer, "geändert")
	if f.S.Case.Intake.Referral.Referrer != before {
		t.Error("typing into a frozen field changed the case")
	}
}

func TestIntakeEditableAfterIntake(t *testing.T) {
	c := newCase()
	c.Phase = model.PhaseMonitoring
	f := open(t, c)
	if f.w.referral.referrer.Disabled() || f.w.meeting.topics[0].Disabled() || f.w.screening.areas[0].notes.Disabled() {
		t.Error("the intake must stay editable in monitoring; counselors complete it later")
	}
}

// findOptions maps the text of every option in the workspace to it.
func (f *fixture) findOptions() map[string]*option {
	out := map[string]*option{}
	for _, opt := range uitest.AllDeep[*option](f.w.root) {
		out[opt.Text] = opt
	}
	return out
}

// TestFitsNarrowWorkspace: the case view gives the workspace about 450
// points of a 1100-point window; nothing in the intake may need more, or
// the window grows beyond the screen.
func TestFitsNarrowWorkspace(t *testing.T) {
	c := richCase(t)
	f := open(t, c)
	for _, sa := range f.w.screening.areas {
		sa.fold.OpenAll()
	}
	if w := f.w.root.MinSize().Width; w > 460 {
		t.Errorf("the intake needs %.0f points of width", w)
	}
}

// "Übrige Bereiche: Nein" answers the areas left open with "Nein" in one
// click and keeps every answer already given.
func TestScreeningRestNo(t *testing.T) {
	f := open(t, newCase())
	sv := f.w.screening
	loc := f.S.Env.Loc
	sv.areas[0].radio.SetSelected(loc.Enum("Answer", model.AnswerYes))
	sv.areas[4].radio.SetSelected(loc.Enum("Answer", model.AnswerUnknown))
	test.Tap(uitest.OneButton(t, f.w.root, "Übrige Bereiche: Nein"))

	c := f.Saved()
	for i, a := range model.ScreeningAreas {
		want := model.AnswerNo
		switch i {
		case 0:
			want = model.AnswerYes
		case 4:
			want = model.AnswerUnknown
		}
		if got := c.Intake.ScreeningFor(a).Answer; got != want {
			t.Errorf("%s: stored %q, want %q", a, got, want)
		}
		if got := sv.areas[i].radio.Selected; got != loc.Enum("Answer", want) {
			t.Errorf("%s: the row shows %q", a, got)
		}
	}
	if !strings.Contains(sv.count.Text, "8 von 8") {
		t.Errorf("count %q", sv.count.Text)
	}
}
