//go:build (linux || freebsd || netbsd || openbsd) && !wayland

package main

import "C"

// displayLost is Xlib's I/O error handler's way into Go (the handler is
// in displaylost_x11.go: a file with //export may hold no C definitions).
//
//export displayLost
func displayLost() { flushDisplayLost() }
