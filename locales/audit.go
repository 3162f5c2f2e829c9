package locales

import (
	"strings"

	"teilhabelotse/model"
)

// Audit says what an audit log entry records, in one line, for the case's
// log in the window and for the command line.
func (l *Localizer) Audit(e model.AuditEntry) string {
	d := e.Detail
	switch e.Kind {
	case model.AuditTransition:
		if d["from"] == "" {
			return l.T("Audit.transitionInto", "To", l.Enum("PhaseShort", d["to"]))
		}
		return l.T("Audit.transition", "From", l.Enum("PhaseShort", d["from"]), "To", l.Enum("PhaseShort", d["to"]),
			"Kind", l.Enum("TransitionKind", d["kind"]))
	case model.AuditDisclosure:
		var cats []string
		for _, c := range strings.Split(d["categories"], ",") {
			if c != "" {
				cats = append(cats, l.Enum("InfoCategory", c))
			}
		}
		partner := d["partner"]
		if partner == "" {
			partner = l.Enum("PartnerCategory", d["partnerCategory"])
		}
		return l.T("Audit.disclosure", "Partner", partner, "Categories", strings.Join(cats, ", "))
	case model.AuditDocument:
		return l.T("Audit.document", "Document", l.T("Audit.Document."+d["document"], "Version", d["version"]))
	case model.AuditIdentity:
		var fields []string
		for _, f := range strings.Split(d["fields"], ",") {
			if f != "" {
				fields = append(fields, l.T("Audit.identityField."+f))
			}
		}
		return l.T("Audit.identity", "Fields", strings.Join(fields, ", "), "Reason", l.Enum("IdentityReason", d["reason"]))
	case model.AuditReplace:
		return l.T("Audit.replace", "Backup", d["backup"])
	case model.AuditReport:
		from, _ := model.ParseDate(d["from"])
		to, _ := model.ParseDate(d["to"])
		return l.T("Audit.report", "Format", strings.ToUpper(d["format"]), "From", l.Date(from), "To", l.Date(to))
	case model.AuditImport:
		if d["erased"] != "" {
			date, _ := model.ParseDate(d["erased"])
			return l.T("Audit.importErased", "Date", l.Date(date))
		}
	case model.AuditRepair:
		return l.T("Audit.repair", "What", d["what"])
	case model.AuditBackup, model.AuditRestore:
		return l.T("Audit."+string(e.Kind), "File", d["file"])
	}
	return l.T("Audit." + string(e.Kind))
}
