package pdf

import (
	"strings"

	"teilhabelotse/model"
)

// Documents the client signs say when they were explained through an
// interpreter, as the master data record one: "Dieses Dokument wurde
// mündlich übersetzt in Polnisch, Dolmetscher*in: …", with a signature
// line for the interpreter. What the master data lack is left as a line
// to fill in by hand.

// interpreted prints the interpreter's note in bold type of size, nothing
// when the client needs no interpreter.
func interpreted(d *doc, cl model.Client, size float64) {
	if !cl.Interpreter {
		return
	}
	lang := strings.TrimSpace(cl.InterpreterLanguage)
	if lang == "" {
		lang = d.t("PDF.interpretedNoLanguage")
	}
	text := d.t("PDF.interpretedNoName", "Language", lang)
	if name := strings.TrimSpace(cl.InterpreterName); name != "" {
		text = d.t("PDF.interpreted", "Language", lang, "Name", name)
	}
	d.lines(marginL, contentW, text, "B", size, colText, "L")
	d.space(1)
}

// interpreterSigner is the interpreter's signature line, none when the
// client needs no interpreter.
func interpreterSigner(d *doc, cl model.Client) []signer {
	if !cl.Interpreter {
		return nil
	}
	return []signer{{caption: d.t("PDF.signInterpreter"), name: strings.TrimSpace(cl.InterpreterName)}}
}
