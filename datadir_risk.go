package main

import (
	"path/filepath"
	"strings"
)

// SQLite must not run over a network share or inside a folder a sync
// client copies while the database is open: locks do not hold there and
// the write-ahead log can be copied half-written. The window warns when
// the data folder looks like either.

// cloudFolders are names of folders that sync clients keep in step with a
// cloud; a path through one of them is synced.
var cloudFolders = []string{"onedrive", "nextcloud", "owncloud", "dropbox", "google drive", "googledrive", "icloud drive", "iclouddrive", "mobile documents", "seafile", "box sync", "magentacloud"}

// syncedBy names the sync client whose folder holds dir, "" when none.
// OneDrive's folders are called "OneDrive" or "OneDrive - Organisation".
func syncedBy(dir string, getenv func(string) string) string {
	clean := strings.ToLower(filepath.ToSlash(dir))
	clean = strings.ReplaceAll(clean, `\`, "/")
	for _, v := range []string{"OneDrive", "OneDriveCommercial", "OneDriveConsumer"} {
		if root := strings.ToLower(strings.ReplaceAll(getenv(v), `\`, "/")); root != "" && (clean == root || strings.HasPrefix(clean, strings.TrimSuffix(root, "/")+"/")) {
			return "OneDrive"
		}
	}
	for _, part := range strings.Split(clean, "/") {
		for _, c := range cloudFolders {
			if part == c || strings.HasPrefix(part, c+" - ") || strings.HasPrefix(part, c+" (") {
				return cloudName(c)
			}
		}
	}
	return ""
}

func cloudName(folder string) string {
	switch folder {
	case "onedrive":
		return "OneDrive"
	case "nextcloud":
		return "Nextcloud"
	case "owncloud":
		return "ownCloud"
	case "dropbox":
		return "Dropbox"
	case "google drive", "googledrive":
		return "Google Drive"
	case "icloud drive", "iclouddrive", "mobile documents":
		return "iCloud Drive"
	case "seafile":
		return "Seafile"
	case "box sync":
		return "Box"
	case "magentacloud":
		return "MagentaCLOUD"
	}
	return folder
}

// folderRisk is why the data folder is unsafe for SQLite, or empty.
type folderRisk struct {
	Network bool   // on a network drive or share
	Cloud   string // the sync client of a synced folder
}

func (r folderRisk) any() bool { return r.Network || r.Cloud != "" }

// riskOf looks at the data folder dir (which exists).
func riskOf(dir string, getenv func(string) string) folderRisk {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	return folderRisk{Network: onNetwork(abs), Cloud: syncedBy(abs, getenv)}
}
