package storage

import (
	"errors"
	"io/fs"
	"os"
	"strings"
)

// filesIn are the names of the regular files in dir that want accepts, in
// the order of their names; none when dir does not exist. Links and
// folders are never the program's files.
func filesIn(dir string, want func(name string) bool) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.Type().IsRegular() && want(e.Name()) {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

// isDailyBackup says name is one of DailyBackup's files, which carry the
// day in their name.
func isDailyBackup(name string) bool {
	return strings.HasPrefix(name, "teilhabelotse-") && strings.HasSuffix(name, ".db")
}
