// Command teilhabelotse is the case management desktop application for
// DRV case managers. Without a subcommand it opens the window; the
// subcommands (import, list, export, demo, help) work on the same data from
// the command line. See commands.go and README.md.
package main

import (
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"teilhabelotse/assets"
	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui"
)

// appID is the application ID of FyneApp.toml; Fyne keeps its preferences
// under it.
const appID = "de.teilhabelotse.app"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, startGUI))
}

// startGUI opens the main window and returns when the user quits.
func startGUI(store model.Store, loc *locales.Localizer) {
	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	ui.New(a, store, loc, time.Now, ui.Async()).ShowAndRun()
}
