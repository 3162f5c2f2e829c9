package main

import (
	"unsafe"

	"golang.org/x/sys/windows"
)

// openGroups are the groups of every local account (and of everyone): an
// ACE that lets one of them read the data folder lets colleagues read
// health data.
var openGroups = map[string]string{
	"S-1-1-0":      "Everyone",
	"S-1-5-11":     "Authenticated Users",
	"S-1-5-32-545": "Users",
	"S-1-5-32-546": "Guests",
	"S-1-5-4":      "Interactive",
}

// readAccess are the rights that read a folder's files or list it.
const readAccess = windows.FILE_LIST_DIRECTORY | windows.GENERIC_READ | windows.GENERIC_ALL

// readableByOthers names the groups of other local users whose access
// rules let them read dir — none when only the owner, SYSTEM and the
// administrators can, as in the user's profile. A folder whose rules
// cannot be read is not judged.
func readableByOthers(dir string) []string {
	sd, err := windows.GetNamedSecurityInfo(dir, windows.SE_FILE_OBJECT, windows.DACL_SECURITY_INFORMATION)
	if err != nil {
		return nil
	}
	dacl, _, err := sd.DACL()
	if err != nil {
		return nil
	}
	if dacl == nil {
		return []string{"Everyone"} // no access rules at all: open to all
	}
	var open []string
	seen := map[string]bool{}
	for i := uint32(0); i < uint32(dacl.AceCount); i++ {
		var ace *windows.ACCESS_ALLOWED_ACE
		if windows.GetAce(dacl, i, &ace) != nil || ace.Header.AceType != windows.ACCESS_ALLOWED_ACE_TYPE {
			continue
		}
		if ace.Mask&readAccess == 0 {
			continue
		}
		sid := (*windows.SID)(unsafe.Pointer(&ace.SidStart))
		if name, ok := openGroups[sid.String()]; ok && !seen[name] {
			seen[name] = true
			open = append(open, name)
		}
	}
	return open
}
