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

// Procurement (issue 13): an order's approvals (kept in the order's
// document), its deliveries and its amendments.

const (
	colDeliveries = "deliveries"
	colAmendments = "orderAmendments"
)

type approvalDoc struct {
	By signerDoc `bson:"by"`
	At time.Time `bson:"at"`
}

func approvalDocs(as []coalition.Approval) []approvalDoc {
	var out []approvalDoc
	for _, a := range as {
		out = append(out, approvalDoc{By: signerDoc(a.By), At: a.At.UTC()})
	}
	return out
}

func approvalsOf(ds []approvalDoc) []coalition.Approval {
	var out []coalition.Approval
	for _, d := range ds {
		out = append(out, coalition.Approval{By: coalition.Signer(d.By), At: d.At.UTC()})
	}
	return out
}

func drawDocs(ds []coalition.Draw) []drawDoc {
	var out []drawDoc
	for _, d := range ds {
		dd := drawDoc{Cents: int64(d.Amount)}
		if d.Area != nil {
			dd.Area = string(*d.Area)
		}
		out = append(out, dd)
	}
	return out
}

func drawsOf(ds []drawDoc) []coalition.Draw {
	var out []coalition.Draw
	for _, d := range ds {
		draw := coalition.Draw{Amount: coalition.Money(d.Cents)}
		if d.Area != "" {
			a := coalition.CapabilityArea(d.Area)
			draw.Area = &a
		}
		out = append(out, draw)
	}
	return out
}

type deliveryDoc struct {
	ID           bson.ObjectID `bson:"_id"`
	OrderID      string        `bson:"orderId"`
	ValueCents   int64         `bson:"valueCents"`
	Date         time.Time     `bson:"date"`
	Reference    string        `bson:"reference"`
	Status       string        `bson:"status"`
	Whole        bool          `bson:"whole,omitempty"`
	RecordedBy   signerDoc     `bson:"recordedBy"`
	RecordedAt   time.Time     `bson:"recordedAt"`
	DecidedBy    *signerDoc    `bson:"decidedBy,omitempty"`
	DecidedAt    *time.Time    `bson:"decidedAt,omitempty"`
	RejectReason *string       `bson:"rejectReason,omitempty"`
	Version      int           `bson:"version"`
}

func (d *deliveryDoc) domain() coalition.Delivery {
	out := coalition.Delivery{ID: d.ID.Hex(), OrderID: d.OrderID, Value: coalition.Money(d.ValueCents), Date: d.Date.UTC(),
		Reference: d.Reference, Status: coalition.DeliveryStatus(d.Status), Whole: d.Whole,
		RecordedBy: coalition.Signer(d.RecordedBy), RecordedAt: d.RecordedAt.UTC(), DecidedAt: utcPtr(d.DecidedAt),
		RejectReason: d.RejectReason, Version: d.Version}
	if d.DecidedBy != nil {
		by := coalition.Signer(*d.DecidedBy)
		out.DecidedBy = &by
	}
	return out
}

func deliveryToDoc(v coalition.Delivery) (deliveryDoc, error) {
	id, err := objectID(v.ID)
	if err != nil {
		return deliveryDoc{}, err
	}
	d := deliveryDoc{ID: id, OrderID: v.OrderID, ValueCents: int64(v.Value), Date: v.Date.UTC(), Reference: v.Reference,
		Status: string(v.Status), Whole: v.Whole, RecordedBy: signerDoc(v.RecordedBy), RecordedAt: v.RecordedAt.UTC(),
		DecidedAt: utcPtr(v.DecidedAt), RejectReason: v.RejectReason, Version: max(v.Version, 1)}
	if v.DecidedBy != nil {
		by := signerDoc(*v.DecidedBy)
		d.DecidedBy = &by
	}
	return d, nil
}

// DeliveryStore reads and writes the deliveries recorded against orders.
type DeliveryStore struct{ s *Store }

// Deliveries returns the store's deliveries.
func (s *Store) Deliveries() *DeliveryStore { return &DeliveryStore{s} }

func (st *DeliveryStore) col() *mongo.Collection { return st.s.db.Collection(colDeliveries) }

