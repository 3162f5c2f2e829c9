package main

import (
	"context"
	_ "embed" // FyneApp.toml, the one place the version is written
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
)

//go:embed FyneApp.toml
var fyneAppTOML string

// version is the Version of FyneApp.toml.
var version = func() string {
	m := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`).FindStringSubmatch(fyneAppTOML)
	if m == nil {
		return "dev"
	}
	return m[1]
}()

// cli is one run of the command line. Every message goes through loc, so
// it speaks the chosen language. Commands return an error; exit says it on
// stderr and turns it into the exit status.
type cli struct {
	stdout, stderr io.Writer
	loc            *locales.Localizer
	now            func() time.Time
	ctx            context.Context
	gui            guiFunc
	dataDir, lang  string        // as given by --data and --lang
	source         dataSource    // who chose the data folder, once dir found it
	command        string        // the subcommand
	writes         bool          // the command changes data
	lock           *storage.Lock // the data folder's, taken for a command that writes
}

func (c *cli) say(id string, kv ...any) { fmt.Fprintln(c.stdout, c.loc.T(id, kv...)) }

// A failure is an error already put into words: a message of the
// command line and its template arguments.
type failure struct {
	id string
	kv []any
}

func (f *failure) Error() string { return f.id }

func fail(id string, kv ...any) error { return &failure{id, kv} }

// A located error is said one line per problem, each after its file.
type located struct {
	path string
	err  error
}

func (l *located) Error() string { return l.path + ": " + l.err.Error() }
func (l *located) Unwrap() error { return l.err }

func at(path string, err error) error { return &located{path, err} }

// failures are several errors, said in order.
type failures []error

func (fs failures) Error() string { return fmt.Sprint([]error(fs)) }

// errReported is a failure that has been said already.
var errReported = errors.New("failure already reported")

// exit says err on stderr and returns the exit status: 0 without an
// error, else 1. It is the one place where a command's error becomes
// output.
func (c *cli) exit(err error) int {
	if err == nil {
		return 0
	}
	c.report(err)
	return 1
}

// report says err on stderr in the user's language: a failure as its
// message, anything else one line per problem.
func (c *cli) report(err error) {
	switch e := err.(type) {
	case failures:
		for _, err := range e {
			c.report(err)
		}
		return
	case *failure:
		fmt.Fprintln(c.stderr, c.loc.T(e.id, e.kv...))
		return
	}
	if errors.Is(err, errReported) {
		return
	}
	prefix := ""
	var l *located
	if errors.As(err, &l) {
		prefix, err = l.path+": ", l.err
	}
	for _, line := range strings.Split(c.loc.Error(err), "\n") {
		fmt.Fprintln(c.stderr, prefix+line)
	}
}

// errText is err for embedding in a message: model problems in the user's
// language, anything else (a system error) as it is.
func (c *cli) errText(err error) string {
	var ps model.Problems
	var p *model.Problem
	var se *model.StoreError
	var fe *model.FileError
	if errors.As(err, &ps) || errors.As(err, &p) || errors.As(err, &se) || errors.As(err, &fe) || errors.Is(err, model.ErrNotFound) {
		return strings.ReplaceAll(c.loc.Error(err), "\n", "; ")
	}
	return c.sysErr(err)
}

// sysErr says a file system error — disk full, read-only, no permission,
// not found … (storage.FileFault) — in the user's language, and anything
// else as the system says it.
func (c *cli) sysErr(err error) string {
	if f := storage.FileFault(err); f != "" {
		return c.loc.T("File.Fault." + string(f))
	}
	return unwrapPath(err).Error()
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// flagError says what is wrong with the command line; the flag package's
// own messages are English only.
func (c *cli) flagError(err error) error {
	msg := err.Error()
	name := func() string { return "--" + strings.TrimLeft(msg[strings.LastIndex(msg, " ")+1:], "-") }
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		return fail("CLI.UnknownFlag", "Flag", name())
	case strings.HasPrefix(msg, "flag needs an argument: "):
		return fail("CLI.FlagNeedsValue", "Flag", name())
	case strings.HasPrefix(msg, "invalid value "):
		if m := regexp.MustCompile(`^invalid value "(.*)" for flag -(\S+):`).FindStringSubmatch(msg); m != nil {
			return fail("CLI.BadFlagValue", "Value", m[1], "Flag", "--"+m[2])
		}
	}
	return fail("CLI.BadArgs", "Error", msg)
}

// useLang speaks the language of --lang, if one was given.
func (c *cli) useLang() error {
	if c.lang == "" {
		return nil
	}
	if l := strings.ToLower(c.lang); l != "de" && l != "en" {
		return fail("CLI.BadLang", "Value", c.lang)
	}
	c.loc = locales.New(c.lang)
	return nil
}

// adoptLanguage speaks the language stored in the settings of db, unless
// --lang chose one.
func (c *cli) adoptLanguage(db *storage.DB) {
	if c.lang == "" {
		if s, err := db.Settings(c.ctx); err == nil && s.Language != "" {
			c.loc = locales.New(s.Language)
		}
	}
}

// dir is the data folder: --data, else TEILHABELOTSE_DATA, else the
// preset beside the program, else the default one (datadir.go). The log
// starts there. A command that changes data takes the folder's lock
// first; run releases it at the end.
func (c *cli) dir() (string, error) {
	if c.source == "" {
		exe, _ := os.Executable()
		d, source, err := resolveDataDir(c.dataDir, exe, os.Getenv)
		if err != nil {
			return "", fail("CLI.NoDataDir", "Error", err.Error())
		}
		c.dataDir, c.source = d, source
		c.startLog(d, source)
	}
	if c.writes && c.lock == nil {
		l, err := c.lockFolder(c.dataDir, c.command)
		if err != nil {
			return "", err
		}
		c.lock = l
	}
	return c.dataDir, nil
}

func (c *cli) releaseFolder() {
	if c.lock != nil {
		c.lock.Release()
		c.lock = nil
	}
}

// withDB opens the database of the data folder (open, saying failID when
// it cannot), runs run on it and closes it.
func (c *cli) withDB(failID string, run func(db *storage.DB) error) error {
	db, err := c.open(failID)
	if err != nil {
		return err
	}
	defer db.Close()
	return run(db)
}

// open opens the database of the data folder, speaks the language of its
// settings and warns about permissions it had to tighten. failID says
// that it could not be opened.
func (c *cli) open(failID string) (*storage.DB, error) {
	dir, err := c.dir()
	if err != nil {
		return nil, err
	}
	db, err := storage.Open(dir)
	if err != nil && !c.writes && storage.IsReadOnlyFault(err) {
		// Reading, printing and exporting rescue the data from a
		// read-only folder; nothing can be logged there.
		if ro, rerr := storage.OpenReadOnly(dir); rerr == nil {
			fmt.Fprintln(c.stderr, c.loc.T("CLI.ReadOnly", "Dir", dir))
			c.adoptLanguage(ro)
			return ro, nil
		}
	}
	if err != nil {
		var p *model.Problem
		if errors.As(err, &p) {
			return nil, err // says what happened and what to do
		}
		var se *model.StoreError
		if errors.As(err, &se) && se.Fault != model.FaultCorrupt {
			// A full disk or a read-only folder is not damage: no advice
			// to restore a backup over intact data.
			return nil, fail("CLI.OpenFault", "Dir", dir, "Error", c.loc.Error(err))
		}
		return nil, fail(failID, "Dir", dir, "Error", c.errText(err))
	}
	if c.writes {
		// Nothing is written into a database the check finds damaged;
		// reading and exporting stay allowed, to rescue the data.
		if problems, err := db.QuickCheck(c.ctx); err == nil && len(problems) > 0 {
			db.Close()
			return nil, fail("CLI.WriteDamaged", "Dir", dir, "Problem", problems[0])
		}
	}
	c.adoptLanguage(db)
	c.warnPermissions(db)
	return db, nil
}

// warnPermissions says on stderr, one line each, which permissions of the
// data folder Open had to tighten.
func (c *cli) warnPermissions(db *storage.DB) {
	for _, f := range db.PermissionFixes() {
		fmt.Fprintln(c.stderr, c.loc.PermFix(f.Path, f.Dir, f.Was, f.Now))
	}
}

// directory reads what lists and documents are made of besides the
// cases: the partner directory and the counselor's settings.
func (c *cli) directory(db *storage.DB) ([]model.Partner, model.Settings, error) {
	partners, err := db.Partners(c.ctx)
	if err != nil {
		return nil, model.Settings{}, err
	}
	settings, err := db.Settings(c.ctx)
	return partners, settings, err
}

// caseErr says why case id could not be read.
func caseErr(id int64, err error) error {
	if errors.Is(err, model.ErrNotFound) {
		return fail("CLI.CaseNotFound", "ID", id)
	}
	return err
}
