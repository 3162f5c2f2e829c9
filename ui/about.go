package ui

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// AboutInfo is what Hilfe › Über tells beside the program's purpose: what
// an IT department asks for when something goes wrong.
type AboutInfo struct {
	Version    string
	Licence    string // SPDX identifier
	DataDir    string
	DataSource string // "flag", "env", "preset" or "default": who chose the folder
	LogFile    string // "" without a log
}

// WithAbout gives Hilfe › Über the version, licence, data folder and log.
func WithAbout(a AboutInfo) Option { return func(u *UI) { u.about = a } }

// FolderRisk is why the data folder is unsafe for the database: on a
// network drive, or in a folder a sync client (Cloud) copies.
type FolderRisk struct {
	Network    bool
	Cloud      string
	ReadableBy []string // groups of other local users that may read it (Windows)
}

// WithFolderRisk has Show warn that the data folder is unsafe.
func WithFolderRisk(r FolderRisk) Option { return func(u *UI) { u.risk = r } }

// onAbout tells what the application is for, which version and licence it
// has, and where its data and its log are.
func (u *UI) onAbout() {
	a := u.about
	if a.Version == "" {
		a.Version = u.app.Metadata().Version
	}
	content := container.NewVBox(&widget.Label{Text: u.loc.T("App.Title"), TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText})
	if a.Version != "" {
		content.Add(&widget.Label{Text: u.loc.T("About.Version", "Version", a.Version)})
	}
	content.Add(&widget.Label{Text: u.loc.T("About.Text"), Wrapping: fyne.TextWrapWord})
	content.Add(&widget.Label{Text: u.loc.T("About.Privacy"), Wrapping: fyne.TextWrapWord})
	if a.Licence != "" {
		content.Add(&widget.Label{Text: u.loc.T("About.Licence", "Licence", a.Licence), Wrapping: fyne.TextWrapWord})
	}
	if a.DataDir != "" {
		content.Add(widget.NewSeparator())
		content.Add(&widget.Label{Text: u.loc.T("About.DataDir." + sourceKey(a.DataSource)), TextStyle: fyne.TextStyle{Bold: true}})
		content.Add(&widget.Label{Text: a.DataDir, Selectable: true, Wrapping: fyne.TextWrapBreak})
		open := kit.NewButton(u.loc.T("About.OpenDataDir"), theme.FolderOpenIcon(), func() {
			link, err := url.Parse(storage.NewFileURI(a.DataDir).String())
			if err == nil {
				err = u.app.OpenURL(link)
			}
			if err != nil {
				u.showError(err)
			}
		})
		content.Add(container.NewHBox(open))
	}
	if text := u.Notice(NoticeBackup); text != "" {
		content.Add(widget.NewSeparator())
		content.Add(&widget.Label{Text: text, Wrapping: fyne.TextWrapWord, Importance: widget.WarningImportance})
	}
	if a.LogFile != "" {
		content.Add(&widget.Label{Text: u.loc.T("About.LogFile"), TextStyle: fyne.TextStyle{Bold: true}})
		content.Add(&widget.Label{Text: a.LogFile, Selectable: true, Wrapping: fyne.TextWrapBreak})
	}
	d := dialog.NewCustom(u.loc.T("About.Title"), u.loc.T("About.Close"), content, u.win)
	d.Resize(fyne.NewSize(aboutWidth, content.MinSize().Height))
	kit.ShowDialog(d, u.win)
}

// aboutWidth fits a Windows data folder path on one line or two.
const aboutWidth = 560

func sourceKey(s string) string {
	switch s {
	case "flag", "env", "preset":
		return s
	}
	return "default"
}

// showFolderRisk warns once that the database must not live where the
// data folder is.
func (u *UI) showFolderRisk() {
	if !u.risk.Network && u.risk.Cloud == "" && len(u.risk.ReadableBy) == 0 {
		return
	}
	var texts []string
	if u.risk.Network {
		texts = append(texts, u.loc.T("Folder.Network"))
	}
	if u.risk.Cloud != "" {
		texts = append(texts, u.loc.T("Folder.Cloud", "Service", u.risk.Cloud))
	}
	if len(u.risk.ReadableBy) > 0 {
		texts = append(texts, u.loc.T("Folder.Readable", "Groups", strings.Join(u.risk.ReadableBy, ", ")))
	}
	text := strings.Join(texts, "\n\n")
	content := container.NewVBox(
		&widget.Label{Text: text, Wrapping: fyne.TextWrapWord},
		&widget.Label{Text: u.about.DataDir, Selectable: true, Wrapping: fyne.TextWrapBreak},
		&widget.Label{Text: u.loc.T("Folder.What"), Wrapping: fyne.TextWrapWord},
	)
	d := dialog.NewCustom(u.loc.T("Folder.Title"), u.loc.T("Folder.Close"), content, u.win)
	d.Resize(fyne.NewSize(noticeWidth, content.MinSize().Height))
	kit.ShowDialog(d, u.win)
}
