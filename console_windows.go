package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// teilhabelotse.exe is a window program: Windows gives it no console, so a
// command typed in cmd.exe or PowerShell would print nothing. With
// arguments and no standard handles it attaches to the console it was
// started from, so the output appears there. cmd.exe does not wait for a
// window program, though: its prompt comes back at once and a passphrase
// prompt competes with it — teilhabelotse-cli.exe, the console copy in
// the same folder, is the program for the command line.
func init() {
	if len(os.Args) < 2 {
		return
	}
	if h, err := windows.GetStdHandle(windows.STD_ERROR_HANDLE); err == nil && h != 0 && h != windows.InvalidHandle {
		return // a console program, or output redirected to a file
	}
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	if r, _, _ := attach.Call(attachParentProcess); r == 0 {
		return
	}
	if out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = out, out
	}
	if in, err := os.OpenFile("CONIN$", os.O_RDWR, 0); err == nil {
		os.Stdin = in
	}
}
