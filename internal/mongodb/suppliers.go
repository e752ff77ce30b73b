package mongodb

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"github.com/itcoalition/api/internal/coalition"
)

const colSuppliers = "suppliers"

type signerDoc struct {
	Issuer string `bson:"issuer"`
	Sub    string `bson:"sub"`
	Nation string `bson:"nation"`
}

type supplierDoc struct {
	ID             bson.ObjectID `bson:"_id"`
	Name           string        `bson:"name"`
	Country        string        `bson:"country"`
	IdentifierKind string        `bson:"identifierKind"`
	Identifier     string        `bson:"identifier"`
	// Key is kind:country:identifier, unique: one company is registered once.
	Key          string    `bson:"key"`
	RegisteredBy signerDoc `bson:"registeredBy"`
	RegisteredAt time.Time `bson:"registeredAt"`
	Version      int       `bson:"version"`
}

func (d *supplierDoc) domain() coalition.Supplier {
	return coalition.Supplier{ID: d.ID.Hex(), Name: d.Name, Country: d.Country,
		IdentifierKind: coalition.SupplierIdentifierKind(d.IdentifierKind), Identifier: d.Identifier,
		RegisteredBy: coalition.Signer(d.RegisteredBy), RegisteredAt: d.RegisteredAt.UTC(), Version: d.Version}
}

var supplierKeys = []sortKey{{field: "registeredAt", desc: true, kind: keyTime}, {field: "_id", desc: true, kind: keyObjectID}}

// SupplierStore reads and writes the supplier registry.
type SupplierStore struct{ s *Store }

// Suppliers returns the store's supplier registry.
func (s *Store) Suppliers() *SupplierStore { return &SupplierStore{s} }

func (st *SupplierStore) col() *mongo.Collection { return st.s.db.Collection(colSuppliers) }

// List returns a page of the registry, newest registration first.
func (st *SupplierStore) List(ctx context.Context, page coalition.Page) (coalition.List[coalition.Supplier], error) {
	return listPage(ctx, st.col(), bson.D{}, supplierKeys, page,
		(*supplierDoc).domain, func(d *supplierDoc) []any { return []any{d.RegisteredAt, d.ID} })
}

// Get returns supplier id; coalition.ErrNotFound when there is none.
func (st *SupplierStore) Get(ctx context.Context, id string) (coalition.Supplier, error) {
	oid, err := bson.ObjectIDFromHex(id)
	if err != nil {
		return coalition.Supplier{}, coalition.NotFound("supplier", id)
	}
	return st.one(ctx, bson.D{{Key: "_id", Value: oid}}, id)
}

// ByKey returns the supplier registered under key (coalition.Supplier.Key);
// coalition.ErrNotFound when there is none.
func (st *SupplierStore) ByKey(ctx context.Context, key string) (coalition.Supplier, error) {
	return st.one(ctx, bson.D{{Key: "key", Value: key}}, key)
}

func (st *SupplierStore) one(ctx context.Context, filter bson.D, name string) (coalition.Supplier, error) {
	d, err := findOneBy[supplierDoc](ctx, st.col(), filter, "supplier", name)
	if err != nil {
		return coalition.Supplier{}, err
	}
	return d.domain(), nil
}

// Insert adds a supplier; the registry key is unique.
func (st *SupplierStore) Insert(ctx context.Context, v coalition.Supplier) error {
	id, err := objectID(v.ID)
	if err != nil {
		return err
	}
	d := supplierDoc{ID: id, Name: v.Name, Country: v.Country, IdentifierKind: string(v.IdentifierKind),
		Identifier: v.Identifier, Key: v.Key(), RegisteredBy: signerDoc(v.RegisteredBy),
		RegisteredAt: v.RegisteredAt.UTC(), Version: v.Version}
	return insertOne(ctx, st.col(), d, "supplier")
}
