package locales

import "github.com/jeandeaual/go-locale"

// osLanguages are the user's preferred languages of macOS, first first.
func osLanguages() []string {
	l, err := locale.GetLocales()
	if err != nil {
		return nil
	}
	return l
}
