package pdf

import (
	"math"
	"strings"

	"teilhabelotse/model"
)

// conference prints a Fall- or Teilhabekonferenz the way the Fachkonzept
// asks it documented — Durchführung, Beteiligte, Aufgaben mit
// Zuständigkeiten: one not held says so with its reason (the reason a gap
// where it is missing, the participants not asked for); one of which
// nothing is recorded is a gap, never "not held"; one held or planned has
// its date, who took part, what was shared, the notes and the tasks.
func conference(d *doc, k model.Conference, partners map[string]model.Partner) {
	switch {
	case k.NotHeld:
		d.fields([]field{
			{label: d.t("PDF.conf.held"), value: d.t("PDF.conf.notHeld")},
			{label: d.t("PDF.conf.date"), value: d.date(k.Date), optional: true},
			{label: d.t("PDF.conf.reason"), value: k.NotHeldReason},
			{label: d.t("PDF.conf.notes"), value: k.Notes, optional: true},
		})
		if len(k.Tasks) > 0 {
			d.subheading(d.t("PDF.conf.tasks"))
			tasks(d, k.Tasks, d.t("PDF.conf.tasks"))
		}
		return
	case !k.Recorded():
		d.fields([]field{{label: d.t("PDF.conf.held"), value: ""}})
		return
	}
	// Nothing ticked as shared is what was recorded: nothing was passed on.
	shared := categoryNames(d, k.Shared)
	if shared == "" && k.Held {
		shared = d.t("PDF.conf.sharedNone")
	}
	held := "" // neither held nor planned: not documented
	switch {
	case k.Held:
		held = d.yesNo(true)
	case k.Date.Valid():
		held = d.t("PDF.conf.planned")
	}
	fs := []field{
		{label: d.t("PDF.conf.held"), value: held},
		{label: d.t("PDF.conf.date"), value: d.date(k.Date)},
		{label: d.t("PDF.conf.participants"), value: k.Who(func(uid string) string { return partnerName(d, partners, uid) })},
		{label: d.t("PDF.conf.shared"), value: shared, optional: !k.Held},
		{label: d.t("PDF.conf.notes"), value: k.Notes, optional: true},
	}
	// A conference's record stays on one page unless it is long.
	d.need(math.Min(d.fieldsHeight(fs), 80))
	d.fields(fs)
	d.subheading(d.t("PDF.conf.tasks"))
	tasks(d, k.Tasks, d.t("PDF.conf.tasks"))
}

// employer is the client's employer as the documents print it: the
// employer from the directory with the contact person there, "kein
// Arbeitgeber" where the master data say there is none, and "" — a gap —
// where nothing is recorded.
func (d *doc) employer(partners map[string]model.Partner, cl model.Client) string {
	if cl.NoEmployer {
		return d.t("PDF.client.noEmployer")
	}
	if cl.Employer == "" {
		return ""
	}
	name := partnerName(d, partners, cl.Employer)
	if p := strings.TrimSpace(cl.EmployerContact); p != "" {
		return name + "\n" + d.t("PDF.client.employerContact", "Name", p)
	}
	return name
}
