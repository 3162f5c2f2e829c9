package locales_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// enumKeys returns the message IDs "<typ>.<value>" of an enumeration and
// checks that no value is empty or "none", which would read the label of
// the empty value.
func enumKeys[T ~string](t *testing.T, typ string, values []T) []string {
	t.Helper()
	if len(values) == 0 {
		t.Errorf("%s: no values", typ)
	}
	out := []string{typ + ".none"}
	for _, v := range values {
		if v == "" || v == "none" {
			t.Errorf("%s has the value %q, which collides with the label of the empty value (%s.none)", typ, v, typ)
		}
		out = append(out, typ+"."+string(v))
	}
	return out
}

// modelKeys is every message ID the model's values and rules need.
func modelKeys(t *testing.T) []string {
	var ids []string
	add := func(keys ...string) { ids = append(ids, keys...) }
	add(enumKeys(t, "Area", model.Areas)...)
	add(enumKeys(t, "AccessRoute", model.AccessRoutes)...)
	add(enumKeys(t, "MeetingMode", model.MeetingModes)...)
	add(enumKeys(t, "Topic", model.Topics)...)
	add(enumKeys(t, "Answer", model.Answers)...)
	add(enumKeys(t, "Intensity", model.Intensities)...)
	add(enumKeys(t, "ConsentForm", model.ConsentForms)...)
	add(enumKeys(t, "InfoCategory", model.InfoCategories)...)
	add(enumKeys(t, "PartnerCategory", model.PartnerCategories)...)
	add(enumKeys(t, "ContactKind", model.ContactKinds)...)
	add(enumKeys(t, "Role", model.Roles)...)
	add(enumKeys(t, "MeasureStatus", model.MeasureStatuses)...)
	add(enumKeys(t, "Decision", model.Decisions)...)
	add(enumKeys(t, "EndingForm", model.EndingForms)...)
	add(enumKeys(t, "EndingReason", model.EndingReasons)...)
	add(enumKeys(t, "WorkAbility", model.WorkAbilities)...)
	add(enumKeys(t, "Reintegration", model.Reintegrations)...)
	add(enumKeys(t, "FactorKind", model.FactorKinds)...)
	add(enumKeys(t, "FactorEffect", model.FactorEffects)...)
	for _, i := range model.Intensities {
		add("IntensityInfo." + string(i))
	}
	add("PartnerGroup.inside", "PartnerGroup.outside")
	for _, p := range model.AllPhases {
		add("Phase."+string(p), "PhaseShort."+string(p))
	}
	for _, k := range []model.TransitionKind{
		model.KindOpened, model.KindAdvance, model.KindNotAdmitted, model.KindReassess, model.KindBackToAssess,
		model.KindReplan, model.KindCloseRegular, model.KindClosePremature, model.KindFinish, model.KindReopen,
	} {
		add("TransitionKind." + string(k))
	}
	if len(model.ScreeningAreas) != len(model.Indicators) {
		t.Errorf("%d screening areas, %d indicator lists", len(model.ScreeningAreas), len(model.Indicators))
	}
	for _, a := range model.ScreeningAreas {
		add("ScreeningArea."+string(a), "ScreeningQuestion."+string(a))
		for _, k := range model.Indicators[a] {
			add("Indicator." + k)
		}
	}
	for _, k := range model.CheckKeys {
		add(k.MessageID())
	}
	for _, k := range []model.DeadlineKind{
		model.DueFirstMeeting, model.DueReview, model.DueGoal, model.DueMeasure, model.DueTask, model.DueConsentExpiry,
	} {
		add("DeadlineKind." + string(k))
	}
	add(problemCodes(t)...)
	add("ErrNotFound", "ErrGeneric", "ErrNotCovered")
	return ids
}

// problemCodes reads every string constant named Code… from the model's
// sources, so a new problem code cannot go without a message.
func problemCodes(t *testing.T) []string {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join("..", "model", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if !strings.HasPrefix(n.Name, "Code") || i >= len(vs.Values) {
						continue
					}
					if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
						v, _ := strconv.Unquote(lit.Value)
						codes = append(codes, v)
					}
				}
			}
		}
	}
	if len(codes) < 20 {
		t.Fatalf("found only %d problem codes in ../model: %v", len(codes), codes)
	}
	return codes
}

