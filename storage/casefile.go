package storage

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"unicode/utf8"

	"teilhabelotse/model"
)

// A case file (Fallakte) carries one case and the partners it refers to, so
// that a case can move to another counselor or machine. docs/case-file.md
// describes it for people, docs/case-file.schema.json for programs.
const (
	// FormatName is the value of "format"; anything else is not a case file.
	FormatName = "teilhabelotse-fallakte"
	// FormatVersion is raised whenever a field is added, removed or changes
	// meaning. Import refuses newer versions instead of dropping what it
	// does not understand. Version 2 added the commission per case
	// (case.commission) and the client's interpreter and employer contact;
	// files of version 1 lack them and import as they are. Version 3 added
	// the interpreter's name (client.interpreterName), printed on the
	// documents the client signs; older files import without it. Version 4
	// added the items of § 19 (2) SGB IX the plan lacked (section19:
	// leadCarrier, involvedCarriers, baOpinion…, agreedFindings,
	// publicBodies…, jobcenter…) and gave caringRelativesNeeds the law's
	// meaning: the client's concerns as a caring relative.
	// Version 5 records conference attendees as references with what
	// was shared (conference.attendees, .shared, .id;
	// disclosure.conferenceId); the free-text participants of older files
	// stay as they were, the note beside the attendees.
	// Version 6 names the checklist items an event acknowledged as missing
	// (events[].missing) by the model's stable key ("referral") instead of
	// the message ID of their text ("Check.referral"); older files are
	// converted on import.
	// Version 7 tells "does not apply" from "not documented": a conference
	// not held, with its reason (conference.notHeld, .notHeldReason), and a
	// client without an employer (client.noEmployer). Older files import
	// as they are: their empty records stay "not documented".
	// Version 8 lets a plan under § 19 say the client cares for no
	// relative (section19.noCaringRelative): Nr. 11 then does not apply.
	FormatVersion = 8
	// MaxCaseFileSize bounds what import reads into memory; a real case file
	// has some hundred kilobytes.
	MaxCaseFileSize = 32 << 20
)

// caseFile is the top level of a case file. The field order is the order
// in the file.
type caseFile struct {
	Format        string          `json:"format"`
	FormatVersion int             `json:"formatVersion"`
	Case          *model.Case     `json:"case"`
	Partners      []model.Partner `json:"partners"`
}

// ExportCase writes case id as a case file: two-space indented, partners
// sorted by UID, no time of export, so the same case always gives the same
// bytes. A case that would not import again — a bad date, a partner missing
// from the directory, a hard finding of the whole-case check — is refused
// with model.Problems instead: a case file passes on no disclosure that no
// consent covers.
func (d *DB) ExportCase(ctx context.Context, id int64, w io.Writer) error {
	return d.exportCase(ctx, id, w, true)
}

// ExportCaseAsStored writes case id as a case file even when it breaks a
// rule of the whole-case check: the client's copy under Art. 15 GDPR is
// what is stored about them, right or wrong.
func (d *DB) ExportCaseAsStored(ctx context.Context, id int64, w io.Writer) error {
	return d.exportCase(ctx, id, w, false)
}

