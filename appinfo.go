package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"teilhabelotse/assets"
	"teilhabelotse/internal/applog"
	_ "teilhabelotse/internal/localeenv" // before Fyne reads the locale
	"teilhabelotse/pdf"
)

// The version of FyneApp.toml (see version) is the one the window, the
// command line and the documents name. Fyne reads FyneApp.toml itself only
// in a build made by the fyne tool; a plain go build would say 0.0.1.
func init() {
	app.SetMetadata(fyne.AppMetadata{
		ID:         appID,
		Name:       appName,
		Version:    version,
		Build:      1,
		Icon:       fyne.NewStaticResource("icon.png", assets.IconPNG),
		Migrations: map[string]bool{"fyneDo": true},
	})
	pdf.Creator = appName + " " + version
	// Nothing is logged on the console: the log goes to the data folder
	// once it is known (applog.Start), and nowhere before.
	applog.Discard()
}

// appName is the program's name as FyneApp.toml gives it.
const appName = "Teilhabelotse"
