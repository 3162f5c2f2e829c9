// Command winexe checks and adapts the Windows program of a release:
//
//	go run ./scripts/winexe check FILE.exe VERSION   PE file for amd64 with an icon, a manifest and VERSION in its version resource
//	go run ./scripts/winexe console IN.exe OUT.exe   copy of IN marked as a console program
//
// The console copy is teilhabelotse-cli.exe: the same program, but Windows
// gives it the console of cmd.exe or PowerShell, waits for it and shows
// its output, and its passphrase prompt reads from that console. Only the
// subsystem field of the PE header differs — what the linker's
// -H=windowsgui sets — so the release builds the program once.
package main

import (
	"bytes"
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"unicode/utf16"
)

func main() {
	var err error
	switch {
	case len(os.Args) == 4 && os.Args[1] == "check":
		err = check(os.Args[2], os.Args[3])
	case len(os.Args) == 4 && os.Args[1] == "console":
		err = console(os.Args[2], os.Args[3])
	default:
		fmt.Fprintln(os.Stderr, "usage: winexe check FILE.exe VERSION | winexe console IN.exe OUT.exe")
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "winexe:", err)
		os.Exit(1)
	}
}

const (
	subsystemGUI     = 2
	subsystemConsole = 3
	rtIcon           = 3
	rtGroupIcon      = 14
	rtVersion        = 16
	rtManifest       = 24
)

// report is what check found in a program file.
type report struct {
	subsystem uint16
	types     map[uint32]bool
	rsrc      []byte
}

func inspect(path string) (*report, error) {
	f, err := pe.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s is no PE file: %w", path, err)
	}
	defer f.Close()
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		return nil, fmt.Errorf("%s is not for amd64 (machine %#x)", path, f.Machine)
	}
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok {
		return nil, fmt.Errorf("%s has no 64-bit optional header", path)
	}
	r := &report{subsystem: oh.Subsystem, types: map[uint32]bool{}}
	dd := oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_RESOURCE]
	if dd.Size == 0 {
		return r, nil
	}
	for _, s := range f.Sections {
		if dd.VirtualAddress < s.VirtualAddress || dd.VirtualAddress >= s.VirtualAddress+s.VirtualSize {
			continue
		}
		data, err := s.Data()
		if err != nil {
			return nil, err
		}
		r.rsrc = data[dd.VirtualAddress-s.VirtualAddress:]
		// The root directory: 16 bytes, then 8-byte entries whose ids are
		// the resource types.
		if len(r.rsrc) < 16 {
			return nil, errors.New("resource section too short")
		}
		named := int(binary.LittleEndian.Uint16(r.rsrc[12:]))
		ids := int(binary.LittleEndian.Uint16(r.rsrc[14:]))
		for i := named; i < named+ids; i++ {
			off := 16 + 8*i
			if off+8 > len(r.rsrc) {
				break
			}
			r.types[binary.LittleEndian.Uint32(r.rsrc[off:])] = true
		}
	}
	return r, nil
}

func check(path, version string) error {
	r, err := inspect(path)
	if err != nil {
		return err
	}
	var missing []string
	for t, name := range map[uint32]string{rtIcon: "icon", rtGroupIcon: "icon group", rtVersion: "version information", rtManifest: "manifest"} {
		if !r.types[t] {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s lacks the resources %v", path, missing)
	}
	wide := utf16le(version)
	if !bytes.Contains(r.rsrc, wide) {
		return fmt.Errorf("%s: version %s is not in its version information", path, version)
	}
	kind := map[uint16]string{subsystemGUI: "window program", subsystemConsole: "console program"}[r.subsystem]
	if kind == "" {
		return fmt.Errorf("%s: unexpected subsystem %d", path, r.subsystem)
	}
	fmt.Printf("%s: PE amd64, %s, icon, manifest, version %s\n", path, kind, version)
	return nil
}

func utf16le(s string) []byte {
	var b bytes.Buffer
	for _, u := range utf16.Encode([]rune(s)) {
		binary.Write(&b, binary.LittleEndian, u)
	}
	return b.Bytes()
}

// console writes a copy of in whose PE header says console subsystem.
func console(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	if len(data) < 0x40 || string(data[:2]) != "MZ" {
		return fmt.Errorf("%s is no PE file", in)
	}
	peOff := int(binary.LittleEndian.Uint32(data[0x3c:]))
	if peOff+24+70 > len(data) || string(data[peOff:peOff+4]) != "PE\x00\x00" {
		return fmt.Errorf("%s has no PE header", in)
	}
	opt := peOff + 24 // signature (4) and file header (20)
	if magic := binary.LittleEndian.Uint16(data[opt:]); magic != 0x20b {
		return fmt.Errorf("%s is not a PE32+ file", in)
	}
	sub := opt + 68 // Subsystem in the PE32+ optional header
	if s := binary.LittleEndian.Uint16(data[sub:]); s != subsystemGUI {
		return fmt.Errorf("%s: subsystem %d, expected the window program (%d)", in, s, subsystemGUI)
	}
	binary.LittleEndian.PutUint16(data[sub:], subsystemConsole)
	return os.WriteFile(out, data, 0o755)
}
