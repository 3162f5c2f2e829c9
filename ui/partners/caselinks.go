package partners

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// NewCaseLinks is the network partners linked to the open case, each with
// the participation areas it serves in, whether a consent to disclosure to
// it is in force, and the partners the case mentions elsewhere (measures,
// contacts, consents) that are not linked yet.
func NewCaseLinks(s *kit.Session) fyne.CanvasObject {
	var rows []fyne.CanvasObject
	for i := range s.Case.Partners {
		rows = append(rows, linkRow(s, &s.Case.Partners[i]))
	}
	linked := kit.List(container.NewVBox(), s.T("Partners.NoLinks"), rows...)
	add := container.NewVBox(linkChoice(s))
	if m := mentioned(s); m != nil {
		add.Add(m)
	}
	return container.NewVBox(
		s.Section("Partners.LinksTitle", "Partners.LinksSubtitle", linked),
		s.Section("Partners.LinkTitle", "", add),
	)
}

// linkRow is one linked partner: who it is on the left, the areas on the
// right.
func linkRow(s *kit.Session, l *model.PartnerLink) fyne.CanvasObject {
	p, known := s.Env.Partner(l.Partner)
	name := kit.Wrapped(s.Env.PartnerName(l.Partner)) // names and categories can be long
	name.TextStyle.Bold = true
	info := container.NewVBox(name)
	if known {
		info.Add(kit.Wrapped(s.Env.Loc.Enum("PartnerCategory", p.Category)))
		var reach []string
		for _, v := range []string{p.ContactPerson, p.Phone, p.Email} {
			if v != "" {
				reach = append(reach, v)
			}
		}
		if len(reach) > 0 {
			info.Add(kit.Wrapped(strings.Join(reach, " · ")))
		}
	}
	info.Add(consentLine(s, l.Partner))
	uid := l.Partner
	remove := s.RemoveButton(s.T("Partners.Unlink"), "Partners.UnlinkTitle", "Partners.UnlinkText", func(c *model.Case) {
		// A new array: what is bound into the old one must not see its entries shift.
		c.Partners = slices.DeleteFunc(slices.Clone(c.Partners), func(l model.PartnerLink) bool { return l.Partner == uid })
	})
	areas := container.NewVBox(widget.NewLabelWithStyle(s.T("Partners.Areas"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		kit.Checks(s, "Area", model.Areas, &l.Areas))
	// Unlinking is about the whole partner, so it comes after both
	// columns, also for Tab.
	// The areas keep the width of their longest name, the partner's
	// details wrap in the rest: two equal columns were twice that name
	// wide, wider than the window at 1366×768 and 150 %.
	return container.NewVBox(kit.Border(nil, nil, nil, areas, info), container.NewHBox(remove))
}

// consentLine says what may be passed to the partner today, so a call is
// prepared with the consent in view.
func consentLine(s *kit.Session, uid string) fyne.CanvasObject {
	today := s.Env.Today()
	var cats []model.InfoCategory
	for _, k := range s.Case.Consents {
		if k.Partner != uid || !k.Active(today) {
			continue
		}
		for _, c := range k.Categories {
			if !slices.Contains(cats, c) {
				cats = append(cats, c)
			}
		}
	}
	if len(cats) == 0 {
		if uid == s.Case.Commission.Partner {
			// Reports to the commissioning carrier rest on the consent to
			// case management; other DRV offices need a disclosure consent.
			return kit.Wrapped(s.T("Partners.NoConsentDRV"))
		}
		l := kit.Wrapped(s.T("Partners.NoConsent"))
		l.Importance = widget.WarningImportance
		return l
	}
	var ordered []string
	for _, c := range model.InfoCategories {
		if slices.Contains(cats, c) {
			ordered = append(ordered, s.Env.Loc.Enum("InfoCategory", c))
		}
	}
	l := kit.Wrapped(s.T("Partners.ConsentFor", "Categories", strings.Join(ordered, ", ")))
	l.Importance = widget.SuccessImportance
	return l
}

// linkChoice adds a directory partner to the case.
func linkChoice(s *kit.Session) fyne.CanvasObject {
	var avail []model.Partner
	for _, p := range s.Env.Partners {
		if !linked(s.Case, p.UID) {
			avail = append(avail, p)
		}
	}
	if len(avail) == 0 {
		l := widget.NewLabel(s.T("Partners.AllLinked"))
		l.Importance = widget.LowImportance
		return l
	}
	names := make([]string, len(avail))
	for i, p := range avail {
		names[i] = p.Name + " – " + s.Env.Loc.Enum("PartnerCategory", p.Category)
	}
	sel := kit.NewSelect(names, nil, nil)
	sel.PlaceHolder = s.T("Partners.LinkPlaceholder")
	sel.OnChanged = func(string) {
		if i := sel.SelectedIndex(); i >= 0 {
			link(s, avail[i].UID)
		}
	}
	return sel
}

// mentioned offers the partners the case refers to elsewhere but has not
// linked, each with a button to link it; nil when there are none.
func mentioned(s *kit.Session) fyne.CanvasObject {
	box := container.NewVBox()
	for _, uid := range s.Case.PartnerUIDs() {
		if linked(s.Case, uid) {
			continue
		}
		btn := kit.NewButton(s.T("Partners.LinkThis"), theme.ContentAddIcon(), func() { link(s, uid) })
		btn.Importance = widget.LowImportance
		box.Add(container.NewBorder(nil, nil, nil, btn, widget.NewLabel(s.Env.PartnerName(uid))))
	}
	if len(box.Objects) == 0 {
		return nil
	}
	return container.NewVBox(kit.Wrapped(s.T("Partners.Mentioned")), box)
}

func link(s *kit.Session, uid string) {
	_ = s.Change(func(c *model.Case) error {
		if !linked(c, uid) {
			c.Partners = append(c.Partners, model.PartnerLink{Partner: uid})
		}
		return nil
	})
}

func linked(c *model.Case, uid string) bool {
	for _, l := range c.Partners {
		if l.Partner == uid {
			return true
		}
	}
	return false
}
