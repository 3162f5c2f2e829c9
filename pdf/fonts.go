package pdf

import (
	"encoding/binary"
	"strings"
	"sync"

	"github.com/jung-kurt/gofpdf"

	"teilhabelotse/assets"
)

// fontFamily is the name the documents register DejaVu Sans under.
const fontFamily = "DejaVu"

// substitute stands in for a character the font cannot show.
const substitute = '□'

// styles are the faces the layout uses: regular, bold and oblique. Bold
// oblique is in assets too but unused; gofpdf would embed it all the same,
// and a style not registered here puts a document into gofpdf's error state
// (returned by every function of this package), never into wrong output.
var styles = []string{"", "B", "I"}

// addFonts registers each style of the document font with a fresh copy of
// its bytes (gofpdf keeps and reads them while writing the document).
func addFonts(f *gofpdf.Fpdf) {
	for _, st := range styles {
		f.AddUTF8FontFromBytes(fontFamily, st, assets.DocumentFont(st))
	}
}

// glyphSet is a bitset over the Basic Multilingual Plane.
type glyphSet [65536 / 64]uint64

func (g *glyphSet) has(r rune) bool {
	return r >= 0 && r < 65536 && g[r/64]&(1<<(uint(r)%64)) != 0
}

func (g *glyphSet) add(r int) { g[r/64] |= 1 << (uint(r) % 64) }

var (
	coverOnce sync.Once
	cover     *glyphSet
)

// covered is the set of characters every style used has a glyph for.
func covered() *glyphSet {
	coverOnce.Do(func() {
		var all *glyphSet
		for _, st := range styles {
			g := cmapCoverage(assets.DocumentFont(st))
			if all == nil {
				all = g
				continue
			}
			for i := range all {
				all[i] &= g[i]
			}
		}
		cover = all
	})
	return cover
}

// cmapCoverage reads the Unicode BMP cmap (format 4) of a TrueType file and
// returns the characters it maps to a real glyph. A file it cannot read
// yields the empty set, so everything but plain text would be substituted
// — visible, never a crash.
func cmapCoverage(ttf []byte) *glyphSet {
	g := &glyphSet{}
	u16 := func(off int) int {
		if off < 0 || off+2 > len(ttf) {
			return 0
		}
		return int(binary.BigEndian.Uint16(ttf[off:]))
	}
	u32 := func(off int) int {
		if off < 0 || off+4 > len(ttf) {
			return 0
		}
		return int(binary.BigEndian.Uint32(ttf[off:]))
	}
	cmap := -1
	for i, n := 0, u16(4); i < n; i++ {
		rec := 12 + 16*i
		if rec+16 <= len(ttf) && string(ttf[rec:rec+4]) == "cmap" {
			cmap = u32(rec + 8)
		}
	}
	if cmap < 0 {
		return g
	}
	sub := -1
	for i, n := 0, u16(cmap+2); i < n; i++ {
		rec := cmap + 4 + 8*i
		pid, eid := u16(rec), u16(rec+2)
		if (pid == 3 && eid == 1) || (pid == 0 && eid <= 3) {
			if off := cmap + u32(rec+4); u16(off) == 4 {
				sub = off
				break
			}
		}
	}
	if sub < 0 {
		return g
	}
	segs := u16(sub+6) / 2
	ends := sub + 14
	starts := ends + 2*segs + 2
	deltas := starts + 2*segs
	ranges := deltas + 2*segs
	for s := 0; s < segs; s++ {
		start, end := u16(starts+2*s), u16(ends+2*s)
		delta, ro := u16(deltas+2*s), u16(ranges+2*s)
		for c := start; c <= end && c < 0xFFFF; c++ {
			glyph := (c + delta) & 0xFFFF
			if ro != 0 {
				glyph = u16(ranges + 2*s + ro + 2*(c-start))
				if glyph != 0 {
					glyph = (glyph + delta) & 0xFFFF
				}
			}
			if glyph != 0 {
				g.add(c)
			}
		}
	}
	return g
}

// clean makes text safe for gofpdf and the font: tabs become spaces,
// carriage returns and other control characters go, emoji joiners and
// variation selectors vanish, and every other character the font lacks —
// notably anything above U+FFFF, which makes gofpdf panic — becomes □.
// Newlines stay; the layout code splits paragraphs on them.
func clean(s string) string {
	if s == "" {
		return s
	}
	g := covered()
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteString("    ")
		case r < 0x20, r == 0x7F, r == 0xFEFF:
			// control characters and byte-order marks carry no text
		case r == 0x200D, r >= 0xFE00 && r <= 0xFE0F, r >= 0x1F3FB && r <= 0x1F3FF, r >= 0xE0000 && r <= 0xE007F:
			// zero-width joiner, variation selectors, skin tones and tags
			// only modify the emoji before them, which is substituted already
		case g.has(r):
			b.WriteRune(r)
		default:
			b.WriteRune(substitute)
		}
	}
	return b.String()
}
