//go:build !((linux || freebsd || netbsd || openbsd) && !wayland)

package main

// hookDisplayLost: on Windows and macOS the window system ends a program
// through a close or quit request, which the window answers itself.
func hookDisplayLost() {}
