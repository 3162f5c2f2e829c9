package demo

import "teilhabelotse/model"

// The text pools the demo cases are written from. Every person, firm and
// place is invented.

type firstName struct {
	name   string
	female bool
}

var firstNames = []firstName{
	{"Erika", true}, {"Jonas", false}, {"Aylin", true}, {"Thomas", false}, {"Katharina", true},
	{"Dragan", false}, {"Sabine", true}, {"Lukas", false}, {"Monika", true}, {"Andreas", false},
	{"Fatma", true}, {"Jürgen", false}, {"Natalia", true}, {"Stefan", false}, {"Birgit", true},
	{"Mehmet", false}, {"Claudia", true}, {"Sven", false}, {"Olga", true}, {"Marco", false},
	{"Heike", true}, {"Paul", false}, {"Leonie", true}, {"Rainer", false}, {"Irina", true},
	{"Dirk", false}, {"Nicole", true}, {"Kemal", false}, {"Ute", true}, {"Tobias", false},
}

var lastNames = []string{
	"Mustermann", "Musterfrau", "Beispiel", "Probe", "Exempel", "Vorlage", "Modell",
	"Platzhalter", "Musterer", "Fiktiv", "Testmann", "Beispielmann", "Probst-Muster",
	"Entwurf", "Schablone", "Attrappe", "Musterberg", "Beispielhaus",
}

var streets = []string{
	"Musterstraße", "Beispielweg", "Am Probeacker", "Vorlagenring", "Modellallee",
	"Platzhalterplatz", "Fiktivgasse", "Schablonenstraße", "Entwurfsweg", "Lindenallee",
}

var towns = []struct{ zip, town string }{
	{"12345", "Musterstadt"}, {"12347", "Musterstadt"}, {"12349", "Musterstadt"},
	{"54321", "Beispielhausen"}, {"54322", "Beispielhausen"}, {"23456", "Probedorf"},
	{"34567", "Vorlagenfeld am See"},
}

// rvAreas are Bereichsnummern of the RV-Nummer used for the demo.
var rvAreas = []int{12, 13, 15, 25, 53, 65}

// story is a client's situation, written as a case manager would record it.
type story struct {
	sex           int    // 0 any, 1 female, 2 male (the texts say so)
	employer      string // partner key
	occupation    string
	disorder      string
	consequences  string
	health        string
	qualification string
	work          string
	economic      string
	daily         string
	social        string
	cultural      string
	wishesGoals   string
	clientView    string
	wishes        string
	fears         string
	concerns      string
	need          string
	helping       string // facilitating factors
	hindering     string
	requirements  string
	situation     string
	relations     string
	profile       []model.ProfileItem
	factors       []model.ContextFactor
	screenYes     []model.ScreeningArea
	goals         []int // preferred goal templates (indexes into goalPool)
	route         model.AccessRoute
	referrer      string
}

