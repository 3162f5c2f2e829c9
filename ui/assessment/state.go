package assessment

// shown is what this workspace keeps per session across rebuilds: which
// assessment the user is reading.
type shown struct {
	id string // ID of the assessment shown, "" for the newest
}
