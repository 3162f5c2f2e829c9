package main

import (
	"os"
	"strings"
	"testing"
)

// TestThirdPartyIsCurrent fails when a dependency was added, removed or
// updated without regenerating THIRD_PARTY.md, so the notice shipped with
// a release always names what is in it.
func TestThirdPartyIsCurrent(t *testing.T) {
	want, err := generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../THIRD_PARTY.md")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatal("THIRD_PARTY.md is out of date: run  go run ./scripts/thirdparty -w THIRD_PARTY.md")
	}
	for _, s := range []string{"fyne.io/fyne/v2", "github.com/mattn/go-sqlite3", "SQLite (public domain)", "DejaVu"} {
		if !strings.Contains(string(got), s) {
			t.Errorf("THIRD_PARTY.md does not name %s", s)
		}
	}
}

func TestClassify(t *testing.T) {
	for text, want := range map[string]string{
		"Permission is hereby granted, free of charge, to any person":                                "MIT",
		"Redistribution and use in source and binary forms ... Neither the name of Google":           "BSD-3-Clause",
		"Redistribution and use in source and binary forms, with or without\nmodification":           "BSD-2-Clause",
		"                                 Apache License\n                           Version 2.0, J": "Apache-2.0",
		"// SPDX-License-Identifier: Unlicense OR BSD-3-Clause":                                      "Unlicense OR BSD-3-Clause",
		"Some home-made licence": "",
	} {
		if got := classify(text); got != want {
			t.Errorf("classify(%.30q) = %q, want %q", text, got, want)
		}
	}
}
