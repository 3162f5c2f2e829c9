package main

import (
	"log/slog"
	"sync/atomic"
)

// onDisplayLost is what runs when the display goes away: the open
// window's pending input is written. Set with whenDisplayLost.
var (
	onDisplayLost atomic.Pointer[func()]
	displayGone   atomic.Bool
)

// whenDisplayLost sets what must be written when the display goes away.
// Xlib reports the loss on the thread of the window's event loop, inside
// its wait for events: flush then runs on the event goroutine, as any
// event would, and the program ends when it returns.
func whenDisplayLost(flush func()) {
	hookDisplayLost()
	onDisplayLost.Store(&flush)
}

// flushDisplayLost runs once when the connection to the display broke;
// Xlib may report again while flush touches the dead connection.
func flushDisplayLost() {
	if displayGone.Swap(true) {
		return
	}
	slog.Warn("display lost; writing pending input before the end")
	if f := onDisplayLost.Load(); f != nil {
		(*f)()
	}
	slog.Info("stop", "status", "display lost")
}
