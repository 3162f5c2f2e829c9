package ui

import "fyne.io/fyne/v2/theme"

// captionSize is the text size of a line that explains or qualifies
// another: a field's message, a status, a detail.
const captionSize = theme.SizeNameCaptionText
