package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// What a counselor pastes into a case is not always tidy: a whole letter,
// emoji, names in Arabic or Hebrew script, the stray control characters a
// PDF viewer copies along. Every such text is either kept byte for byte —
// in the database and through a case file — or refused with a message in
// the counselor's language, and then nothing is written.
//
// The decisions:
//   - Valid UTF-8 is kept exactly, whatever it holds: 1 MB, emoji with
//     zero-width joiners, right-to-left text with direction marks, NUL and
//     other control characters. The program stores what was written and
//     does not judge it; JSON writes control characters as escapes
//     (\u0000), so neither the document nor the case file holds a raw
//     control byte, and SQLite keeps the list columns with their length.
//     Stripping NUL would change a text without saying so. How a control
//     character looks on screen or paper is for the UI and the PDF to
//     decide.
//   - A text longer than model.MaxTextRunes characters (about two pages)
//     is more than the window can show quickly. SaveCase still stores it:
//     storage stays dumb, a refused save would fail for the whole case —
//     with everything else just typed — and an older database or another
//     front end may hold such texts, which must stay readable and
//     exportable (the Art. 15 copy). The window keeps new texts within
//     the limit and shows a longer stored one cut and read-only. A case
//     file is a new arrival, so import refuses it with
//     model.CodeTextTooLong at each such text, and nothing is written.
//   - Text that is not UTF-8 cannot be kept: encoding/json would turn it
//     into U+FFFD on the way into the database. Saving it is refused with
//     model.CodeInvalidText at the field, and a case file that is not
//     UTF-8 (one an editor saved as Windows-1252) is refused with
//     model.CodeBadEncoding and the line and column of the first bad byte.

