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
	// What changed (issue 13); absent on events written before.
	Changes      []changeDoc `bson:"changes,omitempty"`
	Reason       string      `bson:"reason,omitempty"`
	TargetNation string      `bson:"targetNation,omitempty"`
	TargetStatus string      `bson:"targetStatus,omitempty"`
}

// changeDoc is one coalition.FieldChange.
type changeDoc struct {
	Field  string  `bson:"field"`
	Before *string `bson:"before,omitempty"`
	After  *string `bson:"after,omitempty"`
	Money  bool    `bson:"money,omitempty"`
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
		Changes:    changesOf(d.Changes),
		Reason:     d.Reason,

		TargetNation: d.TargetNation,
		TargetStatus: d.TargetStatus,
	}
}

func changesOf(docs []changeDoc) []coalition.FieldChange {
	if len(docs) == 0 {
		return nil
	}
	out := make([]coalition.FieldChange, len(docs))
	for i, d := range docs {
		out[i] = coalition.FieldChange(d)
	}
	return out
}

func changeDocs(cs []coalition.FieldChange) []changeDoc {
	if len(cs) == 0 {
		return nil
	}
	out := make([]changeDoc, len(cs))
	for i, c := range cs {
		out[i] = changeDoc(c)
	}
	return out
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
	for _, eq := range []struct {
		key string
		v   *string
	}{{"targetType", f.TargetType}, {"actor.sub", f.ActorSub}, {"actor.issuer", f.ActorIssuer}, {"actor.nation", f.ActorNation}, {"outcome", (*string)(f.Outcome)}} {
		if eq.v != nil {
			filter = append(filter, bson.E{Key: eq.key, Value: *eq.v})
		}
	}
	if f.From != nil || f.To != nil {
		at := bson.D{}
		if f.From != nil {
			at = append(at, bson.E{Key: "$gte", Value: f.From.UTC()})
		}
		if f.To != nil {
			at = append(at, bson.E{Key: "$lt", Value: f.To.UTC()})
		}
		filter = append(filter, bson.E{Key: "at", Value: at})
	}
	return listPage(ctx, a.col(), filter, auditKeys, page,
		(*auditDoc).domain, func(d *auditDoc) []any { return []any{d.At, d.ID} })
}
