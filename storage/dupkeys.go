package storage

import (
	"bytes"
	"encoding/json"
	"fmt"

	"teilhabelotse/model"
)

// CodeDuplicateKey: a key given twice in one object of a case file.
// encoding/json would silently keep the last one — and so silently drop
// the first text. Args: none; Path names the key.
const CodeDuplicateKey = "ErrDuplicateKey"

// duplicateKeys lists every key that appears twice in one object of the
// JSON text data (already known to be valid JSON), with its path.
func duplicateKeys(data []byte) model.Problems {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var ps model.Problems
	var walk func(path string) error
	walk = func(path string) error {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'):
			seen := map[string]bool{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return err
				}
				key, _ := kt.(string)
				p := key
				if path != "" {
					p = path + "." + key
				}
				if seen[key] {
					ps = append(ps, &model.Problem{Path: p, Code: CodeDuplicateKey})
				}
				seen[key] = true
				if err := walk(p); err != nil {
					return err
				}
			}
			_, err = dec.Token() // }
			return err
		case json.Delim('['):
			for i := 0; dec.More(); i++ {
				if err := walk(fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
			_, err = dec.Token() // ]
			return err
		}
		return nil
	}
	if err := walk(""); err != nil {
		return nil // the syntax check reports it
	}
	return ps
}
