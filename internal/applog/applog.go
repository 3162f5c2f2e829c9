// Package applog keeps the program's log file: teilhabelotse.log in the
// data folder, so errors of the Windows program (which has no console)
// do not vanish. It records start and stop, migrations, backups and
// errors — never client data: callers log fixed messages with counts,
// versions and message IDs, and Err reduces an error to its kind with
// every file path taken out (a file name can be a client's name).
//
// The file is small: past MaxSize it becomes teilhabelotse.log.1 (the one
// older generation kept) and a new one starts.
package applog

import (
	"errors"
	"io"
	"io/fs"
	"log"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode"
)

// FileName is the log's name in the data folder.
const FileName = "teilhabelotse.log"

// MaxSize is the size at which the log is rotated.
const MaxSize = 512 << 10

// File is the rotating log file.
type File struct {
	mu   sync.Mutex
	path string
	f    *os.File
	size int64
	max  int64
}

// Open opens the log in dir for appending, rotating it first when it is
// full.
func Open(dir string) (*File, error) {
	l := &File{path: filepath.Join(dir, FileName), max: MaxSize}
	if err := l.open(); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *File) open() error {
	if st, err := os.Stat(l.path); err == nil && st.Size() >= l.max {
		if err := os.Rename(l.path, l.path+".1"); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(l.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return err
	}
	l.f, l.size = f, st.Size()
	return nil
}

// Path is where the log is.
func (l *File) Path() string { return l.path }

// Write appends p and rotates the file once it is full. A log that cannot
// be written loses the line; the program goes on.
func (l *File) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return len(p), nil
	}
	if l.size+int64(len(p)) > l.max && l.size > 0 {
		l.f.Close()
		l.f = nil
		if err := l.open(); err != nil {
			return len(p), nil
		}
	}
	n, err := l.f.Write(p)
	l.size += int64(n)
	return n, err
}

// Close closes the file.
func (l *File) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}

// Start opens the log in dir and makes it the destination of slog's
// default logger. Without a log file (a folder that cannot be written)
// the program logs nothing rather than writing on the console.
func Start(dir string) (*File, error) {
	l, err := Open(dir)
	if err != nil {
		Discard()
		return nil, err
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(l, &slog.HandlerOptions{Level: slog.LevelInfo})))
	// Fyne and the libraries log through the standard log package: into
	// the file too, with file paths taken out as from Err.
	log.SetOutput(scrubbing{l})
	log.SetFlags(log.LstdFlags)
	return l, nil
}

// scrubbing writes lines with every file path replaced.
type scrubbing struct{ w io.Writer }

func (s scrubbing) Write(p []byte) (int, error) {
	if _, err := io.WriteString(s.w, scrubPaths(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Discard sends slog's default logger nowhere.
func Discard() {
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	log.SetOutput(io.Discard)
}

// scrubPaths replaces every absolute file path in s — /…, C:\…, \\server\…
// — by "<path>". A path starts after a space, a quote, a bracket or the
// start and runs, spaces included, to the next ": " (how Go joins an
// operation, a path and its error), quote or line end.
func scrubPaths(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if startsPath(s, i) {
			j := i + 1
			for j < len(s) && s[j] != '"' && s[j] != '\'' && s[j] != '\n' && !strings.HasPrefix(s[j:], ": ") {
				j++
			}
			b.WriteString("<path>")
			i = j
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func startsPath(s string, i int) bool {
	if i > 0 && !strings.ContainsRune(" \"'([=", rune(s[i-1])) {
		return false
	}
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, `\\`):
		return true
	case len(rest) >= 3 && rest[1] == ':' && (rest[2] == '\\' || rest[2] == '/') && unicode.IsLetter(rune(rest[0])):
		return true
	case rest[0] == '/' && len(rest) > 1 && rest[1] != ' ':
		return true
	}
	return false
}

// Err is an error as the log may hold it: the message with every file
// path replaced by "<path>", and for a file system error the operation
// and the system's reason only.
func Err(err error) slog.Attr {
	if err == nil {
		return slog.String("error", "")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return slog.String("error", pe.Op+": "+pe.Err.Error())
	}
	return slog.String("error", scrubPaths(err.Error()))
}
