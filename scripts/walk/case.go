package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// The case: one simple Typ-A case, Erika Mustermann, referred by the
// Reha-Fachberatung, taken from referral to closed with what the
// Fachkonzept asks each phase to record.

func day(d time.Time) string { return d.Format("02.01.2006") }

// The days of the case: the referral came a month ago, the first meeting
// and the decision were ten days later, the case conference ten days
// after that; the rest happens today.
var (
	today        = time.Now()
	received     = today.AddDate(0, 0, -30)
	firstMeeting = today.AddDate(0, 0, -20)
	conference   = today.AddDate(0, 0, -10)
)

// phases of the walk, in order; -from starts at one of them on a program
// left running by -keep.
var phases = []struct {
	name string
	walk func(*walker)
}{
	{"new case", (*walker).newCase},
	{"intake", (*walker).intake},
	{"assessment", (*walker).assessment},
	{"planning", (*walker).planning},
	{"monitoring", (*walker).monitoring},
	{"closure", (*walker).closure},
}

func (w *walker) walkCase(from string) {
	started := from == ""
	for _, p := range phases {
		started = started || p.name == from
		if started {
			w.phase = p.name
			p.walk(w)
		}
	}
	if !started {
		w.failf("no phase %q", from)
	}
}

func (w *walker) newCase() {
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
}

