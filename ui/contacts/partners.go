package contacts

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"slices"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// selectMaker makes the drop-down that adds a partner: the object to show
// and the drop-down in it. The log shows a plain drop-down, the contact
// dialog one that passes Enter and Escape to the dialog.
type selectMaker func(options []string) (fyne.CanvasObject, *widget.Select)

// partnerPicker edits the set of partner UIDs *p: each chosen partner with
// a remove button, and a drop-down of the others to add one.
func partnerPicker(s *kit.Session, p *[]string, changed func(), mk selectMaker) fyne.CanvasObject {
	box := container.NewVBox()
	var draw func()
	draw = func() {
		box.Objects = nil
		for i, uid := range *p {
			rm := kit.NewButton("", theme.ContentRemoveIcon(), func() {
				*p = append((*p)[:i:i], (*p)[i+1:]...)
				changed()
				draw()
			})
			rm.Importance = widget.LowImportance
			box.Add(container.NewBorder(nil, nil, nil, rm, widget.NewLabel(s.Env.PartnerName(uid))))
		}
		var avail []model.Partner
		for _, pt := range s.Env.Partners {
			if !slices.Contains(*p, pt.UID) {
				avail = append(avail, pt)
			}
		}
		if len(avail) > 0 {
			names := make([]string, len(avail))
			for i, pt := range avail {
				names[i] = pt.Name
			}
			obj, sel := mk(names)
			sel.PlaceHolder = s.T("Contacts.AddPartner")
			sel.OnChanged = func(string) {
				if i := sel.SelectedIndex(); i >= 0 {
					*p = append(*p, avail[i].UID)
					changed()
					draw()
				}
			}
			box.Add(obj)
		}
		box.Refresh()
	}
	draw()
	return box
}

// plainSelect is the selectMaker of the log.
func plainSelect(options []string) (fyne.CanvasObject, *widget.Select) {
	sel := kit.NewSelect(options, nil, nil) // passes PageDown on to the page
	return sel, &sel.Select
}

// partnerNames joins the names of the partners uids.
func partnerNames(s *kit.Session, uids []string) string {
	out := ""
	for i, u := range uids {
		if i > 0 {
			out += ", "
		}
		out += s.Env.PartnerName(u)
	}
	return out
}
