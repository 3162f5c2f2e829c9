package main

import (
	"errors"
	"log/slog"
	"os"
	"runtime"
	"strings"

	"teilhabelotse/internal/applog"
	"teilhabelotse/ui"
)

// folder is the data folder of this run as the window's Hilfe › Über
// shows it: where it is, who chose it, and the log in it.
var folder struct {
	dir    string
	source dataSource
	log    *applog.File
}

// startLog opens the log in the data folder dir (made as storage makes
// it, private) and records the start: version, system, command and where
// the folder came from — never a case or a file name.
func (c *cli) startLog(dir string, source dataSource) {
	folder.dir, folder.source = dir, source
	if folder.log != nil {
		return
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return
	}
	l, err := applog.Start(dir)
	if err != nil {
		return
	}
	folder.log = l
	command := c.command
	if command == "" {
		command = "window"
	}
	slog.Info("start", "version", version, "os", runtime.GOOS, "arch", runtime.GOARCH, "command", command, "data", string(source))
}

// stopLog records how the run ended and closes the log. A failure is
// logged by its message ID or kind, not its text, which can name a file.
func (c *cli) stopLog(err error, code int) {
	if folder.log == nil {
		return
	}
	if err != nil {
		var f *failure
		if errors.As(err, &f) {
			slog.Error("failed", "message", f.id)
		} else {
			slog.Error("failed", applog.Err(err))
		}
	}
	slog.Info("stop", "status", code)
	folder.log.Close()
	folder.log = nil
	applog.Discard()
}

// aboutInfo is what Hilfe › Über says about this run.
func aboutInfo() ui.AboutInfo {
	a := ui.AboutInfo{Version: version, Licence: "EUPL-1.2", DataDir: folder.dir, DataSource: string(folder.source)}
	if folder.log != nil {
		a.LogFile = folder.log.Path()
	}
	return a
}

// uiFolderRisk says whether the data folder is on a network drive or in a
// synced folder.
func uiFolderRisk() ui.FolderRisk {
	if folder.dir == "" {
		return ui.FolderRisk{}
	}
	r := riskOf(folder.dir, os.Getenv)
	open := readableByOthers(folder.dir)
	if len(open) > 0 {
		slog.Warn("data folder readable by other users", "groups", strings.Join(open, ","))
	}
	return ui.FolderRisk{Network: r.Network, Cloud: r.Cloud, ReadableBy: open}
}
