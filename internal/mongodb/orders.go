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

type drawDoc struct {
	// Area is "" for unearmarked money.
	Area  string `bson:"area"`
	Cents int64  `bson:"cents"`
}

type orderDoc struct {
	ID          bson.ObjectID `bson:"_id"`
	RequestID   string        `bson:"requestId"`
	Area        string        `bson:"area"`
	Supplier    string        `bson:"supplier"`
	AmountCents int64         `bson:"amountCents"`
	Status      string        `bson:"status"`
	DraftedBy   string        `bson:"draftedBy"`
	// DrafterIssuer: the four-eyes rule compares people, issuer and sub.
	DrafterIssuer string     `bson:"drafterIssuer,omitempty"`
	ApprovedBy    *string    `bson:"approvedBy,omitempty"`
	DraftedAt     time.Time  `bson:"draftedAt"`
	Draws         []drawDoc  `bson:"draws,omitempty"`
	PlacedAt      *time.Time `bson:"placedAt,omitempty"`
	DeliveredAt   *time.Time `bson:"deliveredAt,omitempty"`
	CancelledAt   *time.Time `bson:"cancelledAt,omitempty"`
	Terms         termsDoc   `bson:"terms"`
	Version       int        `bson:"version"`
	// Approvals: the chairs' approvals so far, oldest first.
	Approvals []approvalDoc `bson:"approvals,omitempty"`
}

// termsDoc is an order's contract; orders drafted before the supplier
// registry keep it empty.
type termsDoc struct {
	SupplierID        string `bson:"supplierId,omitempty"`
	AgentKind         string `bson:"agentKind,omitempty"`
	AgentCountry      string `bson:"agentCountry,omitempty"`
	AgentName         string `bson:"agentName,omitempty"`
	ContractReference string `bson:"contractReference,omitempty"`
	Justification     string `bson:"justification,omitempty"`
}

func utcPtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

func (d *orderDoc) domain() coalition.Order {
	o := coalition.Order{
		ID:            d.ID.Hex(),
		RequestID:     d.RequestID,
		Area:          coalition.CapabilityArea(d.Area),
		Supplier:      d.Supplier,
		Amount:        coalition.Money(d.AmountCents),
		Status:        coalition.OrderStatus(d.Status),
		DraftedBy:     d.DraftedBy,
		DrafterIssuer: d.DrafterIssuer,
		ApprovedBy:    d.ApprovedBy,
		DraftedAt:     d.DraftedAt.UTC(),
		PlacedAt:      utcPtr(d.PlacedAt),
		DeliveredAt:   utcPtr(d.DeliveredAt),
		CancelledAt:   utcPtr(d.CancelledAt),
		Version:       max(d.Version, 1),
		OrderTerms: coalition.OrderTerms{SupplierID: d.Terms.SupplierID,
			Agent:             coalition.ProcurementAgent{Kind: coalition.AgentKind(d.Terms.AgentKind), Country: d.Terms.AgentCountry, Name: d.Terms.AgentName},
			ContractReference: d.Terms.ContractReference, Justification: d.Terms.Justification},
		Approvals: approvalsOf(d.Approvals),
	}
	o.Draws = drawsOf(d.Draws)
	return o
}

func orderToDoc(o coalition.Order) (orderDoc, error) {
	id, err := objectID(o.ID)
	if err != nil {
		return orderDoc{}, err
	}
	d := orderDoc{
		ID:            id,
		RequestID:     o.RequestID,
		Area:          string(o.Area),
		Supplier:      o.Supplier,
		AmountCents:   int64(o.Amount),
		Status:        string(o.Status),
		DraftedBy:     o.DraftedBy,
		DrafterIssuer: o.DrafterIssuer,
		ApprovedBy:    o.ApprovedBy,
		DraftedAt:     o.DraftedAt.UTC(),
		PlacedAt:      utcPtr(o.PlacedAt),
		DeliveredAt:   utcPtr(o.DeliveredAt),
		CancelledAt:   utcPtr(o.CancelledAt),
		Version:       max(o.Version, 1),
		Terms: termsDoc{SupplierID: o.SupplierID, AgentKind: string(o.Agent.Kind), AgentCountry: o.Agent.Country,
			AgentName: o.Agent.Name, ContractReference: o.ContractReference, Justification: o.Justification},
		Approvals: approvalDocs(o.Approvals),
	}
	d.Draws = drawDocs(o.Draws)
	return d, nil
}

