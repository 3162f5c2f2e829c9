package storage

import (
	"bytes"
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
		if name, ok := jsonName(t.Field(i)); ok {
			out[name] = t.Field(i)
		}
	}
	return out
}

// jsonName is the name encoding/json gives f; ok is false for a field it
// leaves out.
func jsonName(f reflect.StructField) (name string, ok bool) {
	if !f.IsExported() {
		return "", false
	}
	name, _, _ = strings.Cut(f.Tag.Get("json"), ",")
	switch name {
	case "-":
		return "", false
	case "":
		return f.Name, true
	}
	return name, true
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
	p.Args["Offset"] = se.Offset
	p.Args["Line"], p.Args["Column"] = position(data, int(se.Offset))
	return p
}

// position is the line and column (counted in characters) of byte offset
// off, as an editor shows them.
func position(data []byte, off int) (line, col int) {
	off = min(off, len(data))
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if data[i] == '\n' {
			line++
			start = i + 1
		}
	}
	col = utf8.RuneCount(data[start:off])
	if col == 0 {
		col = 1
	}
	return line, col
}

// encodingProblem says where data first stops being UTF-8. encoding/json
// would read such bytes as U+FFFD without a word, so a file an editor saved
// in Windows-1252 would lose every umlaut on import.
func encodingProblem(data []byte) *model.Problem {
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		off += size
	}
	line, col := position(data, off)
	// the column of the bad byte itself, not of the character before it
	if off > 0 && data[off-1] != '\n' {
		col++
	}
	return &model.Problem{Code: model.CodeBadEncoding, Args: map[string]any{"Offset": int64(off), "Line": line, "Column": col}}
}

// marshalDoc encodes v as the JSON document a row keeps. encoding/json
// writes text that is not UTF-8 as U+FFFD without a word, so what the
// counselor wrote would come back changed; such text is refused instead,
// as a model.Problem of code model.CodeInvalidText for each field. The
// encoder writes an invalid byte as the escape \ufffd (a real U+FFFD stays
// the character itself), so only a document holding that escape is
// walked, and a save pays nothing for the check.
func marshalDoc(v any) ([]byte, error) {
	doc, err := json.Marshal(v)
	if err != nil || !bytes.Contains(doc, []byte(`\ufffd`)) {
		return doc, err
	}
	var ps model.Problems
	invalidText(reflect.ValueOf(v), "", &ps)
	if len(ps) > 0 {
		return nil, ps
	}
	return doc, nil // the escape was typed as text
}

// invalidText reports every string under v that is not UTF-8, with its
// JSON path.
func invalidText(v reflect.Value, path string, ps *model.Problems) {
	check := func(s string) {
		if !utf8.ValidString(s) {
			*ps = append(*ps, &model.Problem{Path: path, Code: model.CodeInvalidText,
				Value: shortJSON(strings.ToValidUTF8(s, "\uFFFD"))})
		}
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			invalidText(v.Elem(), path, ps)
		}
	case reflect.String:
		check(v.String())
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			invalidText(v.Index(i), fmt.Sprintf("%s[%d]", path, i), ps)
		}
	case reflect.Struct:
		switch v.Type() {
		case dateType:
			check(v.Interface().(model.Date).Raw) // written as the date's text
			return
		case timeType:
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if name, ok := jsonName(v.Type().Field(i)); ok {
				invalidText(v.Field(i), joinPath(path, name), ps)
			}
		}
	}
}
