package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// LockName is the lock file in the data folder. While a program holds it,
// no other window and no writing command works on the same folder: two
// writers each saving their whole copy of a case would silently erase the
// other's text.
const LockName = "teilhabelotse.lock"

// Holder is who holds the data folder, as written into the lock file.
type Holder struct {
	PID     int       `json:"pid"`
	Host    string    `json:"host"`
	Since   time.Time `json:"since"`
	Purpose string    `json:"purpose"` // "window", or the command ("import")
}

// ErrLocked is matched by a *LockedError.
var ErrLocked = errors.New("the data folder is in use by another program")

// LockedError says that another process holds the data folder.
type LockedError struct {
	Dir    string
	Holder Holder // zero when the lock file could not be read
}

func (e *LockedError) Error() string {
	h := e.Holder
	if h.PID == 0 {
		return fmt.Sprintf("%s: %v", e.Dir, ErrLocked)
	}
	return fmt.Sprintf("%s: %v (%s, process %d on %s since %s)", e.Dir, ErrLocked,
		h.Purpose, h.PID, h.Host, h.Since.Local().Format("2006-01-02 15:04"))
}

func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// Lock is the data folder held by this process until Release.
type Lock struct {
	f    *os.File
	path string
	// Stale is the holder a lock file named when it was taken over: a
	// program that ended without releasing it (a crash, a power cut).
	Stale *Holder
}

// lockPoll is how often a waiting AcquireLock tries again.
const lockPoll = 100 * time.Millisecond

// AcquireLock takes the data folder dir for purpose, waiting up to wait
// for another holder to let go, and returns a *LockedError naming that
// holder otherwise. The lock is the operating system's lock on the open
// file (flock, LockFileEx), so it ends with the process however it ends:
// a lock file left by a crash is stale at once and taken over. The pid,
// host and purpose in the file are only there to tell the user who holds
// the folder.
func AcquireLock(dir, purpose string, wait time.Duration) (*Lock, error) {
	if err := privateDir(dir); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, LockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, fileMode)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	deadline := time.Now().Add(wait)
	for {
		err = lockFile(f)
		if err == nil {
			break
		}
		if !errors.Is(err, errWouldBlock) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if time.Now().After(deadline) {
			h, _ := readHolder(f)
			f.Close()
			return nil, &LockedError{Dir: dir, Holder: h}
		}
		time.Sleep(lockPoll)
	}
	l := &Lock{f: f, path: path}
	if h, err := readHolder(f); err == nil && h.PID != 0 {
		l.Stale = &h
	}
	if err := l.write(purpose); err != nil {
		l.Release()
		return nil, err
	}
	return l, nil
}

// Holding reports who holds the data folder, if anyone: the read-only
// commands work beside the window, but tell the user a window is open.
func Holding(dir string) (Holder, bool) {
	f, err := os.OpenFile(filepath.Join(dir, LockName), os.O_RDWR, 0)
	if err != nil {
		return Holder{}, false
	}
	defer f.Close()
	if err := lockFile(f); err == nil {
		unlockFile(f)
		return Holder{}, false
	}
	h, _ := readHolder(f)
	return h, true
}

func (l *Lock) write(purpose string) error {
	host, _ := os.Hostname()
	b, err := json.Marshal(Holder{PID: os.Getpid(), Host: host, Since: time.Now().UTC(), Purpose: purpose})
	if err != nil {
		return err
	}
	if err := l.f.Truncate(0); err != nil {
		return err
	}
	if _, err := l.f.WriteAt(append(b, '\n'), 0); err != nil {
		return err
	}
	return l.f.Sync()
}

// Release lets the data folder go. The lock file stays empty behind: removing
// it would race with a program that just opened it.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	l.f.Truncate(0)
	unlockFile(l.f)
	err := l.f.Close()
	l.f = nil
	return err
}

func readHolder(f *os.File) (Holder, error) {
	b, err := io.ReadAll(io.NewSectionReader(f, 0, 4096))
	if err != nil || len(b) == 0 {
		return Holder{}, err
	}
	var h Holder
	err = json.Unmarshal(b, &h)
	return h, err
}