var stories = []story{
	{
		sex:           0,
		employer:      "logistik",
		occupation:    "Fachkraft für Lagerlogistik",
		route:         model.RouteMedicalRehab,
		referrer:      "Sozialdienst der Rehaklinik Am Musterberg",
		disorder:      "Chronisches Lumbalsyndrom nach Bandscheibenvorfall L4/L5 (operiert), begleitende depressive Verstimmung.",
		consequences:  "Heben und Tragen über 10 kg nicht möglich; Sitzen und Stehen jeweils höchstens 45 Minuten am Stück; Staplerfahren nur eingeschränkt. Seit 7 Monaten arbeitsunfähig.",
		health:        "Nach Bandscheiben-OP und medizinischer Reha deutlich gebessert, aber weiterhin Schmerzspitzen bei Belastung. Schläft schlecht, fühlt sich oft niedergeschlagen. Hausärztliche Behandlung, Physiotherapie läuft.",
		qualification: "Hauptschulabschluss, Ausbildung zur Fachkraft für Lagerlogistik (IHK), Staplerschein. Keine PC-Kenntnisse über E-Mail hinaus.",
		work:          "Seit 14 Jahren bei der Muster Logistik GmbH im Wareneingang. Arbeitgeber hat BEM angeboten; ein Schonarbeitsplatz ist bisher nicht vorhanden. Arbeitsvertrag unbefristet.",
		economic:      "Krankengeld läuft noch 4 Monate. Ratenkredit für das Auto. Partnerin arbeitet in Teilzeit. Sorgen um das Einkommen.",
		daily:         "Haushalt mit Unterstützung der Partnerin. Autofahren bis 30 Minuten möglich. Tagesstruktur seit der Arbeitsunfähigkeit brüchig.",
		social:        "Lebt mit Partnerin und zwei Kindern (9 und 13). Familie unterstützt, die Situation belastet aber die Partnerschaft.",
		cultural:      "Früher Trainer in der Jugendabteilung des Fußballvereins, seit der Erkrankung nicht mehr dort.",
		wishesGoals:   "Möchte zurück in den Betrieb, gern in die Disposition oder Qualitätskontrolle. Wieder Trainer sein.",
		clientView:    "„Ich will arbeiten, ich bin doch kein Rentner. Aber schwer heben geht einfach nicht mehr.“",
		wishes:        "Einen Arbeitsplatz im bisherigen Betrieb, bei dem ich nicht schwer heben muss.",
		fears:         "„Dass die mich loswerden wollen und ich mit Mitte fünfzig nichts mehr finde.“",
		concerns:      "Erhalt des Arbeitsplatzes hat für die versicherte Person Vorrang vor einer Umschulung.",
		need:          "Leidensgerechte Umsetzung im Betrieb mit Qualifizierung (PC-Grundlagen, Disposition), stufenweise Wiedereingliederung, begleitende Schmerzbewältigung.",
		helping:       "Hohe Arbeitsmotivation, lange Betriebszugehörigkeit, Unterstützung durch die Familie, kooperativer BEM-Beauftragter.",
		hindering:     "Fehlende PC-Kenntnisse, Angst vor Arbeitsplatzverlust, körperlich geprägtes Berufsbild.",
		requirements:  "Wareneingang: Heben bis 25 kg, Staplerfahren, Schichtdienst. Disposition: PC-Arbeit mit Warenwirtschaftssystem, Telefon, Frühschicht.",
		situation:     "Mittelständischer Betrieb mit 180 Beschäftigten, wachsend; BEM ist eingeführt, Betriebsärztin erreichbar.",
		relations:     "Gutes Verhältnis zum Schichtleiter; Kolleg*innen fragen regelmäßig nach.",
		profile: []model.ProfileItem{
			{Item: "Heben und Tragen", Capability: 1, Requirement: 4, ActionNeed: "Umsetzung auf einen Arbeitsplatz ohne schweres Heben"},
			{Item: "Sitzen", Capability: 3, Requirement: 3},
			{Item: "PC-Arbeit", Capability: 1, Requirement: 3, ActionNeed: "Qualifizierung PC-Grundlagen und Warenwirtschaft"},
			{Item: "Kommunikation am Telefon", Capability: 4, Requirement: 3},
			{Item: "Belastbarkeit / Ausdauer", Capability: 2, Requirement: 3, ActionNeed: "Stufenweise Wiedereingliederung"},
		},
		factors: []model.ContextFactor{
			{Kind: model.FactorPersonal, Effect: model.EffectFacilitator, Description: "Hohe Arbeitsmotivation und Betriebstreue"},
			{Kind: model.FactorPersonal, Effect: model.EffectBarrier, Description: "Angst vor Arbeitsplatzverlust"},
			{Kind: model.FactorEnvironmental, Effect: model.EffectFacilitator, Description: "BEM-Verfahren im Betrieb eingeführt"},
			{Kind: model.FactorEnvironmental, Effect: model.EffectBarrier, Description: "Kein freier Arbeitsplatz in der Disposition"},
		},
		screenYes: []model.ScreeningArea{model.ScreenJob, model.ScreenHealth, model.ScreenFinances, model.ScreenBehaviour},
		goals:     []int{0, 6, 7, 9, 15},
	},
	{
		sex:           1,
		employer:      "buero",
		occupation:    "Steuerfachangestellte",
		route:         model.RouteRehaAdvice,
		referrer:      "Reha-Fachberatung der DRV Musterland",
		disorder:      "Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode; Erschöpfungssyndrom.",
		consequences:  "Konzentration und Ausdauer deutlich reduziert; Termindruck löst Panik aus. Arbeitsunfähig seit 5 Monaten.",
		health:        "Nach psychosomatischer Reha stabiler, Antriebsarmut am Morgen. Ambulante Psychotherapie beantragt, Wartezeit ca. 3 Monate. Hausärztin verordnet Antidepressivum.",
		qualification: "Realschulabschluss, Ausbildung Steuerfachangestellte, 20 Jahre Berufserfahrung. Gute EDV-Kenntnisse (DATEV, Office).",
		work:          "Teilzeit (30 Std.) in kleiner Steuerberatungskanzlei. Hohe Arbeitsdichte in der Abgabezeit. Inhaber signalisiert Bereitschaft zur Wiedereingliederung.",
		economic:      "Krankengeld; Ehemann verdient. Keine Schulden. Finanziell vorerst abgesichert.",
		daily:         "Alltag gelingt mit Struktur, an schlechten Tagen bleibt vieles liegen. Fährt Fahrrad und Bus.",
		social:        "Verheiratet, eine erwachsene Tochter. Pflegt zeitweise die Mutter (Pflegegrad 2), das belastet zusätzlich.",
		cultural:      "Singt im Kirchenchor, war zuletzt seltener dort.",
		wishesGoals:   "Zurück in die Kanzlei, aber mit weniger Stunden und ohne Dauerstress in der Abgabezeit.",
		clientView:    "„Ich mag meine Arbeit. Es war einfach alles zu viel – die Kanzlei, die Mutter, alles.“",
		wishes:        "Stundenreduzierung auf 25 Stunden, feste Bürozeiten, Entlastung bei der Pflege der Mutter.",
		fears:         "„Dass ich wieder zusammenklappe, wenn ich zurückgehe.“",
		concerns:      "Belastung durch Angehörigenpflege berücksichtigen; Rückkehr behutsam planen.",
		need:          "Stufenweise Wiedereingliederung mit Arbeitszeitanpassung, psychotherapeutische Anbindung, Entlastung bei der Pflege.",
		helping:       "Fachlich sehr erfahren, wohlwollender Arbeitgeber, stabile Ehe.",
		hindering:     "Doppelbelastung durch Pflege, Wartezeit auf Psychotherapie, Perfektionismus.",
		requirements:  "Erstellen von Lohn- und Finanzbuchhaltung und Steuererklärungen; Fristdruck Mai bis Juli.",
		situation:     "Kleine Kanzlei mit 14 Beschäftigten, familiäre Atmosphäre, wenig Vertretungsmöglichkeiten.",
		relations:     "Sehr gutes Verhältnis zum Inhaber; eine Kollegin wird als belastend erlebt.",
		profile: []model.ProfileItem{
			{Item: "Konzentration", Capability: 2, Requirement: 4, ActionNeed: "Stufenweise Steigerung, feste Pausen"},
			{Item: "Arbeiten unter Zeitdruck", Capability: 1, Requirement: 4, ActionNeed: "Entlastung in Abgabezeiten vereinbaren"},
			{Item: "EDV-Kenntnisse", Capability: 5, Requirement: 4},
			{Item: "Kundenkontakt", Capability: 3, Requirement: 2},
		},
		factors: []model.ContextFactor{
			{Kind: model.FactorEnvironmental, Effect: model.EffectFacilitator, Description: "Arbeitgeber unterstützt die Rückkehr"},
			{Kind: model.FactorEnvironmental, Effect: model.EffectBarrier, Description: "Pflege der Mutter neben der Arbeit"},
			{Kind: model.FactorPersonal, Effect: model.EffectBarrier, Description: "Hoher Anspruch an sich selbst"},
		},
		screenYes: []model.ScreeningArea{model.ScreenHealth, model.ScreenBehaviour, model.ScreenSocial},
		goals:     []int{1, 7, 12, 13, 16},
	},
	{
		sex:           1,
		employer:      "pflege",
		occupation:    "Altenpflegerin",
		route:         model.RouteEmployer,
		referrer:      "BEM-Gespräch beim Arbeitgeber, Kontakt über den Firmenservice",
		disorder:      "Gonarthrose beidseits, Zustand nach Knie-TEP rechts; Adipositas.",
		consequences:  "Längeres Gehen und Stehen sowie Knien nicht möglich; Schichtdienst mit Patiententransfers nicht mehr leistbar.",
		health:        "Knie-TEP vor 6 Monaten, Anschlussheilbehandlung abgeschlossen. Gehstrecke ca. 1 km. Gewichtsreduktion angestrebt, Ernährungsberatung empfohlen.",
		qualification: "Examinierte Altenpflegerin, Weiterbildung Praxisanleitung. Interesse an Pflegeberatung.",
		work:          "Seit 11 Jahren im Pflegezentrum Sonnenhof, Vollzeit im Wechselschichtdienst. Einsatz in der Grundpflege nicht mehr möglich.",
		economic:      "Alleinverdienerin, Miete hoch. Krankengeld reicht knapp. Dispokredit ausgeschöpft.",
		daily:         "Wohnung im 3. OG ohne Aufzug. Einkaufen mit Hilfe der Nachbarin. Kein Auto, ÖPNV-Anbindung gut.",
		social:        "Alleinerziehend, Sohn (16) lebt im Haushalt. Guter Kontakt zur Schwester.",
		cultural:      "Ehrenamt in der Tafel, derzeit pausiert.",
		wishesGoals:   "In der Pflege bleiben, aber ohne körperlich schwere Arbeit – z. B. Pflegeberatung oder Praxisanleitung.",
		clientView:    "„Pflege ist mein Beruf. Ich will nur nicht mehr heben und rennen müssen.“",
		wishes:        "Weiterbildung zur Pflegeberaterin, Tagdienst.",
		fears:         "„Dass das Geld nicht reicht, wenn ich eine Weiterbildung mache.“",
		concerns:      "Finanzielle Absicherung während einer Qualifizierung klären (Übergangsgeld).",
		need:          "Qualifizierung zur Pflegeberaterin (LTA), Prüfung eines Tagdienst-Arbeitsplatzes, Schuldnerberatung.",
		helping:       "Breite Berufserfahrung, Praxisanleiterin, Arbeitgeber sucht Fachkräfte.",
		hindering:     "Finanzielle Engpässe, Wohnsituation, Schichtdienstmodell des Arbeitgebers.",
		requirements:  "Grundpflege mit Transfers, Schichtdienst, Dokumentation. Pflegeberatung: Gespräche, Dokumentation, Hausbesuche.",
		situation:     "Großer Träger, Fachkräftemangel, offen für interne Umsetzung.",
		relations:     "Geschätzt im Team, Pflegedienstleitung unterstützt.",
		profile: []model.ProfileItem{
			{Item: "Gehen und Stehen", Capability: 2, Requirement: 4, ActionNeed: "Tätigkeit überwiegend im Sitzen"},
			{Item: "Patiententransfer", Capability: 0, Requirement: 4, ActionNeed: "Kein Einsatz in der Grundpflege"},
			{Item: "Beratungskompetenz", Capability: 4, Requirement: 4},
			{Item: "Dokumentation am PC", Capability: 3, Requirement: 4, ActionNeed: "Schulung Pflegesoftware"},
		},
		factors: []model.ContextFactor{
			{Kind: model.FactorPersonal, Effect: model.EffectFacilitator, Description: "Große Berufserfahrung und Freude am Beruf"},
			{Kind: model.FactorEnvironmental, Effect: model.EffectBarrier, Description: "Wohnung im 3. OG ohne Aufzug"},
			{Kind: model.FactorEnvironmental, Effect: model.EffectFacilitator, Description: "Arbeitgeber mit Bedarf an Pflegeberatung"},
		},
		screenYes: []model.ScreeningArea{model.ScreenJob, model.ScreenHealth, model.ScreenFinances, model.ScreenMobility},
		goals:     []int{2, 4, 8, 10, 11},
	},
	{
		sex:           2,
		employer:      "stadtwerke",
		occupation:    "Elektroniker für Betriebstechnik",
		route:         model.RouteMedicalRehab,
		referrer:      "Rehaklinik Am Musterberg (kardiologische Reha)",
		disorder:      "Zustand nach Herzinfarkt mit Stentimplantation, Herzinsuffizienz NYHA II.",
		consequences:  "Schwere körperliche Arbeit, Rufbereitschaft und Arbeit auf Leitern/Masten nicht mehr möglich.",
		health:        "Kardiologisch stabil, Belastbarkeit 100 Watt. Rauchstopp gelungen. Regelmäßige Herzsportgruppe empfohlen.",
		qualification: "Meisterbrief Elektrotechnik, SPS-Kenntnisse, gute PC-Kenntnisse.",
		work:          "Netzservice mit Rufbereitschaft bei den Stadtwerken. Arbeitgeber prüft Einsatz in der Netzplanung.",
		economic:      "Verheiratet, Doppelverdiener, Eigenheim mit Kredit. Keine akuten Sorgen.",
		daily:         "Alltag selbstständig. Führerschein vorhanden, fährt wieder Auto.",
		social:        "Verheiratet, zwei erwachsene Kinder. Ehefrau sehr besorgt, möchte einbezogen werden.",
		cultural:      "Mitglied der Freiwilligen Feuerwehr (aktiver Dienst ruht).",
		wishesGoals:   "Wechsel in die Netzplanung, Arbeit ohne Rufbereitschaft.",
		clientView:    "„Der Infarkt war ein Warnschuss. Ich will weiterarbeiten, aber vernünftiger.“",
		wishes:        "Planungsarbeitsplatz, Teilnahme an Herzsport.",
		fears:         "„Dass ich mich wieder übernehme, wenn viel los ist.“",
		concerns:      "Einbeziehung der Ehefrau auf Wunsch des Versicherten.",
		need:          "Innerbetriebliche Umsetzung in die Netzplanung mit CAD-Schulung; Herzsport.",
		helping:       "Hohe Qualifikation, stabile Familie, großer Arbeitgeber mit SBV.",
		hindering:     "Neigung zur Selbstüberforderung.",
		requirements:  "Netzservice: Störungsbeseitigung, Rufbereitschaft, Arbeiten in Höhe. Netzplanung: CAD, Abstimmung mit Baufirmen.",
		situation:     "Kommunales Unternehmen, 600 Beschäftigte, aktives BEM-Team.",
		relations:     "Teamleiter wohlwollend, Kollegen eingespielt.",
		profile: []model.ProfileItem{
			{Item: "Körperliche Belastbarkeit", Capability: 2, Requirement: 4, ActionNeed: "Umsetzung in die Netzplanung"},
			{Item: "Fachwissen Elektrotechnik", Capability: 5, Requirement: 4},
			{Item: "CAD-Kenntnisse", Capability: 1, Requirement: 4, ActionNeed: "CAD-Schulung"},
			{Item: "Stressregulation", Capability: 2, Requirement: 3, ActionNeed: "Stressbewältigungskurs"},
		},
		factors: []model.ContextFactor{
			{Kind: model.FactorEnvironmental, Effect: model.EffectFacilitator, Description: "Aktives BEM-Team und Schwerbehindertenvertretung"},
			{Kind: model.FactorPersonal, Effect: model.EffectBarrier, Description: "Neigung zur Selbstüberforderung"},
		},
		screenYes: []model.ScreeningArea{model.ScreenJob, model.ScreenHealth},
		goals:     []int{3, 6, 8, 14, 18},
	},
	{
		sex:           2,
		employer:      "logistik",
		occupation:    "Berufskraftfahrer",
		route:         model.RouteOtherCarrier,
		referrer:      "Musterkasse (Krankengeldfallmanagement)",
		disorder:      "Diabetes mellitus Typ 2 mit Retinopathie; Schlafapnoe.",
		consequences:  "Fahrerlaubnis für Lkw ruht; Nachtarbeit nicht möglich; Sehleistung eingeschränkt.",
		health:        "Blutzucker neu eingestellt, CPAP-Therapie läuft. Augenärztliche Kontrollen vierteljährlich.",
		qualification: "Berufskraftfahrer mit Qualifikation, kein Schulabschluss in Deutschland anerkannt. Deutschkenntnisse im Alltag gut, schriftlich unsicher.",
		work:          "Fernverkehr bei Muster Logistik. Fahrtätigkeit ist dauerhaft nicht mehr möglich.",
		economic:      "Krankengeld; Ehefrau ohne Erwerbseinkommen; Mietschulden von zwei Monaten.",
		daily:         "Auf Bus angewiesen, seit die Fahrerlaubnis ruht. Alltag sonst selbstständig.",
		social:        "Verheiratet, drei Kinder. Enge Einbindung in die Gemeinde.",
		cultural:      "Aktiv im Kulturverein, dort gut vernetzt.",
		wishesGoals:   "Eine sichere Arbeit, egal ob im Lager oder in der Werkstatt, um die Familie zu versorgen.",
		clientView:    "„Fahren war mein Leben. Jetzt muss ich etwas Neues finden.“",
		wishes:        "Arbeit im Tagdienst, gut mit dem Bus erreichbar.",
		fears:         "„Dass wir die Wohnung verlieren.“",
		concerns:      "Mietschulden zeitnah klären; Dolmetscher für Arztgespräche bei Bedarf.",
		need:          "Berufliche Neuorientierung (Assessment im BFW), Schuldnerberatung, Deutschkurs mit Berufsbezug.",
		helping:       "Starke familiäre und soziale Einbindung, hohe Arbeitsmotivation.",
		hindering:     "Fehlende formale Abschlüsse, schriftliche Deutschkenntnisse, finanzielle Notlage.",
		requirements:  "Fernverkehr: Lkw-Führerschein, Nachtfahrten. Alternativ Lager: Staplerschein, Scanner-Bedienung.",
		situation:     "Arbeitgeber bietet Umsetzung ins Lager an, sofern Staplerschein erworben wird.",
		relations:     "Gutes Verhältnis zum Disponenten.",
		profile: []model.ProfileItem{
			{Item: "Sehen", Capability: 2, Requirement: 4, ActionNeed: "Keine Fahrtätigkeit"},
			{Item: "Schichtfähigkeit", Capability: 1, Requirement: 3, ActionNeed: "Tagdienst"},
			{Item: "Deutsch schriftlich", Capability: 2, Requirement: 3, ActionNeed: "Berufsbezogener Deutschkurs"},
			{Item: "Zuverlässigkeit", Capability: 5, Requirement: 4},
		},
		factors: []model.ContextFactor{
			{Kind: model.FactorEnvironmental, Effect: model.EffectFacilitator, Description: "Familie und Gemeinde unterstützen"},
			{Kind: model.FactorEnvironmental, Effect: model.EffectBarrier, Description: "Mietschulden"},
			{Kind: model.FactorPersonal, Effect: model.EffectBarrier, Description: "Unsicherheit im schriftlichen Deutsch"},
		},
		screenYes: []model.ScreeningArea{model.ScreenJob, model.ScreenFinances, model.ScreenMobility, model.ScreenHealth, model.ScreenOther},
		goals:     []int{5, 9, 10, 11, 17},
	},
	{
		sex:           1,
		employer:      "stadtwerke",
		occupation:    "Verwaltungsangestellte im Kundenservice",
		route:         model.RouteSelf,
		referrer:      "Meldung der Versicherten selbst nach Beratung durch die EUTB",
		disorder:      "Multiple Sklerose (schubförmig), Fatigue.",
		consequences:  "Ermüdung am Nachmittag, Gangunsicherheit bei Schüben; Vollzeit derzeit nicht leistbar.",
		health:        "Letzter Schub vor 4 Monaten, Basistherapie neu eingestellt. Neurologische Anbindung gut.",
		qualification: "Abitur, Ausbildung Kauffrau für Büromanagement, Weiterbildung Kundenservice.",
		work:          "Kundenservice der Stadtwerke, Vollzeit, Großraumbüro. Homeoffice bisher nicht vereinbart.",
		economic:      "Geregeltes Einkommen, alleinstehend, Ersparnisse vorhanden.",
		daily:         "Haushalt gelingt, an Fatigue-Tagen eingeschränkt. Fährt Auto, Parkplatz am Betrieb fehlt.",
		social:        "Alleinlebend, Partner in anderer Stadt, enger Freundeskreis.",
		cultural:      "Besucht regelmäßig eine MS-Selbsthilfegruppe, liest viel.",
		wishesGoals:   "Im Kundenservice bleiben, mit Homeoffice-Anteil und Teilzeit.",
		clientView:    "„Ich kann viel – aber nicht acht Stunden am Stück im lauten Großraumbüro.“",
		wishes:        "Homeoffice an zwei Tagen, 30 Stunden, Behindertenparkplatz.",
		fears:         "„Dass die Krankheit fortschreitet und ich dann ganz raus bin.“",
		concerns:      "Schwerbehindertenantrag stellen; Nachteilsausgleiche prüfen.",
		need:          "Arbeitsplatzanpassung (Homeoffice, ruhiger Arbeitsplatz, Parkplatz), Arbeitszeitreduktion, Antrag auf Schwerbehinderung.",
		helping:       "Hohe Selbstmanagement-Kompetenz, gute Vernetzung in der Selbsthilfe.",
		hindering:     "Unvorhersehbarer Krankheitsverlauf, Lärm im Großraumbüro.",
		requirements:  "Telefon- und E-Mail-Kundenservice, Schichtplan 7–19 Uhr.",
		situation:     "Großer kommunaler Arbeitgeber mit Dienstvereinbarung zu mobiler Arbeit.",
		relations:     "Gute Beziehung zur Teamleitung.",
		profile: []model.ProfileItem{
			{Item: "Ausdauer über den Arbeitstag", Capability: 2, Requirement: 4, ActionNeed: "Teilzeit 30 Std., Pausenregelung"},
			{Item: "Lärmtoleranz", Capability: 1, Requirement: 3, ActionNeed: "Ruhiger Arbeitsplatz / Homeoffice"},
			{Item: "Kommunikation", Capability: 5, Requirement: 4},
			{Item: "Gehen zum Arbeitsplatz", Capability: 2, Requirement: 2},
		},
		factors: []model.ContextFactor{
			{Kind: model.FactorPersonal, Effect: model.EffectFacilitator, Description: "Gutes Wissen über die eigene Erkrankung"},
			{Kind: model.FactorEnvironmental, Effect: model.EffectFacilitator, Description: "Dienstvereinbarung mobile Arbeit"},
			{Kind: model.FactorEnvironmental, Effect: model.EffectBarrier, Description: "Großraumbüro"},
		},
		screenYes: []model.ScreeningArea{model.ScreenHealth, model.ScreenJob, model.ScreenIndependence},
		goals:     []int{1, 6, 12, 16, 19},
	},
}

