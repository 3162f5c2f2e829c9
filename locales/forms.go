package locales

import (
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"

	"teilhabelotse/model"
)

// N translates id for a count in the language's plural form — "1 Fall",
// "2 Fälle" — with the count as the template's .Count. A message file gives
// such a message as {"one": "…", "other": "…"}.
func (l *Localizer) N(id string, count int, kv ...any) string {
	data := map[string]any{"Count": count}
	for i := 0; i+1 < len(kv); i += 2 {
		if k, ok := kv[i].(string); ok {
			data[k] = kv[i+1]
		}
	}
	s, err := l.loc.Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: count, TemplateData: data})
	if err != nil || s == "" {
		return id
	}
	return s
}

// Date is a day as the language writes it: 03.12.2026 in German,
// 3 Dec 2026 in English; "" for no date, and a text that is no date as it
// was typed.
func (l *Localizer) Date(d model.Date) string {
	if !d.Valid() {
		return d.Raw
	}
	if l.lang == "en" {
		return d.Time().Format("2 Jan 2006")
	}
	return d.German()
}

// DateTime is a moment as the language writes it, in t's location:
// "03.12.2026, 15:04 Uhr" in German, "3 Dec 2026, 15:04" in English.
func (l *Localizer) DateTime(t time.Time) string {
	return l.T("Time.At", "Date", l.Date(model.DateOf(t)), "Time", t.Format("15:04"))
}
