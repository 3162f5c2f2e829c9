package due

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// New is the "Fällig" overview. It loads at once: it reads the list rows
// and only the cases whose next deadline falls within the horizon, which
// stays in the milliseconds even for a large archive. Tapping an entry calls open with the case and the phase
// where the entry is dealt with. To refresh it, build it anew.
func New(env *kit.Env, open func(caseID int64, phase model.Phase)) fyne.CanvasObject {
	return newOverview(env, open).card
}

type overview struct {
	env  *kit.Env
	open func(int64, model.Phase)
	card *widget.Card
	body *fyne.Container
	done chan struct{} // closed once the items are shown (for tests)
}

// MaxCases is how many cases the overview reads deadlines from: the ones
// due first. An archive with thousands of overdue cases must not hold up
// the window; the case list, sorted by next due date, shows the rest.
const MaxCases = 40

func newOverview(env *kit.Env, open func(int64, model.Phase)) *overview {
	o := &overview{env: env, open: open, done: make(chan struct{})}
	o.body = container.NewVBox()
	// The subtitle wraps below the title: a card's own subtitle does not,
	// and it alone made the window wider than a small screen.
	o.card = kit.Card(env.Loc.T("Due.Title"), "", kit.Wrapped(env.Loc.T("Due.Subtitle", "Days", app.DueDays)), o.body)
	today := env.Today()
	store, settings := env.Store, env.Settings
	var items []app.DueItem
	var more int
	var err error
	kit.Background(env, func() {
		items, more, err = app.Due(context.Background(), store, settings, today, MaxCases)
	}, func() {
		o.show(items, more, err, today)
		close(o.done)
	})
	return o
}

// show fills the overview: overdue first, then the next days.
func (o *overview) show(items []app.DueItem, more int, err error, today model.Date) {
	t := o.env.Loc.T
	// Built as one slice and set once: adding rows one by one lays the box
	// out again for each.
	var objs []fyne.CanvasObject
	defer func() {
		o.body.Objects = objs
		o.body.Refresh()
	}()
	if err != nil {
		l := kit.Wrapped(t("Due.LoadFailed", "Error", o.env.Loc.Error(err)))
		l.Importance = widget.DangerImportance
		objs = append(objs, l)
		return
	}
	if len(items) == 0 {
		objs = append(objs, kit.Heading(t("Due.Nothing")), kit.Wrapped(t("Due.NothingText", "Days", app.DueDays)))
		return
	}
	partners := model.PartnerIndex(o.env.Partners)
	var overdue, soon []app.DueItem
	for _, it := range items {
		if it.Overdue {
			overdue = append(overdue, it)
		} else {
			soon = append(soon, it)
		}
	}
	group := func(titleID string, list []app.DueItem, imp widget.Importance) {
		if len(list) == 0 {
			return
		}
		h := widget.NewLabelWithStyle(t(titleID, "Count", len(list), "Days", app.DueDays), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		h.Importance = imp
		objs = append(objs, h)
		for _, it := range list {
			objs = append(objs, newRow(o.when(it, today), it.Client, it.Text(o.env.Loc, partners), it.Overdue, func() {
				if o.open != nil {
					o.open(it.CaseID, it.Phase)
				}
			}))
		}
	}
	group("Due.Overdue", overdue, widget.DangerImportance)
	if len(overdue) > 0 && len(soon) > 0 {
		objs = append(objs, widget.NewSeparator())
	}
	group("Due.Soon", soon, widget.HighImportance)
	if more > 0 {
		objs = append(objs, widget.NewSeparator(), kit.Wrapped(o.env.Loc.N("Due.More", more)))
	}
}

// when is the date with how far it is from today.
func (o *overview) when(it app.DueItem, today model.Date) string {
	t := o.env.Loc.T
	days := today.DaysUntil(it.Deadline.Due)
	var rel string
	switch {
	case days == 0:
		rel = t("Due.Today")
	case days == -1:
		rel = t("Due.Yesterday")
	case days < 0:
		rel = t("Due.DaysAgo", "Days", -days)
	case days == 1:
		rel = t("Due.Tomorrow")
	default:
		rel = t("Due.InDays", "Days", days)
	}
	return o.env.Loc.Date(it.Deadline.Due) + " · " + rel
}
