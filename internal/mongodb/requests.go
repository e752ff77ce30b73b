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

type requestDoc struct {
	ID            bson.ObjectID `bson:"_id"`
	Title         string        `bson:"title"`
	Description   string        `bson:"description"`
	Area          string        `bson:"area"`
	Phase         int           `bson:"phase"`
	Priority      int           `bson:"priority"`
	Closed        bool          `bson:"closed"`
	EstimatedCost int64         `bson:"estimatedCostCents"`
	Status        string        `bson:"status"`
	RejectReason  *string       `bson:"rejectReason,omitempty"`
	CreatedAt     time.Time     `bson:"createdAt"`
	UpdatedAt     time.Time     `bson:"updatedAt"`
	Version       int           `bson:"version"`
}

func (d *requestDoc) domain() coalition.Request {
	return coalition.Request{
		ID:            d.ID.Hex(),
		Title:         d.Title,
		Description:   d.Description,
		Area:          coalition.CapabilityArea(d.Area),
		Phase:         d.Phase,
		Priority:      d.Priority,
		EstimatedCost: coalition.Money(d.EstimatedCost),
		Status:        coalition.RequestStatus(d.Status),
		RejectReason:  d.RejectReason,
		CreatedAt:     d.CreatedAt.UTC(),
		UpdatedAt:     d.UpdatedAt.UTC(),
		Version:       max(d.Version, 1),
	}
}

func requestToDoc(r coalition.Request) (requestDoc, error) {
	id, err := objectID(r.ID)
	if err != nil {
		return requestDoc{}, err
	}
	return requestDoc{
		ID:            id,
		Title:         r.Title,
		Description:   r.Description,
		Area:          string(r.Area),
		Phase:         r.Phase,
		Priority:      r.Priority,
		Closed:        !r.Status.Open(),
		EstimatedCost: int64(r.EstimatedCost),
		Status:        string(r.Status),
		RejectReason:  r.RejectReason,
		CreatedAt:     r.CreatedAt.UTC(),
		UpdatedAt:     r.UpdatedAt.UTC(),
		Version:       max(r.Version, 1),
	}, nil
}

// Open requests come first in their phase, by priority; closed ones follow.
var requestKeys = []sortKey{
	{field: "phase", kind: keyInt},
	{field: "closed", kind: keyBool},
	{field: "priority", kind: keyInt},
	{field: "_id", kind: keyObjectID},
}

// RequestStore reads and writes priority requests.
type RequestStore struct{ s *Store }

// Requests returns the store's priority requests.
func (s *Store) Requests() *RequestStore { return &RequestStore{s} }

func (r *RequestStore) col() *mongo.Collection { return r.s.db.Collection(colRequests) }

func requestFilter(f coalition.RequestFilter) bson.D {
	filter := bson.D{}
	if f.Statuses != nil {
		st := make(bson.A, len(f.Statuses))
		for i, s := range f.Statuses {
			st[i] = string(s)
		}
		filter = append(filter, bson.E{Key: "status", Value: bson.D{{Key: "$in", Value: st}}})
	}
	if f.Area != nil {
		filter = append(filter, bson.E{Key: "area", Value: string(*f.Area)})
	}
	if f.Phase != nil {
		filter = append(filter, bson.E{Key: "phase", Value: *f.Phase})
	}
	return filter
}

// List returns a page of requests matching f, by phase then priority.
func (r *RequestStore) List(ctx context.Context, f coalition.RequestFilter, page coalition.Page) (coalition.List[coalition.Request], error) {
	return listPage(ctx, r.col(), requestFilter(f), requestKeys, page,
		(*requestDoc).domain, func(d *requestDoc) []any { return []any{int64(d.Phase), d.Closed, int64(d.Priority), d.ID} })
}

