//go:build (linux || freebsd || netbsd || openbsd) && !wayland

package main

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>

extern void displayLost(void);

// onIOError runs when the connection to the X server breaks (logout,
// shutdown, the server killed). Xlib ends the program right after it
// returns, so displayLost writes what is pending first.
static int onIOError(Display *d) {
	displayLost();
	return 0;
}

static void hookIOError(void) {
	XSetIOErrorHandler(onIOError);
}
*/
import "C"

// hookDisplayLost makes Xlib call the display-lost flush before it ends
// the program. Xlib keeps one such handler for the process, so it also
// covers the connection GLFW opens later.
func hookDisplayLost() { C.hookIOError() }
