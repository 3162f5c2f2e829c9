package main

import (
	"flag"

	"teilhabelotse/model/demo"
	"teilhabelotse/storage"
)

// demoCmd adds fictitious demo cases and the partners they need, and
// fictitious counselor settings when none are set.
var demoCmd = command{
	name: "demo", help: "CLI.Help.demo", writes: true,
	define: func(c *cli, fs *flag.FlagSet) func([]string) error {
		n := fs.Int("cases", 0, "")
		seed := fs.Int64("seed", 0, "")
		return func([]string) error {
			if *n < 0 {
				return fail("CLI.DemoCount")
			}
			if *seed == 0 {
				*seed = c.now().UnixNano()
			}
			return c.withDB("CLI.OpenFailed", func(db *storage.DB) error {
				if err := c.demo(db, *n, *seed); err != nil {
					return fail("CLI.DemoFailed", "Error", c.errText(err))
				}
				return nil
			})
		}
	},
}

func (c *cli) demo(db *storage.DB, n int, seed int64) error {
	cases, partners := demo.Cases(n, seed, c.now())
	have, err := db.Partners(c.ctx)
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, p := range have {
		known[p.UID] = true
	}
	added := 0
	for i := range partners {
		if known[partners[i].UID] {
			continue
		}
		if err := db.SavePartner(c.ctx, &partners[i]); err != nil {
			return err
		}
		added++
	}
	if s, err := db.Settings(c.ctx); err == nil && s.Name == "" && s.Organisation == "" {
		d := demo.Settings()
		s.Name, s.Role, s.Organisation, s.Address, s.Phone, s.Email, s.Carrier, s.Deputy, s.DeputyPhone, s.DeputyEmail =
			d.Name, d.Role, d.Organisation, d.Address, d.Phone, d.Email, d.Carrier, d.Deputy, d.DeputyPhone, d.DeputyEmail
		if err := db.SaveSettings(c.ctx, s); err != nil {
			return err
		}
	}
	// One transaction for all: 10,000 cases in seconds, and all or none.
	if err := db.CreateCases(c.ctx, cases); err != nil {
		return err
	}
	c.say("CLI.DemoDone", "Cases", c.loc.N("Count.Cases", len(cases)), "Partners", c.loc.N("Count.NewPartners", added))
	return nil
}
