package main

import "syscall"

// onNetwork reports whether dir lies on a network file system.
func onNetwork(dir string) bool {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return false
	}
	name := make([]byte, 0, len(st.Fstypename))
	for _, c := range st.Fstypename {
		if c == 0 {
			break
		}
		name = append(name, byte(c))
	}
	switch string(name) {
	case "smbfs", "nfs", "afpfs", "webdav", "cifs", "osxfuse", "macfuse":
		return true
	}
	return false
}
