package pdf

import (
	"archive/zip"
	"bytes"
	"io"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// AccessCopy writes the copy of everything stored about one client that
// Art. 15 GDPR entitles them to, as one ZIP archive: the case file (written
// by caseFile, the complete record), every plan version and the closure
// documentation as PDFs, and a short note saying what the files are. One
// file is easy to hand over or send, and nothing is forgotten.
func AccessCopy(w io.Writer, c *model.Case, caseFile func(io.Writer) error, partners map[string]model.Partner,
	s model.Settings, loc *locales.Localizer, now time.Time) error {
	zw := zip.NewWriter(w)
	add := func(name string, write func(io.Writer) error) error {
		// A fixed time in the entries, so the archive says nothing the
		// files do not: the note carries the date of the copy.
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: now})
		if err != nil {
			return err
		}
		return write(f)
	}
	var names []string
	if err := add(loc.T("Access.FileCase"), caseFile); err != nil {
		return err
	}
	names = append(names, loc.T("Access.FileCase"))
	for _, p := range c.Plans {
		name := loc.T("Access.FilePlan", "Version", p.Version)
		if err := add(name, func(w io.Writer) error { return Plan(w, c, p.Version, partners, s, loc, now) }); err != nil {
			return err
		}
		names = append(names, name)
	}
	if c.ClosureRecorded() {
		name := loc.T("Access.FileClosure")
		if err := add(name, func(w io.Writer) error { return Closure(w, c, partners, s, loc, now) }); err != nil {
			return err
		}
		names = append(names, name)
	}
	var note bytes.Buffer
	note.WriteString(loc.T("Access.Note", "Name", c.Client.FullName(), "Date", model.DateOf(now).German(),
		"Organisation", s.Organisation))
	note.WriteString("\n\n")
	for _, n := range names {
		note.WriteString("• " + n + "\n")
	}
	if err := add(loc.T("Access.FileNote"), func(w io.Writer) error { _, err := w.Write(note.Bytes()); return err }); err != nil {
		return err
	}
	return zw.Close()
}
