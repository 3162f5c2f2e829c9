package pdf

import (
	"strings"

	"teilhabelotse/model"
)

// Documents the client signs say when they were explained through an
// interpreter, as the master data record one: "Dieses Dokument wurde
// mündlich übersetzt in Polnisch, Dolmetscher*in: …", with a signature
// line for the interpreter. What the master data lack is left as a line
// to fill in by hand. The Zustimmung und Vereinbarung, the Einwilligung
// (and the Schweigepflichtentbindung) and the plan all sign off through
// signOff; the Informationsblatt, signed by no one, prints the note alone.

// interpreted prints the interpreter's note in bold type of size, nothing
// when the client needs no interpreter.
func interpreted(d *doc, cl model.Client, size float64) {
	text := interpretedText(d, cl)
	if text == "" {
		return
	}
	d.lines(marginL, contentW, text, "B", size, colText, "L")
	d.space(1)
}

// interpretedText is the interpreter's note, "" when the client needs no
// interpreter.
func interpretedText(d *doc, cl model.Client) string {
	if !cl.Interpreter {
		return ""
	}
	lang := strings.TrimSpace(cl.InterpreterLanguage)
	if lang == "" {
		lang = d.t("PDF.interpretedNoLanguage")
	}
	if name := strings.TrimSpace(cl.InterpreterName); name != "" {
		return d.t("PDF.interpreted", "Language", lang, "Name", name)
	}
	return d.t("PDF.interpretedNoName", "Language", lang)
}

// clientSigners are who signs a document the client signs: the client
// (with day filled in), the legal guardian where one is recorded, the case
// manager where counselor, and the interpreter where the master data
// record one.
func clientSigners(d *doc, cl model.Client, day model.Date, counselor bool) []signer {
	ss := []signer{{caption: d.t("PDF.signClient"), name: cl.FullName(), prefill: d.date(day)}}
	if g := strings.TrimSpace(cl.Guardian.Name); g != "" {
		ss = append(ss, signer{caption: d.t("PDF.signGuardian"), name: g})
	}
	if counselor {
		ss = append(ss, signer{caption: d.t("PDF.signCaseManager"), name: d.set.Name})
	}
	if cl.Interpreter {
		ss = append(ss, signer{caption: d.t("PDF.signInterpreter"), name: strings.TrimSpace(cl.InterpreterName)})
	}
	return ss
}

// noteHeight is the height of the interpreter's note, 0 without one.
func noteHeight(d *doc, cl model.Client) float64 {
	text := interpretedText(d, cl)
	if text == "" {
		return 0
	}
	d.font("B", sizeBody)
	return 2 + float64(len(d.wrap(text, contentW)))*lineH(sizeBody) + 1
}

// signOffHeight is how much room signOff takes for ss at the most.
func signOffHeight(d *doc, cl model.Client, ss []signer) float64 {
	return noteHeight(d, cl) + signaturesHeight(len(ss))
}

// signOff prints the interpreter's note (where one translated) and the
// signature lines of ss, on one page.
func signOff(d *doc, cl model.Client, ss []signer) {
	note := noteHeight(d, cl)
	_, h := d.signaturesLayout(len(ss), note)
	d.need(note + h)
	if note > 0 {
		d.space(2)
	}
	interpreted(d, cl, sizeBody)
	d.signatures(ss)
}
