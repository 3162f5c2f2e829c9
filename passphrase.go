package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// passphraseEnv names the environment variable that gives the passphrase
// to scripts. Other processes of the same user can read a process's
// environment, so typing it at the prompt is safer.
const passphraseEnv = "TEILHABELOTSE_PASSPHRASE"

// passphraseInput is where a passphrase is typed or piped in.
var passphraseInput io.Reader = os.Stdin

// passphrase gets the passphrase for the encrypted file path: from
// TEILHABELOTSE_PASSPHRASE if set; else typed at the terminal without echo
// — twice for a new file, since a mistyped passphrase could never be
// recovered —; else one line of standard input. An empty one is refused.
func (c *cli) passphrase(path string, newFile bool) (string, error) {
	pass, ok := os.LookupEnv(passphraseEnv)
	if f, isFile := passphraseInput.(*os.File); !ok && isFile && term.IsTerminal(int(f.Fd())) {
		prompt := "CLI.PassphrasePrompt"
		if newFile {
			prompt = "CLI.PassphraseNew"
		}
		var err error
		if pass, err = c.readHidden(f, prompt, path); err != nil {
			return "", fail("CLI.PassphraseUnreadable", "Error", c.sysErr(err))
		}
		if pass != "" && newFile {
			again, err := c.readHidden(f, "CLI.PassphraseRepeat", path)
			if err != nil {
				return "", fail("CLI.PassphraseUnreadable", "Error", c.sysErr(err))
			}
			if again != pass {
				return "", fail("CLI.PassphraseMismatch")
			}
		}
	} else if !ok {
		var err error
		if pass, err = readLine(passphraseInput); err != nil {
			return "", fail("CLI.PassphraseUnreadable", "Error", c.sysErr(err))
		}
	}
	if pass == "" {
		return "", fail("CLI.PassphraseEmpty", "Env", passphraseEnv)
	}
	if len(pass) > maxPassphrase {
		// Never cut silently: a cut passphrase would not open the file.
		return "", fail("CLI.PassphraseTooLong", "Max", maxPassphrase)
	}
	return pass, nil
}

// readHidden prompts on stderr and reads a line from the terminal f
// without echoing it.
func (c *cli) readHidden(f *os.File, prompt, path string) (string, error) {
	fmt.Fprint(c.stderr, c.loc.T(prompt, "Path", path))
	b, err := term.ReadPassword(int(f.Fd()))
	fmt.Fprintln(c.stderr)
	return string(b), err
}

// maxPassphrase is the longest passphrase taken, in bytes.
const maxPassphrase = 1024

// readLine reads one line from r, byte by byte so that nothing after it is
// consumed, without its line ending.
func readLine(r io.Reader) (string, error) {
	var line []byte
	b := make([]byte, 1)
	for len(line) <= maxPassphrase { // one more than allowed: too long is said
		n, err := r.Read(b)
		if n == 1 {
			if b[0] == '\n' {
				break
			}
			line = append(line, b[0])
		}
		if err == io.EOF {
			break
		} else if err != nil {
			return "", err
		}
	}
	return strings.TrimSuffix(string(line), "\r"), nil
}