// opTpl is an operational goal (Handlungsziel) with its GAS scale, −2…+2.
type opTpl struct {
	text   string
	gas    model.GASLevels
	months int // target date after the plan starts
}

// measTpl is a measure; partner is a directory key, "employer" the
// client's employer.
type measTpl struct {
	what    string
	partner string
	person  string
	months  int
}

// goalTpl is a strategic goal (Teilhabeziel) with its operational goals
// and the measures that serve it.
type goalTpl struct {
	area     model.Area
	text     string
	icf      []string
	ops      []opTpl
	measures []measTpl
}

var goalPool = []goalTpl{
	{ // 0
		area: model.AreaHealth, text: "Rückenbeschwerden so weit stabilisieren, dass eine Rückkehr in Arbeit möglich ist", icf: []string{"b280", "d430"},
		ops: []opTpl{
			{"Schmerzbewältigungsstrategien im Alltag anwenden", model.GASLevels{
				"Keine Strategie angewendet, Schmerz bestimmt den Tag",
				"Strategien bekannt, aber selten angewendet",
				"Strategien an mindestens 3 Tagen pro Woche angewendet",
				"Strategien täglich angewendet, Schmerzspitzen seltener",
				"Selbstständige Anwendung, Schmerz beeinträchtigt den Arbeitstag kaum"}, 3},
			{"Rehasport zweimal wöchentlich besuchen", model.GASLevels{
				"Kein Rehasport begonnen",
				"Rehasport unregelmäßig (weniger als 1× pro Woche)",
				"Rehasport 1× pro Woche",
				"Rehasport 2× pro Woche",
				"Rehasport 2× pro Woche und eigenständiges Heimtraining"}, 4},
		},
		measures: []measTpl{
			{"Verordnung Rehasport (Funktionstraining) über die Hausärztin", "hausaerztin", "Dr. med. Sabine Exempel", 6},
			{"Nachsorgeprogramm IRENA", "klinik", "Sozialdienst", 4},
		},
	},
	{ // 1
		area: model.AreaHealth, text: "Psychische Stabilität erreichen und erhalten", icf: []string{"b130", "b152"},
		ops: []opTpl{
			{"Ambulante Psychotherapie aufnehmen", model.GASLevels{
				"Kein Therapieplatz gesucht",
				"Auf Wartelisten, noch kein Erstgespräch",
				"Probatorische Sitzungen begonnen",
				"Therapie läuft regelmäßig",
				"Therapie läuft, Rückfallprophylaxe vereinbart"}, 4},
			{"Tagesstruktur mit festen Schlaf- und Aktivitätszeiten einhalten", model.GASLevels{
				"Keine feste Tagesstruktur",
				"Tagesstruktur an 1–2 Tagen pro Woche",
				"Tagesstruktur an Werktagen",
				"Tagesstruktur an 6 Tagen inkl. Bewegung",
				"Stabile Tagesstruktur auch in Belastungsphasen"}, 2},
		},
		measures: []measTpl{
			{"Vermittlung Psychotherapie über die Terminservicestelle", "therapie", "Dipl.-Psych. Jan Modell", 3},
			{"Psychosomatische Nachsorge (Psy-RENA)", "klinik", "", 6},
		},
	},
	{ // 2
		area: model.AreaHealth, text: "Mobilität und Belastbarkeit nach Knie-OP verbessern", icf: []string{"b710", "d450"},
		ops: []opTpl{
			{"Gehstrecke auf 3 km steigern", model.GASLevels{
				"Gehstrecke unter 500 m",
				"Gehstrecke 500 m bis 1 km",
				"Gehstrecke 1 bis 2 km",
				"Gehstrecke 2 bis 3 km",
				"Gehstrecke über 3 km ohne Pause"}, 4},
			{"Gewicht um 5 kg reduzieren", model.GASLevels{
				"Gewicht gestiegen",
				"Gewicht unverändert",
				"2–3 kg abgenommen",
				"5 kg abgenommen",
				"Mehr als 5 kg abgenommen und gehalten"}, 6},
		},
		measures: []measTpl{
			{"Physiotherapie und Gerätetraining", "hausaerztin", "", 3},
			{"Ernährungsberatung (Präventionskurs der Krankenkasse)", "kasse", "", 4},
		},
	},
	{ // 3
		area: model.AreaHealth, text: "Herzgesundheit stabilisieren", icf: []string{"b410", "b455"},
		ops: []opTpl{
			{"Regelmäßig an der Herzsportgruppe teilnehmen", model.GASLevels{
				"Keine Teilnahme",
				"Anmeldung erfolgt, noch keine Teilnahme",
				"Teilnahme 1× pro Woche",
				"Teilnahme 1× pro Woche und eigenes Ausdauertraining",
				"Regelmäßige Teilnahme, Belastbarkeit gesteigert"}, 3},
		},
		measures: []measTpl{
			{"Anmeldung Herzsportgruppe", "shg", "", 2},
		},
	},
	{ // 4
		area: model.AreaEducation, text: "Qualifizierung für eine leidensgerechte Tätigkeit abschließen", icf: []string{"d825"},
		ops: []opTpl{
			{"Weiterbildung zur Pflegeberaterin nach § 7a SGB XI abschließen", model.GASLevels{
				"Weiterbildung nicht begonnen",
				"Weiterbildung begonnen, abgebrochen oder unterbrochen",
				"Weiterbildung läuft planmäßig",
				"Weiterbildung abgeschlossen",
				"Abgeschlossen und erste Beratungen durchgeführt"}, 9},
			{"Antrag auf Leistungen zur Teilhabe am Arbeitsleben bewilligt", model.GASLevels{
				"Kein Antrag gestellt",
				"Antrag vorbereitet",
				"Antrag gestellt",
				"Antrag bewilligt",
				"Bewilligt und Maßnahmebeginn terminiert"}, 2},
		},
		measures: []measTpl{
			{"Antrag LTA (Qualifizierung) bei der DRV", "rsb", "Michael Vorlage", 2},
			{"Weiterbildung Pflegeberatung beim Bildungsträger", "bfw", "Sandra Modell", 9},
		},
	},
	{ // 5
		area: model.AreaEducation, text: "Berufliche Perspektive klären und Grundlagen für einen Neustart schaffen", icf: []string{"d820", "d166"},
		ops: []opTpl{
			{"Berufliches Assessment im BFW absolvieren", model.GASLevels{
				"Assessment nicht begonnen",
				"Termin vereinbart",
				"Assessment absolviert",
				"Assessment absolviert, Berufsziel benannt",
				"Berufsziel benannt und Anschlussmaßnahme geplant"}, 3},
			{"Berufsbezogenen Deutschkurs (B1) besuchen", model.GASLevels{
				"Nicht angemeldet",
				"Angemeldet, noch nicht begonnen",
				"Kurs läuft",
				"Kurs abgeschlossen",
				"B1-Zertifikat erworben"}, 6},
		},
		measures: []measTpl{
			{"RehaAssessment im Berufsförderungswerk", "bfw", "Sandra Modell", 2},
			{"Berufsbezogener Deutschkurs (DeuFöV)", "agentur", "Stefan Probe", 6},
		},
	},
	{ // 6
		area: model.AreaWork, text: "Rückkehr an den bisherigen Arbeitsplatz mit angepassten Bedingungen", icf: []string{"d845", "d850"},
		ops: []opTpl{
			{"Stufenweise Wiedereingliederung abschließen", model.GASLevels{
				"Wiedereingliederung nicht begonnen",
				"Begonnen und abgebrochen",
				"Wiedereingliederung läuft nach Plan",
				"Abgeschlossen mit reduzierter Stundenzahl",
				"Abgeschlossen mit vereinbarter Stundenzahl"}, 3},
			{"Arbeitsplatzanpassung umsetzen", model.GASLevels{
				"Keine Anpassung vereinbart",
				"Anpassungsbedarf benannt",
				"Anpassung mit Arbeitgeber vereinbart",
				"Anpassung teilweise umgesetzt",
				"Anpassung vollständig umgesetzt"}, 4},
		},
		measures: []measTpl{
			{"Stufenweise Wiedereingliederung (Hamburger Modell)", "employer", "", 3},
			{"BEM-Gespräch mit Arbeitgeber und Betriebsärztin", "employer", "", 1},
			{"Arbeitsplatzbegehung durch den Technischen Beratungsdienst", "tbd", "Dipl.-Ing. Uwe Probe", 2},
		},
	},
	{ // 7
		area: model.AreaWork, text: "Arbeitszeit und Arbeitsorganisation an die Belastbarkeit anpassen", icf: []string{"d230", "d240"},
		ops: []opTpl{
			{"Reduzierte Arbeitszeit mit dem Arbeitgeber vereinbaren", model.GASLevels{
				"Kein Gespräch geführt",
				"Gespräch geführt, keine Einigung",
				"Befristete Reduzierung vereinbart",
				"Dauerhafte Reduzierung vereinbart",
				"Reduzierung vereinbart und Vertretung in Spitzenzeiten geregelt"}, 3},
		},
		measures: []measTpl{
			{"Moderiertes Gespräch zur Arbeitszeitgestaltung", "employer", "", 2},
			{"Begleitung durch den Integrationsfachdienst", "ifd", "Yasemin Muster", 6},
		},
	},
	{ // 8
		area: model.AreaWork, text: "Innerbetriebliche Umsetzung auf einen leidensgerechten Arbeitsplatz", icf: []string{"d845"},
		ops: []opTpl{
			{"Arbeitsvertrag für den neuen Arbeitsplatz unterschreiben", model.GASLevels{
				"Kein geeigneter Arbeitsplatz gefunden",
				"Arbeitsplatz benannt, aber noch nicht angeboten",
				"Probebeschäftigung auf dem neuen Arbeitsplatz",
				"Vertrag unterschrieben",
				"Vertrag unterschrieben und Einarbeitung abgeschlossen"}, 6},
			{"Fachschulung für die neue Tätigkeit absolvieren", model.GASLevels{
				"Keine Schulung",
				"Schulung geplant",
				"Schulung begonnen",
				"Schulung abgeschlossen",
				"Abgeschlossen und Inhalte selbstständig angewendet"}, 5},
		},
		measures: []measTpl{
			{"Gespräch mit Personalleitung zur Umsetzung", "employer", "", 1},
			{"Beratung des Arbeitgebers durch den Firmenservice", "firmenservice", "Jens Musterer", 2},
			{"Eingliederungszuschuss prüfen lassen", "rsb", "Michael Vorlage", 3},
		},
	},
	{ // 9
		area: model.AreaEconomic, text: "Einkommen während der Rehabilitation sichern", icf: []string{"d870"},
		ops: []opTpl{
			{"Anschlussfinanzierung nach Ende des Krankengelds klären", model.GASLevels{
				"Keine Klärung, Einkommenslücke droht",
				"Zuständigkeit geklärt",
				"Antrag gestellt",
				"Leistung bewilligt",
				"Leistung bewilligt, keine Einkommenslücke entstanden"}, 2},
		},
		measures: []measTpl{
			{"Antrag auf Übergangsgeld", "rsb", "Michael Vorlage", 2},
			{"Beratung zum Krankengeldbezug", "kasse", "Nadine Exempel", 1},
		},
	},
	{ // 10
		area: model.AreaEconomic, text: "Schulden regulieren und Wohnung sichern", icf: []string{"d870", "d610"},
		ops: []opTpl{
			{"Mietrückstände ausgleichen", model.GASLevels{
				"Rückstände wachsen, Kündigung angedroht",
				"Rückstände unverändert",
				"Ratenvereinbarung mit Vermieter",
				"Rückstände zur Hälfte ausgeglichen",
				"Rückstände vollständig ausgeglichen"}, 6},
		},
		measures: []measTpl{
			{"Termin bei der Schuldnerberatung", "schuldner", "Markus Beispiel", 2},
			{"Haushaltsplan gemeinsam erstellen", "schuldner", "", 3},
		},
	},
	{ // 11
		area: model.AreaDaily, text: "Arbeitsweg und Alltag selbstständig bewältigen", icf: []string{"d470", "d640"},
		ops: []opTpl{
			{"Arbeitsweg mit öffentlichen Verkehrsmitteln selbstständig zurücklegen", model.GASLevels{
				"Arbeitsweg nicht möglich",
				"Nur mit Begleitung",
				"Selbstständig an guten Tagen",
				"Selbstständig an allen Arbeitstagen",
				"Selbstständig, auch bei Umwegen und Störungen"}, 3},
		},
		measures: []measTpl{
			{"Mobilitätstraining Arbeitsweg", "ifd", "Yasemin Muster", 2},
			{"Beratung zu Hilfsmitteln im Haushalt", "eutb", "Petra Platzhalter", 3},
		},
	},
	{ // 12
		area: model.AreaDaily, text: "Energie im Alltag einteilen (Selbstmanagement)", icf: []string{"b130", "d230"},
		ops: []opTpl{
			{"Energieplanung (Pacing) im Wochenplan nutzen", model.GASLevels{
				"Keine Planung, häufige Erschöpfung",
				"Plan erstellt, selten genutzt",
				"Plan an den meisten Tagen genutzt",
				"Plan genutzt, Erschöpfungstage halbiert",
				"Plan selbstverständlich, kaum noch Erschöpfungstage"}, 3},
		},
		measures: []measTpl{
			{"Schulung Fatigue-Management", "klinik", "", 3},
		},
	},
	{ // 13
		area: model.AreaSocial, text: "Familiäre Belastung durch Angehörigenpflege verringern", icf: []string{"d760"},
		ops: []opTpl{
			{"Entlastung bei der Pflege der Mutter organisieren", model.GASLevels{
				"Keine Entlastung",
				"Pflegeberatung in Anspruch genommen",
				"Tagespflege an 1 Tag pro Woche",
				"Tagespflege an 2 Tagen pro Woche",
				"Entlastung dauerhaft geregelt, Geschwister beteiligt"}, 4},
		},
		measures: []measTpl{
			{"Pflegeberatung für die Mutter vermitteln", "eutb", "Petra Platzhalter", 2},
			{"Familiengespräch mit Geschwistern", "eutb", "", 3},
		},
	},
	{ // 14
		area: model.AreaSocial, text: "Angehörige in den Rehabilitationsprozess einbeziehen", icf: []string{"d770"},
		ops: []opTpl{
			{"Ehepartner*in nimmt an der Teilhabekonferenz teil", model.GASLevels{
				"Keine Einbeziehung",
				"Information über den Prozess",
				"Teilnahme an einem Gespräch",
				"Teilnahme an der Teilhabekonferenz",
				"Regelmäßige Einbeziehung, gemeinsame Planung"}, 2},
		},
		measures: []measTpl{
			{"Angehörigengespräch", "eutb", "", 2},
		},
	},
	{ // 15
		area: model.AreaCultural, text: "Wieder am Vereinsleben teilnehmen", icf: []string{"d920"},
		ops: []opTpl{
			{"Wieder als Jugendtrainer im Verein mitwirken", model.GASLevels{
				"Kein Kontakt zum Verein",
				"Kontakt aufgenommen",
				"Gelegentliche Teilnahme an Trainings",
				"Regelmäßige Mitwirkung als Co-Trainer",
				"Eigene Mannschaft übernommen"}, 6},
		},
		measures: []measTpl{
			{"Gespräch mit dem Vereinsvorstand über eine angepasste Rolle", "eutb", "", 3},
		},
	},
	{ // 16
		area: model.AreaCultural, text: "Soziale Kontakte und Hobbys wieder aufnehmen", icf: []string{"d910", "d920"},
		ops: []opTpl{
			{"Regelmäßig an einer Gruppe oder einem Hobby teilnehmen", model.GASLevels{
				"Rückzug, keine Teilnahme",
				"Einmal teilgenommen",
				"Teilnahme etwa monatlich",
				"Teilnahme alle zwei Wochen",
				"Wöchentliche Teilnahme, neue Kontakte"}, 4},
		},
		measures: []measTpl{
			{"Kontakt zur Selbsthilfegruppe herstellen", "shg", "Gisela Vorlage", 2},
		},
	},
	{ // 17
		area: model.AreaWork, text: "Neue Beschäftigung im Tagdienst finden", icf: []string{"d845"},
		ops: []opTpl{
			{"Staplerschein erwerben", model.GASLevels{
				"Nicht angemeldet",
				"Angemeldet",
				"Lehrgang absolviert",
				"Prüfung bestanden",
				"Bestanden und im Betrieb eingesetzt"}, 3},
			{"Arbeitsvertrag im Lager (Tagdienst) erhalten", model.GASLevels{
				"Keine Perspektive",
				"Probearbeit vereinbart",
				"Probearbeit absolviert",
				"Befristeter Vertrag",
				"Unbefristeter Vertrag"}, 6},
		},
		measures: []measTpl{
			{"Staplerlehrgang (LTA)", "agentur", "Stefan Probe", 3},
			{"Probebeschäftigung im Lager", "employer", "", 4},
		},
	},
	{ // 18
		area: model.AreaHealth, text: "Mit Stress im Beruf gesund umgehen", icf: []string{"d240"},
		ops: []opTpl{
			{"Stressbewältigungskurs abschließen", model.GASLevels{
				"Nicht angemeldet",
				"Angemeldet",
				"Kurs begonnen",
				"Kurs abgeschlossen",
				"Abgeschlossen und Techniken im Arbeitsalltag angewendet"}, 4},
		},
		measures: []measTpl{
			{"Präventionskurs Stressbewältigung", "kasse", "", 4},
		},
	},
	{ // 19
		area: model.AreaWork, text: "Arbeitsplatz durch Nachteilsausgleiche dauerhaft sichern", icf: []string{"d850"},
		ops: []opTpl{
			{"Homeoffice-Vereinbarung abschließen", model.GASLevels{
				"Kein Antrag",
				"Antrag gestellt",
				"1 Tag Homeoffice vereinbart",
				"2 Tage Homeoffice vereinbart",
				"2 Tage vereinbart und technisch eingerichtet"}, 3},
			{"Feststellung der Schwerbehinderung beantragen", model.GASLevels{
				"Kein Antrag",
				"Antrag vorbereitet",
				"Antrag gestellt",
				"GdB festgestellt",
				"GdB festgestellt und Nachteilsausgleiche genutzt"}, 4},
		},
		measures: []measTpl{
			{"Antrag Homeoffice über die Schwerbehindertenvertretung", "employer", "", 2},
			{"Beratung des Arbeitgebers durch das Integrationsamt", "integrationsamt", "Heike Modell", 3},
			{"Ausstattung ruhiger Arbeitsplatz (Schallschutz, Headset)", "tbd", "", 4},
		},
	},
}

