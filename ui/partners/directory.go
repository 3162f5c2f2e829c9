// Package partners is the network partner directory, shared by all cases
// (Fachkonzept: "Netzwerkpartner, Beteiligte und deren Kontaktdaten"), and
// the partners linked to one case with the participation areas they serve
// in ("Eingebundene Netzwerkpartner nach Teilhabe-/Lebensbereichen").
package partners

import (
	"context"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// listHeight is the least height of the directory list; in its window the
// list takes whatever height the window has. More than this would make
// the window taller than a 1366×768 screen at 150 % (its buttons fell
// below the screen's edge).
const listHeight = 160

// NewDirectory is the partner directory: search, the partners grouped
// inside and outside the Rentenversicherung, and a form to add or change
// one. After every save env.Partners holds the new directory, sorted by
// name, and onChanged (may be nil) runs. win is the window the directory
// is shown in: its form and messages open in front of it, not behind it
// over the main window.
func NewDirectory(env *kit.Env, win fyne.Window, onChanged func()) fyne.CanvasObject {
	d := &directory{env: env, win: win, onChanged: onChanged}
	return d.build()
}

type directory struct {
	env       *kit.Env
	win       fyne.Window // where the form opens; nil: env.Win
	onChanged func()
	onSaved   func(model.Partner) // Create's caller

	search *kit.Entry
	count  *widget.Label
	list   *kit.KeyList
	rows   []row
}

// row is one line of the list: a group heading or a partner.
type row struct {
	heading string
	n       int // partners in the group, for a heading
	p       model.Partner
}

func (d *directory) t(id string, kv ...any) string { return d.env.Loc.T(id, kv...) }

func (d *directory) build() fyne.CanvasObject {
	d.search = kit.NewEntry()
	d.search.SetPlaceHolder(d.t("Partners.SearchPlaceholder"))
	d.search.OnChanged = func(string) { d.filter() }
	add := kit.NewButton(d.t("Partners.New"), theme.ContentAddIcon(), func() { d.edit(model.Partner{}) })
	add.Importance = widget.HighImportance
	d.count = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})

	d.list = kit.NewList(
		func() int { return len(d.rows) },
		func() fyne.CanvasObject {
			title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			title.Truncation = fyne.TextTruncateEllipsis
			detail := widget.NewLabel("")
			detail.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(title, detail)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(d.rows) {
				return
			}
			r := d.rows[id]
			box := o.(*fyne.Container)
			title, detail := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label)
			if r.heading != "" {
				title.Importance = widget.HighImportance
				title.SetText(r.heading)
				detail.SetText(d.env.Loc.N("Count.Entries", r.n))
				return
			}
			title.Importance = widget.MediumImportance
			title.SetText(r.p.Name)
			detail.SetText(d.detail(r.p))
		},
	)
	d.list.OnSelected = func(id widget.ListItemID) {
		d.list.UnselectAll()
		if id < len(d.rows) && d.rows[id].heading == "" {
			d.edit(d.rows[id].p)
		}
	}
	d.filter()

	height := canvas.NewRectangle(color.Transparent)
	height.SetMinSize(fyne.NewSize(0, listHeight))
	top := container.NewBorder(nil, d.count, nil, add, d.search)
	card := widget.NewCard(d.t("Partners.Title"), d.t("Partners.Subtitle"),
		container.NewBorder(top, nil, nil, nil, container.NewStack(height, d.list)))
	return card
}

// detail is the second line of a partner: category, contact person,
// phone and e-mail, as far as known.
func (d *directory) detail(p model.Partner) string {
	parts := []string{d.env.Loc.Enum("PartnerCategory", p.Category)}
	for _, s := range []string{p.ContactPerson, p.Phone, p.Email} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// matches reports whether every word of the query occurs in the partner's
// name, category or contact person, ignoring case.
func (d *directory) matches(p model.Partner, words []string) bool {
	hay := strings.ToLower(p.Name + " " + d.env.Loc.Enum("PartnerCategory", p.Category) + " " + p.ContactPerson)
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

// filter rebuilds the rows from the search: inside the DRV first, then
// outside, each under its heading, in the directory's order (by name).
func (d *directory) filter() {
	words := strings.Fields(strings.ToLower(d.search.Text))
	var inside, outside []row
	for _, p := range d.env.Partners {
		if !d.matches(p, words) {
			continue
		}
		if p.Category.InsideDRV() {
			inside = append(inside, row{p: p})
		} else {
			outside = append(outside, row{p: p})
		}
	}
	d.rows = nil
	if len(inside) > 0 {
		d.rows = append(d.rows, row{heading: d.env.Loc.T("PartnerGroup.inside"), n: len(inside)})
		d.rows = append(d.rows, inside...)
	}
	if len(outside) > 0 {
		d.rows = append(d.rows, row{heading: d.env.Loc.T("PartnerGroup.outside"), n: len(outside)})
		d.rows = append(d.rows, outside...)
	}
	found := len(inside) + len(outside)
	switch {
	case len(d.env.Partners) == 0:
		d.count.SetText(d.t("Partners.Empty"))
	case found == 0:
		d.count.SetText(d.t("Partners.NoMatch"))
	case len(words) == 0:
		d.count.SetText(d.t("Partners.CountAll", "Entries", d.env.Loc.N("Count.Entries", found)))
	default:
		d.count.SetText(d.env.Loc.N("Partners.CountFound", len(d.env.Partners), "Found", found))
	}
	d.list.Refresh()
}

// save writes p, reloads the directory into env.Partners and tells the
// application.
func (d *directory) save(p *model.Partner) error {
	ctx := context.Background()
	if err := d.env.Store.SavePartner(ctx, p); err != nil {
		return err
	}
	ps, err := d.env.Store.Partners(ctx)
	if err != nil {
		// The partner is saved; keep the directory in memory up to date.
		ps = replaced(d.env.Partners, *p)
	}
	model.SortPartners(ps)
	d.env.Partners = ps
	d.filter()
	if d.onChanged != nil {
		d.onChanged()
	}
	if d.onSaved != nil {
		d.onSaved(*p)
	}
	return nil
}

// replaced is ps with p added or put in place of the entry with its UID.
func replaced(ps []model.Partner, p model.Partner) []model.Partner {
	out := append([]model.Partner(nil), ps...)
	for i := range out {
		if out[i].UID == p.UID {
			out[i] = p
			return out
		}
	}
	return append(out, p)
}

// showError tells the user what went wrong in their language.
func (d *directory) showError(err error) {
	kit.ShowError(d.window(), d.env.Loc, err)
}

// window is where the directory's form and messages open.
func (d *directory) window() fyne.Window {
	if d.win != nil {
		return d.win
	}
	return d.env.Win
}