var orderKeys = []sortKey{{field: "draftedAt", desc: true, kind: keyTime}, {field: "_id", desc: true, kind: keyObjectID}}

// OrderStore reads and writes procurement orders.
type OrderStore struct{ s *Store }

// Orders returns the store's orders.
func (s *Store) Orders() *OrderStore { return &OrderStore{s} }

func (o *OrderStore) col() *mongo.Collection { return o.s.db.Collection(colOrders) }

func orderFilter(f coalition.OrderFilter) bson.D {
	filter := bson.D{}
	if f.Status != nil {
		filter = append(filter, bson.E{Key: "status", Value: string(*f.Status)})
	}
	if f.RequestIDs != nil {
		filter = append(filter, bson.E{Key: "requestId", Value: bson.D{{Key: "$in", Value: f.RequestIDs}}})
	}
	return filter
}

// List returns a page of orders matching f, newest draft first.
func (o *OrderStore) List(ctx context.Context, f coalition.OrderFilter, page coalition.Page) (coalition.List[coalition.Order], error) {
	return listPage(ctx, o.col(), orderFilter(f), orderKeys, page,
		(*orderDoc).domain, func(d *orderDoc) []any { return []any{d.DraftedAt, d.ID} })
}

// Get returns order id; coalition.ErrNotFound when there is none.
func (o *OrderStore) Get(ctx context.Context, id string) (coalition.Order, error) {
	oid, err := bson.ObjectIDFromHex(id)
	if err != nil {
		return coalition.Order{}, coalition.NotFound("order", id)
	}
	var d orderDoc
	err = o.col().FindOne(ctx, bson.D{{Key: "_id", Value: oid}}).Decode(&d)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return coalition.Order{}, coalition.NotFound("order", id)
	}
	if err != nil {
		return coalition.Order{}, fmt.Errorf("get order %s: %w", id, err)
	}
	return d.domain(), nil
}

// ByRequests returns the orders of each of requestIDs, in that order,
// newest draft first, in one query.
func (o *OrderStore) ByRequests(ctx context.Context, requestIDs []string) ([][]coalition.Order, error) {
	cur, err := o.col().Find(ctx, bson.D{{Key: "requestId", Value: bson.D{{Key: "$in", Value: requestIDs}}}},
		options.Find().SetSort(sortSpec(orderKeys)).SetBatchSize(wideBatch))
	if err != nil {
		return nil, fmt.Errorf("orders of requests: %w", err)
	}
	var docs []orderDoc
	if err := cur.All(ctx, &docs); err != nil {
		return nil, fmt.Errorf("read orders: %w", err)
	}
	idx := make(map[string]int, len(requestIDs))
	for i, id := range requestIDs {
		idx[id] = i
	}
	out := make([][]coalition.Order, len(requestIDs))
	for i := range docs {
		if j, ok := idx[docs[i].RequestID]; ok {
			out[j] = append(out[j], docs[i].domain())
		}
	}
	return out, nil
}

// Insert adds an order.
func (o *OrderStore) Insert(ctx context.Context, ord coalition.Order) error {
	d, err := orderToDoc(ord)
	if err != nil {
		return err
	}
	return insertOne(ctx, o.col(), d, "order")
}

// Transition writes ord over the stored order if its status is still from;
// coalition.ErrConflict when it is not.
func (o *OrderStore) Transition(ctx context.Context, from coalition.OrderStatus, ord coalition.Order) error {
	d, err := orderToDoc(ord)
	if err != nil {
		return err
	}
	d.Version = ord.Version + 1
	return replaceIfVersion(ctx, o.col(), d.ID, string(from), ord.Version, d, "order")
}

// Committing returns the orders whose money is committed: those in
// coalition.CommittingOrderStatuses.
func (o *OrderStore) Committing(ctx context.Context) ([]coalition.Order, error) {
	filter := statusIn(coalition.CommittingOrderStatuses)
	cur, err := o.col().Find(ctx, filter, options.Find().SetBatchSize(wideBatch).SetProjection(bson.D{{Key: "draws", Value: 1}, {Key: "amountCents", Value: 1}, {Key: "status", Value: 1}}))
	if err != nil {
		return nil, fmt.Errorf("committed orders: %w", err)
	}
	var docs []orderDoc
	if err := cur.All(ctx, &docs); err != nil {
		return nil, fmt.Errorf("read orders: %w", err)
	}
	out := make([]coalition.Order, len(docs))
	for i := range docs {
		out[i] = docs[i].domain()
	}
	return out, nil
}