// extraMeasures fill larger generated plans, per area.
var extraMeasures = map[model.Area][]measTpl{
	model.AreaHealth: {
		{"Hausärztliche Verlaufskontrolle", "hausaerztin", "", 2},
		{"Sozialmedizinische Stellungnahme einholen", "smd", "", 1},
		{"Ergänzende Heilmittelverordnung", "hausaerztin", "", 3},
	},
	model.AreaEducation: {
		{"PC-Grundkurs an der Volkshochschule", "agentur", "", 3},
		{"Bildungsberatung zu Anpassungsqualifizierung", "bfw", "", 2},
	},
	model.AreaWork: {
		{"Praktikum zur Erprobung", "employer", "", 2},
		{"Arbeitsplatzanalyse mit dem IFD", "ifd", "", 2},
		{"Beratung zu Hilfsmitteln am Arbeitsplatz", "tbd", "", 3},
		{"Bewerbungstraining", "agentur", "", 2},
	},
	model.AreaEconomic: {
		{"Klärung Anspruch auf Übergangsgeld", "rsb", "", 1},
		{"Antrag Wohngeld begleiten", "schuldner", "", 2},
	},
	model.AreaDaily: {
		{"Beratung zur Haushaltshilfe", "kasse", "", 2},
		{"Training Tagesstruktur", "ifd", "", 3},
	},
	model.AreaSocial: {
		{"Vermittlung Familienberatung", "eutb", "", 3},
		{"Gespräch mit Angehörigen", "eutb", "", 1},
	},
	model.AreaCultural: {
		{"Information zu Freizeit- und Sportangeboten", "shg", "", 2},
		{"Begleitung zum ersten Gruppentreffen", "shg", "", 1},
	},
}

