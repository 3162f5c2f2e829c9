package main

import (
	"bufio"
	"bytes"
	"context"
	_ "embed" // FyneApp.toml, the one place the version is written
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/term"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/pdf"
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

// guiFunc starts the window; main passes startGUI, tests nil.
type guiFunc func(store model.Store, loc *locales.Localizer)

// cli is one run of the command line. Every message goes through loc, so
// it speaks the chosen language; errors are one line each on stderr and
// make the exit status 1.
type cli struct {
	stdout, stderr io.Writer
	loc            *locales.Localizer
	now            func() time.Time
	ctx            context.Context
}

func (c *cli) say(id string, kv ...any) { fmt.Fprintln(c.stdout, c.loc.T(id, kv...)) }

// fail prints a message on stderr and returns exit status 1.
func (c *cli) fail(id string, kv ...any) int {
	fmt.Fprintln(c.stderr, c.loc.T(id, kv...))
	return 1
}

// failErr prints err in the user's language, one line per problem.
func (c *cli) failErr(prefix string, err error) int {
	for _, line := range strings.Split(c.loc.Error(err), "\n") {
		if prefix != "" {
			line = prefix + ": " + line
		}
		fmt.Fprintln(c.stderr, line)
	}
	return 1
}

// errText is err for embedding in a message: model problems in the user's
// language, anything else (a system error) as it is.
func (c *cli) errText(err error) string {
	var ps model.Problems
	var p *model.Problem
	if errors.As(err, &ps) || errors.As(err, &p) || errors.Is(err, model.ErrNotFound) {
		return strings.ReplaceAll(c.loc.Error(err), "\n", "; ")
	}
	return c.sysErr(err)
}

// sysErr says the common file system errors in the user's language and
// anything else as the system says it.
func (c *cli) sysErr(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return c.loc.T("CLI.ErrNotExist")
	case errors.Is(err, fs.ErrPermission):
		return c.loc.T("CLI.ErrPermission")
	}
	return unwrapPath(err).Error()
}

// flagError says what is wrong with the command line; the flag package's
// own messages are English only.
func (c *cli) flagError(err error) int {
	msg := err.Error()
	name := func() string { return "--" + strings.TrimLeft(msg[strings.LastIndex(msg, " ")+1:], "-") }
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		return c.fail("CLI.UnknownFlag", "Flag", name())
	case strings.HasPrefix(msg, "flag needs an argument: "):
		return c.fail("CLI.FlagNeedsValue", "Flag", name())
	case strings.HasPrefix(msg, "invalid value "):
		if m := regexp.MustCompile(`^invalid value "(.*)" for flag -(\S+):`).FindStringSubmatch(msg); m != nil {
			return c.fail("CLI.BadFlagValue", "Value", m[1], "Flag", "--"+m[2])
		}
	}
	return c.fail("CLI.BadArgs", "Error", msg)
}

// defaultDataDir is the per-user configuration folder: ~/.config on Linux,
// ~/Library/Application Support on macOS, %AppData% on Windows.
func defaultDataDir() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "teilhabelotse"), nil
}

// exportFormats are what "export" writes: the case file and the documents.
var exportFormats = map[string]bool{"json": true, "plan": true, "closure": true, "consent": true, "access": true}

