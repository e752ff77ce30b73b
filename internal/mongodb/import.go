package mongodb

import (
	"context"
	"fmt"

	"go.mongodb.org/mongo-driver/v2/bson"

	"github.com/itcoalition/api/internal/coalition"
)

func auditToDoc(id bson.ObjectID, ev coalition.AuditEvent) auditDoc {
	nations := ev.Nations
	if nations == nil {
		nations = []string{}
	}
	return auditDoc{
		ID:         id,
		At:         ev.At.UTC(),
		Actor:      actorDoc{Issuer: ev.Actor.Issuer, Sub: ev.Actor.Sub, Role: ev.Actor.Role, Nation: ev.Actor.Nation},
		Action:     ev.Action,
		Target:     ev.Target,
		TargetType: ev.TargetType,
		Nations:    nations,
		Outcome:    string(ev.Outcome),
		Detail:     ev.Detail,
		Changes:    changeDocs(ev.Changes),
		Reason:     ev.Reason,

		TargetNation: ev.TargetNation,
		TargetStatus: ev.TargetStatus,
	}
}

// Import writes events that another store recorded, keeping their ids (so
// that audit cursors keep their meaning): for moving a coalition between
// stores, never for new events.
func (a *AuditStore) Import(ctx context.Context, evs []coalition.AuditEvent) error {
	docs := make([]auditDoc, len(evs))
	for i, ev := range evs {
		id, err := bson.ObjectIDFromHex(ev.ID)
		if err != nil {
			return fmt.Errorf("import audit event %q: not an id in the store's format", ev.ID)
		}
		docs[i] = auditToDoc(id, ev)
	}
	return insertChunks(ctx, a.col(), docs)
}