var instrumentPool = []model.Instrument{
	{Name: "IMBA-Profilvergleich (Fähigkeits- und Anforderungsprofil)", By: "Fallmanagement", Result: "Deutliche Lücken bei körperlicher Belastbarkeit; kognitive Fähigkeiten überwiegend passend."},
	{Name: "PHQ-9", By: "Hausärztin", Result: "Summenwert 14 (mittelgradige depressive Symptomatik)."},
	{Name: "Work Ability Index (WAI)", By: "Fallmanagement", Result: "WAI 24 Punkte (schlecht) – Maßnahmen zur Wiederherstellung der Arbeitsfähigkeit angezeigt."},
	{Name: "Screening SIMBO-C", By: "Rehaklinik", Result: "Besondere berufliche Problemlage festgestellt (Wert über Schwellenwert)."},
	{Name: "MELBA-Merkmalsprofil", By: "Berufsförderungswerk", Result: "Stärken: Sorgfalt, Kommunikation. Einschränkungen: Ausdauer, Umstellungsfähigkeit."},
	{Name: "AVEM (Arbeitsbezogenes Verhaltens- und Erlebensmuster)", By: "Rehaklinik", Result: "Risikomuster B (Überforderung, Resignation)."},
	{Name: "ICF-basierter Sozialbericht", By: "Sozialdienst Rehaklinik", Result: "Teilhabeeinschränkungen in Arbeit und Mobilität."},
}

