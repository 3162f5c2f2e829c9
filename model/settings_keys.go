package model

import (
	"reflect"
	"strconv"
	"strings"
)

// Codes of settings typed as KEY=VALUE (command line).
const (
	CodeUnknownSetting = "ErrUnknownSetting" // Value: the key
	CodeNotANumber     = "ErrNotANumber"     // Value: as typed
	CodeNotAYesNo      = "ErrNotAYesNo"      // Value: as typed
)

// SettingKeys are the names of the settings as `teilhabelotse settings`
// prints and sets them: the JSON names of Settings, in the order of the
// struct. Reflection keeps this list and the struct from drifting apart.
func SettingKeys() []string {
	t := reflect.TypeFor[Settings]()
	keys := make([]string, 0, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		if name, ok := jsonName(t.Field(i)); ok {
			keys = append(keys, name)
		}
	}
	return keys
}

func settingField(s *Settings, key string) (reflect.Value, bool) {
	v := reflect.ValueOf(s).Elem()
	for i := 0; i < v.NumField(); i++ {
		if name, ok := jsonName(v.Type().Field(i)); ok && name == key {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

// Get returns a setting by key as text ("" for an unset text or number).
func (s Settings) Get(key string) (string, bool) {
	f, ok := settingField(&s, key)
	if !ok {
		return "", false
	}
	switch f.Kind() {
	case reflect.Int:
		if f.Int() == 0 {
			return "", true
		}
		return strconv.FormatInt(f.Int(), 10), true
	case reflect.Bool:
		return strconv.FormatBool(f.Bool()), true
	}
	return f.String(), true
}

// Set changes one setting from text as typed after KEY=: an empty value
// resets it (a number to its default). Only the form is checked here —
// a number must be a number, a yes/no one of true/false/ja/nein; what is
// allowed is Validate's business, so that the window and the command line
// refuse the same values.
func (s *Settings) Set(key, value string) *Problem {
	f, ok := settingField(s, key)
	if !ok {
		return &Problem{Path: key, Code: CodeUnknownSetting, Value: key}
	}
	value = strings.TrimSpace(value)
	switch f.Kind() {
	case reflect.Int:
		if value == "" {
			f.SetInt(0)
			return nil
		}
		n, err := strconv.Atoi(value)
		if err != nil {
			return &Problem{Path: key, Code: CodeNotANumber, Value: value}
		}
		if lo, hi, ok := SettingRange(key); ok && (n < lo || n > hi) {
			// 0 would otherwise slip through as "the default".
			return &Problem{Path: key, Code: CodeOutOfRange, Value: value, Args: map[string]any{"Min": lo, "Max": hi}}
		}
		f.SetInt(int64(n))
	case reflect.Bool:
		switch strings.ToLower(value) {
		case "", "false", "nein", "no", "0":
			f.SetBool(false)
		case "true", "ja", "yes", "1":
			f.SetBool(true)
		default:
			return &Problem{Path: key, Code: CodeNotAYesNo, Value: value}
		}
	default:
		f.SetString(value)
	}
	return nil
}
