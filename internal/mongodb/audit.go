package mongodb

import (
	"context"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"github.com/itcoalition/api/internal/coalition"
)

type actorDoc struct {
	Issuer string `bson:"issuer,omitempty"`
	Sub    string `bson:"sub"`
	Role   string `bson:"role"`
	Nation string `bson:"nation"`
}

type auditDoc struct {
	ID         bson.ObjectID `bson:"_id"`
	At         time.Time     `bson:"at"`
	Actor      actorDoc      `bson:"actor"`
	Action     string        `bson:"action"`
	Target     string        `bson:"target"`
	TargetType string        `bson:"targetType"`
	Nations    []string      `bson:"nations"`
	Outcome    string        `bson:"outcome"`
	Detail     string        `bson:"detail"`
}

func (d *auditDoc) domain() coalition.AuditEvent {
	return coalition.AuditEvent{
		ID:         d.ID.Hex(),
		At:         d.At.UTC(),
		Actor:      coalition.Actor(d.Actor),
		Action:     d.Action,
		Target:     d.Target,
		TargetType: d.TargetType,
		Nations:    d.Nations,
		Outcome:    coalition.AuditOutcome(d.Outcome),
		Detail:     d.Detail,
	}
}

var auditKeys = []sortKey{{field: "at", desc: true, kind: keyTime}, {field: "_id", desc: true, kind: keyObjectID}}

// AuditStore appends audit events and reads them; it has no way to change
// or delete one.
type AuditStore struct{ s *Store }

// Audit returns the store's audit log.
func (s *Store) Audit() *AuditStore { return &AuditStore{s} }

func (a *AuditStore) col() *mongo.Collection { return a.s.db.Collection(colAudit) }

// Append writes ev with a fresh id.
func (a *AuditStore) Append(ctx context.Context, ev coalition.AuditEvent) error {
	if _, err := a.col().InsertOne(ctx, auditToDoc(bson.NewObjectID(), ev)); err != nil {
		return fmt.Errorf("append audit event: %w", err)
	}
	return nil
}

// List returns a page of events matching f, newest first.
func (a *AuditStore) List(ctx context.Context, f coalition.AuditFilter, page coalition.Page) (coalition.List[coalition.AuditEvent], error) {
	filter := bson.D{}
	var scope bson.A
	if f.Nations != nil {
		scope = append(scope, bson.D{{Key: "nations", Value: bson.D{{Key: "$in", Value: f.Nations}}}})
	}
	if f.TargetTypes != nil {
		scope = append(scope, bson.D{{Key: "targetType", Value: bson.D{{Key: "$in", Value: f.TargetTypes}}}})
	}
	if scope != nil {
		filter = append(filter, bson.E{Key: "$or", Value: scope})
	}
	if f.Action != nil {
		filter = append(filter, bson.E{Key: "action", Value: *f.Action})
	}
	if f.Target != nil {
		filter = append(filter, bson.E{Key: "target", Value: *f.Target})
	}
	return listPage(ctx, a.col(), filter, auditKeys, page,
		(*auditDoc).domain, func(d *auditDoc) []any { return []any{d.At, d.ID} })
}
