package pdf

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// notAdmitted is a case closed at intake: no need for case management,
// another support arranged, the Rückmeldung sent.
func notAdmitted() *model.Case {
	c := model.NewCase(model.Client{FirstName: "Petra", LastName: "Nowak-Ünal", BirthDate: day(1975, 6, 3), RVNR: "15030675N012"}, at(2025, 2, 3))
	c.Commission = model.Commission{Carrier: "Deutsche Rentenversicherung Westfalen", Reference: "FM-2025-0042", Date: day(2025, 2, 1), Contact: "Reha-Fachberatung Herr Albers"}
	c.Intake.Referral = model.Referral{Route: model.RouteRehaAdvice, Referrer: "Herr Albers, Reha-Fachberatung", ReceivedOn: day(2025, 2, 3)}
	c.Intake.FirstMeeting = model.FirstMeeting{Date: day(2025, 2, 12), Place: "Beratungsstelle Nordstadt", Mode: model.ModeInPerson}
	c.Intake.Decision = model.CMDecision{Need: model.AnswerNo, Justification: "Die Rückkehr an den Arbeitsplatz ist mit dem Arbeitgeber bereits vereinbart; kein komplexer Bedarf.",
		DecidedJointly: true, DecidedOn: day(2025, 2, 12)}
	c.Closure.FurtherSupport = "Betriebliches Eingliederungsmanagement beim Arbeitgeber; Kontakt zur EUTB vermittelt"
	c.Closure.TransmittedOn = day(2025, 2, 14)
	c.Phase = model.PhaseClosed
	c.NotAdmitted = "Kein Bedarf an Fallmanagement"
	c.Events = append(c.Events, model.Event{At: at(2025, 2, 12), Kind: model.KindNotAdmitted, From: model.PhaseIntake, To: model.PhaseClosed, Reason: c.NotAdmitted})
	return c
}

func TestFeedbackOfACaseNotAdmitted(t *testing.T) {
	c, s := notAdmitted(), fullSettings()
	dir := os.Getenv("PDFSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		ps := checkedPages(t, dir, lang+"-feedback.pdf", loc, func(w io.Writer) error { return Feedback(w, c, testPartners(), s, loc, printed) })
		text := strings.Join(ps, "\n")
		mustContain(t, lang+" feedback", text, loc.T("PDF.feedback.title"), "Nowak-Ünal", "15030675N012",
			"Deutsche Rentenversicherung Westfalen", "FM-2025-0042", "Herr Albers, Reha-Fachberatung",
			loc.Date(day(2025, 2, 3)), loc.Date(day(2025, 2, 12)), "Beratungsstelle Nordstadt",
			loc.Enum("Answer", model.AnswerNo), "Die Rückkehr an den Arbeitsplatz ist mit dem Arbeitgeber",
			"Kein Bedarf an Fallmanagement", loc.T("PDF.feedback.consentNo"),
			"Betriebliches Eingliederungsmanagement beim Arbeitgeber", loc.T("PDF.feedback.transmittedOn")+" "+loc.Date(day(2025, 2, 14)))
		if strings.Contains(text, loc.T("PDF.notDocumented")) {
			t.Errorf("%s: a complete feedback shows a gap:\n%s", lang, text)
		}
	}
	// Without the alternative support the gap shows; without a
	// transmission the line is simply not there yet.
	c.Closure = model.Closure{}
	text := strings.Join(pages(t, writePDF(t, dir, "feedback-open.pdf", func(w io.Writer) error {
		return Feedback(w, c, nil, s, locales.New("de"), printed)
	})), "\n")
	mustContain(t, "open feedback", text, "Besprochene oder vermittelte andere Unterstützung\n"+locales.New("de").T("PDF.notDocumented"))
	mustLack(t, "a feedback not yet sent prints a transmission line", text, "Übermittelt am")
	// A case that was admitted has no feedback.
	if err := Feedback(io.Discard, richCase(), nil, s, nil, printed); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("feedback of an admitted case: %v", err)
	}
}
