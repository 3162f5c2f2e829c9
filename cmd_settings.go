package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// settings prints the counselor's settings (args empty) or changes them
// ("set KEY=VALUE …"). A change is checked whole with the rules the window
// uses (model.Settings.Validate) and saved in one transaction or not at
// all: an IT department rolling out a preset gets every mistake at once
// and never half a preset.
var settingsCmd = command{
	name: "settings", help: "CLI.Help.settings", maxArgs: -1,
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		asJSON := fs.Bool("json", false, "")
		return func(args []string) error {
			// Reading the settings works beside the window; changing them
			// takes the data folder, so the window cannot save its own
			// over them afterwards.
			c.writes = len(args) > 0 && args[0] == "set"
			return c.withDB("CLI.OpenFailed", func(db *storage.DB) error { return c.settings(db, args, *asJSON) })
		}
	},
}

func (c *cli) settings(db *storage.DB, args []string, asJSON bool) error {
	if len(args) == 0 {
		s, err := db.Settings(c.ctx)
		if err != nil {
			return fail("CLI.SettingsFailed", "Error", c.errText(err))
		}
		if asJSON {
			return c.settingsJSON(s)
		}
		for _, k := range model.SettingKeys() {
			v, _ := s.Get(k)
			fmt.Fprintf(c.stdout, "%s=%s\n", k, escapeSetting(v))
		}
		return nil
	}
	if args[0] != "set" {
		return fail("CLI.SettingsUsage")
	}
	if len(args) == 1 {
		return fail("CLI.SettingsNothingToSet")
	}
	s, err := db.Settings(c.ctx)
	if err != nil {
		return fail("CLI.SettingsFailed", "Error", c.errText(err))
	}
	var ps model.Problems
	var logo string
	changed := map[string]bool{}
	for _, a := range args[1:] {
		key, value, ok := strings.Cut(a, "=")
		if !ok {
			return fail("CLI.SettingsNotKeyValue", "Arg", a)
		}
		value = unescapeSetting(value)
		if key == "logoPath" && strings.TrimSpace(value) != "" {
			logo = value // copied below, once everything else is known good
			changed[key] = true
			continue
		}
		if p := s.Set(key, value); p != nil {
			ps = append(ps, p)
			continue
		}
		changed[key] = true
	}
	ps = append(ps, s.Validate()...)
	var logoData []byte
	if logo != "" {
		data, err := os.ReadFile(logo)
		if err != nil {
			return fail("CLI.SettingsLogoRead", "File", logo, "Error", c.sysErr(err))
		}
		if _, err := model.CheckLogo(data); err != nil {
			ps = append(ps, err.(*model.Problem))
		}
		logoData = data
	}
	if len(ps) > 0 {
		return c.failSettings(ps)
	}
	if logoData != nil {
		path, err := db.SaveLogo(c.ctx, logoData)
		if err != nil {
			return fail("CLI.SettingsFailed", "Error", c.errText(err))
		}
		s.LogoPath = path
	}
	if err := db.SaveSettings(c.ctx, s); err != nil {
		return fail("CLI.SettingsFailed", "Error", c.errText(err))
	}
	keys := make([]string, 0, len(changed))
	for k := range changed {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	c.say("CLI.SettingsSaved", "Keys", strings.Join(keys, ", "))
	return nil
}

// failSettings says every problem, each after the key it belongs to, so
// the line points at the argument to fix.
func (c *cli) failSettings(ps model.Problems) error {
	var fs failures
	for _, p := range ps {
		fs = append(fs, at(p.Path, &model.Problem{Code: p.Code, Value: p.Value, Args: p.Args}))
	}
	return fs
}

// settingsJSON prints every setting by key in the order of the text
// output, numbers as numbers, the defaults filled in, and empty texts as
// "" rather than missing, for scripts.
func (c *cli) settingsJSON(s model.Settings) error {
	var full map[string]json.RawMessage
	b, _ := json.Marshal(s)
	_ = json.Unmarshal(b, &full)
	var out bytes.Buffer
	out.WriteString("{\n")
	for i, k := range model.SettingKeys() {
		v, ok := full[k]
		if !ok {
			v = json.RawMessage(`""`)
			if text, _ := s.Get(k); text == "false" { // an unset yes/no
				v = json.RawMessage(`false`)
			}
		}
		sep := ","
		if i == len(model.SettingKeys())-1 {
			sep = ""
		}
		fmt.Fprintf(&out, "  %q: %s%s\n", k, v, sep)
	}
	out.WriteString("}\n")
	_, err := c.stdout.Write(out.Bytes())
	return err
}

// escapeSetting writes a multi-line value (the address) on one line, as
// "settings set" reads it back.
func escapeSetting(v string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`).Replace(v)
}

func unescapeSetting(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) {
			switch v[i+1] {
			case 'n':
				b.WriteByte('\n')
				i++
				continue
			case '\\':
				b.WriteByte('\\')
				i++
				continue
			}
		}
		b.WriteByte(v[i])
	}
	return b.String()
}
