package demo

import (
	"fmt"

	"teilhabelotse/model"
)

// partnerTpl is one entry of the fictitious network partner directory. The
// key is how the text pools refer to a partner.
type partnerTpl struct {
	key      string
	p        model.Partner
	areas    []model.Area // areas the partner usually serves in
	employer bool
}

// directory is the fictitious network: every name, address and number is
// invented (phone numbers from the range the Bundesnetzagentur keeps free
// for film and fiction, e-mail addresses under example.org).
var directory = []partnerTpl{
	{key: "rfb", areas: []model.Area{model.AreaWork, model.AreaEducation}, p: model.Partner{
		Name: "Deutsche Rentenversicherung Musterland – Reha-Fachberatung", Category: model.PartnerRehaFachberatung,
		ContactPerson: "Claudia Beispiel-Kühn", Phone: "030 23125 101", Email: "reha-fachberatung@drv-musterland.example.org",
		Address: "Rentenplatz 1, 12345 Musterstadt", Notes: "Fiktiver Netzwerkpartner. Sprechzeiten Di und Do 9–12 Uhr.",
	}},
	{key: "rsb", areas: []model.Area{model.AreaWork, model.AreaEconomic}, p: model.Partner{
		Name: "Deutsche Rentenversicherung Musterland – Reha-Sachbearbeitung Team 4", Category: model.PartnerRehaSachbearbeitung,
		ContactPerson: "Michael Vorlage", Phone: "030 23125 102", Email: "team4@drv-musterland.example.org",
		Address: "Rentenplatz 1, 12345 Musterstadt", Notes: "Fiktiver Netzwerkpartner. Zuständig für LTA-Anträge und Übergangsgeld.",
	}},
	{key: "smd", areas: []model.Area{model.AreaHealth}, p: model.Partner{
		Name: "Deutsche Rentenversicherung Musterland – Sozialmedizinischer Dienst", Category: model.PartnerSMD,
		ContactPerson: "Dr. med. Ulrike Platzhalter", Phone: "030 23125 103", Email: "smd@drv-musterland.example.org",
		Address: "Rentenplatz 1, 12345 Musterstadt", Notes: "Fiktiver Netzwerkpartner.",
	}},
	{key: "firmenservice", areas: []model.Area{model.AreaWork}, p: model.Partner{
		Name: "DRV Firmenservice Musterstadt", Category: model.PartnerFirmenservice,
		ContactPerson: "Jens Musterer", Phone: "030 23125 104", Email: "firmenservice@drv-musterland.example.org",
		Address: "Rentenplatz 1, 12345 Musterstadt", Notes: "Fiktiver Netzwerkpartner. Berät Arbeitgeber zu BEM und Prävention.",
	}},
	{key: "klinik", areas: []model.Area{model.AreaHealth}, p: model.Partner{
		Name: "Rehaklinik Am Musterberg", Category: model.PartnerMedicalRehab,
		ContactPerson: "Dr. med. Hannah Probst (Sozialdienst: Tim Exempel)", Phone: "030 23125 201", Email: "sozialdienst@rehaklinik-musterberg.example.org",
		Address: "Kurallee 7, 54321 Bad Beispielbrunn", Notes: "Fiktiver Netzwerkpartner. Orthopädie, Kardiologie, Psychosomatik.",
	}},
	{key: "bfw", areas: []model.Area{model.AreaEducation, model.AreaWork}, p: model.Partner{
		Name: "Berufsförderungswerk Beispielhausen", Category: model.PartnerVocationalRehab,
		ContactPerson: "Sandra Modell", Phone: "030 23125 202", Email: "reha-beratung@bfw-beispielhausen.example.org",
		Address: "Lernweg 20, 54322 Beispielhausen", Notes: "Fiktiver Netzwerkpartner. RehaAssessment, Integrationsmaßnahmen, Umschulungen.",
	}},
	{key: "logistik", employer: true, areas: []model.Area{model.AreaWork}, p: model.Partner{
		Name: "Muster Logistik GmbH", Category: model.PartnerEmployer,
		ContactPerson: "Frank Vorlage (Personalleitung, BEM-Beauftragter)", Phone: "030 23125 301", Email: "personal@muster-logistik.example.org",
		Address: "Industriestraße 40, 12347 Musterstadt", Notes: "Fiktiver Arbeitgeber. Betriebsärztin: Dr. med. Ines Beispiel.",
	}},
	{key: "stadtwerke", employer: true, areas: []model.Area{model.AreaWork}, p: model.Partner{
		Name: "Stadtwerke Musterstadt", Category: model.PartnerEmployer,
		ContactPerson: "Birgit Probe (BEM-Team)", Phone: "030 23125 302", Email: "bem@stadtwerke-musterstadt.example.org",
		Address: "Am Wasserturm 2, 12345 Musterstadt", Notes: "Fiktiver Arbeitgeber mit Schwerbehindertenvertretung.",
	}},
	{key: "pflege", employer: true, areas: []model.Area{model.AreaWork}, p: model.Partner{
		Name: "Pflegezentrum Sonnenhof Musterstadt gGmbH", Category: model.PartnerEmployer,
		ContactPerson: "Renate Fiktiv (Pflegedienstleitung)", Phone: "030 23125 303", Email: "pdl@sonnenhof-musterstadt.example.org",
		Address: "Sonnenhofweg 5, 12349 Musterstadt", Notes: "Fiktiver Arbeitgeber.",
	}},
	{key: "buero", employer: true, areas: []model.Area{model.AreaWork}, p: model.Partner{
		Name: "Beispiel & Partner Steuerberatung", Category: model.PartnerEmployer,
		ContactPerson: "Oliver Beispiel (Inhaber)", Phone: "030 23125 304", Email: "kanzlei@beispiel-partner.example.org",
		Address: "Marktplatz 9, 12345 Musterstadt", Notes: "Fiktiver Arbeitgeber, 14 Beschäftigte.",
	}},
	{key: "ifd", areas: []model.Area{model.AreaWork, model.AreaDaily}, p: model.Partner{
		Name: "Integrationsfachdienst Musterstadt", Category: model.PartnerIFD,
		ContactPerson: "Yasemin Muster", Phone: "030 23125 401", Email: "kontakt@ifd-musterstadt.example.org",
		Address: "Brückenstraße 3, 12345 Musterstadt", Notes: "Fiktiver Netzwerkpartner. Begleitung am Arbeitsplatz.",
	}},
	{key: "agentur", areas: []model.Area{model.AreaWork, model.AreaEducation, model.AreaEconomic}, p: model.Partner{
		Name: "Agentur für Arbeit Musterstadt – Reha/SB-Team", Category: model.PartnerEmploymentAgency,
		ContactPerson: "Stefan Probe", Phone: "030 23125 402", Email: "musterstadt.reha@arbeitsagentur.example.org",
		Address: "Arbeitsweg 1, 12345 Musterstadt", Notes: "Fiktiver Netzwerkpartner.",
	}},
	{key: "kasse", areas: []model.Area{model.AreaHealth, model.AreaEconomic}, p: model.Partner{
		Name: "Musterkasse Gesetzliche Krankenversicherung", Category: model.PartnerHealthInsurance,
		ContactPerson: "Nadine Exempel (Krankengeldfallmanagement)", Phone: "030 23125 403", Email: "krankengeld@musterkasse.example.org",
		Address: "Gesundheitsplatz 4, 12345 Musterstadt", Notes: "Fiktiver Netzwerkpartner.",
	}},
	{key: "hausaerztin", areas: []model.Area{model.AreaHealth}, p: model.Partner{
		Name: "Hausarztpraxis Dr. med. Sabine Exempel", Category: model.PartnerPersonal,
		ContactPerson: "Dr. med. Sabine Exempel", Phone: "030 23125 501", Email: "praxis@hausarzt-exempel.example.org",
		Address: "Lindenstraße 12, 12345 Musterstadt", Notes: "Fiktive Hausärztin.",
	}},
	{key: "therapie", areas: []model.Area{model.AreaHealth, model.AreaSocial}, p: model.Partner{
		Name: "Psychotherapeutische Praxis Jan Modell", Category: model.PartnerPersonal,
		ContactPerson: "Dipl.-Psych. Jan Modell", Phone: "030 23125 502", Email: "praxis@psychotherapie-modell.example.org",
		Address: "Gartenweg 8, 12345 Musterstadt", Notes: "Fiktiver Therapeut. Verhaltenstherapie, Wartezeit ca. 3 Monate.",
	}},
	{key: "eutb", areas: []model.Area{model.AreaSocial, model.AreaCultural, model.AreaDaily}, p: model.Partner{
		Name: "EUTB Beratungsstelle Musterstadt", Category: model.PartnerCounselling,
		ContactPerson: "Petra Platzhalter", Phone: "030 23125 601", Email: "beratung@eutb-musterstadt.example.org",
		Address: "Rathausgasse 1, 12345 Musterstadt", Notes: "Fiktive Ergänzende unabhängige Teilhabeberatung.",
	}},
	{key: "schuldner", areas: []model.Area{model.AreaEconomic}, p: model.Partner{
		Name: "Schuldner- und Insolvenzberatung Musterstadt e. V.", Category: model.PartnerCounselling,
		ContactPerson: "Markus Beispiel", Phone: "030 23125 602", Email: "info@schuldnerberatung-musterstadt.example.org",
		Address: "Kirchplatz 6, 12345 Musterstadt", Notes: "Fiktiver Netzwerkpartner.",
	}},
	{key: "shg", areas: []model.Area{model.AreaCultural, model.AreaSocial}, p: model.Partner{
		Name: "Selbsthilfegruppe Rückenwind Musterstadt", Category: model.PartnerCounselling,
		ContactPerson: "Gisela Vorlage", Phone: "030 23125 603", Email: "rueckenwind@shg-musterstadt.example.org",
		Address: "Treffpunkt im Bürgerhaus, Marktstraße 2, 12345 Musterstadt", Notes: "Fiktive Selbsthilfegruppe, Treffen jeden 2. Mittwoch.",
	}},
	{key: "integrationsamt", areas: []model.Area{model.AreaWork}, p: model.Partner{
		Name: "Integrationsamt Musterland", Category: model.PartnerIntegrationsamt,
		ContactPerson: "Heike Modell", Phone: "030 23125 701", Email: "integrationsamt@musterland.example.org",
		Address: "Landesallee 30, 12340 Musterstadt", Notes: "Fiktiver Netzwerkpartner. Technischer Beratungsdienst angegliedert.",
	}},
	{key: "tbd", areas: []model.Area{model.AreaWork, model.AreaDaily}, p: model.Partner{
		Name: "Technischer Beratungsdienst Musterland", Category: model.PartnerTechnicalAdviser,
		ContactPerson: "Dipl.-Ing. Uwe Probe", Phone: "030 23125 702", Email: "tbd@musterland.example.org",
		Address: "Landesallee 30, 12340 Musterstadt", Notes: "Fiktiver Netzwerkpartner. Arbeitsplatzbegehungen und Hilfsmittelberatung.",
	}},
}

