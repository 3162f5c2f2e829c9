package ui

import (
	"bytes"
	"context"
	"io"
	"os"

	"fyne.io/fyne/v2"

	"teilhabelotse/model"
	"teilhabelotse/pdf"
	"teilhabelotse/ui/kit"
)

// exportAccessCopy saves the Art. 15 GDPR copy of the open case — case
// file and documents in one ZIP — where the counselor chooses, and logs it.
func exportAccessCopy(s *kit.Session) {
	if err := s.Flush(); err != nil {
		return // the session has shown why; the copy must hold what was typed
	}
	env := s.Env
	name := env.Loc.T("Access.FileName", "Name", fileSafe(s.Case.Client.FullName()), "Date", env.Today().ISO())
	kit.SaveFile(env, "access", name, ".zip", func(w fyne.URIWriteCloser) {
		var err error
		snapshot := s.Case.Clone()
		frozen := *env // partners and settings as they are now
		kit.Background(env, func() {
			err = writeAccessCopy(w, &frozen, snapshot)
		}, func() {
			if err != nil {
				s.ShowError(err)
				return
			}
			kit.ShowSaved(env, w.URI())
		})
	})
}

// writeAccessCopy renders the archive into memory first, so a refused case
// file leaves no half-written archive behind, then writes and logs it.
func writeAccessCopy(w fyne.URIWriteCloser, env *kit.Env, c *model.Case) error {
	ctx := context.Background()
	var buf bytes.Buffer
	err := pdf.AccessCopy(&buf, c, func(out io.Writer) error { return env.Store.ExportCaseAsStored(ctx, c.ID, out) },
		model.PartnerIndex(env.Partners), env.Settings, env.Loc, env.Now())
	if err == nil {
		_, err = w.Write(buf.Bytes())
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if w.URI().Scheme() == "file" {
		_ = os.Chmod(w.URI().Path(), 0o600) // health data
	}
	return env.Store.Audit(ctx, model.AuditEntry{Kind: model.AuditAccess, Case: c.UID})
}