func (d *DB) exportCase(ctx context.Context, id int64, w io.Writer, rules bool) error {
	var f caseFile
	var known map[string]bool
	err := d.inTx(ctx, func(tx *sql.Tx) error {
		c, err := loadCase(ctx, tx, id)
		if err != nil {
			return err
		}
		all, err := partnersWhere(ctx, tx, "")
		if err != nil {
			return err
		}
		known = map[string]bool{}
		byUID := map[string]model.Partner{}
		for _, p := range all {
			known[p.UID] = true
			byUID[p.UID] = p
		}
		f = caseFile{Format: FormatName, FormatVersion: FormatVersion, Case: c, Partners: []model.Partner{}}
		for _, uid := range c.PartnerUIDs() { // sorted by UID
			if p, ok := byUID[uid]; ok {
				f.Partners = append(f.Partners, p)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if ps := f.validate(known); len(ps) > 0 {
		return ps
	}
	if f := model.CheckCase(f.Case); rules && !f.OK() {
		return prefixed("case", f.Hard)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // "Müller & Söhne" stays readable in an editor
	if err := enc.Encode(f); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// ImportCaseFile imports the case file at path; see ImportCase.
func (d *DB) ImportCaseFile(ctx context.Context, path string) (int64, error) {
	fh, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer fh.Close()
	return d.ImportCase(ctx, fh)
}

// ImportCase imports a case file with the default options: a case that is
// already here, or a file with warnings, is refused. See ImportCaseWith.
func (d *DB) ImportCase(ctx context.Context, r io.Reader) (int64, error) {
	return d.ImportCaseWith(ctx, r, ImportOptions{})
}

// ImportCaseWith reads a case file and stores its case, returning its ID.
// Everything wrong with the file is returned at once as model.Problems,
// with paths into the file ("case.plans[0].goals[1].area"), and then
// nothing is written: first what makes the data malformed (Validate),
// and when there is none, every hard finding of the whole-case check — a
// case the window could never have produced (a disclosure no consent
// covers, a phase its records do not reach) is not taken in by a file
// either. The check's warnings refuse the import with *WarningsError
// unless opts.AcceptWarnings. A case whose UID or RV-Nummer is already
// here is refused with *DuplicateError unless opts.Duplicate says
// otherwise. Otherwise one transaction adds the partners the directory
// lacks (a partner whose UID is known keeps the local entry: the
// counselor may have updated it) and the case.
func (d *DB) ImportCaseWith(ctx context.Context, r io.Reader, opts ImportOptions) (int64, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxCaseFileSize+1))
	if err != nil {
		return 0, err
	}
	if len(data) > MaxCaseFileSize {
		return 0, model.Problems{{Code: model.CodeTooLarge, Args: map[string]any{"MaxMB": MaxCaseFileSize >> 20}}}
	}
	f, ps := parseCaseFile(data)
	if f == nil {
		return 0, ps
	}
	local, err := partnerUIDs(ctx, d.db)
	if err != nil {
		return 0, err
	}
	ps = append(ps, withoutCovered(f.validate(local), ps)...)
	// A text longer than the program can show in its window is refused here
	// but not in validate: ExportCase keeps writing a stored case that has
	// one (the Art. 15 copy must not fail), and the window shows it cut.
	ps = append(ps, model.TextsTooLong("case", f.Case)...)
	ps = append(ps, model.TextsTooLong("partners", f.Partners)...)
	if len(ps) > 0 {
		return 0, ps
	}
	findings := model.CheckCase(f.Case)
	if !findings.OK() {
		return 0, prefixed("case", findings.Hard)
	}
	if len(findings.Warnings) > 0 && !opts.AcceptWarnings {
		return 0, &WarningsError{Warnings: prefixed("case", findings.Warnings)}
	}
	backup, err := d.beforeReplace(ctx, f.Case, opts)
	if err != nil {
		return 0, err
	}

	var id int64
	err = d.inTx(ctx, func(tx *sql.Tx) error {
		have, err := partnerUIDs(ctx, tx)
		if err != nil {
			return err
		}
		for i := range f.Partners {
			p := f.Partners[i]
			if have[p.UID] {
				continue
			}
			p.ID = 0
			if _, err := insertPartner(ctx, tx, &p); err != nil {
				return err
			}
		}
		c := f.Case
		entry := model.AuditEntry{At: d.stamp(), Kind: model.AuditImport}
		if err := refuseErased(ctx, tx, c.UID, &entry); err != nil {
			return err
		}
		dup, err := findDuplicate(ctx, tx, c)
		if err != nil {
			return err
		}
		s, err := settingsIn(ctx, tx)
		if err != nil {
			return err
		}
		switch {
		case dup == nil:
			if c.UID == "" {
				c.UID = model.NewID()
			}
		case opts.Duplicate == DuplicateNew:
			c.UID = model.NewID()
		case opts.Duplicate == DuplicateReplace:
			id = dup.Existing.ID
			return replaceCase(ctx, tx, dup.Existing, c, s, backup, d.stamp())
		default:
			dup.Incoming = c
			return dup
		}
		if id, err = insertCase(ctx, tx, c, s); err != nil {
			return err
		}
		entry.Case = c.UID
		return insertAudit(ctx, tx, entry)
	})
	if err != nil {
		id = 0
	}
	return id, err
}

// parseCaseFile decodes data. It returns a nil file when the data is not a
// case file of a version this program reads (then nothing else is worth
// reporting), and otherwise the decoded file with the type problems found.
func parseCaseFile(data []byte) (*caseFile, model.Problems) {
	// Some Windows editors put a byte order mark before the text of a file
	// they save; JSON lets a reader skip it (RFC 8259, 8.1).
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	// Only the syntax, with the place of an error; a RawMessage converts no
	// number, so 1e400 is reported where it stands instead of as damage.
	var probe json.RawMessage
	if err := json.Unmarshal(data, &probe); err != nil {
		if rest := bytes.TrimLeft(data, " \t\r\n"); len(rest) > 0 && rest[0] != '{' {
			// Not damaged JSON but another kind of file — a PDF, a picture,
			// a ZIP — chosen by mistake.
			return nil, model.Problems{{Code: model.CodeBadFormat}}
		}
		return nil, model.Problems{syntaxProblem(data, err)}
	}
	if !utf8.Valid(data) {
		return nil, model.Problems{encodingProblem(data)}
	}
	if ps := duplicateKeys(data); len(ps) > 0 {
		return nil, ps
	}
	var root any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // to tell 2 from 2.5 where the model wants whole numbers
	if err := dec.Decode(&root); err != nil {
		return nil, model.Problems{syntaxProblem(data, err)}
	}
	obj, ok := root.(map[string]any)
	if !ok {
		return nil, model.Problems{{Code: model.CodeBadFormat, Value: shortJSON(root)}}
	}
	if name, _ := obj["format"].(string); name != FormatName {
		return nil, model.Problems{{Path: "format", Code: model.CodeBadFormat, Value: shortJSON(obj["format"])}}
	}
	num, _ := obj["formatVersion"].(json.Number)
	version, err := num.Int64()
	if err != nil || version < 1 {
		return nil, model.Problems{{Path: "formatVersion", Code: model.CodeBadFormat, Value: shortJSON(obj["formatVersion"])}}
	}
	if version > FormatVersion {
		return nil, model.Problems{{Path: "formatVersion", Code: model.CodeNewerFormat, Value: string(num),
			Args: map[string]any{"Have": version, "Know": FormatVersion}}}
	}

	var ps model.Problems
	top := jsonFields(reflect.TypeFor[caseFile]())
	for _, k := range sortedKeys(obj) {
		if _, ok := top[k]; !ok {
			ps = append(ps, &model.Problem{Path: k, Code: model.CodeUnknownField, Value: k})
		}
	}
	f := &caseFile{Format: FormatName, FormatVersion: int(version), Case: &model.Case{}}
	if obj["case"] == nil {
		ps = append(ps, &model.Problem{Path: "case", Code: model.CodeRequired})
	} else if checkTypes(obj["case"], reflect.TypeFor[model.Case](), "case", &ps) {
		decodeChecked(obj["case"], f.Case, "case", &ps)
	}
	if checkTypes(obj["partners"], reflect.TypeFor[[]model.Partner](), "partners", &ps) {
		decodeChecked(obj["partners"], &f.Partners, "partners", &ps)
	}
	f.upgradeOlder()
	return f, ps
}

// decodeChecked decodes a value checkTypes has cleaned. It should not fail;
// if it does, the first error is still reported rather than lost.
func decodeChecked(v any, into any, path string, ps *model.Problems) {
	b, err := json.Marshal(v)
	if err == nil {
		err = json.Unmarshal(b, into)
	}
	if err == nil {
		return
	}
	p := &model.Problem{Path: path, Code: model.CodeWrongType}
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		p.Path, p.Value = joinPath(path, te.Field), te.Value
	}
	*ps = append(*ps, p)
}

// validate checks the partners and the case. known is the local partner
// directory; the file's own partners are added to it, since the import
// brings them along.
func (f *caseFile) validate(local map[string]bool) model.Problems {
	var ps model.Problems
	known := map[string]bool{}
	for uid := range local {
		known[uid] = true
	}
	seen := map[string]bool{}
	for i := range f.Partners {
		p := &f.Partners[i]
		path := fmt.Sprintf("partners[%d]", i)
		switch {
		case p.UID == "":
			ps = append(ps, &model.Problem{Path: path + ".uid", Code: model.CodeRequired})
		case seen[p.UID]:
			ps = append(ps, &model.Problem{Path: path + ".uid", Code: model.CodeDuplicateID, Value: p.UID})
		}
		seen[p.UID] = true
		known[p.UID] = true
		ps = append(ps, prefixed(path, p.Validate())...)
	}
	if f.Case != nil {
		ps = append(ps, prefixed("case", f.Case.Validate(known))...)
	}
	return ps
}

func prefixed(prefix string, ps model.Problems) model.Problems {
	for _, p := range ps {
		p.Path = joinPath(prefix, p.Path)
	}
	return ps
}

// withoutCovered drops problems about a field that already has a type
// problem: a last name given as a number is reported as the wrong type, not
// also as missing.
func withoutCovered(ps, typeProblems model.Problems) model.Problems {
	var out model.Problems
next:
	for _, p := range ps {
		for _, tp := range typeProblems {
			if p.Path == tp.Path || strings.HasPrefix(p.Path, tp.Path+".") || strings.HasPrefix(p.Path, tp.Path+"[") {
				continue next
			}
		}
		out = append(out, p)
	}
	return out
}
