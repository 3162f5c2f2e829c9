package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"teilhabelotse/model"
)

// An erased case stays erased: its UID stays in the audit log's deletion
// entry (no personal data), an import of a case file with that UID is
// refused naming the day of the erasure, and only an explicit legal hold
// (WithAllowErased) brings it back — logged as such.

type allowErasedKey struct{}

// WithAllowErased lets ImportCase bring back a case that was erased here
// (a legal hold: a court or the DRV asks for the record). The import is
// logged with the day of the erasure it undoes.
func WithAllowErased(ctx context.Context) context.Context {
	return context.WithValue(ctx, allowErasedKey{}, true)
}

func allowErased(ctx context.Context) bool {
	v, _ := ctx.Value(allowErasedKey{}).(bool)
	return v
}

// erasedOn is when the case with uid was last erased here, if it was.
func erasedOn(ctx context.Context, q querier, uid string) (time.Time, bool, error) {
	if uid == "" {
		return time.Time{}, false, nil
	}
	var at string
	err := q.QueryRowContext(ctx, `SELECT at FROM audit WHERE kind = ? AND case_uid = ? ORDER BY id DESC LIMIT 1`,
		string(model.AuditDeletion), uid).Scan(&at)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, err
	}
	t, err := time.Parse(updatedLayout, at)
	return t, err == nil, err
}

// refuseErased is the import's check: nil, or the problem naming the day
// of the erasure; with a legal hold the audit entry of the import says
// what it undid.
func refuseErased(ctx context.Context, q querier, uid string, entry *model.AuditEntry) error {
	at, erased, err := erasedOn(ctx, q, uid)
	if err != nil || !erased {
		return err
	}
	if !allowErased(ctx) {
		return model.Problems{{Path: "case.uid", Code: model.CodeErased, Value: uid,
			Args: map[string]any{"Date": model.DateOf(at.Local()), "UID": uid}}}
	}
	entry.Detail = map[string]string{"erased": model.DateOf(at.Local()).ISO()}
	return nil
}

// auditTriggers are the triggers that make the audit log append-only,
// with what each must say.
var auditTriggers = map[string]string{
	"audit_no_update": "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit\nBEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
	"audit_no_delete": "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit\nBEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
}

// missingTriggers lists the audit triggers that are absent or say
// something else than they must.
func missingTriggers(ctx context.Context, q querier) ([]string, error) {
	var out []string
	for _, name := range []string{"audit_no_delete", "audit_no_update"} {
		var sqlText string
		err := q.QueryRowContext(ctx, `SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?`, name).Scan(&sqlText)
		if errors.Is(err, sql.ErrNoRows) {
			out = append(out, name)
			continue
		}
		if err != nil {
			return nil, err
		}
		if !strings.Contains(sqlText, "RAISE(ABORT") || !strings.Contains(strings.ToUpper(sqlText), "ON AUDIT") {
			out = append(out, name)
		}
	}
	return out, nil
}

// repairAuditTriggers puts missing audit triggers back and logs that it
// did, in one transaction; Open calls it, so a DROP TRIGGER does not
// switch the log's protection off for good.
func (d *DB) repairAuditTriggers(ctx context.Context) error {
	missing, err := missingTriggers(ctx, d.db)
	if err != nil || len(missing) == 0 {
		return err
	}
	return d.inTx(ctx, func(tx *sql.Tx) error {
		for _, name := range missing {
			if _, err := tx.ExecContext(ctx, `DROP TRIGGER IF EXISTS `+name); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, auditTriggers[name]); err != nil {
				return fmt.Errorf("recreate %s: %w", name, err)
			}
			if err := insertAudit(ctx, tx, model.AuditEntry{At: d.stamp(), Kind: model.AuditRepair,
				Detail: map[string]string{"what": name}}); err != nil {
				return err
			}
		}
		return nil
	})
}

// auditFinding begins every finding of auditProblems.
const auditFinding = "audit log: "

// auditProblems is what Check finds wrong with the audit log: a missing
// trigger, or an erased case that is back without a logged legal hold.
func auditProblems(ctx context.Context, db *sql.DB) ([]string, error) {
	missing, err := missingTriggers(ctx, db)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, name := range missing {
		out = append(out, auditFinding+"trigger "+name+" is missing (the log is not append-only)")
	}
	rows, err := db.QueryContext(ctx, `SELECT c.uid FROM cases c
		WHERE EXISTS (SELECT 1 FROM audit d WHERE d.kind = 'deletion' AND d.case_uid = c.uid
			AND NOT EXISTS (SELECT 1 FROM audit i WHERE i.case_uid = c.uid AND i.id > d.id
				AND i.kind = 'import'))`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var uid string
		if err := rows.Scan(&uid); err != nil {
			return nil, err
		}
		out = append(out, auditFinding+"case "+uid+" is erased in the log but present")
	}
	return out, rows.Err()
}
