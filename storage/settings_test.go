package storage

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"teilhabelotse/model"
)

// Every field of the settings comes back as saved; settings the model
// refuses are not saved and the stored ones stay.
func TestSettingsRoundTripAndRefusal(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	s := model.Settings{Name: "Sabine Lotse", Role: "Fallmanagerin", Organisation: "IFD Musterstadt",
		Address: "Brückenstraße 3\n12345 Musterstadt", Phone: "030 1", Email: "fm@ifd.example.org",
		Carrier: model.DRVCarriers[3], Deputy: "Jörg Vertretung", DeputyPhone: "030 2", DeputyEmail: "jv@ifd.example.org",
		Language: "en", Theme: model.ThemeDark, ReviewDaysC: 21, SetupSkipped: true}
	if err := d.SaveSettings(ctx, s); err != nil {
		t.Fatal(err)
	}
	got, err := d.Settings(ctx)
	if err != nil || got != s.WithDefaults() {
		t.Fatalf("settings read back as %+v, %v", got, err)
	}
	bad := got
	bad.DeputyEmail = "nicht-gültig"
	bad.Name = "Überschrieben"
	err = d.SaveSettings(ctx, bad)
	var ps model.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Path != "deputyEmail" {
		t.Fatalf("bad settings saved: %v", err)
	}
	if again, _ := d.Settings(ctx); again != got {
		t.Errorf("a refused save changed the settings: %+v", again)
	}
}

// The logo is checked and copied into the data folder; a PNG replaces a
// JPEG copy; anything else is refused and the old copy stays.
func TestSaveLogo(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	img := image.NewRGBA(image.Rect(0, 0, 30, 10))
	var pngData, jpgData bytes.Buffer
	if err := png.Encode(&pngData, img); err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(&jpgData, img, nil); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(d.Path())
	p, err := d.SaveLogo(ctx, jpgData.Bytes())
	if err != nil || p != filepath.Join(dir, "logo.jpg") {
		t.Fatalf("JPEG logo: %q, %v", p, err)
	}
	p, err = d.SaveLogo(ctx, pngData.Bytes())
	if err != nil || p != filepath.Join(dir, "logo.png") {
		t.Fatalf("PNG logo: %q, %v", p, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "logo.jpg")); !os.IsNotExist(err) {
		t.Error("the replaced JPEG copy is still there")
	}
	if got, _ := os.ReadFile(p); !bytes.Equal(got, pngData.Bytes()) {
		t.Error("the copy differs from the picture")
	}
	if st, _ := os.Stat(p); st.Mode().Perm()&0o077 != 0 {
		t.Errorf("logo copy is readable by others: %v", st.Mode())
	}
	if _, err := d.SaveLogo(ctx, []byte("%PDF-1.4")); err == nil {
		t.Error("a PDF was taken as a logo")
	}
	if got, _ := os.ReadFile(p); !bytes.Equal(got, pngData.Bytes()) {
		t.Error("a refused logo replaced the copy")
	}
}
