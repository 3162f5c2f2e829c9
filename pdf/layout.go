// Package pdf renders the case manager's documents — the Reha- und
// Teilhabeplan, the Abschlussdokumentation and the Einwilligung zur
// Weitergabe — from model values. It knows gofpdf, the model, the messages
// of locales and the embedded font of assets; it never touches Fyne or the
// database.
//
// Every document is A4 portrait with the organisation's header, a footer
// "Vertraulich – Seite x von y" with the print date, text that wraps and
// tables that break across pages with their header row repeated. Every
// user-visible word comes from locales (message IDs "PDF.*" and the model's
// enumeration labels); a field left empty prints the "not documented"
// marker, never a blank.
package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"io"
	"math"
	"os"
	"strings"
	"time"

	_ "image/jpeg" // logos may be JPEG

	"github.com/jung-kurt/gofpdf"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// Page geometry in millimetres: A4 portrait.
const (
	pageW         = 210.0
	pageH         = 297.0
	marginL       = 20.0
	marginR       = 20.0
	contentW      = pageW - marginL - marginR
	headerTop     = 12.0
	contentTop    = 34.0
	contentBottom = 274.0
	footerTop     = 279.0

	ptMM = 25.4 / 72 // one typographic point in millimetres

	sizeBody  = 9.0
	sizeSmall = 8.0
	sizeTable = 8.0

	labelW = 56.0 // the label column of label/value lists
)

type rgb struct{ r, g, b int }

// A calm palette: near-black text, one muted blue for structure, light rules.
var (
	colText    = rgb{33, 37, 41}
	colMuted   = rgb{100, 108, 118}
	colAccent  = rgb{31, 73, 115}
	colRule    = rgb{200, 206, 214}
	colFill    = rgb{240, 243, 247}
	colMissing = rgb{158, 40, 40}
	colDone    = rgb{28, 105, 60}
	colLoop    = rgb{178, 98, 14}
	colLoopBg  = rgb{253, 244, 230}
	// A premature end (vorzeitige Beendigung): neither a gap nor a loop.
	colEarly   = rgb{122, 40, 112}
	colEarlyBg = rgb{247, 236, 245}
)

// doc is one document being drawn: the gofpdf value, the language, and what
// the header and footer of every page show.
type doc struct {
	pdf     *gofpdf.Fpdf
	loc     *locales.Localizer
	set     model.Settings
	printed time.Time
	title   string // document title, repeated in the footer
	subject string // whom the document is about, repeated in the footer
	draft   string // the draft stamp, empty when final
	section int    // number of the last numbered section
	logo    string // registered logo image, empty without one
	logoW   float64
	logoH   float64
	held    []heldHeading // headings waiting for what follows them
}

// Creator names the program in each document's metadata. main adds the
// version of FyneApp.toml, the one place the version is written.
var Creator = "Teilhabelotse"

// newDoc starts a document titled by the message titleID; a nil loc is
// German. render adds the first page, so the caller sets subject and draft
// before that, and the header of page one already carries the draft stamp.
func newDoc(s model.Settings, loc *locales.Localizer, printed time.Time, titleID string) *doc {
	if loc == nil {
		loc = locales.New("de")
	}
	f := gofpdf.New("P", "mm", "A4", "")
	// The alias must exist before fonts are added: gofpdf reserves the
	// digits of the page count in each font's subset then.
	f.AliasNbPages("{nb}")
	addFonts(f)
	f.SetMargins(marginL, contentTop, marginR)
	f.SetAutoPageBreak(false, 0) // every break is placed by the layout code
	f.SetCellMargin(0)
	f.SetCreator(Creator, true)
	if s.Organisation != "" {
		f.SetAuthor(clean(s.Organisation), true)
	}
	f.SetCreationDate(printed)
	f.SetModificationDate(printed)
	f.SetCatalogSort(true) // same input, same bytes
	d := &doc{pdf: f, loc: loc, set: s, printed: printed}
	d.title = d.t(titleID)
	d.loadLogo(s.LogoPath)
	f.SetHeaderFuncMode(d.header, false)
	f.SetFooterFunc(d.footer)
	return d
}

