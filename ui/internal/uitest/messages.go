package uitest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"teilhabelotse/locales"
)

// MessageIDs collects the literal message IDs that id matches (its first
// group) in the package's own sources, tests left out; fewer than atLeast
// means the pattern no longer fits the code.
func MessageIDs(t testing.TB, id *regexp.Regexp, atLeast int) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range id.FindAllStringSubmatch(string(src), -1) {
			ids[m[1]] = true
		}
	}
	if len(ids) < atLeast {
		t.Fatalf("found only %d message IDs; is the pattern still right?", len(ids))
	}
	return ids
}

// Translated fails for every ID without a message in each language, so no
// screen shows a bare ID.
func Translated(t testing.TB, ids map[string]bool) {
	t.Helper()
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		for id := range ids {
			if !loc.Has(id) {
				t.Errorf("%s: no message %q", lang, id)
			}
		}
	}
}
