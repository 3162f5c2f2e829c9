package main

import (
	"fmt"
	"strings"
	"unicode"
)

// safeText makes text from the database safe to print on a terminal: a
// name may hold control characters (an escape sequence that recolours or
// clears the terminal, a tab that shifts the columns of list) or bidi
// controls that reorder what follows. Each is written as \u{XXXX}, so the
// name stays recognisable and nothing acts on the terminal.
func safeText(s string) string {
	if strings.IndexFunc(s, unsafeRune) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unsafeRune(r) {
			fmt.Fprintf(&b, `\u{%04X}`, r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unsafeRune: C0 and C1 controls (tab and newline too: list is one line
// per case, columns split by tabs), and the bidi embeddings, overrides and
// isolates.
func unsafeRune(r rune) bool {
	switch {
	case unicode.IsControl(r):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return true
	}
	return false
}
