package kit

import (
	"cmp"
	"image/color"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne's file dialog is made of Fyne's own buttons and lists, which keep
// every key: after Tab from the file name into the folders or onto a
// button, Escape cancelled nothing. The dialogs that save and open files
// are therefore Dialogs of kit widgets: the file name, the folder with
// "up" and "home", and the folder's subfolders and files of the kind
// asked for — a subfolder opens on Space or a click, a file lends its
// name.

// saveDialog is SaveFile's dialog, and OpenFile's with picked set.
type saveDialog struct {
	env    *Env
	kind   string
	ext    string   // a saved file's
	exts   []string // the endings of the files shown; none: all
	write  func(fyne.URIWriteCloser)
	picked func(path string) // an opened file's path

	dlg   *Dialog
	name  *Entry
	where *widget.Label
	list  *KeyList
	dir   string
	items []os.DirEntry // the folder's subfolders, then its files of exts
}

// saveListHeight is the most of a folder the dialog shows at once; on a
// low window less, so that the dialog need not scroll, but three rows.
const saveListHeight = 260

func newSaveDialog(env *Env, kind, name, ext string, write func(fyne.URIWriteCloser)) *saveDialog {
	d := &saveDialog{env: env, kind: kind, ext: ext, exts: []string{ext}, write: write}
	d.build(env.Loc.T("Kit.SaveTitle"), env.Loc.T("Kit.Save"), theme.DocumentSaveIcon(), name)
	return d
}

// OpenFile asks for a file to read, of one of the endings exts (none: any
// file), starting in the folder a file of kind was last opened or saved
// in; picked gets its path. A cancelled dialog calls nothing.
func OpenFile(env *Env, kind string, exts []string, picked func(path string)) {
	d := &saveDialog{env: env, kind: kind, exts: exts, picked: picked}
	d.build(env.Loc.T("Kit.OpenTitle"), env.Loc.T("Kit.Open"), theme.FolderOpenIcon(), "")
	d.dlg.Show()
}

// build makes the dialog, its confirm button labelled confirm.
func (d *saveDialog) build(title, confirm string, icon fyne.Resource, name string) {
	env, loc := d.env, d.env.Loc
	d.dlg = NewDialog(env.Win, title, confirm, loc.T("Kit.Cancel"), d.save, nil)
	d.dlg.SetConfirmIcon(icon)
	d.dlg.SetWidth(760)
	d.name = d.dlg.Entry()
	d.name.SetText(name)
	d.name.OnChanged = func(s string) { d.dlg.SetConfirmEnabled(strings.TrimSpace(s) != "") }
	d.where = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	up := NewButton(loc.T("Kit.SaveUp"), theme.MoveUpIcon(), func() { d.open(filepath.Dir(d.dir)) })
	home := NewButton(loc.T("Kit.SaveHome"), theme.HomeIcon(), func() {
		if h, err := os.UserHomeDir(); err == nil {
			d.open(h)
		}
	})
	d.list = NewList(func() int { return len(d.items) }, func() fyne.CanvasObject {
		return container.NewHBox(widget.NewIcon(theme.FolderIcon()), widget.NewLabel(""))
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		row := o.(*fyne.Container).Objects
		it := d.items[id]
		icon := theme.FileIcon()
		if it.IsDir() {
			icon = theme.FolderIcon()
		}
		row[0].(*widget.Icon).SetResource(icon)
		row[1].(*widget.Label).SetText(it.Name())
	})
	d.list.OnSelected = d.chosen
	room := canvas.NewRectangle(color.Transparent)
	top := container.NewVBox(
		widget.NewLabel(loc.T("Kit.SaveName")), d.name,
		Border(nil, nil, widget.NewLabel(loc.T("Kit.SaveFolder")), container.NewHBox(up, home), d.where),
	)
	row := d.list.CreateItem().MinSize().Height
	fit := env.Win.Canvas().Size().Height - dialogChrome - top.MinSize().Height - theme.Padding()
	room.SetMinSize(fyne.NewSize(0, fyne.Max(3*row, fyne.Min(saveListHeight, fit))))
	d.dlg.SetContent(container.NewVBox(top, container.NewStack(room, d.list)))
	d.dlg.FocusFirst(d.name)
	d.dlg.SetConfirmEnabled(strings.TrimSpace(name) != "")
	d.open(startDir(d.kind))
}

// startDir is the folder the dialog opens in: StartFolder's, else the
// home folder.
func startDir(kind string) string {
	if l := StartFolder(kind); l != nil {
		return l.Path()
	}
	if h, err := os.UserHomeDir(); err == nil {
		return h
	}
	return "."
}

// open shows dir: its subfolders, then its files of the kind being saved,
// each by name; hidden ones are left out.
func (d *saveDialog) open(dir string) {
	before := len(d.items)
	d.dir = dir
	d.where.SetText(dir)
	d.items = d.items[:0]
	entries, _ := os.ReadDir(dir) // an unreadable folder shows empty
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if e.IsDir() || d.shows(e.Name()) {
			d.items = append(d.items, e)
		}
	}
	slices.SortStableFunc(d.items, func(a, b os.DirEntry) int {
		if a.IsDir() != b.IsDir() {
			if a.IsDir() {
				return -1
			}
			return 1
		}
		return cmp.Compare(strings.ToLower(a.Name()), strings.ToLower(b.Name()))
	})
	d.list.UnselectAll()
	d.list.Refresh()
	d.list.FocusTop(before)
}

// shows reports whether a file of name is offered.
func (d *saveDialog) shows(name string) bool {
	return len(d.exts) == 0 || slices.ContainsFunc(d.exts, func(ext string) bool { return strings.EqualFold(filepath.Ext(name), ext) })
}

// chosen opens a subfolder or takes a file's name.
func (d *saveDialog) chosen(id widget.ListItemID) {
	if id < 0 || id >= len(d.items) {
		return
	}
	it := d.items[id]
	if it.IsDir() {
		d.open(filepath.Join(d.dir, it.Name()))
		return
	}
	d.name.SetText(it.Name())
	d.list.UnselectAll()
}

// save writes to the named file in the shown folder, asking first when
// there is one of that name; a name without an extension gets the kind's.
// Opening, it gives the named file on.
func (d *saveDialog) save() {
	name := strings.TrimSpace(d.name.Text)
	if name == "" {
		return
	}
	if filepath.Ext(name) == "" && d.picked == nil {
		name += d.ext
	}
	path := filepath.Join(d.dir, name)
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		d.open(path)
	case d.picked != nil && err != nil:
		ShowError(d.env.Win, d.env.Loc, err)
	case d.picked != nil:
		d.dlg.Hide()
		RememberFolder(d.kind, storage.NewFileURI(path))
		d.picked(path)
	case err == nil:
		loc := d.env.Loc
		var ask *Dialog
		ask = NewDialog(d.env.Win, loc.T("Kit.SaveReplaceTitle"), loc.T("Kit.SaveReplace"), loc.T("Kit.Cancel"), func() {
			ask.Hide()
			d.writeTo(path)
		}, nil)
		ask.SetContent(Wrapped(loc.T("Kit.SaveReplaceText", "File", name)))
		ask.SetWidth(520)
		ask.Show()
	default:
		d.writeTo(path)
	}
}

func (d *saveDialog) writeTo(path string) {
	u := storage.NewFileURI(path)
	w, err := storage.Writer(u)
	if err != nil {
		ShowError(d.env.Win, d.env.Loc, err)
		return
	}
	d.dlg.Hide()
	RememberFolder(d.kind, u)
	d.write(w)
}
