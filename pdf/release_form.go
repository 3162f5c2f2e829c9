package pdf

import "teilhabelotse/model"

// The Entbindung von der Schweigepflicht is the consent form turned
// around: the client releases a doctor, therapist or clinic (the partner)
// from professional secrecy towards the case manager, for the ticked
// information and the purpose. It shares the consent form's layout; only
// these texts and the order of the parties differ.
var releaseTexts = map[string]bool{
	"title": true, "subtitle": true, "subtitleCarrier": true, "sectionCategories": true, "declaration": true,
	"purposeFillIn": true, "validity": true, "revocation": true, "revoked": true, "sectionFrom": true, "sectionTo": true,
	"voluntary": true, "copy": true,
}

// id is the message ID of the form's text name: the release's own where
// it has one, the consent form's otherwise.
func (kd *consentDoc) id(name string) string {
	if kd.k.Kind == model.ConsentRelease && releaseTexts[name] {
		return "PDF.release." + name
	}
	return "PDF.consent." + name
}
