package storage

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// The problem codes this package adds have their texts in
// locales/storage.*.json, in both languages, with every template field
// filled by the Args the code is reported with.
func TestStorageMessages(t *testing.T) {
	samples := []*model.Problem{
		schemaNewer(9).(*model.Problem),
		{Path: "case.client.nickname", Code: model.CodeUnknownField, Value: "nickname"},
		{Code: model.CodeTooLarge, Args: map[string]any{"MaxMB": MaxCaseFileSize >> 20}},
	}
	keys := map[string][]string{}
	for _, lang := range locales.Languages {
		raw, err := os.ReadFile("../locales/storage." + lang + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var msgs map[string]string
		if err := json.Unmarshal(raw, &msgs); err != nil {
			t.Fatalf("storage.%s.json: %v", lang, err)
		}
		for k := range msgs {
			keys[k] = append(keys[k], lang)
		}
		loc := locales.New(lang)
		for _, p := range samples {
			if !loc.Has(p.Code) {
				t.Errorf("%s: no message %s", lang, p.Code)
				continue
			}
			msg := loc.Error(model.Problems{p})
			if strings.Contains(msg, "<no value>") || strings.Contains(msg, "{{") {
				t.Errorf("%s: %s renders as %q", lang, p.Code, msg)
			}
		}
	}
	for k, langs := range keys {
		if len(langs) != len(locales.Languages) {
			t.Errorf("%s only in %v", k, langs)
		}
	}
}
