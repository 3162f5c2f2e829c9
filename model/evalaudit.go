package model

// AuditReport records an export of the Auswertung (PDF report or CSV).
// Detail: format ("pdf", "csv"), from, to, and carrier and intensity when
// filtered. It names no case: the export is about all of them.
const AuditReport AuditKind = "report"

// ReportAudit is the audit entry of an export of the evaluation e.
func ReportAudit(format string, e *Evaluation) AuditEntry {
	d := map[string]string{"format": format, "from": e.Period.From.ISO(), "to": e.Period.To.ISO()}
	if e.Filter.Carrier != "" {
		d["carrier"] = e.Filter.Carrier
	}
	if e.Filter.Intensity != "" {
		d["intensity"] = string(e.Filter.Intensity)
	}
	return AuditEntry{Kind: AuditReport, Detail: d}
}