func (w *walker) intake() {
	if w.hideList { // the case list is needed for "Neuer Fall", not in the case
		w.key("ctrl+l")
	}
	w.in([]string{"Erstgespräch"}, func() {
		w.fill("Datum", day(firstMeeting))
		w.fill("Ort", "Beratungsstelle, Raum 2")
		w.press("In Präsenz")
		w.fill("Teilnehmende", "Frau Mustermann, Fallmanagerin")
		w.press("Kennenlernen")
		w.press("Kriterien für ein Fallmanagement geprüft")
	})
	// Two areas need case management; the other six are a "Nein".
	for _, area := range []string{"Berufliche Situation", "Gesundheit"} {
		w.in([]string{"Screening der acht Bereiche", area}, func() { w.press("Ja") })
	}
	w.in([]string{"Screening der acht Bereiche"}, func() { w.press("Übrige Bereiche: Nein") })
	w.in([]string{"Screening der acht Bereiche", "Zustimmung zum Fallmanagement"}, func() {
		w.press("Zustimmung erfassen …")
	})
	w.waitText("Die versicherte Person wurde informiert über")
	w.press("Schriftlich")
	w.tick("alle drei Punkte") // das Fallmanagement, den Datenschutz, die Rechte und Pflichten
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

func (w *walker) assessment() {
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
	w.in([]string{"Fallkonferenzen", "Eingebundene Netzwerkpartner"}, func() {
		w.press("Neuen Netzwerkpartner anlegen …")
	})
	w.partner("Firma Beispiel GmbH")
	w.in([]string{"Fallkonferenzen", "Eingebundene Netzwerkpartner"}, func() {
		w.waitText("Firma Beispiel GmbH") // involved at once
	})
	w.shot("assessment")
	w.move("Weiter zur Planung", "")
}

func (w *walker) planning() {
	w.waitText("Teilhabeziele und Handlungsziele")
	w.press("Arbeit und Beschäftigung · noch keine Ziele")
	w.in([]string{"Arbeit und Beschäftigung · noch keine Ziele"}, func() { w.press("Teilhabeziel hinzufügen") })
	w.in([]string{"Teilhabeziel 1"}, func() {
		w.fill("Teilhabeziel (strategisches Ziel)", "Wieder an meinem alten Arbeitsplatz arbeiten")
		w.press("Handlungsziel hinzufügen")
	})
	w.in([]string{"Teilhabeziel 1", "Handlungsziele (operative Ziele)"}, func() {
		w.fill("Handlungsziel", "Stufenweise Wiedereingliederung mit 4 Stunden am Tag")
		w.fill("Zieltermin", day(today.AddDate(0, 3, 0)))
		w.in([]string{"Ausgangslage"}, func() { w.press("−1") })
		w.fill("−2 viel weniger als erwartet", "keine Wiedereingliederung begonnen")
		w.fill("−1 weniger als erwartet", "Wiedereingliederung mit 2 Stunden")
		w.fill("0 erwartetes Ergebnis", "Wiedereingliederung mit 4 Stunden")
		w.fill("+1 mehr als erwartet", "6 Stunden am Tag")
		w.fill("+2 viel mehr als erwartet", "volle Arbeitszeit")
	})
	w.press("Maßnahme hinzufügen")
	w.in([]string{"Maßnahmen", "Maßnahme"}, func() {
		w.fill("Maßnahme", "Stufenweise Wiedereingliederung beim Arbeitgeber")
		// the plan's only Handlungsziel is the measure's goal already
		w.choose("Zuständiger Netzwerkpartner", "Firma Beispiel GmbH")
		w.fill("Ansprechperson", "Herr Schulz, Personalabteilung")
		w.fill("Beginn", day(today))
		w.fill("Ende", day(today.AddDate(0, 3, 0)))
	})
	w.in([]string{"Teilhabekonferenz", "Aufgaben mit Zuständigkeiten"}, func() { w.press("Aufgabe hinzufügen") })
	w.in([]string{"Teilhabekonferenz", "Aufgaben mit Zuständigkeiten"}, func() {
		w.fill("Aufgabe", "Arbeitsplatzbegehung mit dem Betriebsarzt")
		w.fill("Zuständig", "Fallmanagerin")
	})
	w.in([]string{"Teilhabekonferenz"}, func() { w.press("Teilnehmende und Besprochenes …") })
	w.conference(today)
	// The measure's partner stands under "Netzwerkpartner" already, in
	// the measure's area: its role is left to say.
	w.in([]string{"Netzwerkpartner", "Arbeit und Beschäftigung", "Firma Beispiel GmbH"}, func() {
		w.fill("Rolle / Aufgabe", "Arbeitgeber, stufenweise Wiedereingliederung")
	})
	w.in([]string{"Weitere Beteiligte"}, func() {
		w.press("Beteiligte Person hinzufügen")
		w.fill("Name", "Peter Mustermann")
		w.fill("Beziehung / Funktion", "Ehemann")
	})
	w.fill("Mit der versicherten Person besprochen am", day(today))
	w.fill("Kopie ausgehändigt am", day(today))
	w.in([]string{"Kopie ausgehändigt am"}, func() { w.press("Festschreiben …") }) // the one at the end
	w.waitText("Plan festschreiben?")
	w.press("Festschreiben")
	w.wait("the finalise dialog to close", func() bool { return w.top() == 0 })
	w.shot("planning")
	w.move("Weiter zum Monitoring", "")
}

func (w *walker) monitoring() {
	w.waitText("Neue Überprüfung")
	w.press(day(today.AddDate(0, 0, 84)) + " übernehmen") // Typ A: every 12 weeks
	w.press("Neue Überprüfung")
	w.in([]string{"Handlungsziele: erreichte Stufe (GAS)"}, func() {
		w.in([]string{"1.1 Stufenweise Wiedereingliederung mit 4 Stunden am Tag"}, func() { w.press("0") })
		w.in([]string{"Stufenweise Wiedereingliederung beim Arbeitgeber"}, func() { w.press("Laufend") })
		w.press("Fortsetzen wie geplant")
	})
	w.shot("monitoring")
	w.move("Zum Abschluss übergehen", "")
}

func (w *walker) closure() {
	w.waitText("Datum des Abschlusses")
	w.fill("Datum des Abschlusses", day(today))
	w.press("Regulär")
	w.in([]string{"Ergebnisse des Fallmanagements"}, func() {
		w.press("Wiederhergestellt")
		w.in([]string{"Wiedereingliederung in das Erwerbsleben"}, func() { w.press("Bisheriger Arbeitsplatz") })
	})
	w.press("Stufen der letzten Überprüfung übernehmen")
	w.fill("Zusammenfassung", "Wiedereingliederung am alten Arbeitsplatz gelungen")
	w.in([]string{"Intensitätstyp zum Abschluss"}, func() { w.press("Typ A") })
	w.press("Abschlussdokumentation als PDF …")
	w.tick("Das Dokument geht an die DRV – Übermittlung mit diesem Datum eintragen")
	w.press("Erstellen")
	w.waitText("Speichern unter")
	w.press("Speichern") // in the folder offered: the walk's home folder
	w.wait("the save dialog to close", func() bool { _, ok := w.findText("Speichern unter"); return !ok })
	w.shot("closure")
	w.move("Fallakte schließen", "")
	w.phase = "closed"
	w.shot("closed")
}

// move takes the regular next step, which the compact bar of a small
// screen shows as a button of its own, and confirms its dialog on the
// date it offers, or on date when one is given.
func (w *walker) move(step, date string) {
	w.press(step)
	if !w.shows("Datum des Schritts", 3*time.Second) {
		// The bar moved under the pointer (the "Gespeichert" notice
		// of a saved PDF came up under it): a person clicks again.
		w.misses++
		w.say("the step's dialog did not open, pressing again")
		w.press(step)
	}
	w.waitText("Datum des Schritts")
	if date != "" {
		w.fill("Datum des Schritts", date)
	}
	if w.keyboard {
		w.key("Return") // Enter confirms a dialog wherever the focus is
	} else {
		w.press(step)
	}
	w.wait("the step dialog to close", func() bool { return w.top() == 0 })
}

// verify asks the program's command line whether the case is closed and
// complete.
// complete. It does not yet read the exported case file phase by phase.
func (w *walker) verify() error {
	if out, err := w.cli("check"); err != nil {
		return fmt.Errorf("check: %v: %s", err, out)
	}
	out, err := w.cli("list")
	if err != nil {
		return fmt.Errorf("list: %v: %s", err, out)
	}
	if !strings.Contains(out, "Erika Mustermann\tclosed") {
		return fmt.Errorf("the case is not closed: list says %q", strings.TrimSpace(out))
	}
	pdfs, _ := filepath.Glob(filepath.Join(w.work, "Abschlussdokumentation_*.pdf"))
	if len(pdfs) != 1 {
		return fmt.Errorf("the closure PDF is not in %s", w.work)
	}
	text, err := exec.Command("pdftotext", pdfs[0], "-").Output()
	if err != nil || !strings.Contains(string(text), "Mustermann") {
		return fmt.Errorf("the closure PDF %s does not name the client: %v", pdfs[0], err)
	}
	return nil
}

// partner fills the form of a new network partner, opened where the
// case involves it; saved, the partner is in the directory and involved.
func (w *walker) partner(name string) {
	w.waitText("Partner außerhalb der Rentenversicherung")
	w.fill("Name", name)
	w.press("Partner außerhalb der Rentenversicherung")
	w.choose("Kategorie", "Arbeitgeber (auch Werks-/Betriebsärzt*in, BEM)")
	w.press("Speichern")
	w.wait("the partner form to close", func() bool { return w.top() == 0 })
}

// conference fills the conference dialog: held on day, with whom.
func (w *walker) conference(on time.Time) {
	w.waitText("Weitere Teilnehmende (Notiz)")
	w.press("durchgeführt")
	w.fill("Datum", day(on))
	w.fill("Weitere Teilnehmende (Notiz)", "Frau Mustermann, Fallmanagerin, Reha-Fachberater")
	w.press("Speichern")
	w.wait("the conference dialog to close", func() bool { return w.top() == 0 })
}
