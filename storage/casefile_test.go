package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
)

// storeRich saves the rich fixtures into d and returns the case's ID.
func storeRich(t testing.TB, d *DB) int64 {
	t.Helper()
	ctx := context.Background()
	for _, p := range richPartners() {
		if err := d.SavePartner(ctx, &p); err != nil {
			t.Fatal(err)
		}
	}
	c := richCase()
	if err := d.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	return c.ID
}

func export(t testing.TB, d *DB, id int64) []byte {
	t.Helper()
	return exportWith(t, d.ExportCase, id)
}

// exportAsStored is export without the whole-case check, for cases made
// up to break its rules.
func exportAsStored(t testing.TB, d *DB, id int64) []byte {
	t.Helper()
	return exportWith(t, d.ExportCaseAsStored, id)
}

func exportWith(t testing.TB, write func(context.Context, int64, io.Writer) error, id int64) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := write(context.Background(), id, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func count(t *testing.T, d *DB, table string) int {
	t.Helper()
	var n int
	if err := d.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestExportFormat(t *testing.T) {
	d := MustOpen(t)
	fixedClock(d, "2025-05-12T14:30:00Z")
	id := storeRich(t, d)
	out := export(t, d, id)

	if !bytes.Equal(out, export(t, d, id)) {
		t.Error("two exports of the same case differ")
	}
	if !bytes.HasPrefix(out, []byte(fmt.Sprintf("{\n  \"format\": \"teilhabelotse-fallakte\",\n  \"formatVersion\": %d,\n  \"case\": {\n    \"uid\": ", FormatVersion))) {
		t.Errorf("unexpected start:\n%s", out[:120])
	}
	if !bytes.HasSuffix(out, []byte("\n}\n")) {
		t.Error("file does not end with a newline")
	}
	if !bytes.Contains(out, []byte(`"Müller & Söhne GmbH"`)) {
		t.Error("names are escaped instead of readable")
	}
	var f struct {
		Case     map[string]any   `json:"case"`
		Partners []map[string]any `json:"partners"`
	}
	if err := json.Unmarshal(out, &f); err != nil {
		t.Fatal(err)
	}
	var uids []string
	for _, p := range f.Partners {
		uids = append(uids, p["uid"].(string))
		if _, ok := p["id"]; ok {
			t.Error("a local partner ID leaked into the file")
		}
	}
	want := []string{"p-drv", "p-employer", "p-ifd", "p-rehaklinik"} // referenced, by UID, not p-unused
	if strings.Join(uids, ",") != strings.Join(want, ",") {
		t.Errorf("partners %v, want %v", uids, want)
	}
	if _, ok := f.Case["id"]; ok {
		t.Error("the local case ID leaked into the file")
	}
}

// Export, import into a fresh database, export again: the same bytes.
func TestRoundTripIsByteIdentical(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	fixedClock(src, "2025-05-12T14:30:00.125Z")
	first := export(t, src, storeRich(t, src))

	dst := MustOpen(t)
	fixedClock(dst, "2030-01-01T00:00:00Z") // an import is not an edit: no new stamp
	id, err := dst.ImportCase(ctx, bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	second := export(t, dst, id)
	if !bytes.Equal(first, second) {
		t.Errorf("round trip changed the file:\n%s", firstDiff(first, second))
	}
	got, _ := dst.LoadCase(ctx, id)
	if got.UID != richCase().UID {
		t.Errorf("UID %q changed on import into an empty database", got.UID)
	}

	// And through a file on disk.
	path := filepath.Join(t.TempDir(), "fallakte.json")
	if err := os.WriteFile(path, first, 0o600); err != nil {
		t.Fatal(err)
	}
	third := MustOpen(t)
	id, err = third.ImportCaseFile(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, export(t, third, id)) {
		t.Error("round trip through ImportCaseFile changed the file")
	}
}

func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return "line " + strconv.Itoa(i+1) + ":\n- " + la[i] + "\n+ " + lb[i]
		}
	}
	return "lengths differ"
}

