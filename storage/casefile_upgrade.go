package storage

import (
	"strings"

	"teilhabelotse/model"
)

// legacyCheckPrefix began what files before version 6 (and databases before
// schema 6, see migrations/0006_check_keys.sql) stored for an acknowledged
// checklist item: the message ID of its text, "Check." followed by the key.
const legacyCheckPrefix = "Check."

// upgradeOlder brings a case file of an older version to what this version
// means by the same fields, before anything checks it.
func (f *caseFile) upgradeOlder() {
	if f.FormatVersion < 6 && f.Case != nil {
		for i := range f.Case.Events {
			for j, k := range f.Case.Events[i].Missing {
				f.Case.Events[i].Missing[j] = model.CheckKey(strings.TrimPrefix(string(k), legacyCheckPrefix))
			}
		}
	}
}
