package uitest

import "strings"

// MixedText is a text of n characters in lines of mixed scripts — German
// quotes, an emoji with a skin tone, Arabic and Hebrew — as a note of a
// real case may hold them; the text-limit tests type and paste it.
func MixedText(n int) string {
	line := []rune("Frau Özdemir berichtet: „Es geht besser.“ 👍🏽 مرحبا بكم · שלום\n")
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteRune(line[i%len(line)])
	}
	return b.String()
}
