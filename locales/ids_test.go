package locales

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// messageCall finds a literal message ID handed to the functions that say
// messages anywhere in the module: Localizer.T/N/TData/Has, the PDFs'
// d.t, the command line's say/fail/warn, and the model's problem codes
// (Code… = "…").
var messageCall = regexp.MustCompile(`(?:\b(?:T|N|TData|Has|t|say|fail|warn|sayErr)\(|\bCode[A-Za-z]* += )"([A-Z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)"`)

// prefixedLiteral finds any string literal that begins with the prefix of
// a message family ("Planning.Goal", handed to a label helper or kept in a
// table); prefixes are those of the messages files.
func prefixedLiteral(t *testing.T) *regexp.Regexp {
	names, err := filepath.Glob("*.json")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`(?m)^\s*"([A-Z][A-Za-z0-9]*)\.`).FindAllStringSubmatch(string(src), -1) {
			seen[regexp.QuoteMeta(m[1])] = true
		}
	}
	var ps []string
	for p := range seen {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return regexp.MustCompile(`"((?:` + strings.Join(ps, "|") + `)\.[A-Z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)"`)
}

// Every message ID the program's code names literally exists in every
// language — one check for the whole module, so a package without a test
// of its own (closure, consent, kit, pdf …) cannot show a bare ID.
func TestEveryLiteralMessageIDOfTheModuleExists(t *testing.T) {
	ids := map[string][]string{}
	prefixed := prefixedLiteral(t)
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); path != ".." && (strings.HasPrefix(n, ".") || n == "testdata" || n == "dist" || n == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(src), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "//") {
				continue // examples in documentation
			}
			for _, re := range []*regexp.Regexp{messageCall, prefixed} {
				for _, m := range re.FindAllStringSubmatch(line, -1) {
					ids[m[1]] = append(ids[m[1]], path)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) < 1000 {
		t.Fatalf("found only %d message IDs in the module; is the pattern still right?", len(ids))
	}
	var missing []string
	for _, lang := range Languages {
		loc := New(lang)
		keys := messageKeys(t, lang)
		for id, where := range ids {
			if !loc.Has(id) && !isStem(id, keys) {
				missing = append(missing, lang+": "+id+" ("+where[0]+")")
			}
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Error("no message " + m)
	}
}

// messageKeys are the IDs of lang's messages files.
func messageKeys(t *testing.T, lang string) []string {
	names, err := filepath.Glob("*." + lang + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`(?m)^\s*"([^"]+)":`).FindAllStringSubmatch(string(src), -1) {
			keys = append(keys, m[1])
		}
	}
	return keys
}

// isStem reports whether id begins IDs that the code completes
// ("PermFix.Dir" + "Readable").
func isStem(id string, keys []string) bool {
	for _, k := range keys {
		if strings.HasPrefix(k, id) && k != id {
			return true
		}
	}
	return false
}
