package main

import (
	"path/filepath"
	"strings"

	"golang.org/x/sys/windows"
)

// onNetwork reports whether dir is a UNC path (\\server\share) or on a
// mapped network drive.
func onNetwork(dir string) bool {
	if strings.HasPrefix(dir, `\\`) && !strings.HasPrefix(dir, `\\?\`) {
		return true
	}
	root := filepath.VolumeName(dir) + `\`
	p, err := windows.UTF16PtrFromString(root)
	if err != nil {
		return false
	}
	return windows.GetDriveType(p) == windows.DRIVE_REMOTE
}
