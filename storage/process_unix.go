//go:build !windows

package storage

import (
	"errors"
	"runtime"
	"syscall"
)

// processRunning reports whether a process with pid exists; one of another
// user (EPERM) exists too.
func processRunning(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// caseInsensitiveFS: macOS volumes ignore case by default.
const caseInsensitiveFS = runtime.GOOS == "darwin"
