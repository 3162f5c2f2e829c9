package partners

import (
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// Create opens the form of a new directory entry of category cat, for a
// partner a case needs that the directory does not have yet (the client's
// employer). After it is saved env.Partners holds it and onSaved gets it;
// cancelling leaves everything as it was.
func Create(env *kit.Env, cat model.PartnerCategory, onSaved func(model.Partner)) {
	d := &directory{env: env}
	d.build() // the form updates the (unseen) list after a save
	d.onSaved = onSaved
	d.edit(model.Partner{Category: cat})
}
