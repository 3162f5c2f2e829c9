package storage

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"teilhabelotse/model"
)

// encoding/json stops reporting after the first value of the wrong type,
// names it without array indices ("plans.goals.operational.weight"), and
// silently drops fields it does not know. A counselor importing a file
// needs every problem with its exact place, and nothing may vanish
// unnoticed, so before decoding, checkTypes walks the generic JSON value
// beside the Go type it will be decoded into.

var (
	dateType = reflect.TypeFor[model.Date]()
	timeType = reflect.TypeFor[time.Time]()
)

// checkTypes reports every value of v that does not fit t and every field t
// does not have, with its path, and removes them from v so that decoding
// what is left fills in everything else. It returns false when v itself
// must be removed by its parent.
func checkTypes(v any, t reflect.Type, path string, ps *model.Problems) bool {
	bad := func() bool {
		*ps = append(*ps, &model.Problem{Path: path, Code: model.CodeWrongType, Value: shortJSON(v)})
		return false
	}
	if v == nil {
		return true // null leaves the zero value, as encoding/json does
	}
	switch t {
	case dateType:
		return true // model.Date keeps any text for Validate to report
	case timeType:
		s, ok := v.(string)
		if !ok {
			return bad()
		}
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			*ps = append(*ps, &model.Problem{Path: path, Code: model.CodeNotADate, Value: s})
			return false
		}
		return true
	}
	switch t.Kind() {
	case reflect.Pointer:
		return checkTypes(v, t.Elem(), path, ps)
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			return bad()
		}
		fields := jsonFields(t)
		for _, k := range sortedKeys(obj) {
			f, ok := fields[k]
			if !ok {
				*ps = append(*ps, &model.Problem{Path: joinPath(path, k), Code: model.CodeUnknownField, Value: k})
				delete(obj, k)
				continue
			}
			if !checkTypes(obj[k], f.Type, joinPath(path, k), ps) {
				delete(obj, k)
			}
		}
		return true
	case reflect.Slice, reflect.Array:
		arr, ok := v.([]any)
		if !ok {
			return bad()
		}
		if t.Kind() == reflect.Array && len(arr) > t.Len() {
			// encoding/json would drop the extra elements without a word.
			*ps = append(*ps, &model.Problem{Path: path, Code: model.CodeOutOfRange,
				Value: strconv.Itoa(len(arr)), Args: map[string]any{"Min": 0, "Max": t.Len()}})
			return false
		}
		for i := range arr {
			if !checkTypes(arr[i], t.Elem(), fmt.Sprintf("%s[%d]", path, i), ps) {
				arr[i] = nil
			}
		}
		return true
	case reflect.String:
		if _, ok := v.(string); !ok {
			return bad()
		}
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			return bad()
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := v.(json.Number)
		if !ok {
			return bad()
		}
		if _, err := strconv.ParseInt(string(n), 10, t.Bits()); err != nil {
			return bad()
		}
	case reflect.Float32, reflect.Float64:
		n, ok := v.(json.Number)
		if !ok {
			return bad()
		}
		if _, err := strconv.ParseFloat(string(n), t.Bits()); err != nil {
			return bad()
		}
	case reflect.Interface:
		return true
	default:
		// The model has no other kinds; refuse rather than guess.
		return bad()
	}
	return true
}

// jsonFields maps the JSON names of t's fields to the fields, as
// encoding/json names them (the model has no embedded structs).
func jsonFields(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name
		}
		out[name] = f
	}
	return out
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// shortJSON shows a value as the file has it, shortened so a pasted
// paragraph does not flood the message.
func shortJSON(v any) string {
	var s string
	switch x := v.(type) {
	case map[string]any:
		return "{…}"
	case []any:
		return "[…]"
	case string:
		s = x
	default:
		b, _ := json.Marshal(x)
		s = string(b)
	}
	const max = 40
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max]) + "…"
	}
	return s
}

// syntaxProblem turns a JSON syntax error into a problem that says where:
// the byte offset for tools, line and column for people.
func syntaxProblem(data []byte, err error) *model.Problem {
	p := &model.Problem{Code: model.CodeBadJSON, Args: map[string]any{"Detail": err.Error()}}
	se, ok := err.(*json.SyntaxError)
	if !ok {
		return p
	}
	off := int(se.Offset)
	if off > len(data) {
		off = len(data)
	}
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if data[i] == '\n' {
			line++
			start = i + 1
		}
	}
	col := utf8.RuneCount(data[start:off])
	if col == 0 {
		col = 1
	}
	p.Args["Offset"], p.Args["Line"], p.Args["Column"] = se.Offset, line, col
	return p
}
