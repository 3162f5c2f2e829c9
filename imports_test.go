package main

import (
	"go/build"
	"path/filepath"
	"strings"
	"testing"
)

// The import rules of the architecture: model is the domain and depends on
// none of the others; only main opens the window; ui reaches storage only
// through the interfaces model declares; pdf and assets stay free of Fyne
// (pdf must run headless), storage and pdf free of each other's concerns;
// app, the use cases of both front ends, reaches storage only through
// model's interfaces, so that ui may call it.
var importRules = map[string][]string{
	"model":      {"fyne.io/", "database/sql", "github.com/mattn/go-sqlite3", "teilhabelotse/"},
	"model/demo": {"fyne.io/", "database/sql", "github.com/mattn/go-sqlite3", "teilhabelotse/storage", "teilhabelotse/ui", "teilhabelotse/pdf", "teilhabelotse/locales"},
	"locales":    {"fyne.io/", "database/sql", "teilhabelotse/storage", "teilhabelotse/ui", "teilhabelotse/pdf"},
	"assets":     {"fyne.io/", "teilhabelotse/"},
	"storage":    {"fyne.io/", "teilhabelotse/ui", "teilhabelotse/pdf"},
	"pdf":        {"fyne.io/", "database/sql", "github.com/mattn/go-sqlite3", "teilhabelotse/storage", "teilhabelotse/ui"},
	"ui":         {"fyne.io/fyne/v2/app", "teilhabelotse/storage", "database/sql"},
	"app":        {"fyne.io/", "database/sql", "github.com/mattn/go-sqlite3", "teilhabelotse/storage", "teilhabelotse/ui"},
}

// allowedSelf lets model/demo import model itself.
var allowedSelf = map[string][]string{"model/demo": {"teilhabelotse/model"}}

func TestImportRules(t *testing.T) {
	ctx := build.Default
	ctx.BuildTags = append(ctx.BuildTags, "migrated_fynedo")
	const module = "teilhabelotse/"

	// imports returns the non-test imports of a package of this module,
	// with those of the module packages it imports, transitively.
	cache := map[string][]string{}
	var imports func(rel string) []string
	imports = func(rel string) []string {
		if got, ok := cache[rel]; ok {
			return got
		}
		cache[rel] = nil // cycles are the compiler's business
		pkg, err := ctx.ImportDir(filepath.FromSlash(rel), 0)
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		all := append([]string(nil), pkg.Imports...)
		for _, imp := range pkg.Imports {
			if strings.HasPrefix(imp, module) {
				all = append(all, imports(strings.TrimPrefix(imp, module))...)
			}
		}
		cache[rel] = all
		return all
	}

	for rel, forbidden := range importRules {
		if _, err := ctx.ImportDir(filepath.FromSlash(rel), 0); err != nil {
			t.Logf("%s: not checked: %v", rel, err)
			continue
		}
		for _, imp := range imports(rel) {
			ok := false
			for _, a := range allowedSelf[rel] {
				ok = ok || imp == a
			}
			for _, f := range forbidden {
				if !ok && (imp == f || (strings.HasSuffix(f, "/") && strings.HasPrefix(imp, f))) {
					t.Errorf("%s imports %s (directly or through this module's packages), which the architecture forbids", rel, imp)
				}
			}
		}
	}
}