// ByOrders returns the deliveries of each of orderIDs, in that order,
// oldest recorded first, in one query.
func (st *DeliveryStore) ByOrders(ctx context.Context, orderIDs []string) ([][]coalition.Delivery, error) {
	docs, err := findByOrders[deliveryDoc](ctx, st.col(), orderIDs, "recordedAt", "deliveries")
	if err != nil {
		return nil, err
	}
	return groupByOrder(orderIDs, docs, func(d *deliveryDoc) (string, coalition.Delivery) { return d.OrderID, d.domain() }), nil
}

// Get returns delivery id; coalition.ErrNotFound when there is none.
func (st *DeliveryStore) Get(ctx context.Context, id string) (coalition.Delivery, error) {
	d, err := findOne[deliveryDoc](ctx, st.col(), id, "delivery")
	if err != nil {
		return coalition.Delivery{}, err
	}
	return d.domain(), nil
}

// Insert adds a delivery at version 1.
func (st *DeliveryStore) Insert(ctx context.Context, v coalition.Delivery) error {
	d, err := deliveryToDoc(v)
	if err != nil {
		return err
	}
	return insertOne(ctx, st.col(), d, "delivery")
}

// Replace writes v over the stored delivery if that is still at the
// version before v's; coalition.ErrConflict when it changed meanwhile.
func (st *DeliveryStore) Replace(ctx context.Context, v coalition.Delivery) error {
	d, err := deliveryToDoc(v)
	if err != nil {
		return err
	}
	return replaceVersion(ctx, st.col(), d.ID, v.Version, d, "delivery")
}

type amendmentDoc struct {
	ID            bson.ObjectID `bson:"_id"`
	OrderID       string        `bson:"orderId"`
	FromCents     int64         `bson:"fromCents"`
	ToCents       int64         `bson:"toCents"`
	Reason        string        `bson:"reason"`
	Justification string        `bson:"justification,omitempty"`
	Status        string        `bson:"status"`
	ProposedBy    signerDoc     `bson:"proposedBy"`
	ProposedAt    time.Time     `bson:"proposedAt"`
	Approvals     []approvalDoc `bson:"approvals,omitempty"`
	Draws         []drawDoc     `bson:"draws,omitempty"`
	AppliedAt     *time.Time    `bson:"appliedAt,omitempty"`
	Version       int           `bson:"version"`
}

func (d *amendmentDoc) domain() coalition.Amendment {
	return coalition.Amendment{ID: d.ID.Hex(), OrderID: d.OrderID, From: coalition.Money(d.FromCents), To: coalition.Money(d.ToCents),
		Reason: d.Reason, Justification: d.Justification, Status: coalition.AmendmentStatus(d.Status),
		ProposedBy: coalition.Signer(d.ProposedBy), ProposedAt: d.ProposedAt.UTC(), Approvals: approvalsOf(d.Approvals),
		Draws: drawsOf(d.Draws), AppliedAt: utcPtr(d.AppliedAt), Version: d.Version}
}

func amendmentToDoc(a coalition.Amendment) (amendmentDoc, error) {
	id, err := objectID(a.ID)
	if err != nil {
		return amendmentDoc{}, err
	}
	return amendmentDoc{ID: id, OrderID: a.OrderID, FromCents: int64(a.From), ToCents: int64(a.To), Reason: a.Reason,
		Justification: a.Justification, Status: string(a.Status), ProposedBy: signerDoc(a.ProposedBy), ProposedAt: a.ProposedAt.UTC(),
		Approvals: approvalDocs(a.Approvals), Draws: drawDocs(a.Draws), AppliedAt: utcPtr(a.AppliedAt), Version: max(a.Version, 1)}, nil
}

// AmendmentStore reads and writes the amendments of orders' amounts.
type AmendmentStore struct{ s *Store }

// Amendments returns the store's order amendments.
func (s *Store) Amendments() *AmendmentStore { return &AmendmentStore{s} }

func (st *AmendmentStore) col() *mongo.Collection { return st.s.db.Collection(colAmendments) }

