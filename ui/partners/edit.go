package partners

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// editor is the form of one directory entry, new (ID 0) or existing.
type editor struct {
	d     *directory
	p     model.Partner
	dlg   *kit.Dialog
	group *kit.KeyRadio
	cat   *kit.KeySelect
	cats  []model.PartnerCategory // the categories the drop-down offers
	hint  *widget.Label
	dup   *widget.Label
}

// fieldLabel names the form field of a problem path.
var fieldLabel = map[string]string{"name": "Partners.Name", "category": "Partners.Category", "email": "Partners.Email"}

// edit opens the form for p; a zero Partner makes a new one.
func (d *directory) edit(p model.Partner) *editor {
	e := &editor{d: d, p: p}
	title, confirm := d.t("Partners.EditTitle"), d.t("Partners.Save")
	if p.UID == "" {
		title = d.t("Partners.NewTitle")
	}
	e.dlg = kit.NewDialog(d.window(), title, confirm, d.t("Partners.Cancel"), e.save, nil)
	dlg := e.dlg
	e.hint = widget.NewLabel("")
	e.hint.Wrapping = fyne.TextWrapWord
	e.hint.Importance = widget.WarningImportance
	e.dup = widget.NewLabel(d.t("Partners.Duplicate"))
	e.dup.Wrapping = fyne.TextWrapWord
	e.dup.Importance = widget.WarningImportance

	text := func(v *string, placeholder string) *kit.Entry {
		en := dlg.Entry()
		en.SetText(*v)
		if placeholder != "" {
			en.SetPlaceHolder(d.t(placeholder))
		}
		en.OnChanged = func(s string) { *v = strings.TrimSpace(s); e.update() }
		return en
	}
	note := func(v *string) *kit.Entry {
		en := dlg.NoteEntry()
		en.SetText(*v)
		en.OnChanged = func(s string) { *v = s }
		return en
	}
	name := text(&e.p.Name, "")
	person := text(&e.p.ContactPerson, "")
	phone := text(&e.p.Phone, "")
	email := text(&e.p.Email, "Partners.EmailPlaceholder")
	email.Validator = func(s string) error {
		q := model.Partner{Name: "x", Category: model.PartnerIFD, Email: strings.TrimSpace(s)}
		if ps := q.Validate(); len(ps) > 0 {
			return errors.New(d.env.Loc.Error(&model.Problem{Code: ps[0].Code, Value: ps[0].Value}))
		}
		return nil
	}

	// The group only narrows the categories offered: two choices, one
	// click, instead of a drop-down's two.
	groups := []string{d.env.Loc.T("PartnerGroup.inside"), d.env.Loc.T("PartnerGroup.outside")}
	e.group = kit.NewRadio(groups, func(g string) {
		if i := slices.Index(groups, g); i >= 0 {
			e.offer(i == 0)
		}
	})
	e.group.Required = true
	e.cat = dlg.Select(nil, nil)
	e.cat.PlaceHolder = d.env.Loc.Enum("PartnerCategory", "")
	e.cat.OnChanged = func(string) {
		if i := e.cat.SelectedIndex(); i >= 0 && i < len(e.cats) {
			e.p.Category = e.cats[i]
		}
		e.update()
	}
	if p.Category != "" {
		if p.Category.InsideDRV() {
			e.group.SetSelected(groups[0])
		} else {
			e.group.SetSelected(groups[1])
		}
	} else {
		e.cat.Disable()
	}

	form := &widget.Form{Items: []*widget.FormItem{
		{Text: d.t("Partners.Name"), Widget: name},
		{Text: d.t("Partners.Group"), Widget: e.group},
		{Text: d.t("Partners.Category"), Widget: e.cat},
		{Text: d.t("Partners.ContactPerson"), Widget: person},
		{Text: d.t("Partners.Phone"), Widget: phone},
		{Text: d.t("Partners.Email"), Widget: email},
		{Text: d.t("Partners.Address"), Widget: note(&e.p.Address)},
		{Text: d.t("Partners.Notes"), Widget: note(&e.p.Notes)},
	}}
	dlg.SetContent(form)
	dlg.SetFooter(container.NewVBox(e.dup, e.hint))
	dlg.FocusFirst(name)
	e.update()
	dlg.Show()
	return e
}

// offer fills the category drop-down with the categories of one group.
func (e *editor) offer(inside bool) {
	e.cats = nil
	var labels []string
	for _, c := range model.PartnerCategories {
		if c.InsideDRV() == inside {
			e.cats = append(e.cats, c)
			labels = append(labels, e.d.env.Loc.Enum("PartnerCategory", c))
		}
	}
	e.cat.Options = labels
	e.cat.ClearSelected()
	if i := slices.Index(e.cats, e.p.Category); i >= 0 {
		e.cat.SetSelectedIndex(i)
	}
	if e.cat.SelectedIndex() < 0 {
		e.p.Category = ""
	}
	e.cat.Enable()
	e.cat.Refresh()
	e.update()
}

// problem is the first thing that keeps the partner from being saved.
func (e *editor) problem() string {
	ps := e.p.Validate()
	if len(ps) == 0 {
		return ""
	}
	p := ps[0]
	msg := e.d.env.Loc.Error(&model.Problem{Code: p.Code, Value: p.Value, Args: p.Args})
	if id, ok := fieldLabel[p.Path]; ok {
		msg = e.d.t(id) + ": " + msg
	}
	return msg
}

// duplicate reports another directory entry with the same name: a hint,
// not a block (two offices of one carrier may share a name).
func (e *editor) duplicate() bool {
	name := strings.ToLower(strings.TrimSpace(e.p.Name))
	for _, o := range e.d.env.Partners {
		if name != "" && strings.ToLower(strings.TrimSpace(o.Name)) == name && o.UID != e.p.UID {
			return true
		}
	}
	return false
}

func (e *editor) update() {
	msg := e.problem()
	e.hint.SetText(msg)
	if msg == "" {
		e.hint.Hide()
	} else {
		e.hint.Show()
	}
	if e.duplicate() {
		e.dup.Show()
	} else {
		e.dup.Hide()
	}
	e.dlg.SetConfirmEnabled(msg == "")
}

func (e *editor) save() {
	if e.problem() != "" {
		return
	}
	p := e.p
	if err := e.d.save(&p); err != nil {
		e.d.showError(err)
		return
	}
	e.dlg.Hide()
}