func TestReimportDeduplicatesPartners(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	file := export(t, src, storeRich(t, src))

	d := MustOpen(t)
	first, err := d.ImportCase(ctx, bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if n := count(t, d, "partners"); n != 4 {
		t.Fatalf("%d partners after first import, want 4", n)
	}
	// The counselor updates a partner; a second import must keep that.
	ps, _ := d.Partners(ctx)
	var employer model.Partner
	for _, p := range ps {
		if p.UID == "p-employer" {
			employer = p
		}
	}
	employer.Phone = "0711 999"
	if err := d.SavePartner(ctx, &employer); err != nil {
		t.Fatal(err)
	}

	second, err := d.ImportCaseWith(ctx, bytes.NewReader(file), ImportOptions{Duplicate: DuplicateNew})
	if err != nil {
		t.Fatal(err)
	}
	if n := count(t, d, "partners"); n != 4 {
		t.Errorf("%d partners after second import, want 4", n)
	}
	if n := count(t, d, "cases"); n != 2 {
		t.Errorf("%d cases, want 2", n)
	}
	a, _ := d.LoadCase(ctx, first)
	b, _ := d.LoadCase(ctx, second)
	if a.UID == b.UID || b.UID == "" {
		t.Errorf("second import kept UID %q", b.UID)
	}
	ps, _ = d.Partners(ctx)
	for _, p := range ps {
		if p.UID == "p-employer" && p.Phone != "0711 999" {
			t.Errorf("import overwrote the local partner: %+v", p)
		}
	}
}

// mutate decodes a case file, lets edit change it, and encodes it again.
func mutate(t *testing.T, file []byte, edit func(root map[string]any)) []byte {
	t.Helper()
	var root map[string]any
	dec := json.NewDecoder(bytes.NewReader(file))
	dec.UseNumber()
	if err := dec.Decode(&root); err != nil {
		t.Fatal(err)
	}
	edit(root)
	out, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// get walks a path of keys and indices in a decoded JSON value.
func get(v any, path ...any) map[string]any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			v = v.(map[string]any)[k]
		case int:
			v = v.([]any)[k]
		}
	}
	return v.(map[string]any)
}

func problemKeys(err error) []string {
	var ps model.Problems
	if !errors.As(err, &ps) {
		return []string{"not Problems: " + err.Error()}
	}
	var out []string
	for _, p := range ps {
		out = append(out, p.Path+" "+p.Code+" "+p.Value)
	}
	sort.Strings(out)
	return out
}

// A file with many mistakes reports all of them, each at its place, and
// nothing is imported.
func TestImportReportsEveryProblemAndWritesNothing(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	good := export(t, src, storeRich(t, src))
	bad := mutate(t, good, func(r map[string]any) {
		c := get(r, "case")
		c["created"] = "gestern"
		get(c, "client")["lastName"] = ""
		get(c, "client")["rvnr"] = "10010490A444"
		get(c, "client")["nickname"] = "Jo"
		get(c, "plans", 0, "goals", 0)["area"] = "weather"
		get(c, "plans", 0, "goals", 0, "operational", 0)["targetDate"] = "31.02.2025"
		get(c, "plans", 0, "measures", 0)["goalId"] = "g9"
		get(c, "reviews", 0, "levels", 0)["level"] = json.Number("3")
		get(c, "contacts", 0)["minutes"] = "neunzig"
		get(c, "assessments", 0, "profile", 0)["capability"] = json.Number("2.5")
		get(c, "consents", 0)["partner"] = "p-ghost"
		get(r, "partners", 0)["email"] = "keine Mail"
	})

	d := MustOpen(t)
	storeRich(t, d) // the target already has data that must stay as it is
	cases, partners := count(t, d, "cases"), count(t, d, "partners")

	_, err := d.ImportCase(ctx, bytes.NewReader(bad))
	want := []string{
		"case.assessments[0].profile[0].capability ErrWrongType 2.5",
		"case.client.lastName ErrRequired ",
		"case.client.nickname ErrUnknownField nickname",
		"case.client.rvnr ErrRVNRCheckDigit 10010490A444",
		"case.consents[0].partner ErrUnknownReference p-ghost",
		"case.contacts[0].minutes ErrWrongType neunzig",
		"case.created ErrNotADate gestern",
		"case.plans[0].goals[0].area ErrUnknownValue weather",
		"case.plans[0].goals[0].operational[0].targetDate ErrNotADate 31.02.2025",
		"case.plans[0].measures[0].goalId ErrUnknownReference g9",
		"case.reviews[0].levels[0].level ErrOutOfRange 3",
		"partners[0].email ErrBadEmail keine Mail",
	}
	got := problemKeys(err)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := count(t, d, "cases"); n != cases {
		t.Errorf("cases %d → %d", cases, n)
	}
	if n := count(t, d, "partners"); n != partners {
		t.Errorf("partners %d → %d", partners, n)
	}
}

