package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// A command is one subcommand of the command line: its flags, its lines of
// the usage text and what it does. Each lives in a file of its own
// (cmd_<name>.go); commands lists them in the order of the usage text.
type command struct {
	name string // "" is the window
	help string // message ID of its lines in the usage text
	// maxArgs is how many arguments it takes besides its flags; -1 is any
	// number.
	maxArgs int
	// verb: its first argument names what it works on ("export json") and
	// may stand before the flags.
	verb bool
	// passphrase: its help says how a passphrase is given.
	passphrase bool
	// writes: it changes data, so it takes the data folder's lock
	// (folderlock.go) when it asks for the folder.
	writes bool
	// define declares the command's flags on fs and returns what runs it
	// on the arguments left after them. It checks the arguments before it
	// touches the data folder.
	define func(c *cli, fs *flag.FlagSet) func(args []string) error
}

// commands are the subcommands, in the order the usage text lists them.
// They are set in init because the help command lists them.
var commands []command

func init() {
	commands = []command{windowCmd, importCmd, listCmd, dueCmd, exportCmd, auditCmd, demoCmd, checkCmd, settingsCmd, reportCmd, backupCmd, restoreCmd, helpCmd}
}

func lookup(name string) (command, bool) {
	for _, cmd := range commands {
		if cmd.name == name {
			return cmd, true
		}
	}
	return command{}, false
}

// guiFunc starts the window; main passes startGUI, tests nil.
type guiFunc func(store model.Store, loc *locales.Localizer)

// run is the whole program but the window: it parses args, opens the
// store and runs one subcommand. It returns the exit status.
func run(args []string, stdout, stderr io.Writer, gui guiFunc) int {
	c := &cli{stdout: stdout, stderr: stderr, loc: locales.New(locales.SystemLanguage()), now: time.Now, ctx: context.Background(), gui: gui}
	err := c.run(args)
	code := c.exit(err)
	c.stopLog(err, code)
	return code
}

func (c *cli) run(args []string) error {
	global := flag.NewFlagSet("teilhabelotse", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	global.StringVar(&c.dataDir, "data", "", "")
	global.StringVar(&c.lang, "lang", "", "")
	showVersion := global.Bool("version", false, "")
	err := global.Parse(args)
	if err := c.useLang(); err != nil {
		return err
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		return c.usage()
	case err != nil:
		return c.flagError(err)
	case *showVersion:
		c.say("CLI.Version", "Version", version)
		return nil
	}

	name, rest := "", []string(nil)
	if global.NArg() > 0 {
		name, rest = global.Arg(0), global.Args()[1:]
	}
	cmd, ok := lookup(name)
	if !ok {
		return fail("CLI.UnknownCommand", "Command", name)
	}
	// The command's flags are parsed before anything touches the data
	// folder. --data and --lang are accepted after the subcommand too.
	sub := flag.NewFlagSet(name, flag.ContinueOnError)
	sub.SetOutput(io.Discard)
	sub.StringVar(&c.dataDir, "data", c.dataDir, "")
	langBefore := c.lang
	sub.StringVar(&c.lang, "lang", c.lang, "")
	runCmd := cmd.define(c, sub)
	c.command, c.writes = cmd.name, cmd.writes
	defer c.releaseFolder()
	var verb []string
	if cmd.verb && len(rest) > 0 && !strings.HasPrefix(rest[0], "-") {
		verb, rest = rest[:1], rest[1:]
	}
	if err := sub.Parse(rest); errors.Is(err, flag.ErrHelp) {
		return c.commandHelp(cmd)
	} else if err != nil {
		return c.flagError(err)
	}
	if c.lang != langBefore {
		if err := c.useLang(); err != nil {
			return err
		}
	}
	args = append(verb, sub.Args()...)
	if cmd.maxArgs >= 0 && len(args) > cmd.maxArgs {
		return fail("CLI.TooManyArgs", "Args", strings.Join(args[cmd.maxArgs:], " "))
	}
	return runCmd(args)
}
