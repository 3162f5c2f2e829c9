package ui

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// settingsForm edits a draft of the counselor's settings for the setup
// page and the settings dialog: every field says at once what is wrong
// with it (model.Settings.Validate, the rule the command line obeys too),
// and nothing is saved before the dialog's confirm.
type settingsForm struct {
	loc    *locales.Localizer
	win    fyne.Window
	dlg    *kit.Dialog
	fields *kit.Draft
	draft  model.Settings

	// logo is a newly chosen picture, checked and kept in memory; it is
	// copied into the data folder only on confirm, so a cancelled dialog
	// leaves the documents' logo as it was.
	logo        []byte
	logoPreview *canvas.Image
	logoName    *widget.Label
	logoProblem *widget.Label
}

func newSettingsForm(env *kit.Env, dlg *kit.Dialog, s model.Settings) *settingsForm {
	f := &settingsForm{loc: env.Loc, win: env.Win, dlg: dlg, draft: s.WithDefaults()}
	f.fields = kit.NewDraft(env, dlg)
	return f
}

func (f *settingsForm) t(id string, kv ...any) string { return f.loc.T(id, kv...) }

// valid reports whether the draft can be saved; the fields have said
// what is wrong with them.
func (f *settingsForm) valid() bool { return len(f.draft.Validate()) == 0 }

// text is a one-line field of the draft, checked as the command line
// checks KEY=VALUE.
func (f *settingsForm) text(key string, p *string) fyne.CanvasObject {
	return f.fields.Checked(p, func(v string) (string, error) {
		probe := f.draft
		if pr := probe.Set(key, v); pr != nil {
			return "", pr
		}
		for _, pr := range probe.Validate() {
			if pr.Path == key {
				return "", &model.Problem{Code: pr.Code, Value: pr.Value, Args: pr.Args}
			}
		}
		return strings.TrimSpace(v), nil
	})
}

// number is a whole-number field of the draft in its allowed range; empty
// means the default.
func (f *settingsForm) number(key string, p *int) fyne.CanvasObject {
	lo, hi, _ := model.SettingRange(key)
	e := f.fields.Int(p, lo, hi)
	e.SetPlaceHolder(f.t("Settings.Range", "Min", lo, "Max", hi))
	return e
}

// carrier picks the default commissioning carrier from the DRV's
// carriers, or takes any text.
func (f *settingsForm) carrier() fyne.CanvasObject {
	e := f.dlg.SelectEntry(model.DRVCarriers)
	e.SetText(f.draft.Carrier)
	e.SetPlaceHolder(f.t("Settings.CarrierPlaceholder"))
	e.OnChanged = func(v string) {
		f.draft.Carrier = strings.TrimSpace(v)
		f.fields.Edited()
	}
	return e
}

func (f *settingsForm) language() fyne.CanvasObject {
	return kit.DraftSelect(f.fields, "Language", model.Languages, &f.draft.Language)
}

// theme offers light and dark; the empty choice follows the system.
func (f *settingsForm) theme() fyne.CanvasObject {
	if f.draft.Theme == model.ThemeSystem {
		f.draft.Theme = ""
	}
	return kit.DraftSelect(f.fields, "Theme", []model.Theme{model.ThemeLight, model.ThemeDark}, &f.draft.Theme)
}

// logoField shows the logo the documents print and lets the counselor
// choose a PNG or JPEG file or remove it; a file that is no such picture
// is said at the field and not taken.
func (f *settingsForm) logoField() fyne.CanvasObject {
	f.logoPreview = &canvas.Image{FillMode: canvas.ImageFillContain}
	f.logoPreview.SetMinSize(fyne.NewSize(160, 60))
	f.logoName = widget.NewLabel("")
	f.logoName.Truncation = fyne.TextTruncateEllipsis
	f.logoProblem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	f.logoProblem.Hide()
	if f.draft.LogoPath != "" {
		f.logoPreview.File = f.draft.LogoPath
		f.logoName.SetText(f.t("Settings.LogoSet"))
	} else {
		f.logoName.SetText(f.t("Settings.LogoNone"))
	}
	choose := kit.NewButton(f.t("Settings.LogoChoose"), theme.FolderOpenIcon(), f.chooseLogo)
	remove := kit.NewButton(f.t("Settings.LogoRemove"), theme.DeleteIcon(), func() {
		f.logo, f.draft.LogoPath = nil, ""
		f.logoPreview.File, f.logoPreview.Resource = "", nil
		f.logoPreview.Refresh()
		f.logoName.SetText(f.t("Settings.LogoNone"))
		f.fields.Edited()
	})
	return container.NewVBox(
		container.NewBorder(nil, nil, f.logoPreview, nil, f.logoName),
		container.NewHBox(choose, remove),
		f.logoProblem,
	)
}

