package pdf

import (
	"strings"

	"teilhabelotse/model"
)

// Who works on the case and for whom: the counselor, the deputy and the
// DRV's commission, as every document's header block prints them.

// counselor is the counselor's name with their role: "Sabine Lotse
// (Fallmanagerin)".
func (d *doc) counselor() string {
	name, role := strings.TrimSpace(d.set.Name), strings.TrimSpace(d.set.Role)
	if name == "" || role == "" {
		return name
	}
	return name + " (" + role + ")"
}

// deputy is the Vertretung with how to reach them; "" when no deputy is
// named (then the document shows the gap).
func (d *doc) deputy() string {
	if strings.TrimSpace(d.set.Deputy) == "" {
		return ""
	}
	return strings.Join(nonEmpty(strings.TrimSpace(d.set.Deputy), strings.TrimSpace(d.set.DeputyPhone),
		strings.TrimSpace(d.set.DeputyEmail)), " · ")
}

// commission prints, under the title's facts, for whom the case is run
// and who answers for it: the carrier, its reference, the commission
// date, the responsible Reha-Fachberatung/-Sachbearbeitung and — on the
// plan, which the client keeps — the counselor's deputy. Full lines,
// since a carrier's name or an e-mail address does not fit a fact box.
func (d *doc) commission(c *model.Case, withDeputy bool) {
	k := c.Commission
	fs := []field{
		{label: d.t("PDF.carrier"), value: c.CommissioningCarrier(d.set)},
		{label: d.t("PDF.commission.reference"), value: k.Reference},
		{label: d.t("PDF.commission.date"), value: d.date(k.Date)},
		{label: d.t("PDF.commission.contact"), value: k.Contact},
	}
	if withDeputy {
		fs = append(fs, field{label: d.t("PDF.deputy"), value: d.deputy()})
	}
	d.fields(fs)
}

// interpreter says whether the client needs an interpreter and for which
// language.
func (d *doc) interpreter(cl model.Client) string {
	if !cl.Interpreter {
		return d.t("PDF.client.interpreterNo")
	}
	if l := strings.TrimSpace(cl.InterpreterLanguage); l != "" {
		return d.t("PDF.client.interpreterFor", "Language", l)
	}
	return d.t("PDF.client.interpreterYes")
}
