//go:build !windows && !darwin

package locales

// osLanguages is empty where the environment is the only setting (Linux
// and the BSDs), which SystemLanguage has read already.
func osLanguages() []string { return nil }
