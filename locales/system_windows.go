package locales

import "golang.org/x/sys/windows"

// osLanguages are the user's preferred display languages ("de-DE",
// "en-US", …), which Windows sets per user; the regional format is another
// setting and does not choose the language.
func osLanguages() []string {
	l, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil {
		return nil
	}
	return l
}
