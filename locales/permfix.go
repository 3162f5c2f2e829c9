package locales

import "io/fs"

// PermFix says in a sentence that a permission of the data folder was too
// open and has been tightened from was to now; the window and the command
// line say it alike.
func (l *Localizer) PermFix(path string, dir bool, was, now fs.FileMode) string {
	id := "PermFix.File"
	if dir {
		id = "PermFix.Dir"
	}
	if was&0o044 != 0 {
		id += "Readable"
	} else {
		id += "Open"
	}
	return l.T(id, "Path", path, "Was", modeText(was), "Now", modeText(now))
}

// modeText writes permission bits as people type them for chmod: 0755.
func modeText(m fs.FileMode) string {
	const digits = "01234567"
	p := m.Perm()
	return string([]byte{'0', digits[p>>6&7], digits[p>>3&7], digits[p&7]})
}
