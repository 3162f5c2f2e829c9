package main

import "github.com/go-gl/glfw/v3.3/glfw"

// screenPixels is the size of the primary screen in pixels, (0, 0) when
// it is unknown. Fyne 2.7 does not tell it, and opened a window of
// 1860×1170 pixels on a 1366×768 screen at 150 %; it asks GLFW, which
// Fyne has initialised by the time its first window exists, on the main
// goroutine as GLFW needs.
func screenPixels() (int, int) {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return 0, 0
	}
	v := m.GetVideoMode()
	if v == nil {
		return 0, 0
	}
	return v.Width, v.Height
}