// partnerUID is the fixed UID of directory entry i. The UIDs do not depend
// on the seed, so adding demo cases twice reuses one directory.
func partnerUID(i int) string { return fmt.Sprintf("de%014x", i+1) }

var partnerIndex = func() map[string]int {
	m := map[string]int{}
	for i, t := range directory {
		if _, dup := m[t.key]; dup {
			panic("demo: duplicate partner key " + t.key)
		}
		m[t.key] = i
	}
	return m
}()

// uidOf returns the UID of the partner with key.
func uidOf(key string) string {
	i, ok := partnerIndex[key]
	if !ok {
		panic("demo: unknown partner key " + key)
	}
	return partnerUID(i)
}

func nameOf(key string) string { return directory[partnerIndex[key]].p.Name }

// Partners returns the fictitious network partner directory with fixed UIDs
// and no database IDs.
func Partners() []model.Partner {
	out := make([]model.Partner, len(directory))
	for i, t := range directory {
		out[i] = t.p
		out[i].UID = partnerUID(i)
	}
	return out
}

// Settings returns fictitious counselor settings for an empty installation,
// so the documents of the demo cases have a header.
func Settings() model.Settings {
	return model.Settings{
		Name:         "Sabine Lotse",
		Role:         "Fallmanagerin",
		Organisation: "Integrationsfachdienst Musterstadt – Fallmanagement (fiktiv)",
		Address:      "Brückenstraße 3, 12345 Musterstadt",
		Phone:        "030 23125 400",
		Email:        "fallmanagement@ifd-musterstadt.example.org",
		Carrier:      "Deutsche Rentenversicherung Musterland (fiktiv)",
		Deputy:       "Jörg Vertretung",
		DeputyPhone:  "030 23125 401",
		DeputyEmail:  "vertretung@ifd-musterstadt.example.org",
	}
}
