// Package masterdata is the "Stammdaten" of a case: who the client is and
// how to reach them, the language they need, their relatives, legal
// guardian and employer (Fachkonzept, plan element 1: "Angaben zum
// Versicherten und zu den Angehörigen sowie ggf. zu Betreuern"), and the
// Rentenversicherung's commission of the case. Everything saves itself
// like every other field of the case.
package masterdata

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
	"teilhabelotse/ui/partners"
)

// New builds the master data workspace of the session's case.
func New(s *kit.Session) fyne.CanvasObject {
	cl := &s.Case.Client
	return container.NewVBox(
		kit.Explanation(s.T("Master.Intro")),
		s.Section("Master.Person", "", s.Form(append(identity(s),
			kit.Row{LabelID: "Master.Address", Field: s.Note(&cl.Address)},
			kit.Row{LabelID: "Master.Phone", Field: s.Text(&cl.Phone)},
			kit.Row{LabelID: "Master.Email", Field: s.Checked(&cl.Email, checkEmail), HintID: "Master.EmailHint"},
		)...)),
		s.Section("Master.Language", "Master.LanguageHint", s.Form(
			kit.Row{LabelID: "Master.LanguageNeeds", Field: s.Note(&cl.LanguageNeeds)},
			kit.Row{LabelID: "Master.Interpreter", Field: s.Check("Master.InterpreterNeeded", &cl.Interpreter)},
			kit.Row{LabelID: "Master.InterpreterLanguage", Field: s.Text(&cl.InterpreterLanguage)},
			kit.Row{LabelID: "Master.InterpreterName", Field: s.Text(&cl.InterpreterName), HintID: "Master.InterpreterNameHint"},
		)),
		s.Section("Master.Relatives", "", kit.Repeat(s, &cl.Relatives, "Master.AddRelative",
			func() model.Person { return model.Person{} },
			func(_ int, p *model.Person) fyne.CanvasObject { return person(s, p, "Master.Relation") })),
		s.Section("Master.Guardian", "Master.GuardianHint", person(s, &cl.Guardian, "Master.GuardianScope")),
		s.Section("Master.Employer", "Master.EmployerHint", employer(s)),
		s.Section("Master.Commission", "Master.CommissionHint", commission(s)),
	)
}

// person edits a relative or the guardian; relationID labels the second
// field (the relation, or the guardian's Aufgabenkreis).
func person(s *kit.Session, p *model.Person, relationID string) fyne.CanvasObject {
	return s.Form(
		kit.Row{LabelID: "Master.PersonName", Field: s.Text(&p.Name)},
		kit.Row{LabelID: relationID, Field: s.Text(&p.Relation)},
		kit.Row{LabelID: "Master.PersonContact", Field: s.Text(&p.Contact)},
	)
}

// checkEmail accepts an empty field or an e-mail address as model checks
// it: a typo must not make the case file refuse to export later.
func checkEmail(v string) (string, error) {
	v = strings.TrimSpace(v)
	if err := model.CheckEmail(v); err != nil {
		return "", err
	}
	return v, nil
}

// employer picks the employer from the partner directory, or creates it
// there; the contact person at the employer is the case's own. "Kein
// Arbeitgeber" records that there is none — the documents then print that
// instead of a gap — and an employer chosen later clears it.
func employer(s *kit.Session) fyne.CanvasObject {
	cl := &s.Case.Client
	sel := partnerSelect(s, "Master.EmployerNone", func(k model.PartnerCategory) bool { return k == model.PartnerEmployer }, &cl.Employer)
	create := kit.NewButton(s.T("Master.EmployerCreate"), theme.ContentAddIcon(), func() {
		partners.Create(s.Env, model.PartnerEmployer, func(p model.Partner) {
			_ = s.Change(func(c *model.Case) error {
				c.Client.Employer, c.Client.NoEmployer = p.UID, false
				return nil
			})
		})
	})
	none := kit.NewCheck(s.T("Master.NoEmployer"), nil, nil)
	none.SetChecked(cl.NoEmployer)
	kit.Then(&sel.OnChanged, func(v string) {
		if cl.Employer != "" && cl.NoEmployer {
			none.SetChecked(false)
		}
	})
	none.OnChanged = func(on bool) {
		if on == cl.NoEmployer {
			return
		}
		cl.NoEmployer = on
		if on && cl.Employer != "" {
			sel.SetSelectedIndex(0) // clears the employer
		}
		s.Edited()
	}
	return s.Form(
		kit.Row{LabelID: "Master.EmployerPartner", Field: container.NewVBox(container.NewBorder(nil, nil, nil, create, sel), none)},
		kit.Row{LabelID: "Master.EmployerContact", Field: s.Text(&cl.EmployerContact)},
	)
}

// commission edits the Rentenversicherung's commission of the case. The
// carrier is picked from the DRV's carriers or typed; a case without one
// prints the default of the settings, which the field shows.
func commission(s *kit.Session) fyne.CanvasObject {
	k := &s.Case.Commission
	carrier := widget.NewSelectEntry(model.DRVCarriers)
	carrier.SetText(k.Carrier)
	if def := strings.TrimSpace(s.Env.Settings.Carrier); def != "" {
		carrier.SetPlaceHolder(s.T("Master.CarrierDefault", "Carrier", def))
	}
	carrier.OnChanged = func(v string) {
		if v = strings.TrimSpace(v); v != k.Carrier {
			k.Carrier = v
			s.Edited()
		}
	}
	return s.Form(
		kit.Row{LabelID: "Master.Carrier", Field: carrier},
		kit.Row{LabelID: "Master.Reference", Field: s.Text(&k.Reference), HintID: "Master.ReferenceHint"},
		kit.Row{LabelID: "Master.CommissionDate", Field: s.Date(&k.Date)},
		kit.Row{LabelID: "Master.CarrierContact", Field: s.Text(&k.Contact), HintID: "Master.CarrierContactHint"},
		kit.Row{LabelID: "Master.ReportOffice", Field: reportOffice(s), HintID: "Master.ReportOfficeHint"},
	)
}

// reportOffice picks the carrier's office in the partner directory that
// receives the reports: the one recipient the Zustimmung zum
// Fallmanagement covers (model.CheckCoverage).
func reportOffice(s *kit.Session) fyne.CanvasObject {
	return partnerSelect(s, "Master.ReportOfficeNone", model.ReportOffice, &s.Case.Commission.Partner)
}

// partnerSelect chooses *uid among the directory's partners of the
// categories offer accepts (and the one chosen now, whatever its
// category); the first option, noneID, chooses none.
func partnerSelect(s *kit.Session, noneID string, offer func(model.PartnerCategory) bool, uid *string) *kit.KeySelect {
	var ids []string
	labels := []string{s.T(noneID)}
	for _, p := range s.Env.Partners {
		if offer(p.Category) || p.UID == *uid {
			ids = append(ids, p.UID)
			labels = append(labels, p.Name)
		}
	}
	sel := kit.NewSelect(labels, nil, nil)
	sel.SetSelectedIndex(slices.Index(ids, *uid) + 1) // 0: none
	sel.OnChanged = func(string) {
		v := ""
		if i := sel.SelectedIndex(); i > 0 {
			v = ids[i-1]
		}
		if v != *uid {
			*uid = v
			s.Edited()
		}
	}
	return sel
}