// finish checks gofpdf's error state and writes the document.
func (d *doc) finish(w io.Writer) error {
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// render runs draw and turns a panic inside gofpdf into an error, so a
// document that cannot be drawn never takes the application down.
func render(w io.Writer, d *doc, draw func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: rendering %s failed: %v", d.title, r)
		}
	}()
	d.pdf.SetTitle(d.title, true)
	d.pdf.SetSubject(clean(d.subject), true)
	d.pdf.AddPage()
	draw()
	if len(d.held) > 0 {
		d.need(0) // a heading with nothing after it still prints
	}
	return d.finish(w)
}

// loadLogo registers the logo when path names a readable PNG or JPEG file;
// anything else is ignored and the header goes without a logo. PNGs are
// re-encoded as 8-bit RGBA, which gofpdf reads whatever the original's
// depth or interlacing.
func (d *doc) loadLogo(path string) {
	if strings.TrimSpace(path) == "" || d.pdf.Err() {
		return // (an error already there must not be cleared below)
	}
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() > 8<<20 {
		return
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return
	}
	img, format, err := image.Decode(bytes.NewReader(raw))
	if err != nil || img.Bounds().Empty() {
		return
	}
	data, kind := raw, "JPG"
	if format != "jpeg" {
		rgba := image.NewNRGBA(img.Bounds())
		draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
		var buf bytes.Buffer
		if png.Encode(&buf, rgba) != nil {
			return
		}
		data, kind = buf.Bytes(), "PNG"
	}
	info := d.pdf.RegisterImageOptionsReader("logo", gofpdf.ImageOptions{ImageType: kind}, bytes.NewReader(data))
	if d.pdf.Err() || info == nil {
		d.pdf.ClearError()
		return
	}
	w, h := info.Extent()
	if w <= 0 || h <= 0 {
		return
	}
	const maxW, maxH = 40.0, 15.0
	scale := math.Min(maxW/w, maxH/h)
	d.logo, d.logoW, d.logoH = "logo", w*scale, h*scale
}

// --- text primitives -------------------------------------------------------

// t translates id and makes the text safe for the font.
func (d *doc) t(id string, kv ...any) string { return clean(d.loc.T(id, kv...)) }

// enum translates an enumeration value of the model.
func (d *doc) enum(typ string, v any) string { return clean(d.loc.Enum(typ, v)) }

// gap is the visible marker of an undocumented item.
func (d *doc) gap() string { return d.t("PDF.notDocumented") }

// orGap returns s, or the gap marker when s is blank.
func (d *doc) orGap(s string) string {
	if strings.TrimSpace(s) == "" {
		return d.gap()
	}
	return s
}

// date formats a day in the document's language, "" when not set.
func (d *doc) date(v model.Date) string { return d.loc.Date(v) }

// dateOrGap formats a day or returns the gap marker.
func (d *doc) dateOrGap(v model.Date) string { return d.orGap(d.date(v)) }

// yesNo is "ja"/"nein" in the document's language.
func (d *doc) yesNo(b bool) string {
	if b {
		return d.t("PDF.yes")
	}
	return d.t("PDF.no")
}

// num formats a decimal number with one digit, with a decimal comma in German.
func (d *doc) num(v float64) string { return d.loc.Number(v, 1) }

func (d *doc) font(style string, size float64) { d.pdf.SetFont(fontFamily, style, size) }

func (d *doc) color(c rgb) { d.pdf.SetTextColor(c.r, c.g, c.b) }

func (d *doc) draw(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }

func (d *doc) fill(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }

// lineH is the line height for a font size in points.
func lineH(size float64) float64 { return size * ptMM * 1.42 }

func (d *doc) y() float64 { return d.pdf.GetY() }

// space moves down by h, never past the bottom of the page. Below a held
// heading the space is the heading's, placed when the heading is.
func (d *doc) space(h float64) {
	if n := len(d.held); n > 0 {
		d.held[n-1].after += h
		return
	}
	if d.y()+h > contentBottom {
		d.newPage()
		return
	}
	d.pdf.SetY(d.y() + h)
}

// need starts a new page unless h millimetres still fit on this one. Every
// block asks before it draws, so this is also where held headings are
// placed: on this page when they and the first h millimetres of what
// follows fit, else at the top of the next — a heading never ends a page.
func (d *doc) need(h float64) {
	if len(d.held) > 0 {
		held := d.held
		d.held = nil
		total, keep := 0.0, h
		for _, hh := range held {
			total += hh.h + hh.after
			keep = math.Max(keep, hh.keep)
		}
		if d.y()+total+math.Min(keep, contentBottom-contentTop-total) > contentBottom {
			d.pdf.AddPage()
			d.pdf.SetXY(marginL, contentTop)
		}
		d.place(held)
	}
	if d.y()+h > contentBottom {
		d.newPage()
	}
}

