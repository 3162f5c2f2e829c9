package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// Feedback renders the Rückmeldung an den Auftraggeber of a case closed at
// intake ("nicht aufgenommen"): whom it goes to (the commissioning carrier
// and the referrer), the client, the referral and the first meeting, the
// decision with its justification, the alternative support discussed or
// arranged, and the day it was sent. Any other case is model.ErrNotFound:
// it has no such document.
func Feedback(w io.Writer, c *model.Case, partners map[string]model.Partner, s model.Settings, loc *locales.Localizer, printed time.Time) error {
	if c == nil || !c.ClosedNotAdmitted() {
		return fmt.Errorf("pdf: feedback of a case not closed as not admitted: %w", model.ErrNotFound)
	}
	fd := &feedbackDoc{newCaseDoc(c, partners, s, loc, printed, "PDF.feedback.title")}
	return render(w, fd.doc, fd.draw)
}

type feedbackDoc struct{ *caseDoc }

func (fd *feedbackDoc) draw() {
	d, c := fd.doc, fd.c
	in, dec := c.Intake, c.Intake.Decision
	closed := model.DateOf(c.Events[len(c.Events)-1].At)
	fd.header(d.counselorFact(),
		fact{d.t("PDF.closure.received"), d.date(in.Referral.ReceivedOn)},
		fact{d.t("PDF.closure.firstMeeting"), d.date(in.FirstMeeting.Date)},
		fact{d.t("PDF.feedback.closedOn"), d.date(closed)})
	d.para(marginL, contentW, d.t("PDF.feedback.intro"))
	d.space(3)

	d.heading(d.t("PDF.feedback.sectionRecipient"))
	d.fields([]field{
		{label: d.t("PDF.carrier"), value: c.CommissioningCarrier(d.set)},
		{label: d.t("PDF.commission.reference"), value: c.Commission.Reference, optional: true},
		{label: d.t("PDF.commission.date"), value: d.date(c.Commission.Date), optional: true},
		{label: d.t("PDF.commission.contact"), value: c.Commission.Contact, optional: true},
		{label: d.t("PDF.feedback.referrer"), value: in.Referral.Referrer, optional: true},
		{label: d.t("PDF.closure.route"), value: clean(d.loc.AccessRoute(in.Referral))},
	})

	d.heading(d.t("PDF.feedback.sectionClient"))
	cl, fm := c.Client, in.FirstMeeting
	mode := enumOrEmpty(d, "MeetingMode", fm.Mode)
	if fm.Mode.NeedsReason() && strings.TrimSpace(fm.ModeReason) != "" {
		mode += " – " + fm.ModeReason
	}
	d.fields(identity(d, cl, field{label: d.t("PDF.feedback.meeting"), value: strings.Join(nonEmpty(d.date(fm.Date), fm.Place, mode), " · ")}))

	d.heading(d.t("PDF.feedback.sectionDecision"))
	consent := d.t("PDF.feedback.consentNo")
	if c.CMConsent.GivenOn.Valid() {
		consent = d.t("PDF.feedback.consentGiven", "Date", d.date(c.CMConsent.GivenOn))
		if w := c.CMConsent.LastWithdrawal(closed); w.Valid() {
			consent = d.t("PDF.feedback.consentWithdrawn", "Date", d.date(c.CMConsent.GivenOn), "Withdrawn", d.date(w))
		}
	}
	d.fields([]field{
		{label: d.t("PDF.feedback.need"), value: enumOrEmpty(d, "Answer", dec.Need)},
		{label: d.t("PDF.feedback.decidedOn"), value: d.date(dec.DecidedOn), optional: true},
		{label: d.t("PDF.feedback.jointly"), value: d.yesNo(dec.DecidedJointly)},
		{label: d.t("PDF.feedback.consent"), value: consent},
		{label: d.t("PDF.feedback.reason"), value: c.NotAdmitted},
	})
	d.block(d.t("PDF.feedback.justification"), dec.Justification)

	// The last section stays together with the signature below it.
	d.headingKeep(d.t("PDF.feedback.sectionAlternative"), 40)
	d.block(d.t("PDF.feedback.alternative"), c.Closure.FurtherSupport)
	d.fields([]field{{label: d.t("PDF.feedback.transmittedOn"), value: d.date(c.Closure.TransmittedOn), optional: true}})
	d.signatures([]signer{{caption: d.t("PDF.signCaseManager"), name: d.set.Name}})
}