func (f *settingsForm) chooseLogo() {
	env := &kit.Env{Loc: f.loc, Win: f.win}
	kit.OpenFile(env, "logo", []string{".png", ".jpg", ".jpeg"}, func(path string) {
		file, err := os.Open(path)
		if err != nil {
			f.takeLogo(filepath.Base(path), nil)
			return
		}
		defer file.Close()
		data, err := io.ReadAll(io.LimitReader(file, model.MaxLogoBytes+1))
		if err != nil {
			data = nil
		}
		f.takeLogo(filepath.Base(path), data)
	})
}

// takeLogo checks a chosen logo file and shows it; name is its file name.
func (f *settingsForm) takeLogo(name string, data []byte) {
	if _, err := model.CheckLogo(data); err != nil {
		f.logoProblem.SetText(f.t("Settings.LogoRefused", "File", name) + " " + f.loc.Error(err))
		f.logoProblem.Show()
		f.dlg.Refit()
		return
	}
	f.logoProblem.Hide()
	f.logo = data
	f.logoPreview.File = ""
	f.logoPreview.Resource = fyne.NewStaticResource(name, bytes.Clone(data))
	f.logoPreview.Refresh()
	f.logoName.SetText(name)
	f.fields.Edited()
}

// row is a labelled field, with an optional hint under it.
func (f *settingsForm) row(labelID string, field fyne.CanvasObject, hintID string) *widget.FormItem {
	it := widget.NewFormItem(f.t(labelID), field)
	if hintID != "" {
		it.HintText = f.t(hintID)
	}
	return it
}

// The sections, shared by the setup page and the settings dialog.

func (f *settingsForm) organisation() *widget.Form {
	s := &f.draft
	return widget.NewForm(
		f.row("Settings.Organisation", f.text("organisation", &s.Organisation), "Settings.OrganisationHint"),
		f.row("Settings.Address", f.fields.Note(&s.Address), ""),
		f.row("Settings.Phone", f.text("phone", &s.Phone), ""),
		f.row("Settings.Email", f.text("email", &s.Email), ""),
		f.row("Settings.Logo", f.logoField(), "Settings.LogoHint"),
	)
}

func (f *settingsForm) counselor() *widget.Form {
	s := &f.draft
	return widget.NewForm(
		f.row("Settings.Name", f.text("name", &s.Name), ""),
		f.row("Settings.Role", f.text("role", &s.Role), "Settings.RoleHint"),
		f.row("Settings.Carrier", f.carrier(), "Settings.CarrierHint"),
	)
}

func (f *settingsForm) deputy() *widget.Form {
	s := &f.draft
	return widget.NewForm(
		f.row("Settings.DeputyName", f.text("deputy", &s.Deputy), "Settings.DeputyHint"),
		f.row("Settings.DeputyPhone", f.text("deputyPhone", &s.DeputyPhone), ""),
		f.row("Settings.DeputyEmail", f.text("deputyEmail", &s.DeputyEmail), ""),
	)
}

// deadlines is the form of the deadlines and, under it, what the three
// types of support mean — wrapped: as the review rows' one-line hints they
// made the dialog wider than a 1366×768 screen at 150 %.
func (f *settingsForm) deadlines() fyne.CanvasObject {
	s := &f.draft
	var types []string
	for _, i := range []model.Intensity{model.IntensityA, model.IntensityB, model.IntensityC} {
		types = append(types, f.loc.Enum("Intensity", i))
	}
	form := widget.NewForm(
		f.row("Settings.FirstMeetingDays", f.number("firstMeetingDays", &s.FirstMeetingDays), "Settings.FirstMeetingHint"),
		widget.NewFormItem(f.t("Settings.ReviewDaysA"), f.number("reviewDaysA", &s.ReviewDaysA)),
		widget.NewFormItem(f.t("Settings.ReviewDaysB"), f.number("reviewDaysB", &s.ReviewDaysB)),
		widget.NewFormItem(f.t("Settings.ReviewDaysC"), f.number("reviewDaysC", &s.ReviewDaysC)),
		f.row("Settings.ConsentWarnDays", f.number("consentWarnDays", &s.ConsentWarnDays), "Settings.ConsentWarnHint"),
		f.row("Settings.TransmitReminderDays", f.number("transmitReminderDays", &s.TransmitReminderDays), "Settings.TransmitReminderHint"),
	)
	return container.NewVBox(form, kit.Explanation(strings.Join(types, "\n")))
}

func (f *settingsForm) privacyAndLook() *widget.Form {
	return widget.NewForm(
		f.row("Settings.RetentionYears", f.number("retentionYears", &f.draft.RetentionYears), "Settings.RetentionHint"),
		f.row("Settings.Language", f.language(), ""),
		f.row("Settings.Theme", f.theme(), ""),
	)
}
