package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// helpCmd prints the usage text, or with a command's name that command's.
var helpCmd = command{
	name: "help", help: "CLI.Help.help", maxArgs: 1,
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		return func(args []string) error {
			if len(args) == 0 {
				return c.usage()
			}
			cmd, ok := lookup(args[0])
			if !ok {
				return fail("CLI.UnknownCommand", "Command", args[0])
			}
			return c.commandHelp(cmd)
		}
	},
}

// usage prints the whole usage text: every command's lines, the options
// and the notes.
func (c *cli) usage() error {
	lines := make([]string, len(commands))
	for i, cmd := range commands {
		lines[i] = c.loc.T(cmd.help)
	}
	c.printHelp(c.loc.T("CLI.About", "Version", version), c.loc.T("CLI.UsageTitle")+"\n"+strings.Join(lines, "\n"), true)
	return nil
}

// commandHelp prints the usage lines of one command with the options and
// the notes that concern it.
func (c *cli) commandHelp(cmd command) error {
	c.printHelp("", c.loc.T("CLI.UsageTitle")+"\n"+c.loc.T(cmd.help), cmd.passphrase)
	return nil
}

func (c *cli) printHelp(about, lines string, passphrase bool) {
	exe, _ := os.Executable()
	dir, _, err := resolveDataDir(c.dataDir, exe, os.Getenv)
	if err != nil {
		dir = "?"
	}
	parts := []string{lines, c.loc.T("CLI.UsageOptions", "DataDir", dir)}
	if about != "" {
		parts = append([]string{about}, parts...)
	}
	if passphrase {
		parts = append(parts, c.loc.T("CLI.UsagePassphrase"))
	}
	parts = append(parts, c.loc.T("CLI.UsageDataFolder"))
	fmt.Fprintln(c.stdout, strings.Join(parts, "\n\n"))
}
