// Package assets holds the files embedded in the program: the application
// icon and the documents' fonts with their licence. It imports nothing from
// Fyne, so the pdf package can use it without pulling in the GUI; ui wraps
// IconPNG with fyne.NewStaticResource.
package assets

import _ "embed" // the icon below

// IconPNG is the application icon, 512×512 PNG, drawn by gen_icon.go
// (go run assets/gen_icon.go). Treat it as read-only.
//
//go:embed icon.png
var IconPNG []byte