// run is the whole program but the window: it parses args, opens the
// store and runs one subcommand. It returns the exit status.
func run(args []string, stdout, stderr io.Writer, gui guiFunc) int {
	c := &cli{stdout: stdout, stderr: stderr, loc: locales.New(locales.SystemLanguage()), now: time.Now, ctx: context.Background()}

	var dataDir, lang string
	var showVersion bool
	global := flag.NewFlagSet("teilhabelotse", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	global.StringVar(&dataDir, "data", "", "")
	global.StringVar(&lang, "lang", "", "")
	global.BoolVar(&showVersion, "version", false, "")
	err := global.Parse(args)
	if lang != "" {
		if l := strings.ToLower(lang); l != "de" && l != "en" {
			return c.fail("CLI.BadLang", "Value", lang)
		}
		c.loc = locales.New(lang)
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		return c.help()
	case err != nil:
		return c.flagError(err)
	case showVersion:
		c.say("CLI.Version", "Version", version)
		return 0
	}

	cmd, rest := "", []string(nil)
	if global.NArg() > 0 {
		cmd, rest = global.Arg(0), global.Args()[1:]
	}
	// Subcommand flags, parsed before anything touches the data folder.
	// --data and --lang are accepted after the subcommand too.
	sub := flag.NewFlagSet(cmd, flag.ContinueOnError)
	sub.SetOutput(io.Discard)
	sub.StringVar(&dataDir, "data", dataDir, "")
	langBefore := lang
	sub.StringVar(&lang, "lang", lang, "")
	var caseID int64
	var out string
	var nCases, planVersion int
	var consentID string
	var seed int64
	var encrypt, asJSON bool
	format := ""
	switch cmd {
	case "", "list", "import", "check", "restore":
	case "help":
		return c.help()
	case "export":
		sub.Int64Var(&caseID, "case", 0, "")
		sub.StringVar(&out, "out", "", "")
		sub.IntVar(&planVersion, "version", 0, "")
		sub.StringVar(&consentID, "consent", "", "")
		sub.BoolVar(&encrypt, "encrypt", false, "")
		if len(rest) > 0 && !strings.HasPrefix(rest[0], "-") {
			format, rest = rest[0], rest[1:]
		}
	case "audit":
		sub.Int64Var(&caseID, "case", 0, "")
	case "backup":
		sub.StringVar(&out, "out", "", "")
		sub.BoolVar(&encrypt, "encrypt", false, "")
	case "demo":
		sub.IntVar(&nCases, "cases", 0, "")
		sub.Int64Var(&seed, "seed", 0, "")
	case "settings":
		sub.BoolVar(&asJSON, "json", false, "")
	default:
		return c.fail("CLI.UnknownCommand", "Command", cmd)
	}
	if err := sub.Parse(rest); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return c.help()
		}
		return c.flagError(err)
	}
	if lang != langBefore {
		if l := strings.ToLower(lang); l != "de" && l != "en" {
			return c.fail("CLI.BadLang", "Value", lang)
		}
		c.loc = locales.New(lang)
	}
	files := sub.Args()
	if cmd == "export" && format == "" && len(files) > 0 {
		format, files = files[0], files[1:]
	}
	switch {
	case cmd == "restore" && len(files) > 1:
		return c.fail("CLI.TooManyArgs", "Args", strings.Join(files[1:], " "))
	case cmd != "import" && cmd != "restore" && cmd != "settings" && len(files) > 0:
		return c.fail("CLI.TooManyArgs", "Args", strings.Join(files, " "))
	}
	switch {
	case cmd == "import" && len(files) == 0:
		return c.fail("CLI.ImportNoFiles")
	case cmd == "export" && format == "":
		return c.fail("CLI.ExportNoFormat")
	case cmd == "export" && !exportFormats[format]:
		return c.fail("CLI.ExportFormat", "Format", format)
	case cmd == "export" && caseID <= 0:
		return c.fail("CLI.ExportNeedCase")
	case cmd == "export" && out == "":
		return c.fail("CLI.ExportNeedOut")
	case cmd == "export" && format == "consent" && consentID == "":
		return c.fail("CLI.ExportNeedConsent")
	case cmd == "export" && encrypt && format != "json":
		return c.fail("CLI.EncryptOnlyJSON")
	case cmd == "demo" && nCases < 0:
		return c.fail("CLI.DemoCount")
	case cmd == "backup" && out == "":
		return c.fail("CLI.BackupNeedOut")
	case cmd == "restore" && len(files) == 0:
		return c.fail("CLI.RestoreNoFile")
	}

	if dataDir == "" {
		d, err := defaultDataDir()
		if err != nil {
			return c.fail("CLI.NoDataDir", "Error", err.Error())
		}
		dataDir = d
	}
	if writingCommands[cmd] {
		l, code := c.lockFolder(dataDir, cmd)
		if l == nil {
			return code
		}
		defer l.Release()
	}
	if cmd == "restore" {
		// The database must not be open while it is replaced.
		return c.restore(dataDir, files[0], lang)
	}
	if cmd == "" {
		// The window: the database is checked before anything else
		// (startup.go).
		return c.startWindow(dataDir, lang, gui)
	}
	db, err := storage.Open(dataDir)
	if err != nil {
		var p *model.Problem
		switch {
		case errors.As(err, &p):
			return c.failErr("", err) // says what happened and what to do
		case cmd == "check":
			return c.fail("CLI.CheckOpenFailed", "Dir", dataDir, "Error", c.errText(err))
		}
		return c.fail("CLI.OpenFailed", "Dir", dataDir, "Error", c.errText(err))
	}
	defer db.Close()
	if lang == "" {
		if s, err := db.Settings(c.ctx); err == nil && s.Language != "" {
			c.loc = locales.New(s.Language)
		}
	}
	c.warnPermissions(db)

	switch cmd {
	case "import":
		return c.importFiles(db, files)
	case "list":
		return c.list(db)
	case "audit":
		return c.audit(db, caseID)
	case "export":
		if format == "access" {
			return c.exportAccess(db, caseID, out)
		}
		if format == "json" {
			return c.exportJSON(db, caseID, out, encrypt)
		}
		return c.exportDocument(db, format, caseID, planVersion, consentID, out)
	case "check":
		return c.check(db)
	case "settings":
		return c.settings(db, files, asJSON)
	case "backup":
		return c.backup(db, out, encrypt)
	case "demo":
		if seed == 0 {
			seed = c.now().UnixNano()
		}
		return c.demo(db, nCases, seed)
	}
	return 0
}

