//go:build !windows

package main

// readableByOthers is Windows' check of the data folder's access rules;
// elsewhere storage keeps the folder at mode 0700 and says what it fixed.
func readableByOthers(string) []string { return nil }
