package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"teilhabelotse/assets"
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
}

// appName is the program's name as FyneApp.toml gives it.
const appName = "Teilhabelotse"
