// Package locales holds the message files of every user-visible string (German
// first, English second) and gives the UI, the documents and the command line
// a Localizer for one language.
package locales

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"teilhabelotse/model"
)

//go:embed *.json
var files embed.FS

// Languages the app speaks, the default first.
var Languages = []string{"de", "en"}

var bundle = mustBundle()

func mustBundle() *i18n.Bundle {
	b := i18n.NewBundle(language.German)
	b.RegisterUnmarshalFunc("json", json.Unmarshal)
	names, err := fs.Glob(files, "*.json")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		if _, err := b.LoadMessageFileFS(files, n); err != nil {
			panic(fmt.Sprintf("locales: %s: %v", n, err))
		}
	}
	return b
}

// Localizer translates message IDs into one language.
type Localizer struct {
	lang string
	loc  *i18n.Localizer
}

// New returns a Localizer for lang ("de" or "en"); anything else is German.
func New(lang string) *Localizer {
	lang = Normalize(lang)
	return &Localizer{lang: lang, loc: i18n.NewLocalizer(bundle, lang)}
}

// Normalize maps a language setting or locale name ("en_GB.UTF-8") to a
// supported language, German when unknown.
func Normalize(lang string) string {
	l := strings.ToLower(lang)
	for _, s := range Languages {
		if strings.HasPrefix(l, s) {
			return s
		}
	}
	return "de"
}

// SystemLanguage reads the language from the environment as POSIX does
// (LC_ALL, LC_MESSAGES, LANG); where none is set, on Windows and macOS,
// the user's display language of the system. German when none is
// supported.
func SystemLanguage() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := os.Getenv(v); s != "" && s != "C" && s != "POSIX" {
			return Normalize(s)
		}
	}
	for _, l := range osLanguages() {
		for _, s := range Languages {
			if strings.HasPrefix(strings.ToLower(l), s) {
				return s
			}
		}
	}
	return "de"
}

// Lang is the language code of l.
func (l *Localizer) Lang() string { return l.lang }

// T translates id with optional template data given as key, value pairs.
// A missing message shows its ID, so a gap is visible instead of blank.
func (l *Localizer) T(id string, kv ...any) string {
	var data map[string]any
	if len(kv) > 0 {
		data = make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			data[fmt.Sprint(kv[i])] = kv[i+1]
		}
	}
	return l.TData(id, data)
}

// TData translates id with a template data map.
func (l *Localizer) TData(id string, data map[string]any) string {
	s, err := l.loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil || s == "" {
		return id
	}
	return s
}

// Has reports whether id has a message in l's language.
func (l *Localizer) Has(id string) bool {
	_, tag, err := l.loc.LocalizeWithTag(&i18n.LocalizeConfig{MessageID: id})
	return err == nil && tag.String() == l.lang
}

// Enum translates an enumeration value: Enum("Area", "health") reads the
// message "Area.health". The empty value reads "<Type>.none".
func (l *Localizer) Enum(typ string, value any) string {
	v := fmt.Sprint(value)
	if v == "" {
		v = "none"
	}
	return l.T(typ + "." + v)
}

// Error says err in the user's language: model problems by their code and
// path, anything else as a generic message with the error text.
func (l *Localizer) Error(err error) string {
	if ps, ok := model.ProblemsOf(err); ok {
		lines := make([]string, len(ps))
		for i, p := range ps {
			lines[i] = l.problem(p)
		}
		return strings.Join(lines, "\n")
	}
	if errors.Is(err, model.ErrNotFound) {
		return l.T("ErrNotFound")
	}
	var se *model.StoreError
	if errors.As(err, &se) {
		return l.T("Store.Fault."+string(se.Fault), "Path", se.Path)
	}
	var fe *model.FileError
	if errors.As(err, &fe) {
		return l.T("File.Error", "Path", fe.Path, "Reason", l.T("File.Fault."+string(fe.Fault)))
	}
	if errors.Is(err, model.ErrConflict) {
		return l.T("Kit.ConflictTitle")
	}
	return l.T("ErrGeneric", "Error", err.Error())
}

// ErrorShort is err in a few words, for a status line: what is wrong with
// the database, or the whole message when there is no short form.
func (l *Localizer) ErrorShort(err error) string {
	var se *model.StoreError
	if errors.As(err, &se) {
		return l.T("Store.Short." + string(se.Fault))
	}
	return strings.ReplaceAll(l.Error(err), "\n", " ")
}

func (l *Localizer) problem(p *model.Problem) string {
	data := map[string]any{"Path": p.Path, "Value": p.Value}
	for k, v := range p.Args {
		data[k] = l.arg(v)
	}
	msg := l.TData(p.Code, data)
	if p.Path != "" && !l.showsPath(p.Code, data) {
		msg = p.Path + ": " + msg
	}
	return msg
}

// arg says a problem's argument in the user's language where it is a
// value of the model's lists — a phase, a list of information categories —
// or a day.
func (l *Localizer) arg(v any) any {
	switch v := v.(type) {
	case model.Phase:
		return l.Enum("Phase", v)
	case model.Date:
		return l.Date(v)
	case []model.InfoCategory:
		names := make([]string, len(v))
		for i, c := range v {
			names[i] = l.Enum("InfoCategory", c)
		}
		return strings.Join(names, ", ")
	}
	return v
}

// showsPath reports whether the message id puts {{.Path}} in its text
// itself. It asks the template rather than searching the text for the
// path, which a short path such as "reason" may match by chance.
func (l *Localizer) showsPath(id string, data map[string]any) bool {
	const mark = "\x00path\x00"
	probe := make(map[string]any, len(data))
	for k, v := range data {
		probe[k] = v
	}
	probe["Path"] = mark
	return strings.Contains(l.TData(id, probe), mark)
}
