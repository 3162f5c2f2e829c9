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
	conference := today.AddDate(0, 0, -10)

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

	w.phase = "assessment"
	w.waitText("Dokumentation der Bedarfsermittlung")
	w.in([]string{"Situation in den Lebensbereichen"}, func() {
		w.fill("Gesundheitliche und psychomentale Situation", "Rueckenleiden, nach der Reha belastbar fuer leichte Arbeit")
		w.fill("Qualifizierung und Bildung", "Industriekauffrau, 20 Jahre Berufserfahrung")
		w.fill("Arbeitssituation und Beschäftigungssituation", "Sachbearbeiterin im Einkauf, seit 8 Monaten arbeitsunfaehig")
		w.fill("Wirtschaftliche Situation", "Uebergangsgeld, keine Schulden")
		w.fill("Alltagsbewältigung, Selbstmanagement und Mobilität", "selbststaendig, Fuehrerschein und Auto")
		w.fill("Soziale Beziehungen, Partnerschaft und Familie", "verheiratet, zwei erwachsene Kinder")
		w.fill("Gesellschaftliches und kulturelles Leben", "Chor, Sportverein")
	})
	w.in([]string{"Wünsche, Ziele und „Sicht der Dinge“"}, func() {
		w.fill("Persönliche Wünsche und Ziele der Versicherten", "Zurueck an den alten Arbeitsplatz, zunaechst in Teilzeit")
	})
	w.in([]string{"Eingesetzte Assessmentinstrumente"}, func() {
		w.press("Assessmentinstrument hinzufügen")
		w.fill("Instrument", "Entlassungsbericht der Reha-Klinik")
	})
	w.in([]string{"Fallkonferenzen"}, func() {
		w.press("Fallkonferenz hinzufügen")
		w.press("Aufgabe hinzufügen")
		w.fillIn("Aufgabe", w.placeholder("Aufgabe"), "Arbeitgeber zum BEM-Gespraech einladen")
		w.fill("Zuständig", "Fallmanagerin")
		w.press("Teilnehmende und Besprochenes …")
	})
	w.conference(conference)
	w.partner("Firma Beispiel GmbH")
	w.in([]string{"Fallkonferenzen", "Eingebundene Netzwerkpartner"}, func() {
		w.press("Netzwerkpartner hinzufügen")
		w.choose("— kein Netzwerkpartner —", "Firma Beispiel GmbH")
	})
	w.shot("assessment")
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

// partner enters a network partner into the directory (Datei ›
// Netzwerkpartner …), as the counselor must before a case can name one.
func (w *walker) partner(name string) {
	if w.keyboard {
		w.key("ctrl+shift+p")
	} else {
		w.press("Datei")
		w.press("Netzwerkpartner …")
	}
	w.inWindow("Netzwerkpartner", func() {
		w.press("Netzwerkpartner anlegen …")
		w.fill("Name", name)
		w.choose("Gruppe", "Partner außerhalb der Rentenversicherung")
		w.choose("Kategorie", "Arbeitgeber (auch Werks-/Betriebsärzt*in, BEM)")
		w.press("Speichern")
		w.wait("the partner form to close", func() bool { return w.top() == 0 })
	})
	w.backToMain()
}

// conference fills the conference dialog: held on day, with whom.
func (w *walker) conference(on time.Time) {
	w.waitText("Weitere Teilnehmende (Notiz)")
	w.tick("Die Konferenz hat stattgefunden")
	w.fill("Datum", day(on))
	w.fill("Weitere Teilnehmende (Notiz)", "Frau Mustermann, Fallmanagerin, Reha-Fachberater")
	w.press("Speichern")
	w.wait("the conference dialog to close", func() bool { return w.top() == 0 })
}