// megabyteText is a text of about 1 MB (never more) of mixed scripts.
func megabyteText() string {
	line := "Frau Özdemir berichtet: „Es geht besser.“ 👍🏽 مرحبا بكم · שלום\n"
	s := strings.Repeat(line, (1<<20)/len(line)+1)
	cut := 1 << 20
	for !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

var hostileTexts = []struct {
	name        string
	short, long string // for names and for notes
}{
	{"1 MB", "Özdemir-Weiß", megabyteText()},
	{"emoji", "Zoë 👩🏽‍⚕️", "Familie 👨‍👩‍👧‍👦, Flagge 🏳️‍🌈 🇩🇪, Hautfarbe 👍🏿, Tastenkappe 1️⃣, Einzelteile \u200d\ufe0f"},
	{"right to left", "مريم العلي", "שרה כהן · \u200fمريم\u200e · \u202eumgekehrt\u202c · العربية 123 עברית"},
	{"NUL", "Vor\x00Nach", "vor dem Nullzeichen\x00nach dem Nullzeichen\x00"},
	{"control characters", "Tab\tName", "\x01\x07\x08\x0b\x0c\x1b[31mrot\x1b[0m\x7f\r\n\u0085\u2028\u2029\ufeff"},
	{"replacement and escapes", "\ufffd", `wörtlich \ufffd und \u0000 und \\ufffd`},
}

// setTexts puts short into the name fields and long into notes spread over
// the case.
func setTexts(c *model.Case, short, long string) {
	c.Client.FirstName, c.Client.LastName = short, short+" "+short
	c.Client.Address = short
	c.Intake.Referral.Notes = long
	c.Assessments[0].ClientView = long
	c.Contacts[0].Notes = long
	c.Plans[0].Goals[0].Text = short
	c.Events[1].Reason = short
}

// sameTexts compares the fields setTexts fills byte for byte.
func sameTexts(t *testing.T, what string, got, want *model.Case) {
	t.Helper()
	for _, f := range []struct {
		name   string
		gf, wf string
	}{
		{"firstName", got.Client.FirstName, want.Client.FirstName},
		{"lastName", got.Client.LastName, want.Client.LastName},
		{"address", got.Client.Address, want.Client.Address},
		{"referral notes", got.Intake.Referral.Notes, want.Intake.Referral.Notes},
		{"client view", got.Assessments[0].ClientView, want.Assessments[0].ClientView},
		{"contact notes", got.Contacts[0].Notes, want.Contacts[0].Notes},
		{"goal", got.Plans[0].Goals[0].Text, want.Plans[0].Goals[0].Text},
		{"event reason", got.Events[1].Reason, want.Events[1].Reason},
	} {
		if f.gf != f.wf {
			t.Errorf("%s: %s changed (%d bytes → %d)", what, f.name, len(f.wf), len(f.gf))
		}
	}
	if !jsonEqual(t, got, want) {
		t.Errorf("%s: the case changed", what)
	}
}

func TestHostileTextIsKeptExactly(t *testing.T) {
	ctx := context.Background()
	for _, tt := range hostileTexts {
		t.Run(tt.name, func(t *testing.T) {
			d := MustOpen(t)
			for _, p := range richPartners() {
				if err := d.SavePartner(ctx, &p); err != nil {
					t.Fatal(err)
				}
			}
			// Created with the text, then saved with it changed.
			c := richCase()
			setTexts(c, tt.short, tt.long)
			if err := d.CreateCase(ctx, c); err != nil {
				t.Fatalf("create: %v", err)
			}
			got := mustLoad(t, d, c.ID)
			sameTexts(t, "create", got, c)
			setTexts(c, tt.short+"!", tt.long+"!")
			if err := d.SaveCase(ctx, c); err != nil {
				t.Fatalf("save: %v", err)
			}
			sameTexts(t, "save", mustLoad(t, d, c.ID), c)
			list, err := d.ListCases(ctx)
			if err != nil || len(list) != 1 || list[0].FirstName != c.Client.FirstName || list[0].LastName != c.Client.LastName {
				t.Errorf("list row %+v, %v", list, err)
			}

			// Through a case file into another database and out again.
			file := export(t, d, c.ID)
			if !utf8.Valid(file) {
				t.Error("the case file is not UTF-8")
			}
			if i := bytes.IndexFunc(file, func(r rune) bool { return r < 0x20 && r != '\n' }); i >= 0 {
				t.Errorf("the case file holds a raw control character at byte %d", i)
			}
			other := MustOpen(t)
			if model.TextTooLong(tt.long) {
				// Too long to import: refused at each of the three notes.
				before := dbState(t, other)
				_, err := other.ImportCase(ctx, bytes.NewReader(file))
				checkMessages(t, err)
				var paths []string
				for _, p := range problemsIn(t, err) {
					if p.Code != model.CodeTextTooLong {
						t.Errorf("problem %v", p)
					}
					paths = append(paths, p.Path)
				}
				if got := strings.Join(paths, " "); got != "case.intake.referral.notes case.assessments[0].clientView case.contacts[0].notes" {
					t.Errorf("refused at %s", got)
				}
				if dbState(t, other) != before {
					t.Error("the refused import wrote something")
				}
				return
			}
			id, err := other.ImportCase(ctx, bytes.NewReader(file))
			if err != nil {
				t.Fatalf("import: %v", err)
			}
			imported := mustLoad(t, other, id)
			imported.ID = c.ID
			sameTexts(t, "import", imported, c)
			if again := export(t, other, id); !bytes.Equal(again, file) {
				t.Errorf("export after import: %s", firstDiff(again, file))
			}
		})
	}
}

// dbState is everything a refused write must leave as it was: the case
// list, byte for byte, and a hash of every document and of the audit log.
func dbState(t *testing.T, d *DB) string {
	t.Helper()
	list, err := d.ListCases(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	lb, err := json.Marshal(list)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	for _, q := range []string{`SELECT uid || doc FROM cases ORDER BY id`, `SELECT uid || doc FROM partners ORDER BY id`,
		`SELECT doc FROM settings`, `SELECT at || kind || case_uid || detail FROM audit ORDER BY id`} {
		rows, err := d.db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
		h.Write([]byte{1})
	}
	return string(lb) + "\n" + hex.EncodeToString(h.Sum(nil))
}

// refusedWith checks that err is exactly one problem of code at path with
// a text in both languages, and that d is as it was.
func refusedWith(t *testing.T, d *DB, before string, err error, path, code string) *model.Problem {
	t.Helper()
	if err == nil {
		t.Fatal("accepted")
	}
	checkMessages(t, err)
	ps := problemsIn(t, err)
	if len(ps) != 1 || ps[0].Path != path || ps[0].Code != code {
		t.Fatalf("problems %v, want %s at %q", ps, code, path)
	}
	if dbState(t, d) != before {
		t.Error("the database changed")
	}
	return ps[0]
}

func TestTextThatIsNotUTF8IsRefused(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	id := storeRich(t, d)
	if err := d.SaveSettings(ctx, model.Settings{Name: "Frau Test"}); err != nil {
		t.Fatal(err)
	}
	before := dbState(t, d)

	c := richCase()
	c.UID = ""                      // a new case, which would be stored but for its text
	c.Client.LastName = "M\xfcller" // Windows-1252
	p := refusedWith(t, d, before, d.CreateCase(ctx, c), "client.lastName", model.CodeInvalidText)
	if p.Value != "M\ufffdller" {
		t.Errorf("value %q", p.Value)
	}
	for _, loc := range []*locales.Localizer{locales.New("de"), locales.New("en")} {
		if msg := loc.Error(p); !strings.Contains(msg, "client.lastName") || !strings.Contains(msg, "M\ufffdller") {
			t.Errorf("%s: %q names neither the field nor the text", loc.Lang(), msg)
		}
	}

	c = mustLoad(t, d, id)
	c.Plans[0].Goals[0].Operational[0].Text = "\xff\xfe4 Stunden"
	refusedWith(t, d, before, d.SaveCase(ctx, c), "plans[0].goals[0].operational[0].text", model.CodeInvalidText)
	c, _ = d.LoadCase(ctx, id)
	c.NextReview = model.Date{Raw: "1.\xa0Juni"}
	refusedWith(t, d, before, d.SaveCase(ctx, c), "nextReview", model.CodeInvalidText)
	if got, _ := d.LoadCase(ctx, id); got.NextReview != richCase().NextReview {
		t.Error("the refused save was written")
	}
	refusedWith(t, d, before, d.SavePartner(ctx, &model.Partner{Name: "Caf\xe9 Inklusiv", Category: model.PartnerCounselling}),
		"name", model.CodeInvalidText)
	refusedWith(t, d, before, d.SaveSettings(ctx, model.Settings{Name: "Fr. M\xfcller"}), "name", model.CodeInvalidText)

	// The written characters U+FFFD and "\ufffd" are text like any other.
	c, _ = d.LoadCase(ctx, id)
	c.Intake.Referral.Notes = "\ufffd und " + `\ufffd`
	if err := d.SaveCase(ctx, c); err != nil {
		t.Fatalf("U+FFFD and a backslash: %v", err)
	}
	if got, _ := d.LoadCase(ctx, id); got.Intake.Referral.Notes != c.Intake.Referral.Notes {
		t.Errorf("notes read back as %q", got.Intake.Referral.Notes)
	}
}

// A case file an editor saved in Windows-1252 is refused with the place of
// the first bad byte; encoding/json alone would import "J�rgen".
func TestCaseFileThatIsNotUTF8IsRefused(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	good := export(t, src, storeRich(t, src))
	latin1 := bytes.Replace(good, []byte("Jürgen"), []byte("J\xfcrgen"), 1)
	line := bytes.Count(good[:bytes.Index(good, []byte("Jürgen"))], []byte("\n")) + 1

	d := MustOpen(t)
	storeRich(t, d)
	before := dbState(t, d)
	_, err := d.ImportCase(ctx, bytes.NewReader(latin1))
	p := refusedWith(t, d, before, err, "", model.CodeBadEncoding)
	if p.Args["Line"] != line || p.Args["Column"] != 22 {
		t.Errorf("place %v, want line %d column 22 (the ü of \"firstName\": \"Jürgen\")", p.Args, line)
	}
}

// A case file with a text longer than model.MaxTextRunes is refused with
// one problem per such text, saying how long it is and how long it may be,
// and nothing is written; the same case stays exportable from where it is
// stored. A text at the limit imports.
func TestCaseFileWithOverLongTextIsRefused(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	id := storeRich(t, src)
	c := mustLoad(t, src, id)
	huge := megabyteText()
	c.Intake.Referral.Notes = huge
	c.Plans[0].Goals[0].Operational[0].GAS[4] = strings.Repeat("ä", model.MaxTextRunes+1)
	c.Assessments[0].ClientView = strings.Repeat("ä", model.MaxTextRunes)
	if err := src.SaveCase(ctx, c); err != nil {
		t.Fatalf("SaveCase refuses a long text: %v", err)
	}
	file := export(t, src, id) // the Art. 15 copy is still written

	d := MustOpen(t)
	storeRich(t, d)
	before := dbState(t, d)
	_, err := d.ImportCase(ctx, bytes.NewReader(file))
	checkMessages(t, err)
	ps := problemsIn(t, err)
	if len(ps) != 2 || ps[0].Path != "case.intake.referral.notes" || ps[1].Path != "case.plans[0].goals[0].operational[0].gas[4]" ||
		ps[0].Code != model.CodeTextTooLong || ps[1].Code != model.CodeTextTooLong {
		t.Fatalf("problems %v", ps)
	}
	if dbState(t, d) != before {
		t.Error("the refused import wrote something")
	}
	chars := model.TextCount(utf8.RuneCountInString(huge))
	for _, tt := range []struct {
		lang, sep, want string
	}{
		{"de", ".", "Der Text ist zu lang (%s Zeichen); höchstens %s Zeichen"},
		{"en", ",", "The text is too long (%s characters); at most %s characters"},
	} {
		msg := locales.New(tt.lang).Error(err)
		want := fmt.Sprintf(tt.want, chars.Grouped(tt.sep), model.TextCount(model.MaxTextRunes).Grouped(tt.sep))
		if !strings.Contains(msg, "case.intake.referral.notes: "+want) || len(msg) > 1000 {
			t.Errorf("%s: %q, want it to contain %q", tt.lang, msg, want)
		}
	}

	// Shortened to the limit, the same case imports.
	c.Intake.Referral.Notes = model.CutText(huge, model.MaxTextRunes)
	c.Plans[0].Goals[0].Operational[0].GAS[4] = ""
	if err := src.SaveCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	if _, err := d.ImportCaseWith(ctx, bytes.NewReader(export(t, src, id)), ImportOptions{Duplicate: DuplicateNew}); err != nil {
		t.Errorf("texts at the limit: %v", err)
	}
}

// Broken files, other kinds of file and JSON that is not an object are
// refused with a message saying so, and nothing is written.
func TestImportRefusesBrokenFiles(t *testing.T) {
	ctx := context.Background()
	src := MustOpen(t)
	good := export(t, src, storeRich(t, src))
	ue := bytes.Index(good, []byte("ü"))

	tests := []struct {
		name string
		file []byte
		code string
	}{
		{"empty", nil, model.CodeBadJSON},
		{"only blanks", []byte(" \n\t\r\n"), model.CodeBadJSON},
		{"cut after the first byte", good[:1], model.CodeBadJSON},
		{"cut at a quarter", good[:len(good)/4], model.CodeBadJSON},
		{"cut in half", good[:len(good)/2], model.CodeBadJSON},
		{"cut inside a character", good[:ue+1], model.CodeBadJSON},
		{"cut before the last brace", good[:bytes.LastIndexByte(good, '}')], model.CodeBadJSON},
		{"PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"), model.CodeBadFormat},
		{"ZIP", []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"), model.CodeBadFormat},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), model.CodeBadFormat},
		{"UTF-16", []byte("\xff\xfe{\x00\"\x00f\x00"), model.CodeBadFormat},
		{"array", append(append([]byte("["), good...), ']'), model.CodeBadFormat},
		{"text", []byte(`"teilhabelotse-fallakte"`), model.CodeBadFormat},
	}
	d := MustOpen(t)
	storeRich(t, d)
	before := dbState(t, d)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.ImportCase(ctx, bytes.NewReader(tt.file))
			refusedWith(t, d, before, err, "", tt.code)
		})
	}

	// A byte order mark, as some Windows editors write one, is no damage.
	id, err := d.ImportCaseWith(ctx, bytes.NewReader(append([]byte("\xef\xbb\xbf"), good...)), ImportOptions{Duplicate: DuplicateNew})
	if err != nil {
		t.Fatalf("file with a byte order mark: %v", err)
	}
	if got := export(t, d, id); !bytes.Equal(got, good) {
		// Only the UID may differ: the case exists here already.
		var a, b caseFile
		if json.Unmarshal(got, &a) != nil || json.Unmarshal(good, &b) != nil {
			t.Fatal("export does not parse")
		}
		a.Case.UID, a.Case.Updated = b.Case.UID, b.Case.Updated
		if !jsonEqual(t, a, b) {
			t.Error("file with a byte order mark imported differently")
		}
	}
}