func (c *cli) help() int {
	dir, err := defaultDataDir()
	if err != nil {
		dir = "?"
	}
	c.say("CLI.Usage", "DataDir", dir, "Version", version)
	return 0
}

// importFiles imports each case file as a new case and prints its ID. A bad
// file imports nothing and is reported with every problem it has; the
// others are still imported. An encrypted file is decrypted with the
// passphrase asked for at the first one; it is imported only once it has
// been read to its authenticated end.
func (c *cli) importFiles(db *storage.DB, files []string) int {
	status := 0
	pass, passStatus := "", 0 // asked for once, at the first encrypted file
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			status = c.fail("CLI.ImportUnreadable", "Path", path, "Error", c.sysErr(err))
			continue
		}
		br := bufio.NewReader(f)
		var r io.Reader = br
		if head, _ := br.Peek(64); storage.IsEncrypted(head) {
			if pass == "" && passStatus == 0 {
				pass, passStatus = c.passphrase(path, false)
			}
			if passStatus == 0 {
				r, err = storage.Decrypt(r, pass)
			}
			if passStatus != 0 || err != nil {
				f.Close()
				status = c.importDecryptFailed(path, err)
				continue
			}
		}
		id, err := db.ImportCase(c.ctx, r)
		f.Close()
		if errors.Is(err, storage.ErrWrongPassphrase) {
			status = c.importDecryptFailed(path, err)
			continue
		}
		if err != nil {
			status = c.failErr(path, err)
			c.fail("CLI.ImportNothing", "Path", path)
			continue
		}
		fmt.Fprintln(c.stdout, id)
	}
	return status
}

// list prints one tab-separated line per case: ID, name, phase key, next
// due date (or "-").
func (c *cli) list(db *storage.DB) int {
	rows, err := db.ListCases(c.ctx)
	if err != nil {
		return c.failErr("", err)
	}
	for _, r := range rows {
		due := "-"
		if r.NextDue.Valid() {
			due = r.NextDue.ISO()
		}
		name := model.Client{FirstName: r.FirstName, LastName: r.LastName}.FullName()
		fmt.Fprintf(c.stdout, "%d\t%s\t%s\t%s\n", r.ID, name, r.Phase, due)
	}
	return 0
}

