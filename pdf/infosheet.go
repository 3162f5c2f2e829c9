package pdf

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// InfoSheet renders the one-page Informationsblatt for the client: what
// case management is, their rights, what is asked of them, what happens
// with their data, and how to reach the counselor and the deputy — in
// the style of Leichte Sprache: short sentences, one idea per line, large
// type, no abbreviations. It is handed over at the first meeting, before
// the client signs the Zustimmung und Vereinbarung.
func InfoSheet(w io.Writer, c *model.Case, s model.Settings, loc *locales.Localizer, printed time.Time) error {
	if c == nil {
		return fmt.Errorf("pdf: information sheet of no case: %w", model.ErrNotFound)
	}
	// The sheet is one page: the type shrinks a step when the names and
	// addresses of a case would push it onto a second one.
	var buf bytes.Buffer
	for _, size := range []float64{11.5, 10.5, 9.5, 8.5} {
		buf.Reset()
		d := newCaseDoc(c, nil, s, loc, printed, "PDF.info.title").doc
		if err := render(&buf, d, func() { infoSheet(d, c, size) }); err != nil {
			return err
		}
		if d.pdf.PageNo() == 1 {
			break
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// infoSheet draws the sheet in type of size (larger than the other
// documents, for people who read with difficulty) and headings a step
// larger.
func infoSheet(d *doc, c *model.Case, infoSize float64) {
	infoHeading := infoSize + 1.5
	d.pdf.SetXY(marginL, contentTop)
	d.lines(marginL, contentW, d.title, "B", 18, colAccent, "L")
	d.space(1)
	d.lines(marginL, contentW, d.t("PDF.info.for", "Name", clientName(d, c)), "", infoSize, colText, "L")
	d.space(3)
	carrier := c.CommissioningCarrier(d.set)
	if carrier == "" {
		carrier = d.t("PDF.info.carrierUnknown")
	}
	counselor := strings.TrimSpace(d.set.Name)
	if counselor == "" {
		counselor = d.t("PDF.info.counselorUnknown")
	}
	// section prints a heading and the lines prefix.1, prefix.2, … as
	// many as the language has, one sentence a line.
	section := func(headID string, lines ...string) {
		d.space(2.5)
		d.need(lineH(infoHeading) + 2*lineH(infoSize))
		d.lines(marginL, contentW, d.t(headID), "B", infoHeading, colAccent, "L")
		d.space(1)
		for _, l := range lines {
			d.lines(marginL+5, contentW-5, l, "", infoSize, colText, "L")
			d.space(0.5)
		}
	}
	numbered := func(prefix string, kv ...any) []string {
		var out []string
		for i := 1; d.loc.Has(fmt.Sprintf("%s.%d", prefix, i)); i++ {
			out = append(out, d.t(fmt.Sprintf("%s.%d", prefix, i), kv...))
		}
		return out
	}
	section("PDF.info.whatHead", numbered("PDF.info.what", "Name", counselor)...)
	section("PDF.info.rightsHead", numbered("PDF.info.rights")...)
	section("PDF.info.askHead", numbered("PDF.info.ask")...)
	section("PDF.info.dataHead", numbered("PDF.info.data", "Carrier", carrier)...)
	// The organisation and its address stand in the header.
	reach := []string{counselor}
	if r := strings.Join(nonEmpty(d.set.Phone, d.set.Email), " · "); r != "" {
		reach = append(reach, r)
	}
	if dep := strings.TrimSpace(d.set.Deputy); dep != "" {
		reach = append(reach, d.t("PDF.info.deputy", "Name", dep))
		if r := strings.Join(nonEmpty(d.set.DeputyPhone, d.set.DeputyEmail), " · "); r != "" {
			reach = append(reach, r)
		}
	}
	section("PDF.info.reachHead", reach...)
	d.space(4)
	interpreted(d, c.Client, infoSize)
}