func TestModelMessagesInBothLanguages(t *testing.T) {
	ids := modelKeys(t)
	for _, lang := range locales.Languages {
		l := locales.New(lang)
		for _, id := range ids {
			if !l.Has(id) {
				t.Errorf("%s: no message %q", lang, id)
			}
		}
	}
}

// messageFiles reads every message file of the package from disk, by name.
func messageFiles(t *testing.T) map[string]map[string]any {
	t.Helper()
	names, err := filepath.Glob("*.json")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		out[n] = m
	}
	if len(out) == 0 {
		t.Fatal("no message files")
	}
	return out
}

var fileName = regexp.MustCompile(`^([a-z][a-z0-9_-]*)\.([a-z]{2})\.json$`)

// TestKeyParity: every message file exists in every language with exactly
// the same message IDs, whoever adds it.
func TestKeyParity(t *testing.T) {
	files := messageFiles(t)
	groups := map[string]bool{}
	for n := range files {
		m := fileName.FindStringSubmatch(n)
		if m == nil {
			t.Errorf("%s: message files are named <name>.<lang>.json", n)
			continue
		}
		if !slices.Contains(locales.Languages, m[2]) {
			t.Errorf("%s: language %q is not one of %v", n, m[2], locales.Languages)
		}
		groups[m[1]] = true
	}
	for g := range groups {
		base := g + "." + locales.Languages[0] + ".json"
		for _, lang := range locales.Languages {
			n := g + "." + lang + ".json"
			if _, ok := files[n]; !ok {
				t.Errorf("%s is missing (its twin %s exists)", n, base)
				continue
			}
			if lang == locales.Languages[0] {
				continue
			}
			onlyA, onlyB := diff(files[base], files[n])
			for _, k := range onlyA {
				t.Errorf("%q is in %s but not in %s", k, base, n)
			}
			for _, k := range onlyB {
				t.Errorf("%q is in %s but not in %s", k, n, base)
			}
		}
	}
}

func diff(a, b map[string]any) (onlyA, onlyB []string) {
	for k := range a {
		if _, ok := b[k]; !ok {
			onlyA = append(onlyA, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			onlyB = append(onlyB, k)
		}
	}
	sort.Strings(onlyA)
	sort.Strings(onlyB)
	return onlyA, onlyB
}

// TestNoIDInTwoFiles: one message ID belongs to one file; the same ID in
// two files of a language would silently replace one text with the other.
func TestNoIDInTwoFiles(t *testing.T) {
	owner := map[string]string{} // lang + id -> file
	files := messageFiles(t)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m := fileName.FindStringSubmatch(n)
		if m == nil {
			continue
		}
		for id := range files[n] {
			key := m[2] + " " + id
			if other, ok := owner[key]; ok {
				t.Errorf("message %q is defined in both %s and %s", id, other, n)
			}
			owner[key] = n
		}
	}
}

var templateField = regexp.MustCompile(`\{\{[^}]*?\.([A-Za-z_][A-Za-z0-9_]*)`)

