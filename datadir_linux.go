package main

import "syscall"

// Magic numbers of statfs(2) for network file systems.
var networkFS = map[int64]bool{
	0x6969:     true, // NFS
	0x517B:     true, // SMB
	0xFF534D42: true, // CIFS
	0xFE534D42: true, // SMB2
	0x564C:     true, // NCP
	0x65735546: true, // FUSE (sshfs, rclone, davfs2 …; rarely a local disk)
	0x00C36400: true, // Ceph
	0x47504653: true, // GPFS
	0x0BD00BD0: true, // Lustre
	0x5346414F: true, // AFS
}

// onNetwork reports whether dir lies on a network file system.
func onNetwork(dir string) bool {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return false
	}
	return networkFS[int64(st.Type)]
}