// ByOrders returns the amendments of each of orderIDs, in that order,
// oldest proposal first, in one query.
func (st *AmendmentStore) ByOrders(ctx context.Context, orderIDs []string) ([][]coalition.Amendment, error) {
	docs, err := findByOrders[amendmentDoc](ctx, st.col(), orderIDs, "proposedAt", "amendments")
	if err != nil {
		return nil, err
	}
	return groupByOrder(orderIDs, docs, func(d *amendmentDoc) (string, coalition.Amendment) { return d.OrderID, d.domain() }), nil
}

// Get returns amendment id; coalition.ErrNotFound when there is none.
func (st *AmendmentStore) Get(ctx context.Context, id string) (coalition.Amendment, error) {
	d, err := findOne[amendmentDoc](ctx, st.col(), id, "amendment")
	if err != nil {
		return coalition.Amendment{}, err
	}
	return d.domain(), nil
}

// Insert adds an amendment at version 1.
func (st *AmendmentStore) Insert(ctx context.Context, a coalition.Amendment) error {
	d, err := amendmentToDoc(a)
	if err != nil {
		return err
	}
	return insertOne(ctx, st.col(), d, "amendment")
}

// Replace writes a over the stored amendment if that is still at the
// version before a's; coalition.ErrConflict when it changed meanwhile.
func (st *AmendmentStore) Replace(ctx context.Context, a coalition.Amendment) error {
	d, err := amendmentToDoc(a)
	if err != nil {
		return err
	}
	return replaceVersion(ctx, st.col(), d.ID, a.Version, d, "amendment")
}

// findByOrders reads the documents of col whose orderId is one of ids,
// oldest (by field at) first.
func findByOrders[D any](ctx context.Context, col *mongo.Collection, ids []string, at, what string) ([]D, error) {
	cur, err := col.Find(ctx, bson.D{{Key: "orderId", Value: bson.D{{Key: "$in", Value: ids}}}},
		options.Find().SetSort(bson.D{{Key: "orderId", Value: 1}, {Key: at, Value: 1}, {Key: "_id", Value: 1}}).SetBatchSize(wideBatch))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	var docs []D
	if err := cur.All(ctx, &docs); err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	return docs, nil
}

// groupByOrder groups docs by their order, in the order of ids.
func groupByOrder[D, T any](ids []string, docs []D, of func(*D) (string, T)) [][]T {
	idx := make(map[string]int, len(ids))
	for i, id := range ids {
		idx[id] = i
	}
	out := make([][]T, len(ids))
	for i := range docs {
		order, v := of(&docs[i])
		if j, ok := idx[order]; ok {
			out[j] = append(out[j], v)
		}
	}
	return out
}

// findOne reads document id of col; coalition.ErrNotFound when missing.
func findOne[D any](ctx context.Context, col *mongo.Collection, id, what string) (D, error) {
	oid, err := bson.ObjectIDFromHex(id)
	if err != nil {
		var d D
		return d, coalition.NotFound(what, id)
	}
	return findOneBy[D](ctx, col, bson.D{{Key: "_id", Value: oid}}, what, id)
}

// findOneBy reads the one document that matches filter; a
// coalition.ErrNotFound naming what and name when there is none.
func findOneBy[D any](ctx context.Context, col *mongo.Collection, filter bson.D, what, name string) (D, error) {
	var d D
	err := col.FindOne(ctx, filter).Decode(&d)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return d, coalition.NotFound(what, name)
	}
	if err != nil {
		return d, fmt.Errorf("get %s %s: %w", what, name, err)
	}
	return d, nil
}

// replaceVersion writes doc (at version) over document id if that is still
// at version-1: a single-document conditional write.
func replaceVersion(ctx context.Context, col *mongo.Collection, id bson.ObjectID, version int, doc any, what string) error {
	res, err := col.ReplaceOne(ctx, bson.D{{Key: "_id", Value: id}, {Key: "version", Value: version - 1}}, doc)
	if err != nil {
		return fmt.Errorf("update %s %s: %w", what, id.Hex(), err)
	}
	if res.MatchedCount == 0 {
		return coalition.Conflict("%s %s changed meanwhile", what, id.Hex())
	}
	return nil
}
