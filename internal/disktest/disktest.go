// Package disktest gives tests a real full or read-only disk: a small tmpfs
// mounted for the test (as root; the test is skipped otherwise), so what
// the program says about a full or write-protected disk is tested against
// the system's own errors, not simulated ones.
package disktest

import (
	"os/exec"
	"testing"
)

// Small mounts a tmpfs of size ("256k", "8m") in a temporary folder and
// returns it; it is unmounted when the test ends.
func Small(t testing.TB, size string) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small file system here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// ReadOnly remounts the small disk at dir read-only.
func ReadOnly(t testing.TB, dir string) {
	t.Helper()
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("remount read-only: %v %s", err, out)
	}
}