// Get returns request id if it matches f; coalition.ErrNotFound otherwise.
func (r *RequestStore) Get(ctx context.Context, id string, f coalition.RequestFilter) (coalition.Request, error) {
	oid, err := bson.ObjectIDFromHex(id)
	if err != nil {
		return coalition.Request{}, coalition.NotFound("request", id)
	}
	var d requestDoc
	err = r.col().FindOne(ctx, append(bson.D{{Key: "_id", Value: oid}}, requestFilter(f)...)).Decode(&d)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return coalition.Request{}, coalition.NotFound("request", id)
	}
	if err != nil {
		return coalition.Request{}, fmt.Errorf("get request %s: %w", id, err)
	}
	return d.domain(), nil
}

// GetMany returns the requests with ids that match f, in the order of ids;
// a missing or hidden one is nil.
func (r *RequestStore) GetMany(ctx context.Context, ids []string, f coalition.RequestFilter) ([]*coalition.Request, error) {
	oids := make(bson.A, 0, len(ids))
	for _, id := range ids {
		if oid, err := bson.ObjectIDFromHex(id); err == nil {
			oids = append(oids, oid)
		}
	}
	filter := append(bson.D{{Key: "_id", Value: bson.D{{Key: "$in", Value: oids}}}}, requestFilter(f)...)
	cur, err := r.col().Find(ctx, filter, options.Find().SetBatchSize(batchFor(len(oids))))
	if err != nil {
		return nil, fmt.Errorf("get requests: %w", err)
	}
	var docs []requestDoc
	if err := cur.All(ctx, &docs); err != nil {
		return nil, fmt.Errorf("read requests: %w", err)
	}
	byID := make(map[string]*coalition.Request, len(docs))
	for i := range docs {
		req := docs[i].domain()
		byID[req.ID] = &req
	}
	out := make([]*coalition.Request, len(ids))
	for i, id := range ids {
		out[i] = byID[id]
	}
	return out, nil
}

// Insert adds a request.
func (r *RequestStore) Insert(ctx context.Context, req coalition.Request) error {
	d, err := requestToDoc(req)
	if err != nil {
		return err
	}
	return insertOne(ctx, r.col(), d, "request")
}

// Transition writes req over the stored request if its status is still
// from; coalition.ErrConflict when it is not.
func (r *RequestStore) Transition(ctx context.Context, from coalition.RequestStatus, req coalition.Request) error {
	d, err := requestToDoc(req)
	if err != nil {
		return err
	}
	d.Version = req.Version + 1
	return replaceIfVersion(ctx, r.col(), d.ID, string(from), req.Version, d, "request")
}

// OpenInPhase returns the phase's open requests by priority (then age, so
// that a renumbering after an interrupted change is deterministic).
func (r *RequestStore) OpenInPhase(ctx context.Context, phase int) ([]coalition.Request, error) {
	cur, err := r.col().Find(ctx, bson.D{{Key: "phase", Value: phase}, {Key: "closed", Value: false}},
		options.Find().SetSort(bson.D{{Key: "priority", Value: 1}, {Key: "updatedAt", Value: -1}, {Key: "_id", Value: 1}}))
	if err != nil {
		return nil, fmt.Errorf("read phase %d: %w", phase, err)
	}
	var docs []requestDoc
	if err := cur.All(ctx, &docs); err != nil {
		return nil, fmt.Errorf("read phase %d: %w", phase, err)
	}
	out := make([]coalition.Request, len(docs))
	for i := range docs {
		out[i] = docs[i].domain()
	}
	return out, nil
}

// SetPriority sets request id's priority.
func (r *RequestStore) SetPriority(ctx context.Context, id string, priority int) error {
	oid, err := bson.ObjectIDFromHex(id)
	if err != nil {
		return coalition.NotFound("request", id)
	}
	_, err = r.col().UpdateOne(ctx, bson.D{{Key: "_id", Value: oid}}, bson.D{{Key: "$set", Value: bson.D{{Key: "priority", Value: priority}}}, {Key: "$inc", Value: bson.D{{Key: "version", Value: 1}}}})
	if err != nil {
		return fmt.Errorf("set priority of %s: %w", id, err)
	}
	return nil
}
