package model

import (
	"bytes"
	"image"
	_ "image/jpeg" // the logo may be a JPEG
	_ "image/png"  // or a PNG
)

// CodeLogo is the problem of a logo file that cannot be printed.
const CodeLogo = "ErrLogo"

// MaxLogoBytes bounds the logo: it is drawn 4 cm wide in every header, and
// a photograph of 50 MB would make every document that large.
const MaxLogoBytes = 8 << 20

// CheckLogo checks the content of a logo file: a PNG or JPEG of at most
// MaxLogoBytes with a picture in it. It returns the format ("png" or
// "jpeg"), which names the copy in the data folder.
func CheckLogo(data []byte) (string, error) {
	if len(data) == 0 || len(data) > MaxLogoBytes {
		return "", &Problem{Path: "logoPath", Code: CodeLogo}
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || (format != "png" && format != "jpeg") || cfg.Width <= 0 || cfg.Height <= 0 {
		return "", &Problem{Path: "logoPath", Code: CodeLogo}
	}
	// DecodeConfig reads only the header; a truncated file must fail here,
	// not in the middle of printing a plan.
	if _, _, err := image.Decode(bytes.NewReader(data)); err != nil {
		return "", &Problem{Path: "logoPath", Code: CodeLogo}
	}
	return format, nil
}
