package ui

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Standing notices above the window's content: what the counselor must
// know while working — the daily backup failed, the database can only be
// read — and that a dialog, once closed, would no longer say.

// Keys of the notices.
const (
	NoticeBackup   = "backup"   // the daily backup failed
	NoticeReadOnly = "readonly" // the database opened read-only
)

// SetNotice shows text under key above the window's content, or removes
// the notice when text is "". Call it on the event goroutine.
func (u *UI) SetNotice(key, text string) {
	if u.notices == nil {
		u.notices = map[string]string{}
	}
	if text == "" {
		delete(u.notices, key)
	} else {
		u.notices[key] = text
	}
	u.showNotices()
}

// Notice is the text shown under key, "" when none.
func (u *UI) Notice(key string) string { return u.notices[key] }

func (u *UI) showNotices() {
	if u.banner == nil {
		return
	}
	keys := make([]string, 0, len(u.notices))
	for k := range u.notices {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	u.banner.Objects = nil
	for _, k := range keys {
		text := &widget.Label{Text: u.notices[k], Wrapping: fyne.TextWrapWord, Importance: widget.WarningImportance}
		u.banner.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, text))
	}
	if len(keys) == 0 {
		u.banner.Hide()
	} else {
		u.banner.Show()
	}
	u.banner.Refresh()
}