func TestImportRefusesWhatIsNotACaseFile(t *testing.T) {
	src := MustOpen(t)
	good := export(t, src, storeRich(t, src))
	cur := fmt.Sprintf(`"formatVersion": %d`, FormatVersion)
	next := fmt.Sprintf(`"formatVersion": %d`, FormatVersion+1)
	tests := []struct {
		name string
		file []byte
		want string // "path code value"
		args map[string]any
	}{
		{"empty", nil, " ErrCaseFileJSON ", map[string]any{"Offset": int64(0), "Line": 1, "Column": 1}},
		{"syntax", []byte("{\n  \"format\": \"teilhabelotse-fallakte\",,\n}"), " ErrCaseFileJSON ",
			map[string]any{"Offset": int64(40), "Line": 2, "Column": 38}},
		{"array", []byte(`[1]`), " ErrCaseFileFormat […]", nil},
		{"other format", []byte(`{"format":"fremd","formatVersion":1,"case":{}}`), "format ErrCaseFileFormat fremd", nil},
		{"no format", []byte(`{"case":{}}`), "format ErrCaseFileFormat null", nil},
		{"version text", []byte(`{"format":"teilhabelotse-fallakte","formatVersion":"1","case":{}}`),
			"formatVersion ErrCaseFileFormat 1", nil},
		{"version 0", []byte(`{"format":"teilhabelotse-fallakte","formatVersion":0,"case":{}}`),
			"formatVersion ErrCaseFileFormat 0", nil},
		{"newer", bytes.Replace(good, []byte(cur), []byte(next), 1),
			fmt.Sprintf("formatVersion ErrCaseFileNewer %d", FormatVersion+1), map[string]any{"Have": int64(FormatVersion + 1), "Know": FormatVersion}},
		{"no case", []byte(`{"format":"teilhabelotse-fallakte","formatVersion":1}`), "case ErrRequired ", nil},
		{"case not object", []byte(`{"format":"teilhabelotse-fallakte","formatVersion":1,"case":[]}`), "case ErrWrongType […]", nil},
		{"extra key", bytes.Replace(good, []byte(cur+","), []byte(cur+`, "exportedAt": "heute",`), 1),
			"exportedAt ErrUnknownField exportedAt", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := MustOpen(t)
			_, err := d.ImportCase(context.Background(), bytes.NewReader(tt.file))
			got := problemKeys(err)
			if len(got) != 1 || got[0] != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			var ps model.Problems
			errors.As(err, &ps)
			for k, v := range tt.args {
				if ps[0].Args[k] != v {
					t.Errorf("Args[%s] = %#v, want %#v (%v)", k, ps[0].Args[k], v, ps[0].Args)
				}
			}
			if n := count(t, d, "cases") + count(t, d, "partners"); n != 0 {
				t.Errorf("%d rows written", n)
			}
		})
	}
}

func TestImportRefusesHugeFile(t *testing.T) {
	d := MustOpen(t)
	big := bytes.Repeat([]byte(" "), MaxCaseFileSize+1)
	_, err := d.ImportCase(context.Background(), bytes.NewReader(big))
	if got := problemKeys(err); len(got) != 1 || got[0] != " ErrCaseFileTooLarge " {
		t.Errorf("got %v", got)
	}
}

// An export never writes a file that import would refuse.
func TestExportRefusesInvalidCase(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	c := &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: "X", Employer: "p-gone"}}
	c.Intake.Referral.ReceivedOn = model.Date{Raw: "morgen"}
	if err := d.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	err := d.ExportCase(ctx, c.ID, &buf)
	want := []string{"case.client.employer ErrUnknownReference p-gone", "case.intake.referral.receivedOn ErrNotADate morgen"}
	if got := problemKeys(err); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %v", got)
	}
	if buf.Len() != 0 {
		t.Error("something was written")
	}
	if err := d.ExportCase(ctx, 999, &buf); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("missing case: %v", err)
	}
}

// Every demo case survives export → import → export unchanged: a broad
// check on cases in all phases, beside the one hand-built rich case.
func TestDemoCasesRoundTrip(t *testing.T) {
	ctx := context.Background()
	src, dst := MustOpen(t), MustOpen(t)
	cases, partners := demo.Cases(40, 7, time.Date(2026, 3, 2, 10, 0, 0, 0, time.Local))
	storeAll(t, src, cases, partners)
	for _, c := range cases {
		first := export(t, src, c.ID)
		id, err := dst.ImportCase(ctx, bytes.NewReader(first))
		if err != nil {
			t.Fatalf("%s: %v", c.Client.FullName(), err)
		}
		if second := export(t, dst, id); !bytes.Equal(first, second) {
			t.Errorf("%s: %s", c.Client.FullName(), firstDiff(first, second))
		}
	}
}
