package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

func TestConsentFormIsPrefilled(t *testing.T) {
	c, ps, s, loc := richCase(), testPartners(), testSettings(), locales.New("de")
	k := testConsent()
	pp := checkedPages(t, t.TempDir(), "consent.pdf", loc, func(w io.Writer) error { return ConsentForm(w, c, k, ps, s, loc, printed) })
	if len(pp) != 1 {
		t.Errorf("the consent form takes %d pages, want 1", len(pp))
	}
	text := pp[0]
	mustContain(t, "consent", text, "Einwilligung zur Weitergabe von Informationen",
		"Jürgen Größe-Äßling", "geboren am 10.04.1990", "RV-Nr. 10010490A443",
		s.Organisation[:12], "Integrationsfachdienst Nordstadt", "Ansprechperson: Frau Özdemir", "Marktplatz 7, 12345 Musterstadt",
		k.Purpose, "gilt ab 05.09.2024 bis 04.09.2025",
		"jederzeit", "mit Wirkung für die", "Zukunft widerrufen",
		"Unterschrift der versicherten Person", "Ort, Datum", "05.09.2024", "Unterschrift der gesetzlichen Betreuung")
	// Every category is printed, ticked exactly when the consent covers it.
	for _, cat := range model.InfoCategories {
		box := "☐"
		if slices.Contains(k.Categories, cat) {
			box = "☒"
		}
		mustContain(t, "category "+string(cat), text, box+" "+firstWords(loc.Enum("InfoCategory", cat), 1))
	}
	if n := strings.Count(text, "☒"); n != len(k.Categories) {
		t.Errorf("%d ticked boxes, want %d", n, len(k.Categories))
	}
}

func TestConsentFormWithoutPurposeOrEnd(t *testing.T) {
	c := richCase()
	k := model.Consent{Partner: "unknown-uid", RevokedOn: day(2025, 2, 1)}
	text := printedText(t, func(w io.Writer) error {
		return ConsentForm(w, c, k, nil, testSettings(), locales.New("de"), printed)
	})
	mustContain(t, "open consent", text, "Zweck der Weitergabe (bitte eintragen)", "bis zu ihrem Widerruf",
		"Partner nicht im Verzeichnis", "am 01.02.2025 widerrufen")
	mustLack(t, "a consent without categories ticks a box", text, "☒")
}

func TestEnglishDocuments(t *testing.T) {
	c, ps, s, loc := richCase(), testPartners(), testSettings(), locales.New("en")
	dir := t.TempDir()
	for name, want := range map[string][]string{
		"plan.pdf": {"Rehabilitation and participation plan", "Goals", "Measures", "Participation conference", "Network partners",
			"Participation plan under § 19 SGB IX", "Operational goal 1.1", "much less than expected", "Target date: 31 Dec 2024", "finalised on", "9 Sep 2024"},
		"closure.pdf": {"Closure documentation", "Course through the control loop", "State of the documentation", "Form of ending",
			"Results", "Degree of goal attainment", "GAS T-score: 61.4", "Moves back in the control loop (loops): 2", "missing"},
		"consent.pdf": {"Consent to the disclosure of information", "Information that is not ticked", "with effect for the future"},
	} {
		path := writePDF(t, dir, name, func(w io.Writer) error {
			switch name {
			case "plan.pdf":
				return Plan(w, c, 0, ps, s, loc, printed)
			case "closure.pdf":
				return Closure(w, c, ps, s, loc, printed)
			}
			return ConsentForm(w, c, testConsent(), ps, s, loc, printed)
		})
		qpdfCheck(t, path)
		pp := pages(t, path)
		footers(t, pp, loc)
		text := strings.Join(pp, "\n")
		mustContain(t, name, text, want...)
		for _, german := range []string{"Vertraulich", "Seite", "Teilhabeziel", "Maßnahmen", "nicht dokumentiert", "Gedruckt"} {
			if strings.Contains(text, german) {
				t.Errorf("%s: English document contains %q", name, german)
			}
		}
	}
}

func TestLogoInHeader(t *testing.T) {
	needTool(t, "pdfimages")
	dir := t.TempDir()
	logo := filepath.Join(dir, "logo.png")
	img := image.NewNRGBA64(image.Rect(0, 0, 120, 40)) // 16-bit with alpha: gofpdf cannot read it as is
	for x := 0; x < 120; x++ {
		for y := 0; y < 40; y++ {
			img.Set(x, y, color.NRGBA{R: 30, G: 73, B: uint8(x), A: 200})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(logo, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	garbage := filepath.Join(dir, "logo.jpg")
	if err := os.WriteFile(garbage, []byte("not an image"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path   string
		images bool
	}{{logo, true}, {garbage, false}, {filepath.Join(dir, "missing.png"), false}, {dir, false}} {
		s := testSettings()
		s.LogoPath = tc.path
		path := writePDF(t, dir, "with-logo.pdf", func(w io.Writer) error {
			return ConsentForm(w, richCase(), testConsent(), testPartners(), s, locales.New("de"), printed)
		})
		qpdfCheck(t, path)
		out, err := exec.Command("pdfimages", "-list", path).Output()
		if err != nil {
			t.Fatal(err)
		}
		if has := strings.Count(string(out), "\n") > 2; has != tc.images {
			t.Errorf("logo %s: images in the PDF = %v, want %v\n%s", filepath.Base(tc.path), has, tc.images, out)
		}
	}
}

// Documents rendered at the same time share no font bytes or state.
func TestConcurrentDocuments(t *testing.T) {
	var wg sync.WaitGroup
	outs := make([][]byte, 8)
	errs := make([]error, 8)
	for i := range outs {
		wg.Go(func() {
			var buf bytes.Buffer
			loc := locales.New([]string{"de", "en"}[i%2])
			switch i % 3 {
			case 0:
				errs[i] = Plan(&buf, richCase(), 0, testPartners(), testSettings(), loc, printed)
			case 1:
				errs[i] = Closure(&buf, richCase(), testPartners(), testSettings(), loc, printed)
			default:
				errs[i] = ConsentForm(&buf, richCase(), testConsent(), testPartners(), testSettings(), loc, printed)
			}
			outs[i] = buf.Bytes()
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("document %d: %v", i, err)
		}
	}
	// Same input, same bytes: rendering is deterministic.
	var again bytes.Buffer
	if err := Plan(&again, richCase(), 0, testPartners(), testSettings(), locales.New("de"), printed); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), outs[0]) {
		t.Error("the same plan rendered twice differs")
	}
}