// exportJSON writes the case file; out is either the old file or the
// complete new one — never half written.
func (c *cli) exportJSON(db *storage.DB, id int64, out string, encrypt bool) int {
	if !encrypt {
		code := c.writeOut(id, out, "CLI.Exported", func(w io.Writer) error { return db.ExportCase(c.ctx, id, w) })
		return c.logExport(db, id, code)
	}
	// Exported first, so that a wrong number or a case that would not
	// import again is said before the passphrase is asked for.
	var plain bytes.Buffer
	if err := db.ExportCase(c.ctx, id, &plain); errors.Is(err, model.ErrNotFound) {
		return c.fail("CLI.CaseNotFound", "ID", id)
	} else if err != nil {
		return c.failErr(out, err)
	}
	pass, status := c.passphrase(out, true)
	if status != 0 {
		return status
	}
	code := c.writeOut(id, out, "CLI.ExportedEncrypted", func(w io.Writer) error {
		return storage.Encrypt(w, pass, func(ew io.Writer) error { _, err := ew.Write(plain.Bytes()); return err })
	})
	return c.logExport(db, id, code)
}

// logExport records a written case file in the audit log; code is the
// exit status of the export, which is logged only when it succeeded.
func (c *cli) logExport(db *storage.DB, id int64, code int) int {
	if code != 0 {
		return code
	}
	cs, err := db.LoadCase(c.ctx, id)
	if err == nil {
		err = db.Audit(c.ctx, model.AuditEntry{Kind: model.AuditExport, Case: cs.UID})
	}
	if err != nil {
		return c.failErr("", err)
	}
	return 0
}

// writeOut writes out atomically with write and reports the outcome.
func (c *cli) writeOut(id int64, out, doneID string, write func(io.Writer) error) int {
	var werr error
	err := storage.WriteFileAtomic(out, func(w io.Writer) error { werr = write(w); return werr })
	switch {
	case werr != nil && errors.Is(werr, model.ErrNotFound):
		return c.fail("CLI.CaseNotFound", "ID", id)
	case werr != nil:
		return c.failErr(out, werr)
	case err != nil:
		return c.fail("CLI.ExportFailed", "Path", out, "Error", c.sysErr(err))
	}
	c.say(doneID, "ID", id, "Path", out)
	return 0
}

