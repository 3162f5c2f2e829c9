package pdf

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"teilhabelotse/locales"
)

// TestAccessCopyHoldsEverything: the archive holds the case file as given,
// each plan version and the closure documentation as readable PDFs, and a
// note listing them.
func TestAccessCopyHoldsEverything(t *testing.T) {
	c := richCase()
	loc := locales.New("de")
	caseFile := []byte(`{"format":"teilhabelotse-fallakte"}`)
	var buf bytes.Buffer
	err := AccessCopy(&buf, c, func(w io.Writer) error { _, err := w.Write(caseFile); return err },
		testPartners(), testSettings(), loc, printed)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = b
	}
	if !bytes.Equal(files["Fallakte.json"], caseFile) {
		t.Errorf("case file %q", files["Fallakte.json"])
	}
	dir := t.TempDir()
	want := []string{"Abschlussdokumentation.pdf"}
	for _, p := range c.Plans {
		want = append(want, loc.T("Access.FilePlan", "Version", p.Version))
	}
	if len(c.Plans) < 2 {
		t.Fatalf("test needs a case with several plan versions, has %d", len(c.Plans))
	}
	for _, name := range want {
		b, ok := files[name]
		if !ok {
			t.Errorf("archive lacks %s; has %v", name, keys(files))
			continue
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		mustContain(t, name, pages(t, p)[0], c.Client.LastName)
	}
	note := string(files["LIESMICH.txt"])
	mustContain(t, "note", note, "Art. 15 DSGVO", c.Client.FullName(), "02.04.2025", "Fallakte.json", "Abschlussdokumentation.pdf")
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