func fields(s string) []string {
	set := map[string]bool{}
	for _, m := range templateField.FindAllStringSubmatch(s, -1) {
		set[m[1]] = true
	}
	out := make([]string, 0, len(set))
	for f := range set {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// TestMessagesRender: every message of every file is a valid template, is
// not empty, and uses the same template fields in every language.
func TestMessagesRender(t *testing.T) {
	files := messageFiles(t)
	data := map[string]any{"Path": "x", "Value": "v", "Error": "e", "Min": 0, "Max": 5, "Other": "o", "OtherValue": "ov"}
	for n, msgs := range files {
		m := fileName.FindStringSubmatch(n)
		if m == nil {
			continue
		}
		l := locales.New(m[2])
		twin := files[m[1]+"."+locales.Languages[0]+".json"]
		for id, v := range msgs {
			s, ok := v.(string)
			if !ok {
				continue // plural forms are checked by go-i18n when loading
			}
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: %q is empty", n, id)
			}
			if got := l.TData(id, data); got == id {
				t.Errorf("%s: %q does not render (template error?)", n, id)
			}
			if ts, ok := twin[id].(string); ok && m[2] != locales.Languages[0] {
				if a, b := fields(ts), fields(s); strings.Join(a, ",") != strings.Join(b, ",") {
					t.Errorf("%s: %q uses fields %v, its German twin %v", n, id, b, a)
				}
			}
		}
	}
}

func TestEnum(t *testing.T) {
	de, en := locales.New("de"), locales.New("en")
	tests := []struct {
		l          *locales.Localizer
		typ        string
		value      any
		want       string
		wantPrefix bool
	}{
		{de, "Area", model.AreaHealth, "Gesundheit", true},
		{en, "Area", model.AreaHealth, "Health", true},
		{de, "Phase", model.PhaseIntake, "Fallidentifikation und Aufnahme (Intake)", false},
		{de, "Phase", model.PhaseMonitoring, "Monitoring (Prüfung und Steuerung)", false},
		{de, "Phase", model.PhaseClosed, "Abgeschlossen", false},
		{de, "PhaseShort", model.PhasePlanning, "Planung", false},
		{en, "Phase", model.PhaseAssessment, "Assessment and needs analysis", false},
		{de, "Role", model.RoleSupporter, "Unterstützer*in", false},
		{de, "Role", model.RoleGatekeeper, "Zuweiser*in", false},
		{de, "ContactKind", model.ContactParticipation, "Teilhabekonferenz", false},
		{de, "ContactKind", model.ContactCaseConf, "Fallkonferenz", false},
		{de, "TransitionKind", model.KindReplan, "Fortschreibung des Plans", false},
		{de, "TransitionKind", model.KindReopen, "Wieder geöffnet", false},
		{de, "Check", "firstMeeting", "Ort und Datum des Erstgesprächs", false},
		{de, "Indicator", "finances.insolvency", "Laufendes Insolvenzverfahren", false},
		{de, "Area", "", "— bitte wählen —", false},
		{de, "Area", model.Area(""), "— bitte wählen —", false},
		{de, "Intensity", model.IntensityA, "Typ A", true},
	}
	for _, tt := range tests {
		got := tt.l.Enum(tt.typ, tt.value)
		if tt.wantPrefix && !strings.HasPrefix(got, tt.want) || !tt.wantPrefix && got != tt.want {
			t.Errorf("%s Enum(%s, %q) = %q, want %q", tt.l.Lang(), tt.typ, tt.value, got, tt.want)
		}
	}
	// "No reintegration" is a result, not a missing entry.
	if de.Enum("Reintegration", model.ReintegrationNone) == de.Enum("Reintegration", "") {
		t.Errorf("Reintegration %q reads like the empty value", model.ReintegrationNone)
	}
}

func TestError(t *testing.T) {
	de, en := locales.New("de"), locales.New("en")
	ps := model.Problems{
		{Path: "client.birthDate", Code: model.CodeNotADate, Value: "31.02.2026"},
		{Path: "reason", Code: model.CodeGateNeedReason},
	}
	got := de.Error(ps)
	lines := strings.Split(got, "\n")
	if len(lines) != 2 {
		t.Fatalf("de.Error(problems) = %q, want one line per problem", got)
	}
	if !strings.HasPrefix(lines[0], "client.birthDate: ") || !strings.Contains(lines[0], "„31.02.2026“ ist kein gültiges Datum") {
		t.Errorf("line 1 = %q", lines[0])
	}
	if strings.Count(lines[0], "client.birthDate") != 1 {
		t.Errorf("the path is repeated: %q", lines[0])
	}
	if !strings.HasPrefix(lines[1], "reason: ") || !strings.Contains(lines[1], "Begründung") {
		t.Errorf("line 2 = %q", lines[1])
	}
	if strings.Contains(got, "ErrNotADate") || strings.Contains(got, "GateNeedReason") {
		t.Errorf("the message shows a code instead of text: %q", got)
	}
	enLines := strings.Split(en.Error(ps), "\n")
	if len(enLines) != 2 || !strings.HasPrefix(enLines[0], "client.birthDate: “31.02.2026” is not a valid date") {
		t.Errorf("en.Error(problems) = %q", enLines)
	}
	// The path goes in front even when the text happens to contain it.
	if len(enLines) == 2 && !strings.HasPrefix(enLines[1], "reason: ") {
		t.Errorf("en.Error(problems) line 2 = %q, want the path in front", enLines[1])
	}
	// A single problem, also wrapped.
	p := &model.Problem{Path: "plans[0].goals[1].operational[0].weight", Code: model.CodeOutOfRange, Value: "12", Args: map[string]any{"Min": 0, "Max": 10}}
	if got := de.Error(fmt.Errorf("speichern: %w", p)); got != "plans[0].goals[1].operational[0].weight: 12 liegt außerhalb des zulässigen Bereichs. Bitte einen Wert von 0 bis 10 eintragen." {
		t.Errorf("de.Error(problem) = %q", got)
	}
	// Without path nothing is put in front.
	if got := de.Error(model.Problems{{Code: model.CodeGateNeedAck}}); strings.HasPrefix(got, ":") || !strings.Contains(got, "Dokumentationspunkte") {
		t.Errorf("de.Error(ack) = %q", got)
	}
	if got := de.Error(&model.Problem{Path: "disclosure", Code: "ErrNotCovered"}); !strings.Contains(got, "Einwilligung") {
		t.Errorf("de.Error(not covered) = %q", got)
	}
	if got := de.Error(fmt.Errorf("laden: %w", model.ErrNotFound)); !strings.Contains(got, "nicht gefunden") {
		t.Errorf("de.Error(ErrNotFound) = %q", got)
	}
	if got := en.Error(errors.New("disk full")); !strings.Contains(got, "disk full") || strings.Contains(got, "ErrGeneric") {
		t.Errorf("en.Error(generic) = %q", got)
	}
	// A day in a problem is written as the language writes days.
	erased := model.Problems{{Path: "case.uid", Code: model.CodeErased, Value: "u1",
		Args: map[string]any{"Date": model.NewDate(2026, 12, 3), "UID": "u1"}}}
	if got := en.Error(erased); !strings.Contains(got, "erased here on 3 Dec 2026") {
		t.Errorf("en.Error(erased) = %q, want the English date", got)
	}
	if got := de.Error(erased); !strings.Contains(got, "am 03.12.2026 gelöscht") {
		t.Errorf("de.Error(erased) = %q, want the German date", got)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"en_GB.UTF-8": "en",
		"en":          "en",
		"EN-us":       "en",
		"de_DE.UTF-8": "de",
		"de":          "de",
		"fr_FR.UTF-8": "de",
		"":            "de",
		"C":           "de",
		"xx":          "de",
	} {
		if got := locales.Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
	if got := locales.New("fr").Lang(); got != "de" {
		t.Errorf("New(fr).Lang() = %q, want de", got)
	}
}

func TestSystemLanguage(t *testing.T) {
	for _, tt := range []struct{ all, messages, lang, want string }{
		{"", "", "en_US.UTF-8", "en"},
		{"", "de_AT.UTF-8", "en_US.UTF-8", "de"},
		{"en_GB.UTF-8", "de_DE.UTF-8", "de_DE.UTF-8", "en"},
		{"C", "", "en_US.UTF-8", "en"},
		{"", "", "", "de"},
	} {
		t.Setenv("LC_ALL", tt.all)
		t.Setenv("LC_MESSAGES", tt.messages)
		t.Setenv("LANG", tt.lang)
		if got := locales.SystemLanguage(); got != tt.want {
			t.Errorf("SystemLanguage(LC_ALL=%q LC_MESSAGES=%q LANG=%q) = %q, want %q", tt.all, tt.messages, tt.lang, got, tt.want)
		}
	}
}
