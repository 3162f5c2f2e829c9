package reading

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// testNow is the fixed "now" of the tests: Monday, 10 March 2025, 09:30.
var testNow = uitest.Now

// session stores c in a fresh database and opens it, in German.
func session(t *testing.T, c *model.Case, partners []model.Partner) *kit.Session {
	t.Helper()
	t.Setenv("LANG", "de_DE.UTF-8")
	test.NewTempApp(t)
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return uitest.OpenSession(t, db, c, partners)
}
