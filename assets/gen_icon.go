//go:build ignore

// gen_icon draws the application icon assets/icon.png: a deep-teal rounded
// square with a white loop arrow (the Regelkreis of the case management)
// around a compass needle (the Lotse who keeps the course). Run it from the
// repository root after changing the design:
//
//	go run assets/gen_icon.go [-o assets/icon.png] [-size 512]
//
// The drawing is pure geometry, supersampled 4×4 per pixel, so the output
// is the same on every machine.
package main

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

type rgba struct{ r, g, b, a float64 }

var (
	tealTop    = rgba{0.09, 0.47, 0.50, 1} // #177880
	tealBottom = rgba{0.04, 0.30, 0.34, 1} // #0a4d57
	white      = rgba{1, 1, 1, 1}
	mist       = rgba{0.66, 0.85, 0.86, 1} // the needle's south half
)

// All geometry on a 512×512 canvas; other sizes scale.
const (
	canvas     = 512.0
	corner     = 112.0
	ringR      = 148.0
	ringW      = 34.0
	arrowEnd   = -100.0 // degrees, screen coordinates (y down): where the arc ends in the arrowhead
	gapEnd     = -38.0  // where the arc starts again after the gap
	headLen    = 62.0
	headHalf   = 40.0
	needleLen  = 96.0
	needleHalf = 25.0
	needleRot  = 40.0 // degrees clockwise from north: the course ahead, toward the gap
	hubR       = 11.0
)

func rad(d float64) float64 { return d * math.Pi / 180 }

// insideRoundedSquare reports whether (x, y) lies in the background tile.
func insideRoundedSquare(x, y float64) bool {
	cx := math.Max(corner-x, math.Max(x-(canvas-corner), 0))
	cy := math.Max(corner-y, math.Max(y-(canvas-corner), 0))
	if x < 0 || y < 0 || x > canvas || y > canvas {
		return false
	}
	return cx*cx+cy*cy <= corner*corner
}

// angleIn reports whether angle a (degrees) lies on the arc that runs
// clockwise from gapEnd to arrowEnd+360.
func angleIn(a float64) bool {
	for a < gapEnd {
		a += 360
	}
	return a <= arrowEnd+360
}

func cross(ax, ay, bx, by, px, py float64) float64 {
	return (bx-ax)*(py-ay) - (by-ay)*(px-ax)
}

func inTriangle(px, py float64, t [6]float64) bool {
	d1 := cross(t[0], t[1], t[2], t[3], px, py)
	d2 := cross(t[2], t[3], t[4], t[5], px, py)
	d3 := cross(t[4], t[5], t[0], t[1], px, py)
	neg := d1 < 0 || d2 < 0 || d3 < 0
	pos := d1 > 0 || d2 > 0 || d3 > 0
	return !(neg && pos)
}

var arrowHead = func() [6]float64 {
	c := canvas / 2
	th := rad(arrowEnd)
	px, py := c+ringR*math.Cos(th), c+ringR*math.Sin(th)
	rx, ry := math.Cos(th), math.Sin(th)  // radial
	tx, ty := -math.Sin(th), math.Cos(th) // clockwise tangent
	return [6]float64{
		px - rx*headHalf, py - ry*headHalf,
		px + rx*headHalf, py + ry*headHalf,
		px + tx*headLen, py + ty*headLen,
	}
}()

// sample returns the colour at canvas point (x, y).
func sample(x, y float64) rgba {
	if !insideRoundedSquare(x, y) {
		return rgba{}
	}
	t := y / canvas
	col := rgba{
		tealTop.r + (tealBottom.r-tealTop.r)*t,
		tealTop.g + (tealBottom.g-tealTop.g)*t,
		tealTop.b + (tealBottom.b-tealTop.b)*t, 1,
	}
	c := canvas / 2
	dx, dy := x-c, y-c
	r := math.Hypot(dx, dy)
	if math.Abs(r-ringR) <= ringW/2 && angleIn(math.Atan2(dy, dx)*180/math.Pi) {
		return white
	}
	if inTriangle(x, y, arrowHead) {
		return white
	}
	// The needle: a rhombus rotated by needleRot, north half white.
	s, co := math.Sin(rad(-needleRot)), math.Cos(rad(-needleRot))
	nx, ny := dx*co-dy*s, dx*s+dy*co
	if math.Abs(nx)/needleHalf+math.Abs(ny)/needleLen <= 1 {
		if r <= hubR {
			return col
		}
		if ny < 0 {
			return white
		}
		return mist
	}
	return col
}

func main() {
	out := flag.String("o", "assets/icon.png", "output file")
	size := flag.Int("size", 512, "width and height in pixels")
	flag.Parse()

	const ss = 4 // samples per axis
	n := *size
	scale := canvas / float64(n)
	img := image.NewNRGBA(image.Rect(0, 0, n, n))
	for py := 0; py < n; py++ {
		for px := 0; px < n; px++ {
			var acc rgba
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) * scale
					y := (float64(py) + (float64(sy)+0.5)/ss) * scale
					s := sample(x, y)
					acc.r += s.r * s.a
					acc.g += s.g * s.a
					acc.b += s.b * s.a
					acc.a += s.a
				}
			}
			if acc.a == 0 {
				continue
			}
			to8 := func(v float64) uint8 { return uint8(math.Round(math.Min(1, math.Max(0, v)) * 255)) }
			img.SetNRGBA(px, py, color.NRGBA{
				R: to8(acc.r / acc.a), G: to8(acc.g / acc.a), B: to8(acc.b / acc.a),
				A: to8(acc.a / ss / ss),
			})
		}
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
