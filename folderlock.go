package main

import (
	"errors"
	"fmt"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/storage"
)

// One writer per data folder: the window holds the folder's lock for its
// whole life, and the commands that change data (import, demo, restore)
// take it for their run. Reading commands (list, export, audit, check,
// backup) need no lock and work beside the window.

// commandWait is how long a command or window waits for another command
// that holds the folder: commands end by themselves within seconds. A
// window never ends by itself, so nobody waits for one.
const commandWait = 10 * time.Second

// problemWindow shows a start-up problem in a window until the user quits;
// main sets the Fyne one. Without it the problem is said on stderr only.
var problemWindow func(loc *locales.Localizer, heading, text, detail string)

// repairWindow asks whether to rebuild damaged indexes; on consent it runs
// repair and the main window on its database until the user quits, and
// returns that database (nil when the user declined). main sets the Fyne
// one.
var repairWindow func(loc *locales.Localizer, heading, text string, repair func() (*storage.DB, error)) *storage.DB

// lockFolder takes the data folder for purpose ("window" or a command). On
// refusal it has said who holds the folder — on stderr, and for the window
// in a window too.
func (c *cli) lockFolder(dir, purpose string) (*storage.Lock, error) {
	l, err := storage.AcquireLock(dir, purpose, 0)
	var le *storage.LockedError
	if errors.As(err, &le) && le.Holder.Purpose != "window" {
		l, err = storage.AcquireLock(dir, purpose, commandWait)
	}
	if err == nil {
		return l, nil
	}
	if ro := storage.Classify(err, dir); storage.IsReadOnlyFault(ro) {
		if purpose == "window" {
			// Nobody can write a read-only folder: the window opens it
			// read-only (startup.go) without a lock.
			return nil, nil
		}
		return nil, c.startProblem(purpose, c.loc.T("Lock.ReadOnlyHeading"), c.loc.Error(ro), "")
	}
	if !errors.As(err, &le) {
		return nil, c.startProblem(purpose, c.loc.T("Lock.FailedHeading"),
			c.loc.T("Lock.Failed", "Dir", dir), c.errText(storage.Classify(err, dir)))
	}
	return nil, c.startProblem(purpose, c.lockedHeading(purpose, le), c.lockedText(purpose, le), "")
}

// startProblem says a problem that keeps the program from starting: on
// stderr always, and in a window when it was the window that could not
// start (from a desktop icon, stderr goes nowhere).
func (c *cli) startProblem(purpose, heading, text, detail string) error {
	line := heading + ": " + text
	if detail != "" {
		line += " (" + detail + ")"
	}
	fmt.Fprintln(c.stderr, line)
	if purpose == "window" && problemWindow != nil {
		problemWindow(c.loc, heading, text, detail)
	}
	return errReported
}

func (c *cli) lockedHeading(purpose string, le *storage.LockedError) string {
	if purpose == "window" && le.Holder.Purpose == "window" {
		return c.loc.T("Lock.AlreadyOpenHeading")
	}
	return c.loc.T("Lock.InUseHeading")
}

// lockedText says who holds the folder and what to do.
func (c *cli) lockedText(purpose string, le *storage.LockedError) string {
	h := le.Holder
	who := c.loc.T("Lock.HolderUnknown")
	if h.PID != 0 {
		who = c.loc.T("Lock.Holder", "PID", h.PID, "Host", h.Host, "Since", c.loc.DateTime(h.Since.Local()))
	}
	switch {
	case h.Purpose == "window" && purpose == "window":
		return c.loc.T("Lock.AlreadyOpen", "Dir", le.Dir, "Who", who)
	case h.Purpose == "window":
		return c.loc.T("Lock.WindowOpen", "Dir", le.Dir, "Who", who, "Command", purpose)
	case h.Purpose != "":
		return c.loc.T("Lock.CommandRunning", "Dir", le.Dir, "Who", who, "Command", h.Purpose)
	}
	return c.loc.T("Lock.InUse", "Dir", le.Dir, "Who", who)
}
