package model

import "errors"

// ErrConflict is a save refused because the case was saved by someone
// else (another program, an import) since this copy was loaded: writing it
// would silently erase the other text. The caller keeps its copy and shows
// both (see TextDiffs).
var ErrConflict = errors.New("the case was changed elsewhere since it was loaded")
