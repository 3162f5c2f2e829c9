package storage

import (
	"context"
	"errors"
	"testing"

	"teilhabelotse/model"
)

func TestCreateLoadSaveDelete(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	created := fixedClock(d, "2025-01-02T03:04:05.678901Z")

	c := &model.Case{Phase: model.PhaseIntake, Client: model.Client{FirstName: "Eva", LastName: "Schmidt"}}
	if err := d.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	if c.ID == 0 || c.UID == "" {
		t.Fatalf("ID %d, UID %q not set", c.ID, c.UID)
	}
	want := created.Truncate(1e6)
	if !c.Created.Equal(want) || !c.Updated.Equal(want) {
		t.Errorf("Created %v Updated %v, want %v", c.Created, c.Updated, want)
	}

	got := mustLoad(t, d, c.ID)
	if !jsonEqual(t, got, c) || got.ID != c.ID {
		t.Errorf("loaded %+v, want %+v", got, c)
	}

	saved := fixedClock(d, "2025-02-01T10:00:00Z")
	got.Client.RVNR = "10010490A443"
	got.Intake.Referral.ReceivedOn = day("2025-01-30")
	if err := d.SaveCase(ctx, got); err != nil {
		t.Fatal(err)
	}
	if !got.Updated.Equal(saved) || !got.Created.Equal(want) {
		t.Errorf("after save Created %v Updated %v", got.Created, got.Updated)
	}
	list, err := d.ListCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 {
		t.Fatalf("%d rows", len(list))
	}
	row := list[0]
	if row.ID != c.ID || row.UID != c.UID || row.FirstName != "Eva" || row.LastName != "Schmidt" ||
		row.RVNR != "10010490A443" || row.Phase != model.PhaseIntake || row.NextDue != day("2025-02-13") {
		t.Errorf("summary %+v", row)
	}

	if err := d.EraseCase(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := d.LoadCase(ctx, c.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("load after delete: %v", err)
	}
}

func TestMissingCasesAreNotFound(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	if _, err := d.LoadCase(ctx, 42); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("LoadCase: %v", err)
	}
	c := &model.Case{ID: 42, UID: "x", Phase: model.PhaseIntake}
	if err := d.SaveCase(ctx, c); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("SaveCase: %v", err)
	}
	if !c.Updated.IsZero() {
		t.Error("failed save changed Updated")
	}
	if err := d.EraseCase(ctx, 42); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("EraseCase: %v", err)
	}
	if err := d.SavePartner(ctx, &model.Partner{ID: 42, Name: "x"}); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("SavePartner: %v", err)
	}
}

// A save that fails inside its transaction leaves the stored case exactly as
// it was: document and list row.
func TestFailingSaveKeepsOldData(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	a := &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: "Alt"}}
	b := &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: "Zweite"}}
	for _, c := range []*model.Case{a, b} {
		if err := d.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := d.LoadCase(ctx, a.ID)
	listBefore, _ := d.ListCases(ctx)

	changed, _ := d.LoadCase(ctx, a.ID)
	changed.Client.LastName = "Neu"
	changed.Phase = model.PhaseAssessment
	changed.UID = b.UID // violates UNIQUE(uid) in the UPDATE
	if err := d.SaveCase(ctx, changed); err == nil {
		t.Fatal("save with a taken UID succeeded")
	}
	after, _ := d.LoadCase(ctx, a.ID)
	if !jsonEqual(t, after, before) {
		t.Errorf("document changed: %+v", after)
	}
	listAfter, _ := d.ListCases(ctx)
	if !jsonEqual(t, listAfter, listBefore) {
		t.Errorf("list changed: %+v", listAfter)
	}

	// A cancelled context fails before anything is written.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	changed.UID = a.UID
	if err := d.SaveCase(cctx, changed); err == nil {
		t.Fatal("save with a cancelled context succeeded")
	}
	if after, _ := d.LoadCase(ctx, a.ID); after.Client.LastName != "Alt" {
		t.Errorf("last name %q after cancelled save", after.Client.LastName)
	}
}

