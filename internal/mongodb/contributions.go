package mongodb

import (
	"context"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/itcoalition/api/internal/coalition"
)

type contributionDoc struct {
	ID          bson.ObjectID `bson:"_id"`
	Nation      string        `bson:"nation"`
	Kind        string        `bson:"kind"`
	AmountCents int64         `bson:"amountCents"`
	Currency    string        `bson:"currency"`
	EurCents    int64         `bson:"eurCents"`
	ReceivedEur *int64        `bson:"receivedEurCents,omitempty"`
	Rate        *string       `bson:"rate,omitempty"`
	// Earmark is "" for unearmarked money, so that the pool is one value.
	Earmark    string     `bson:"earmark"`
	Status     string     `bson:"status"`
	PledgedAt  time.Time  `bson:"pledgedAt"`
	ReceivedAt *time.Time `bson:"receivedAt,omitempty"`
	PledgedBy  string     `bson:"pledgedBy"`
	Version    int        `bson:"version"`
}

func (d *contributionDoc) domain() coalition.Contribution {
	c := coalition.Contribution{
		ID:         d.ID.Hex(),
		NationCode: d.Nation,
		Kind:       coalition.ContributionKind(d.Kind),
		Amount:     coalition.Money(d.AmountCents),
		Currency:   d.Currency,
		EurAmount:  coalition.Money(d.EurCents),
		Rate:       d.Rate,
		Status:     coalition.ContributionStatus(d.Status),
		PledgedAt:  d.PledgedAt.UTC(),
		PledgedBy:  d.PledgedBy,
		Version:    max(d.Version, 1),
	}
	if d.ReceivedEur != nil {
		m := coalition.Money(*d.ReceivedEur)
		c.ReceivedEur = &m
	}
	if d.Earmark != "" {
		a := coalition.CapabilityArea(d.Earmark)
		c.Earmark = &a
	}
	if d.ReceivedAt != nil {
		t := d.ReceivedAt.UTC()
		c.ReceivedAt = &t
	}
	return c
}

func contributionToDoc(c coalition.Contribution) (contributionDoc, error) {
	id, err := objectID(c.ID)
	if err != nil {
		return contributionDoc{}, err
	}
	d := contributionDoc{
		ID:          id,
		Nation:      c.NationCode,
		Kind:        string(c.Kind),
		AmountCents: int64(c.Amount),
		Currency:    c.Currency,
		EurCents:    int64(c.EurAmount),
		Rate:        c.Rate,
		Status:      string(c.Status),
		PledgedAt:   c.PledgedAt.UTC(),
		ReceivedAt:  c.ReceivedAt,
		PledgedBy:   c.PledgedBy,
		Version:     max(c.Version, 1),
	}
	if c.ReceivedEur != nil {
		v := int64(*c.ReceivedEur)
		d.ReceivedEur = &v
	}
	if c.Earmark != nil {
		d.Earmark = string(*c.Earmark)
	}
	return d, nil
}

var contributionKeys = []sortKey{{field: "pledgedAt", desc: true, kind: keyTime}, {field: "_id", desc: true, kind: keyObjectID}}

// ContributionStore reads and writes contributions.
type ContributionStore struct{ s *Store }

// Contributions returns the store's contributions.
func (s *Store) Contributions() *ContributionStore { return &ContributionStore{s} }

func (c *ContributionStore) col() *mongo.Collection { return c.s.db.Collection(colContributions) }

func contributionFilter(f coalition.ContributionFilter) bson.D {
	filter := bson.D{}
	if f.Nations != nil {
		filter = append(filter, bson.E{Key: "nation", Value: bson.D{{Key: "$in", Value: f.Nations}}})
	}
	if f.Status != nil {
		filter = append(filter, bson.E{Key: "status", Value: string(*f.Status)})
	}
	if f.Earmark != nil {
		filter = append(filter, bson.E{Key: "earmark", Value: string(*f.Earmark)})
	}
	if f.Kind != nil {
		filter = append(filter, bson.E{Key: "kind", Value: string(*f.Kind)})
	}
	return filter
}

// List returns a page of contributions matching f, newest first.
func (c *ContributionStore) List(ctx context.Context, f coalition.ContributionFilter, page coalition.Page) (coalition.List[coalition.Contribution], error) {
	return listPage(ctx, c.col(), contributionFilter(f), contributionKeys, page,
		(*contributionDoc).domain, func(d *contributionDoc) []any { return []any{d.PledgedAt, d.ID} })
}

