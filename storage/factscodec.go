package storage

import (
	"encoding/binary"
	"errors"

	"teilhabelotse/model"
)

// The facts of a case (model.CaseFacts) are stored in a compact binary
// form rather than as JSON: the Auswertung reads them for thousands of
// cases on every change of the period, and decoding JSON took four fifths
// of that time (docs/performance.md). Numbers are varints, strings are a
// length and their bytes, lists a count and their elements, in the order
// of encodeFacts. The first byte is the format; a new format comes with a
// new model.FactsVersion, so Open derives every row again.
const factsFormat = 1

var errFactsDamaged = errors.New("evaluation facts damaged")

type factsEncoder struct{ b []byte }

func (e *factsEncoder) u(v uint64)    { e.b = binary.AppendUvarint(e.b, v) }
func (e *factsEncoder) i(v int)       { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *factsEncoder) d(v model.Day) { e.u(uint64(v)) }
func (e *factsEncoder) n(v int)       { e.u(uint64(v)) }
func (e *factsEncoder) s(v string)    { e.n(len(v)); e.b = append(e.b, v...) }
func (e *factsEncoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

// encodeFacts writes f (all but its ID, which is the row's).
func encodeFacts(f *model.CaseFacts) []byte {
	e := &factsEncoder{b: make([]byte, 0, 512)}
	e.u(factsFormat)
	e.s(f.Key)
	e.s(f.Carrier)
	e.s(string(f.Phase))
	e.d(f.Received)
	e.d(f.Opened)
	e.d(f.Met)
	e.s(string(f.Need))
	e.s(string(f.Expected))
	e.d(f.CMGiven)
	e.d(f.CMWithdrawn)
	e.n(len(f.Steps))
	for _, st := range f.Steps {
		e.d(st.On)
		e.s(string(st.Kind))
		e.s(string(st.To))
	}
	e.d(f.PlanFinal)
	e.n(len(f.Reviews))
	for _, d := range f.Reviews {
		e.d(d)
	}
	e.d(f.ClosureDate)
	e.s(string(f.Ending))
	e.s(string(f.Reason))
	e.s(string(f.WorkAbility))
	e.s(string(f.Reintegration))
	e.s(string(f.Final))
	e.d(f.Transmitted)
	e.i(f.TScore)
	e.bool(f.HasT)
	e.n(len(f.Levels))
	for _, l := range f.Levels {
		e.s(string(l.Area))
		e.i(l.Level)
	}
	e.n(len(f.Contacts))
	for _, k := range f.Contacts {
		e.d(k.On)
		e.i(k.Minutes)
		e.u(uint64(k.Roles))
	}
	e.n(len(f.Measures))
	for _, m := range f.Measures {
		e.s(m.Partner)
		e.s(string(m.Area))
		e.s(string(m.Status))
	}
	e.n(len(f.Partners))
	for _, p := range f.Partners {
		e.s(p)
	}
	e.n(len(f.Consents))
	for _, k := range f.Consents {
		e.d(k.Given)
		e.d(k.Until)
		e.d(k.Revoked)
	}
	return e.b
}

// factsDecoder reads encodeFacts' output. Strings repeat across cases (phases,
// statuses, partner UIDs): the decoder keeps one copy of each, which saves
// most of the allocations of reading thousands of rows.
type factsDecoder struct {
	b      []byte
	err    error
	intern map[string]string
	// Slabs the lists of many rows are cut from: one allocation for
	// hundreds of rows instead of five per row.
	steps    []model.Step
	days     []model.Day
	levels   []model.AreaLevel
	contacts []model.ContactFact
	measures []model.MeasureFact
	strs     []string
	consents []model.ConsentFact
}

// take cuts a list of n elements from the slab, starting a new slab when
// the old one is used up. Each list has its own capacity, so appending to
// one never writes into the next.
func take[T any](slab *[]T, n int) []T {
	if cap(*slab)-len(*slab) < n {
		*slab = make([]T, 0, max(1024, n))
	}
	l := len(*slab)
	*slab = (*slab)[:l+n]
	return (*slab)[l : l+n : l+n]
}

func newFactsDecoder() *factsDecoder { return &factsDecoder{intern: map[string]string{}} }

func (r *factsDecoder) u() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errFactsDamaged
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *factsDecoder) i() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errFactsDamaged
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *factsDecoder) d() model.Day { return model.Day(r.u()) }

