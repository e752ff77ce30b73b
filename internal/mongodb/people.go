package mongodb

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/itcoalition/api/internal/coalition"
)

// colPeople holds the people who used the API.
const colPeople = "people"

// personDoc is one person; _id is their issuer and subject (personKey), so
// that a person is recorded once however many requests race.
type personDoc struct {
	ID        string    `bson:"_id"`
	Issuer    string    `bson:"issuer"`
	Sub       string    `bson:"sub"`
	Nation    string    `bson:"nation"`
	Role      string    `bson:"role"`
	Status    string    `bson:"status"`
	FirstSeen time.Time `bson:"firstSeen"`
	LastSeen  time.Time `bson:"lastSeen"`
	Reason    *string   `bson:"reason,omitempty"`
}

// personKey joins issuer and sub without ambiguity: the issuer's length
// comes first, so no two pairs share a key whatever characters they hold.
func personKey(issuer, sub string) string { return fmt.Sprintf("%d:%s%s", len(issuer), issuer, sub) }

func (d *personDoc) domain() coalition.Person {
	return coalition.Person{Issuer: d.Issuer, Sub: d.Sub, Nation: d.Nation, Role: d.Role,
		Status: coalition.PersonStatus(d.Status), FirstSeen: d.FirstSeen.UTC(), LastSeen: d.LastSeen.UTC(), Reason: d.Reason}
}

var personKeys = []sortKey{{field: "issuer", kind: keyString}, {field: "sub", kind: keyString}}

// PersonStore records the people who use the API.
type PersonStore struct{ s *Store }

// People returns the store's people.
func (s *Store) People() *PersonStore { return &PersonStore{s} }

func (ps *PersonStore) col() *mongo.Collection { return ps.s.db.Collection(colPeople) }

func personID(issuer, sub string) bson.D {
	return bson.D{{Key: "_id", Value: personKey(issuer, sub)}}
}

// Get returns the person issuer and sub; coalition.ErrNotFound when they
// never used the API.
func (ps *PersonStore) Get(ctx context.Context, issuer, sub string) (coalition.Person, error) {
	var d personDoc
	err := ps.col().FindOne(ctx, personID(issuer, sub)).Decode(&d)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return coalition.Person{}, coalition.NotFound("person", sub)
	}
	if err != nil {
		return coalition.Person{}, fmt.Errorf("get person: %w", err)
	}
	return d.domain(), nil
}

// List returns a page of people in the order of issuer and subject.
func (ps *PersonStore) List(ctx context.Context, f coalition.PersonFilter, page coalition.Page) (coalition.List[coalition.Person], error) {
	filter := bson.D{}
	if f.Nations != nil {
		filter = append(filter, bson.E{Key: "nation", Value: bson.D{{Key: "$in", Value: f.Nations}}})
	}
	return listPage(ctx, ps.col(), filter, personKeys, page,
		(*personDoc).domain, func(d *personDoc) []any { return []any{d.Issuer, d.Sub} })
}

// Seen records a request by p: a new person is inserted as p is; a known
// one gets p's nation, role and last use, never its status, so that a
// suspension made meanwhile stands.
func (ps *PersonStore) Seen(ctx context.Context, p coalition.Person) error {
	update := bson.D{
		{Key: "$set", Value: bson.D{{Key: "nation", Value: p.Nation}, {Key: "role", Value: p.Role}}},
		{Key: "$max", Value: bson.D{{Key: "lastSeen", Value: p.LastSeen.UTC()}}},
		{Key: "$setOnInsert", Value: bson.D{{Key: "issuer", Value: p.Issuer}, {Key: "sub", Value: p.Sub},
			{Key: "status", Value: string(p.Status)}, {Key: "firstSeen", Value: p.FirstSeen.UTC()}}},
	}
	_, err := ps.col().UpdateOne(ctx, personID(p.Issuer, p.Sub), update, options.UpdateOne().SetUpsert(true))
	if mongo.IsDuplicateKeyError(err) {
		// Another request inserted the person first: record this one on it.
		_, err = ps.col().UpdateOne(ctx, personID(p.Issuer, p.Sub), update)
	}
	if err != nil {
		return fmt.Errorf("record person: %w", err)
	}
	return nil
}

// Transition writes p's status and reason if its status is still from;
// coalition.ErrConflict when it changed meanwhile.
func (ps *PersonStore) Transition(ctx context.Context, from coalition.PersonStatus, p coalition.Person) error {
	filter := append(personID(p.Issuer, p.Sub), bson.E{Key: "status", Value: string(from)})
	set := bson.D{{Key: "status", Value: string(p.Status)}, {Key: "reason", Value: p.Reason}}
	res, err := ps.col().UpdateOne(ctx, filter, bson.D{{Key: "$set", Value: set}})
	if err != nil {
		return fmt.Errorf("update person: %w", err)
	}
	if res.MatchedCount == 0 {
		return coalition.Conflict("this person is no longer %s", from)
	}
	return nil
}
