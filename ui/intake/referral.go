package intake

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// referralView is "Zugang": the access route, who gave the hint and when
// the information arrived — the day the first meeting is due from.
type referralView struct {
	route      *kit.KeySelect
	other      *kit.Entry // the route in the user's words, for "other"
	referrer   *kit.Entry
	receivedOn *kit.Entry
	notes      *kit.Entry
	root       fyne.CanvasObject
}

func newReferralView(w *workspace) *referralView {
	s := w.s
	r := &s.Case.Intake.Referral
	v := &referralView{
		route:      kit.Select(s, "AccessRoute", model.AccessRoutes, &r.Route),
		other:      s.Text(&r.RouteOther),
		referrer:   s.Text(&r.Referrer),
		receivedOn: s.DateAt(&r.ReceivedOn, "intake.referral.receivedOn"),
		notes:      s.Note(&r.Notes),
	}
	v.other.SetPlaceHolder(s.T("Intake.RouteOtherPlaceholder"))
	v.referrer.SetPlaceHolder(s.T("Intake.ReferrerPlaceholder"))
	// Text typed for "other" stays in the case when another route is
	// chosen; it is only out of sight.
	showOther := func() { v.other.Hidden = r.Route != model.RouteOther; v.other.Refresh() }
	showOther()
	after(&v.route.OnChanged, showOther)
	// The due day of the first meeting counts from this date; it follows
	// after the save (the workspace's refresh).

	v.root = s.Section("Intake.Referral", "",
		kit.Wrapped(s.T("Intake.ReferralIntro")),
		s.Form(
			kit.Row{LabelID: "Intake.Route", Field: container.NewVBox(v.route, v.other)},
			kit.Row{LabelID: "Intake.Referrer", Field: v.referrer},
			kit.Row{LabelID: "Intake.ReceivedOn", Field: v.receivedOn},
			kit.Row{LabelID: "Intake.Notes", Field: v.notes},
		),
	)
	return v
}