// n reads a count, which cannot exceed the bytes left.
func (r *factsDecoder) n() int {
	v := r.u()
	if v > uint64(len(r.b)) {
		r.err = errFactsDamaged
		return 0
	}
	return int(v)
}

func (r *factsDecoder) s() string {
	n := r.n()
	if r.err != nil || n == 0 {
		return ""
	}
	raw := r.b[:n]
	r.b = r.b[n:]
	if s, ok := r.intern[string(raw)]; ok {
		return s
	}
	s := string(raw)
	r.intern[s] = s
	return s
}

// unique reads a string that no other row has (the case key): not worth
// keeping in the intern table.
func (r *factsDecoder) unique() string {
	n := r.n()
	if r.err != nil || n == 0 {
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *factsDecoder) bool() bool {
	if r.err != nil || len(r.b) == 0 {
		r.err = errFactsDamaged
		return false
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v == 1
}

// decode reads one row's facts into f.
func (r *factsDecoder) decode(b []byte, f *model.CaseFacts) error {
	r.b, r.err = b, nil
	if r.u() != factsFormat {
		return errFactsDamaged
	}
	f.Key = r.unique()
	f.Carrier = r.s()
	f.Phase = model.Phase(r.s())
	f.Received = r.d()
	f.Opened = r.d()
	f.Met = r.d()
	f.Need = model.Answer(r.s())
	f.Expected = model.Intensity(r.s())
	f.CMGiven = r.d()
	f.CMWithdrawn = r.d()
	if n := r.n(); n > 0 {
		f.Steps = take(&r.steps, n)
		for i := range f.Steps {
			f.Steps[i] = model.Step{On: r.d(), Kind: model.TransitionKind(r.s()), To: model.Phase(r.s())}
		}
	}
	f.PlanFinal = r.d()
	if n := r.n(); n > 0 {
		f.Reviews = take(&r.days, n)
		for i := range f.Reviews {
			f.Reviews[i] = r.d()
		}
	}
	f.ClosureDate = r.d()
	f.Ending = model.EndingForm(r.s())
	f.Reason = model.EndingReason(r.s())
	f.WorkAbility = model.WorkAbility(r.s())
	f.Reintegration = model.Reintegration(r.s())
	f.Final = model.Intensity(r.s())
	f.Transmitted = r.d()
	f.TScore = r.i()
	f.HasT = r.bool()
	if n := r.n(); n > 0 {
		f.Levels = take(&r.levels, n)
		for i := range f.Levels {
			f.Levels[i] = model.AreaLevel{Area: model.Area(r.s()), Level: r.i()}
		}
	}
	if n := r.n(); n > 0 {
		f.Contacts = take(&r.contacts, n)
		for i := range f.Contacts {
			f.Contacts[i] = model.ContactFact{On: r.d(), Minutes: r.i(), Roles: uint8(r.u())}
		}
	}
	if n := r.n(); n > 0 {
		f.Measures = take(&r.measures, n)
		for i := range f.Measures {
			f.Measures[i] = model.MeasureFact{Partner: r.s(), Area: model.Area(r.s()), Status: model.MeasureStatus(r.s())}
		}
	}
	if n := r.n(); n > 0 {
		f.Partners = take(&r.strs, n)
		for i := range f.Partners {
			f.Partners[i] = r.s()
		}
	}
	if n := r.n(); n > 0 {
		f.Consents = take(&r.consents, n)
		for i := range f.Consents {
			f.Consents[i] = model.ConsentFact{Given: r.d(), Until: r.d(), Revoked: r.d()}
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = errFactsDamaged
	}
	return r.err
}