// Get returns the contribution id if it also matches f (the viewer's
// scope); coalition.ErrNotFound otherwise, alike for hidden and missing.
func (c *ContributionStore) Get(ctx context.Context, id string, f coalition.ContributionFilter) (coalition.Contribution, error) {
	oid, err := bson.ObjectIDFromHex(id)
	if err != nil {
		return coalition.Contribution{}, coalition.NotFound("contribution", id)
	}
	filter := append(bson.D{{Key: "_id", Value: oid}}, contributionFilter(f)...)
	d, err := findOneBy[contributionDoc](ctx, c.col(), filter, "contribution", id)
	if err != nil {
		return coalition.Contribution{}, err
	}
	return d.domain(), nil
}

// Insert adds a contribution.
func (c *ContributionStore) Insert(ctx context.Context, con coalition.Contribution) error {
	d, err := contributionToDoc(con)
	if err != nil {
		return err
	}
	return insertOne(ctx, c.col(), d, "contribution")
}

// Transition writes con over the stored contribution if its status is
// still from and its version still con.Version (the one read), with the
// version one up; coalition.ErrConflict when it is not.
func (c *ContributionStore) Transition(ctx context.Context, from coalition.ContributionStatus, con coalition.Contribution) error {
	d, err := contributionToDoc(con)
	if err != nil {
		return err
	}
	d.Version = max(con.Version, 1) + 1
	return replaceIfVersion(ctx, c.col(), d.ID, string(from), con.Version, d, "contribution")
}

// Givers returns one contribution for each pool, nation, kind and status
// among those in coalition.CountedContributionStatuses, with no amount:
// who gave what, as the fund's disclosure control needs it. The server
// groups them, so what travels is a few hundred rows at most, whatever the
// coalition's size.
func (c *ContributionStore) Givers(ctx context.Context) ([]coalition.Contribution, error) {
	pipeline := mongo.Pipeline{
		{{Key: "$match", Value: statusIn(coalition.CountedContributionStatuses)}},
		{{Key: "$group", Value: bson.D{{Key: "_id", Value: bson.D{
			{Key: "earmark", Value: "$earmark"}, {Key: "nation", Value: "$nation"},
			{Key: "kind", Value: "$kind"}, {Key: "status", Value: "$status"},
		}}}}},
	}
	cur, err := c.col().Aggregate(ctx, pipeline)
	if err != nil {
		return nil, fmt.Errorf("read fund givers: %w", err)
	}
	var groups []struct {
		ID struct {
			Earmark string `bson:"earmark"`
			Nation  string `bson:"nation"`
			Kind    string `bson:"kind"`
			Status  string `bson:"status"`
		} `bson:"_id"`
	}
	if err := cur.All(ctx, &groups); err != nil {
		return nil, fmt.Errorf("read fund givers: %w", err)
	}
	out := make([]coalition.Contribution, len(groups))
	for i, g := range groups {
		out[i] = coalition.GiverOf(g.ID.Earmark, g.ID.Nation, coalition.ContributionKind(g.ID.Kind), coalition.ContributionStatus(g.ID.Status))
	}
	return out, nil
}

func objectID(id string) (bson.ObjectID, error) {
	if id == "" {
		return bson.NewObjectID(), nil
	}
	oid, err := bson.ObjectIDFromHex(id)
	if err != nil {
		return oid, coalition.NotFound("id", id)
	}
	return oid, nil
}

// NewID returns a fresh id for a new document.
func NewID() string { return bson.NewObjectID().Hex() }

// GetMany returns the contributions ids that also match f (the viewer's
// scope), in the order of ids, nil for one missing or hidden.
func (c *ContributionStore) GetMany(ctx context.Context, ids []string, f coalition.ContributionFilter) ([]*coalition.Contribution, error) {
	oids := make(bson.A, 0, len(ids))
	for _, id := range ids {
		if oid, err := bson.ObjectIDFromHex(id); err == nil {
			oids = append(oids, oid)
		}
	}
	filter := append(bson.D{{Key: "_id", Value: bson.D{{Key: "$in", Value: oids}}}}, contributionFilter(f)...)
	docs, err := findAll[contributionDoc](ctx, c.col(), filter, "contributions", options.Find().SetBatchSize(batchFor(len(oids))))
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*coalition.Contribution, len(docs))
	for i := range docs {
		con := docs[i].domain()
		byID[con.ID] = &con
	}
	out := make([]*coalition.Contribution, len(ids))
	for i, id := range ids {
		out[i] = byID[id]
	}
	return out, nil
}
