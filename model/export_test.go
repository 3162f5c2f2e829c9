package model

// Leaves is the case as its case file holds it, path by path: the tests of
// the text limit check LongTexts against the same JSON walk TextDiffs uses.
var Leaves = leaves
