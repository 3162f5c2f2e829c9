package main

import "flag"

// windowCmd is the command line without a subcommand: the window
// (startup.go).
var windowCmd = command{
	name: "", help: "CLI.Help.window",
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		return func([]string) error {
			dir, err := c.dir()
			if err != nil {
				return err
			}
			return c.startWindow(dir, c.gui)
		}
	},
}
