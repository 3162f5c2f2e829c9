// Command teilhabelotse is the case management desktop application for
// DRV case managers. Without a subcommand it opens the window (window.go,
// startup.go); the subcommands work on the same data from the command
// line, one file each (cmd_*.go, listed in commands.go). See README.md.
package main

import "os"

func main() {
	damageWindow = startDamageNotice
	problemWindow = startProblemWindow
	repairWindow = askRepairWindow
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, startGUI))
}