// exportDocument renders one of the PDF documents of a case: the plan
// (newest version unless version > 0), the closure documentation or a
// consent form.
func (c *cli) exportDocument(db *storage.DB, format string, id int64, version int, consentID, out string) int {
	cs, index, settings, code := c.caseDocs(db, id)
	if cs == nil {
		return code
	}
	now := c.now()
	var write func(io.Writer) error
	entry := model.DocumentAudit(cs.UID, format, 0)
	switch format {
	case "plan":
		if len(cs.Plans) == 0 {
			return c.fail("CLI.NoPlan", "ID", id)
		}
		if version < 0 || version > len(cs.Plans) {
			return c.fail("CLI.NoPlanVersion", "ID", id, "Version", version, "Count", len(cs.Plans))
		}
		write = func(w io.Writer) error { return pdf.Plan(w, cs, version, index, settings, c.loc, now) }
		if version == 0 {
			version = len(cs.Plans)
		}
		entry = model.DocumentAudit(cs.UID, model.DocPlan, version)
	case "closure":
		if !cs.ClosureRecorded() {
			return c.fail("CLI.NoClosure", "ID", id)
		}
		write = func(w io.Writer) error { return pdf.Closure(w, cs, index, settings, c.loc, now) }
	case "consent":
		k, ok := cs.ConsentByID(consentID)
		if !ok {
			return c.fail("CLI.NoConsent", "ID", id, "Consent", consentID)
		}
		write = func(w io.Writer) error { return pdf.ConsentForm(w, cs, k, index, settings, c.loc, now) }
	}
	if code := c.writeOut(id, out, "CLI.ExportedDocument", write); code != 0 {
		return code
	}
	if err := db.Audit(c.ctx, entry); err != nil {
		return c.failErr("", err)
	}
	return 0
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

// demo adds the fictitious demo cases and the partners they need, and
// fictitious counselor settings when none are set.
func (c *cli) demo(db *storage.DB, n int, seed int64) int {
	cases, partners := demo.Cases(n, seed, c.now())
	have, err := db.Partners(c.ctx)
	if err != nil {
		return c.fail("CLI.DemoFailed", "Error", c.errText(err))
	}
	known := map[string]bool{}
	for _, p := range have {
		known[p.UID] = true
	}
	added := 0
	for i := range partners {
		if known[partners[i].UID] {
			continue
		}
		if err := db.SavePartner(c.ctx, &partners[i]); err != nil {
			return c.fail("CLI.DemoFailed", "Error", c.errText(err))
		}
		added++
	}
	if s, err := db.Settings(c.ctx); err == nil && s.Name == "" && s.Organisation == "" {
		d := demo.Settings()
		s.Name, s.Role, s.Organisation, s.Address, s.Phone, s.Email, s.Carrier, s.Deputy, s.DeputyPhone, s.DeputyEmail =
			d.Name, d.Role, d.Organisation, d.Address, d.Phone, d.Email, d.Carrier, d.Deputy, d.DeputyPhone, d.DeputyEmail
		if err := db.SaveSettings(c.ctx, s); err != nil {
			return c.fail("CLI.DemoFailed", "Error", c.errText(err))
		}
	}
	// One transaction for all: 10,000 cases in seconds, and all or none.
	if err := db.CreateCases(c.ctx, cases); err != nil {
		return c.fail("CLI.DemoFailed", "Error", c.errText(err))
	}
	c.say("CLI.DemoDone", "Cases", strconv.Itoa(len(cases)), "Partners", added)
	return 0
}

// check runs the database's consistency checks and says the result in one
// line: fine, with schema version and number of cases, or damaged, with the
// first finding and what to do.
func (c *cli) check(db *storage.DB) int {
	r, err := db.Check(c.ctx)
	if err != nil {
		return c.fail("CLI.CheckFailed", "Error", c.errText(err))
	}
	if !r.OK() {
		return c.fail("CLI.CheckDamaged", "Count", len(r.Problems), "Problem", r.Problems[0])
	}
	c.say("CLI.CheckOK", "Version", r.SchemaVersion, "Cases", r.Cases)
	return 0
}

// backup writes a consistent copy of the database to out; out is either
// the old file or the complete backup.
func (c *cli) backup(db *storage.DB, out string, encrypt bool) int {
	if encrypt {
		pass, status := c.passphrase(out, true)
		if status != 0 {
			return status
		}
		if err := db.BackupEncrypted(c.ctx, out, pass); err != nil {
			return c.fail("CLI.BackupFailed", "Path", out, "Error", c.sysErr(err))
		}
		c.say("CLI.BackupDoneEncrypted", "Path", out)
		return 0
	}
	if err := db.Backup(c.ctx, out); err != nil {
		return c.fail("CLI.BackupFailed", "Path", out, "Error", c.sysErr(err))
	}
	c.say("CLI.BackupDone", "Path", out)
	return 0
}

// restore checks the backup file and only then replaces the database in
// dataDir by it, keeping the previous one aside in the data folder.
func (c *cli) restore(dataDir, file, lang string) int {
	if st, err := os.Stat(file); err != nil {
		return c.fail("CLI.RestoreUnreadable", "Path", file, "Error", c.sysErr(err))
	} else if st.IsDir() {
		return c.fail("CLI.RestoreNotBackup", "Path", file)
	}
	// An encrypted backup is decrypted inside the data folder; a wrong
	// passphrase is found before anything is written.
	encrypted, err := storage.IsEncryptedFile(file)
	if err != nil {
		return c.fail("CLI.RestoreUnreadable", "Path", file, "Error", c.sysErr(err))
	}
	var aside string
	if encrypted {
		pass, status := c.passphrase(file, false)
		if status != 0 {
			return status
		}
		aside, err = storage.RestoreEncrypted(dataDir, file, pass, c.now())
	} else {
		aside, err = storage.Restore(dataDir, file, c.now())
	}
	var p *model.Problem
	var damaged *storage.DamagedError
	switch {
	case err == nil:
	case errors.Is(err, storage.ErrWrongPassphrase):
		return c.fail("CLI.RestoreWrongPassphrase", "Path", file)
	case errors.Is(err, storage.ErrInUse):
		return c.fail("CLI.RestoreInUse")
	case errors.Is(err, storage.ErrNotBackup):
		return c.fail("CLI.RestoreNotBackup", "Path", file)
	case errors.As(err, &p) && p.Code == model.CodeSchemaNewer:
		return c.fail("CLI.RestoreNewer", "Path", file, "Have", p.Args["Have"], "Know", p.Args["Know"])
	case errors.As(err, &damaged):
		return c.fail("CLI.RestoreDamaged", "Path", file, "Error", damaged.Problems[0])
	default:
		return c.fail("CLI.RestoreFailed", "Error", c.sysErr(err))
	}
	db, err := storage.Open(dataDir)
	if err != nil {
		return c.fail("CLI.OpenFailed", "Dir", dataDir, "Error", c.errText(err))
	}
	defer db.Close()
	if lang == "" {
		if s, err := db.Settings(c.ctx); err == nil && s.Language != "" {
			c.loc = locales.New(s.Language)
		}
	}
	r, err := db.Check(c.ctx)
	if err != nil {
		return c.fail("CLI.CheckFailed", "Error", c.errText(err))
	}
	if aside == "" {
		c.say("CLI.RestoreDoneFirst", "Path", file, "Version", r.SchemaVersion, "Cases", r.Cases)
	} else {
		c.say("CLI.RestoreDone", "Path", file, "Version", r.SchemaVersion, "Cases", r.Cases, "Aside", aside)
	}
	return 0
}

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
// On failure it has said why and returns exit status 1.
func (c *cli) passphrase(path string, newFile bool) (string, int) {
	pass, ok := os.LookupEnv(passphraseEnv)
	if f, isFile := passphraseInput.(*os.File); !ok && isFile && term.IsTerminal(int(f.Fd())) {
		prompt := "CLI.PassphrasePrompt"
		if newFile {
			prompt = "CLI.PassphraseNew"
		}
		var err error
		if pass, err = c.readHidden(f, prompt, path); err != nil {
			return "", c.fail("CLI.PassphraseUnreadable", "Error", c.sysErr(err))
		}
		if pass != "" && newFile {
			again, err := c.readHidden(f, "CLI.PassphraseRepeat", path)
			if err != nil {
				return "", c.fail("CLI.PassphraseUnreadable", "Error", c.sysErr(err))
			}
			if again != pass {
				return "", c.fail("CLI.PassphraseMismatch")
			}
		}
	} else if !ok {
		var err error
		if pass, err = readLine(passphraseInput); err != nil {
			return "", c.fail("CLI.PassphraseUnreadable", "Error", c.sysErr(err))
		}
	}
	if pass == "" {
		return "", c.fail("CLI.PassphraseEmpty", "Env", passphraseEnv)
	}
	return pass, 0
}

// readHidden prompts on stderr and reads a line from the terminal f
// without echoing it.
func (c *cli) readHidden(f *os.File, prompt, path string) (string, error) {
	fmt.Fprint(c.stderr, c.loc.T(prompt, "Path", path))
	b, err := term.ReadPassword(int(f.Fd()))
	fmt.Fprintln(c.stderr)
	return string(b), err
}

// readLine reads one line from r, byte by byte so that nothing after it is
// consumed, without its line ending.
func readLine(r io.Reader) (string, error) {
	var line []byte
	b := make([]byte, 1)
	for len(line) < 4096 {
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

// importDecryptFailed reports an encrypted case file that could not be
// opened: a wrong passphrase or a damaged file (said as such), a failed
// read, or no passphrase (already said).
func (c *cli) importDecryptFailed(path string, err error) int {
	switch {
	case err == nil:
		return c.fail("CLI.ImportNothing", "Path", path)
	case errors.Is(err, storage.ErrWrongPassphrase):
		return c.fail("CLI.ImportWrongPassphrase", "Path", path)
	}
	c.fail("CLI.ImportUnreadable", "Path", path, "Error", c.sysErr(err))
	return c.fail("CLI.ImportNothing", "Path", path)
}