func TestListOrder(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	// Intake cases are due FirstMeetingDays (14) after the referral.
	mk := func(first, last, received string) {
		c := &model.Case{Phase: model.PhaseIntake, Client: model.Client{FirstName: first, LastName: last}}
		if received != "" {
			c.Intake.Referral.ReceivedOn = day(received)
		}
		if err := d.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	mk("Zoe", "Zander", "2025-01-01")  // due 01-15
	mk("Anna", "Berg", "2025-03-01")   // due 03-15
	mk("Udo", "Ähnlich", "2025-03-01") // due 03-15, Ä sorts with A
	mk("Bea", "Özer", "")              // nothing due
	mk("Al", "Otto", "")
	mk("Bob", "Otto", "")
	mk("Cem", "otto", "") // case does not matter
	mk("Dan", "Pohl", "")

	list, err := d.ListCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range list {
		got = append(got, s.FirstName+" "+s.LastName)
	}
	want := []string{"Zoe Zander", "Udo Ähnlich", "Anna Berg", "Al Otto", "Bob Otto", "Cem otto", "Bea Özer", "Dan Pohl"}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order\n got %v\nwant %v", got, want)
		}
	}
}

func TestSettingsDefaultsAndNextDue(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	s, err := d.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s != (model.Settings{}).WithDefaults() {
		t.Errorf("fresh settings %+v", s)
	}
	c := &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: "Frist"}}
	c.Intake.Referral.ReceivedOn = day("2025-05-01")
	if err := d.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	due := func() model.Date {
		list, err := d.ListCases(ctx)
		if err != nil || len(list) != 1 {
			t.Fatalf("%v %v", list, err)
		}
		return list[0].NextDue
	}
	if got := due(); got != day("2025-05-15") {
		t.Errorf("due %v with defaults", got)
	}
	if err := d.SaveSettings(ctx, model.Settings{Name: "Frau K.", FirstMeetingDays: 7}); err != nil {
		t.Fatal(err)
	}
	if got := due(); got != day("2025-05-08") {
		t.Errorf("due %v after changing the deadline to 7 days", got)
	}
	s, _ = d.Settings(ctx)
	if s.Name != "Frau K." || s.FirstMeetingDays != 7 || s.ReviewDaysB != 56 {
		t.Errorf("settings %+v: saved values kept, others defaulted", s)
	}
	// A case saved later uses the stored settings too.
	c.Intake.Referral.ReceivedOn = day("2025-06-01")
	if err := d.SaveCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	if got := due(); got != day("2025-06-08") {
		t.Errorf("due %v after save", got)
	}
}

func TestPartners(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	for _, name := range []string{"Zentrum", "Ärztehaus", "agentur für Arbeit", "Betrieb"} {
		p := &model.Partner{Name: name, Category: model.PartnerCounselling}
		if err := d.SavePartner(ctx, p); err != nil {
			t.Fatal(err)
		}
		if p.ID == 0 || p.UID == "" {
			t.Fatalf("%s: ID/UID not set: %+v", name, p)
		}
	}
	ps, err := d.Partners(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range ps {
		names = append(names, p.Name)
	}
	want := []string{"agentur für Arbeit", "Ärztehaus", "Betrieb", "Zentrum"}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("order %v, want %v", names, want)
		}
	}

	p := ps[3]
	uid := p.UID
	p.Name, p.Phone = "Zentrum Nord", "0711 1"
	if err := d.SavePartner(ctx, &p); err != nil {
		t.Fatal(err)
	}
	ps, _ = d.Partners(ctx)
	if len(ps) != 4 || ps[3].Name != "Zentrum Nord" || ps[3].Phone != "0711 1" || ps[3].UID != uid {
		t.Errorf("after update %+v", ps)
	}

	dup := &model.Partner{UID: uid, Name: "Doppelt"}
	if err := d.SavePartner(ctx, dup); err == nil {
		t.Error("second partner with the same UID accepted")
	}
	if dup.ID != 0 {
		t.Error("failed insert set an ID")
	}
}

// BenchmarkSaveCase measures one save of a full case: with synchronous=FULL
// each save waits for the disk, which must stay far below what a person
// notices.
func BenchmarkSaveCase(b *testing.B) {
	ctx := context.Background()
	d := MustOpen(b)
	id := storeRich(b, d)
	c := mustLoad(b, d, id)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := d.SaveCase(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListCases lists a busy caseload of 80 cases.
func BenchmarkListCases(b *testing.B) {
	ctx := context.Background()
	d := MustOpen(b)
	for i := 0; i < 80; i++ {
		c := richCase()
		c.UID = ""
		if err := d.CreateCase(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if list, err := d.ListCases(ctx); err != nil || len(list) != 80 {
			b.Fatal(len(list), err)
		}
	}
}
