package storage

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// TempPrefix begins the name of every temporary file the program writes —
// a backup or export on its way to its target, a decrypted backup being
// restored. Such a file holds the same health data as the database, so it
// must never outlive the operation: it is removed on every error path, and
// what a killed program left (its process id is in the name) is swept at
// the next start and before the next write into the same folder.
const TempPrefix = ".teilhabelotse-tmp-"

// createTemp creates an empty temporary file (mode 0600) in dir for what
// ("backup", "export", …), named TempPrefix<pid>-<what>-<random>.tmp.
func createTemp(dir, what string) (string, error) {
	f, err := os.CreateTemp(dir, TempPrefix+strconv.Itoa(os.Getpid())+"-"+what+"-*.tmp")
	if err != nil {
		return "", err
	}
	name := f.Name()
	if err := f.Close(); err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}

// tempCopy writes what r reads into a new temporary file in dir for what
// (mode 0600, synced): the copy of a backup being restored. On any error
// nothing of it is left.
func tempCopy(dir, what string, r io.Reader) (string, error) {
	name, err := createTemp(dir, what)
	if err != nil {
		return "", err
	}
	out, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err == nil {
		_, err = io.Copy(out, r)
		if err == nil {
			err = out.Sync()
		}
		if cerr := out.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		removeTemp(name)
		return "", err
	}
	return name, nil
}

// removeTemp removes a temporary file and what SQLite may have written
// beside it (a rollback journal of VACUUM INTO, a -wal and -shm).
func removeTemp(name string) {
	for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
		os.Remove(name + suffix)
	}
}

// legacyTemp are the temporary names of earlier versions, which carried no
// process id: swept once they are a minute old.
var legacyTemp = []string{".backup-*.tmp*", ".restore-*.tmp*", ".teilhabelotse-*.db.*.tmp*", ".teilhabelotse.db.*.tmp*"}

// SweepTemp removes the temporary files a killed or crashed program left
// in dir: those of a process that is no longer running, and those of
// earlier versions. It returns what it removed. A file of a running
// process (a backup beside the window) is left alone.
func SweepTemp(dir string) ([]string, error) {
	names, err := filesIn(dir, func(n string) bool { return strings.HasPrefix(n, ".") && leftBehind(dir, n) })
	if err != nil {
		return nil, err
	}
	var removed []string
	for _, n := range names {
		p := filepath.Join(dir, n)
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return removed, fmt.Errorf("remove %s: %w", p, err)
		}
		removed = append(removed, p)
	}
	return removed, nil
}

// leftBehind reports whether the file name in dir is a temporary file of a
// program that is gone.
func leftBehind(dir, name string) bool {
	if rest, ok := strings.CutPrefix(name, TempPrefix); ok {
		pidText, _, _ := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		return err == nil && !processRunning(pid)
	}
	for _, pattern := range legacyTemp {
		if ok, _ := filepath.Match(pattern, name); ok {
			st, err := os.Stat(filepath.Join(dir, name))
			return err == nil && time.Since(st.ModTime()) > time.Minute
		}
	}
	return false
}

// SweepDataFolder sweeps the data folder and its backups folder.
func SweepDataFolder(dir string) ([]string, error) {
	a, err := SweepTemp(dir)
	if err != nil {
		return a, err
	}
	b, err := SweepTemp(filepath.Join(dir, BackupDir))
	return append(a, b...), err
}
