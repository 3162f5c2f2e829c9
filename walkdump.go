//go:build walk && unix

package main

// A program built with the tag "walk" (scripts/walk builds it so; the
// released program never has it) writes, on SIGUSR1, where every visible
// text, field and button of its windows is, to the file named by
// TEILHABELOTSE_WALK_DUMP. The scripted whole-case walk reads it to find a
// field by its label as a person finds it by looking, instead of clicking
// at coordinates that the next layout change would make wrong.

import (
	"bytes"
	"encoding/json"
	"os"
	"os/signal"
	"reflect"
	"syscall"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func init() { walkHook = startWalkDump }

func startWalkDump(a fyne.App) {
	path := os.Getenv("TEILHABELOTSE_WALK_DUMP")
	if path == "" {
		return
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGUSR1)
	go func() {
		for range sigs {
			var buf bytes.Buffer
			fyne.DoAndWait(func() {
				for _, w := range a.Driver().AllWindows() {
					dumpWindow(w, json.NewEncoder(&buf))
				}
			})
			tmp := path + ".tmp"
			if os.WriteFile(tmp, buf.Bytes(), 0o600) == nil {
				_ = os.Rename(tmp, path)
			}
		}
	}()
}

// walkItem is one line of the dump; positions and sizes are in pixels of
// the window (the canvas scale applied). Clip is the part of the screen
// the item can be seen in (the scroll containers around it); Layer is 0
// for the window's content and counts the pop-ups above it.
type walkItem struct {
	Window      string  `json:"window"`
	Layer       int     `json:"layer"`
	Type        string  `json:"type"`
	Text        string  `json:"text,omitempty"`
	Placeholder string  `json:"placeholder,omitempty"`
	X           float32 `json:"x"`
	Y           float32 `json:"y"`
	W           float32 `json:"w"`
	H           float32 `json:"h"`
	ClipX       float32 `json:"clipX"`
	ClipY       float32 `json:"clipY"`
	ClipW       float32 `json:"clipW"`
	ClipH       float32 `json:"clipH"`
	Focusable   bool    `json:"focusable,omitempty"`
	Tappable    bool    `json:"tappable,omitempty"`
	Focused     bool    `json:"focused,omitempty"`
	Disabled    bool    `json:"disabled,omitempty"`
	Checked     bool    `json:"checked,omitempty"`
	Scroll      bool    `json:"scroll,omitempty"`
	OffsetY     float32 `json:"offsetY,omitempty"`
	ContentH    float32 `json:"contentH,omitempty"`
	MinW        float32 `json:"minW,omitempty"`
}

type walkRect struct{ x, y, w, h float32 }

func (r walkRect) cut(o walkRect) walkRect {
	x0, y0 := max(r.x, o.x), max(r.y, o.y)
	x1, y1 := min(r.x+r.w, o.x+o.w), min(r.y+r.h, o.y+o.h)
	return walkRect{x0, y0, max(0, x1-x0), max(0, y1-y0)}
}

func dumpWindow(w fyne.Window, enc *json.Encoder) {
	c := w.Canvas()
	s := c.Scale()
	size := c.Size()
	full := walkRect{0, 0, size.Width, size.Height}
	focused := c.Focused()
	var walk func(o fyne.CanvasObject, base fyne.Position, clip walkRect, layer int)
	walk = func(o fyne.CanvasObject, base fyne.Position, clip walkRect, layer int) {
		if o == nil || !o.Visible() {
			return
		}
		pos := base.Add(o.Position())
		r := walkRect{pos.X, pos.Y, o.Size().Width, o.Size().Height}
		it := walkItem{Window: w.Title(), Layer: layer, Type: reflect.TypeOf(o).String(),
			X: r.x * s, Y: r.y * s, W: r.w * s, H: r.h * s,
			ClipX: clip.x * s, ClipY: clip.y * s, ClipW: clip.w * s, ClipH: clip.h * s}
		describe(o, &it)
		if _, ok := o.(fyne.Focusable); ok {
			it.Focusable = true
			it.Focused = focused != nil && any(o) == any(focused)
		}
		if _, ok := o.(fyne.Tappable); ok {
			it.Tappable = true
		}
		if d, ok := o.(fyne.Disableable); ok {
			it.Disabled = d.Disabled()
		}
		if sc, ok := o.(*container.Scroll); ok {
			it.Scroll, it.OffsetY = true, sc.Offset.Y*s
			if sc.Content != nil {
				it.ContentH = sc.Content.MinSize().Height * s
			}
			clip = clip.cut(r)
		}
		if os.Getenv("TEILHABELOTSE_WALK_MINSIZE") != "" {
			it.MinW = o.MinSize().Width * s
		}
		if it.Text != "" || it.Focusable || it.Tappable || it.Scroll || it.MinW > size.Width*s {
			_ = enc.Encode(it)
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, ch := range x.Objects {
				walk(ch, pos, clip, layer)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(x).Objects() {
				walk(ch, pos, clip, layer)
			}
		}
	}
	walk(c.Content(), fyne.Position{}, full, 0)
	if m := menuBar(c); m != nil {
		walk(m, fyne.Position{}, full, 0)
	}
	for i, o := range c.Overlays().List() {
		walk(o, fyne.Position{}, full, i+1)
	}
}

// menuBar is the menu bar Fyne draws into the canvas of a window with a
// main menu; the canvas keeps it apart from the content, in a field of its
// own, so it is read by reflection.
func menuBar(c fyne.Canvas) fyne.CanvasObject {
	v := reflect.ValueOf(c)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("menu")
	if !f.IsValid() || f.Kind() != reflect.Interface || f.IsNil() {
		return nil
	}
	f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
	m, _ := f.Interface().(fyne.CanvasObject)
	return m
}

// describe sets the text a person reads on o: a label's or button's text,
// an entry's text and placeholder, a check's label and state.
func describe(o fyne.CanvasObject, it *walkItem) {
	switch x := o.(type) {
	case *canvas.Text:
		it.Text = x.Text
		return
	case *widget.Button:
		it.Text = x.Text
		return
	case *widget.Select:
		it.Text, it.Placeholder = x.Selected, x.PlaceHolder
		return
	}
	if e := embedded[widget.Entry](o); e != nil {
		it.Text, it.Placeholder = e.Text, e.PlaceHolder
	} else if ch := embedded[widget.Check](o); ch != nil {
		it.Text, it.Checked = ch.Text, ch.Checked
	} else if sel := embedded[widget.Select](o); sel != nil {
		it.Text, it.Placeholder = sel.Selected, sel.PlaceHolder
	} else {
		// the program's own options and Fyne's radio items: their
		// fields by name (reflect reads unexported fields' values)
		v := reflect.ValueOf(o)
		if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
			return
		}
		v = v.Elem()
		for _, name := range []string{"Checked", "Selected", "checked", "selected"} {
			if f := v.FieldByName(name); f.IsValid() && f.Kind() == reflect.Bool {
				it.Checked = f.Bool()
			}
		}
		if f := v.FieldByName("Menu"); f.IsValid() && f.Kind() == reflect.Pointer && !f.IsNil() {
			if l := f.Elem().FieldByName("Label"); l.IsValid() && l.Kind() == reflect.String {
				it.Text = l.String() // a menu bar's item
			}
		}
		for _, name := range []string{"Text", "Label", "label"} {
			if f := v.FieldByName(name); f.IsValid() && f.Kind() == reflect.String && it.Text == "" {
				it.Text = f.String()
			}
		}
	}
}

// embedded returns o as a *T, or the T that o's struct embeds.
func embedded[T any](o fyne.CanvasObject) *T {
	if t, ok := any(o).(*T); ok {
		return t
	}
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	var zero T
	f := v.Elem().FieldByName(reflect.TypeOf(zero).Name())
	if !f.IsValid() || f.Type() != reflect.TypeOf(zero) || !f.CanAddr() {
		return nil
	}
	return f.Addr().Interface().(*T)
}