// heldHeading is a heading not yet drawn: it waits until the block after
// it asks for room, so that both go on the same page.
type heldHeading struct {
	draw  func()
	h     float64 // the heading's own height
	after float64 // space below it, asked for before anything followed
	keep  float64 // at least this much of what follows stays with it
}

// hold queues a heading of height h drawn by draw.
func (d *doc) hold(h, keep float64, draw func()) {
	d.held = append(d.held, heldHeading{draw: draw, h: h, keep: keep})
}

// place draws held headings from the current position.
func (d *doc) place(held []heldHeading) {
	for _, hh := range held {
		hh.draw()
		if d.y()+hh.after <= contentBottom {
			d.pdf.SetY(d.y() + hh.after)
		}
	}
}

func (d *doc) newPage() {
	d.pdf.AddPage()
	d.pdf.SetXY(marginL, contentTop)
	held := d.held
	d.held = nil
	d.place(held)
}

// wrap splits text into lines of at most w millimetres in the current font.
// Newlines start new paragraphs; an empty paragraph is an empty line.
func (d *doc) wrap(text string, w float64) []string {
	var out []string
	for _, p := range strings.Split(clean(text), "\n") {
		p = strings.TrimRight(p, " ")
		if p == "" {
			out = append(out, "")
			continue
		}
		out = append(out, d.pdf.SplitText(p, w)...)
	}
	for len(out) > 1 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// clip keeps the first n lines; when it drops any, the last line kept ends
// in "…" and still fits into w in the current font.
func (d *doc) clip(lines []string, n int, w float64) []string {
	if len(lines) <= n {
		return lines
	}
	lines = lines[:n]
	last := []rune(lines[n-1])
	for len(last) > 0 && d.pdf.GetStringWidth(string(last)+"…") > w {
		last = last[:len(last)-1]
	}
	lines[n-1] = strings.TrimRight(string(last), " ") + "…"
	return lines
}

// lines draws wrapped text from the current position at x with width w,
// breaking pages between lines.
func (d *doc) lines(x, w float64, text, style string, size float64, c rgb, align string) {
	d.font(style, size)
	lh := lineH(size)
	for _, ln := range d.wrap(text, w) {
		d.need(lh)
		d.font(style, size) // the header of a new page changes the font
		d.color(c)
		d.pdf.SetXY(x, d.y())
		d.pdf.CellFormat(w, lh, ln, "", 0, align, false, 0, "")
		d.pdf.SetY(d.y() + lh)
	}
}

// --- blocks ----------------------------------------------------------------

// titleBlock prints the document title and a line about whom it concerns.
func (d *doc) titleBlock(title, sub string) {
	d.pdf.SetXY(marginL, contentTop)
	d.lines(marginL, contentW, title, "B", 17, colAccent, "L")
	d.space(1)
	if sub != "" {
		d.lines(marginL, contentW, sub, "", 10.5, colText, "L")
	}
	d.space(4)
}

// fact is one label/value pair of a facts box.
type fact struct{ label, value string }

// facts draws a light box of short label/value pairs, four to a row; a
// value longer than three lines is clipped (the full text belongs in the
// body of the document).
func (d *doc) facts(fs []fact) {
	const pad, cols = 3.0, 4
	colW := (contentW - 2*pad) / float64(cols)
	lhL, lhV := lineH(7.5), lineH(sizeBody)
	type laid struct{ label, value []string }
	var rows [][]laid
	var heights []float64
	for i := 0; i < len(fs); i += cols {
		var row []laid
		h := 0.0
		for j := i; j < i+cols && j < len(fs); j++ {
			d.font("", 7.5)
			l := d.wrap(fs[j].label, colW-3)
			d.font("B", sizeBody)
			v := d.clip(d.wrap(d.orGap(fs[j].value), colW-3), 3, colW-3)
			row = append(row, laid{l, v})
			h = math.Max(h, float64(len(l))*lhL+float64(len(v))*lhV)
		}
		rows = append(rows, row)
		heights = append(heights, h+1.5)
	}
	total := 2 * pad
	for _, h := range heights {
		total += h
	}
	d.need(total)
	top := d.y()
	d.fill(colFill)
	d.pdf.Rect(marginL, top, contentW, total, "F")
	y := top + pad
	for r, row := range rows {
		for j, c := range row {
			x := marginL + pad + float64(j)*colW
			yy := y
			d.font("", 7.5)
			d.color(colMuted)
			for _, ln := range c.label {
				d.pdf.SetXY(x, yy)
				d.pdf.CellFormat(colW-3, lhL, ln, "", 0, "L", false, 0, "")
				yy += lhL
			}
			d.font("B", sizeBody)
			d.color(colText)
			for _, ln := range c.value {
				d.pdf.SetXY(x, yy)
				d.pdf.CellFormat(colW-3, lhV, ln, "", 0, "L", false, 0, "")
				yy += lhV
			}
		}
		y += heights[r]
	}
	d.pdf.SetXY(marginL, top+total)
	d.space(3)
}

// heading starts a numbered section and keeps it with the beginning of
// what follows: the first block, and at least four lines.
func (d *doc) heading(text string) { d.headingKeep(text, 20) }

// headingKeep starts a numbered section; it keeps keep millimetres of what
// follows on the same page.
func (d *doc) headingKeep(text string, keep float64) {
	d.section++
	lh := lineH(11.5)
	if d.y() > contentTop+1 || len(d.held) > 0 {
		d.space(5)
	}
	d.font("B", 11.5)
	n := len(d.wrap(text, contentW-9))
	num := fmt.Sprintf("%d", d.section)
	d.hold(float64(n)*lh+3.2, keep, func() {
		d.font("B", 11.5)
		d.color(colAccent)
		d.pdf.SetXY(marginL, d.y())
		d.pdf.CellFormat(9, lh, num, "", 0, "L", false, 0, "")
		d.lines(marginL+9, contentW-9, text, "B", 11.5, colAccent, "L")
		d.draw(colAccent)
		d.pdf.SetLineWidth(0.3)
		d.pdf.Line(marginL, d.y()+0.6, marginL+contentW, d.y()+0.6)
		d.pdf.SetY(d.y() + 3.2)
	})
}

// subheading is a heading inside a section; it keeps at least two lines of
// what follows.
func (d *doc) subheading(text string) {
	if d.y() > contentTop+1 || len(d.held) > 0 {
		d.space(4)
	}
	d.font("B", 10)
	n := len(d.wrap(text, contentW))
	d.hold(float64(n)*lineH(10), 2*lineH(sizeBody), func() {
		d.lines(marginL, contentW, text, "B", 10, colText, "L")
	})
	d.space(1)
}

// label is a small caption above a block of text.
func (d *doc) label(x, w float64, text string) {
	d.need(lineH(sizeSmall) + 2*lineH(sizeBody))
	d.lines(x, w, text, "B", sizeSmall, colMuted, "L")
	d.space(0.4)
}

// para prints body text, or the gap marker when it is blank.
func (d *doc) para(x, w float64, text string) {
	if strings.TrimSpace(text) == "" {
		d.lines(x, w, d.gap(), "I", sizeBody, colMissing, "L")
		return
	}
	d.lines(x, w, text, "", sizeBody, colText, "L")
}

// block is a labelled paragraph: the caption above, the text below.
func (d *doc) block(label, text string) {
	d.label(marginL, contentW, label)
	d.para(marginL, contentW, text)
	d.space(2.2)
}

// note prints a muted remark.
func (d *doc) note(text string) {
	d.lines(marginL, contentW, text, "I", sizeSmall, colMuted, "L")
}

// field is one row of a label/value list. An optional field is one whose
// blank value means "none" (no e-mail address, no language needs): its
// line is left out rather than shown as a gap.
type field struct {
	label, value string
	optional     bool
}

// fields prints label/value rows: the label in a narrow muted column, the
// value wrapping in the rest; blank values print the gap marker, blank
// optional ones no line.
func (d *doc) fields(fs []field) {
	t := table{plain: true, cols: []column{{width: labelW}, {width: contentW - labelW}}}
	for _, f := range fs {
		if f.optional && strings.TrimSpace(f.value) == "" {
			continue
		}
		v := cell{text: f.value}
		if strings.TrimSpace(f.value) == "" {
			v = d.gapCell()
		}
		t.rows = append(t.rows, []cell{{text: f.label, style: "", color: &colMuted}, v})
	}
	if len(t.rows) > 0 {
		d.table(t)
		d.space(1.5)
	}
}

// fieldsHeight is about how high fields prints fs.
func (d *doc) fieldsHeight(fs []field) float64 {
	d.font("", sizeBody)
	h := 1.5
	for _, f := range fs {
		if f.optional && strings.TrimSpace(f.value) == "" {
			continue
		}
		n := max(1, len(d.wrap(f.value, contentW-labelW-3)))
		h += float64(n)*lineH(sizeBody) + 1.2
	}
	return h
}

// none prints a muted line saying that something does not exist for this
// case ("keine gesetzliche Betreuung") — a fact, not a gap.
func (d *doc) none(text string) {
	d.lines(marginL, contentW, text, "", sizeBody, colMuted, "L")
	d.space(1.5)
}

// gapCell is a table cell showing the gap marker.
func (d *doc) gapCell() cell { return cell{text: d.gap(), style: "I", color: &colMissing, gap: true} }

// txtOrGap is a table cell with s, or the gap marker when s is blank.
func (d *doc) txtOrGap(s string) cell {
	if strings.TrimSpace(s) == "" {
		return d.gapCell()
	}
	return cell{text: s}
}

// signer is one signature line: a caption under the line, and what is
// already known (the place and date, the name).
type signer struct {
	caption string
	name    string
	prefill string // printed above the place/date line
}

// sigRowH is a signature row's height; the last row needs no space below
// (sigLastH). Side by side (signatureGrid) rows are a little lower.
const sigRowH, sigLastH, sigGridRowH, sigGridLastH = 21.0, 18.0, 18.0, 16.5

// signaturesHeight is how much room signatures takes for n signers, one
// a row.
func signaturesHeight(n int) float64 { return 5 + sigRowH*float64(n-1) + sigLastH }

// signaturesLayout says how signatures will draw n signers once above
// millimetres more are drawn: one a row, or — where that does not fit on
// the rest of this page and pairs side by side do — in two columns, so
// that a one-page form with a guardian and an interpreter stays on one
// page. h is the height it takes.
func (d *doc) signaturesLayout(n int, above float64) (grid bool, h float64) {
	h = signaturesHeight(n)
	if n < 3 || d.y()+above+h <= contentBottom {
		return false, h
	}
	rows := (n + 1) / 2
	if g := 3 + sigGridRowH*float64(rows-1) + sigGridLastH; d.y()+above+g <= contentBottom {
		return true, g
	}
	return false, h
}

// signatures draws a place/date line and a signature line for each signer,
// kept together on one page.
func (d *doc) signatures(ss []signer) {
	grid, h := d.signaturesLayout(len(ss), 0)
	d.need(h)
	d.draw(colText)
	d.pdf.SetLineWidth(0.25)
	if grid {
		d.space(3)
		d.signatureGrid(ss)
		return
	}
	d.space(5)
	leftW, gapW := 58.0, 12.0
	rightX := marginL + leftW + gapW
	for _, s := range ss {
		top := d.y()
		lineY := top + 10
		d.signatureLine(marginL, leftW, lineY, s.prefill, d.t("PDF.placeDate"), "")
		d.signatureLine(rightX, contentW-leftW-gapW, lineY, "", s.caption, s.name)
		d.pdf.SetXY(marginL, top+sigRowH)
	}
}

// signatureGrid draws the signers in pairs side by side, each on one line
// for place, date and signature.
func (d *doc) signatureGrid(ss []signer) {
	const gapW = 10.0
	w := (contentW - gapW) / 2
	for i := 0; i < len(ss); i += 2 {
		top := d.y()
		for j := i; j < min(i+2, len(ss)); j++ {
			s := ss[j]
			x := marginL + float64(j-i)*(w+gapW)
			d.signatureLine(x, w, top+8, s.prefill, d.t("PDF.placeDateSignature", "Caption", s.caption), s.name)
		}
		d.pdf.SetXY(marginL, top+sigGridRowH)
	}
}

// signatureLine draws a line of width w at lineY with prefill written on
// it, caption in small grey type under it and name under the caption.
func (d *doc) signatureLine(x, w, lineY float64, prefill, caption, name string) {
	if prefill != "" {
		d.font("", sizeBody)
		d.color(colText)
		d.pdf.SetXY(x, lineY-lineH(sizeBody)-0.5)
		d.pdf.CellFormat(w, lineH(sizeBody), clean(prefill), "", 0, "L", false, 0, "")
	}
	d.pdf.Line(x, lineY, x+w, lineY)
	d.font("", 7.5)
	d.color(colMuted)
	d.pdf.SetXY(x, lineY+1)
	d.pdf.CellFormat(w, lineH(7.5), clean(caption), "", 0, "L", false, 0, "")
	if name != "" {
		d.pdf.SetXY(x, lineY+1+lineH(7.5))
		d.font("", sizeSmall)
		d.color(colText)
		d.pdf.CellFormat(w, lineH(sizeSmall), clean(name), "", 0, "L", false, 0, "")
	}
}

// --- page furniture --------------------------------------------------------

// header draws the organisation, its address and the logo on every page,
// and the draft stamp on every page of a draft. (The stamp sits in the
// header rather than across the page: a diagonal watermark of text would
// be mixed into every line that is copied or extracted from the page.)
func (d *doc) header() {
	f := d.pdf
	textW, right := contentW, marginL+contentW
	if d.logo != "" {
		f.ImageOptions(d.logo, right-d.logoW, headerTop-1, d.logoW, d.logoH, false, gofpdf.ImageOptions{}, 0, "")
		textW -= d.logoW + 6
		right -= d.logoW + 6
	}
	if d.draft != "" {
		d.font("B", 11)
		w := f.GetStringWidth(d.draft) + 8
		d.draw(colMissing)
		d.color(colMissing)
		f.SetLineWidth(0.5)
		f.RoundedRect(right-w, headerTop, w, 8, 1.2, "1234", "D")
		f.SetXY(right-w, headerTop)
		f.CellFormat(w, 8, d.draft, "", 0, "C", false, 0, "")
		textW -= w + 6
	}
	org := strings.TrimSpace(d.set.Organisation)
	style, col := "B", colText
	if org == "" {
		org, style, col = d.loc.T("PDF.orgMissing"), "I", colMissing
	}
	d.font(style, 10.5)
	d.color(col)
	// The header has room for the organisation on one line and three small
	// lines of address and phone, or two lines and one.
	orgLines := d.clip(d.wrap(org, textW), 2, textW)
	y := headerTop
	for _, l := range orgLines {
		f.SetXY(marginL, y)
		f.CellFormat(textW, lineH(10.5), l, "", 0, "L", false, 0, "")
		y += lineH(10.5)
	}
	var addr []string
	for _, l := range strings.Split(d.set.Address, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			addr = append(addr, l)
		}
	}
	var reach []string
	if d.set.Phone != "" {
		reach = append(reach, d.loc.T("PDF.phoneShort", "Phone", d.set.Phone))
	}
	if d.set.Email != "" {
		reach = append(reach, d.set.Email)
	}
	d.font("", 7.5)
	d.color(colMuted)
	var small []string
	for _, s := range []string{strings.Join(addr, " · "), strings.Join(reach, " · ")} {
		if s != "" {
			small = append(small, d.wrap(s, textW)...)
		}
	}
	small = d.clip(small, 5-2*len(orgLines), textW)
	for _, l := range small {
		f.SetXY(marginL, y)
		f.CellFormat(textW, lineH(7.5), l, "", 0, "L", false, 0, "")
		y += lineH(7.5)
	}
	d.draw(colRule)
	f.SetLineWidth(0.2)
	f.Line(marginL, contentTop-5, marginL+contentW, contentTop-5)
	f.SetXY(marginL, contentTop)
}

// footer draws "Vertraulich – Seite x von y", the print date and what the
// document is, on every page.
func (d *doc) footer() {
	f := d.pdf
	d.draw(colRule)
	f.SetLineWidth(0.2)
	f.Line(marginL, footerTop, marginL+contentW, footerTop)
	lh := lineH(7.5)
	d.font("B", 7.5)
	d.color(colText)
	f.SetXY(marginL, footerTop+1.2)
	f.CellFormat(contentW/2, lh, d.t("PDF.footerPage", "Page", f.PageNo(), "Total", "{nb}"), "", 0, "L", false, 0, "")
	d.font("", 7.5)
	d.color(colMuted)
	f.SetXY(marginL+contentW/2, footerTop+1.2)
	f.CellFormat(contentW/2, lh, d.t("PDF.printedOn", "When", d.loc.DateTime(d.printed)), "", 0, "R", false, 0, "")
	f.SetXY(marginL, footerTop+1.2+lh)
	about := d.title
	if d.subject != "" {
		about += " · " + clean(d.subject)
	}
	d.font("", 7)
	f.CellFormat(contentW, lh, d.clip(d.wrap(about, contentW), 1, contentW)[0], "", 0, "L", false, 0, "")
}
