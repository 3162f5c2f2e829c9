package ui

// latest runs one job after another where only the newest result counts:
// the case list's search, which runs as the user types. Each job gets a
// generation; its result is applied only if no newer job started in the
// meantime, so a slow older search never overwrites a newer one, nor rows
// loaded or saved after it started.
//
// start and apply run on the event goroutine (run applies through
// fyne.Do), so the generation needs no lock.
type latest struct {
	// run runs work and then apply: off the event goroutine with apply
	// through fyne.Do in the running app (kit.Background), in place when
	// nil — as the headless tests need, whose fyne.Do runs on the calling
	// goroutine.
	run func(work, apply func())
	gen uint64
}

// start runs work and then apply, unless by then a newer job has started.
func (l *latest) start(work, apply func()) {
	l.gen++
	gen := l.gen
	done := func() {
		if gen == l.gen {
			apply()
		}
	}
	if l.run == nil {
		work()
		done()
		return
	}
	l.run(work, done)
}
