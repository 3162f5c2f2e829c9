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
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"sync"
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
	return l, nil
}

// Discard sends slog's default logger nowhere.
func Discard() { slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil))) }

// path matches an absolute file path on Linux, macOS or Windows, up to
// the next space, quote or colon-space.
var path = regexp.MustCompile(`(?:[A-Za-z]:[\\/]|\\\\|/)[^\s"':]*`)

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
	return slog.String("error", path.ReplaceAllString(err.Error(), "<path>"))
}