var contactNotes = []string{
	"Stand der Maßnahmen besprochen; Klient*in berichtet von Fortschritten.",
	"Telefonische Rückfrage zum Antragsstand.",
	"Gespräch über Sorgen und Befürchtungen; Motivation gestärkt.",
	"Abstimmung der nächsten Schritte mit dem Netzwerkpartner.",
	"Unterlagen für den Antrag gemeinsam vervollständigt.",
	"Rückmeldung zum Verlauf der Wiedereingliederung eingeholt.",
	"Termin für das nächste Gespräch vereinbart.",
	"Klient*in wünscht mehr Zeit für die Entscheidung; respektiert.",
	"Über Rechte und Pflichten im Reha-Prozess informiert.",
	"Bericht der Einrichtung besprochen.",
	"Kurzes Gespräch, Befinden stabil, keine neuen Themen.",
	"Konflikt am Arbeitsplatz besprochen und Lösungswege gesammelt.",
}

var relatives = []model.Person{
	{Name: "Klaus Mustermann", Relation: "Ehemann", Contact: "030 23125 811"},
	{Name: "Svenja Beispiel", Relation: "Partnerin", Contact: "030 23125 812"},
	{Name: "Ingrid Probe", Relation: "Mutter", Contact: "030 23125 813"},
	{Name: "Lara Exempel", Relation: "Tochter", Contact: "030 23125 814"},
	{Name: "Timo Vorlage", Relation: "Bruder", Contact: "030 23125 815"},
	{Name: "Miriam Modell", Relation: "Schwester", Contact: "030 23125 816"},
}
