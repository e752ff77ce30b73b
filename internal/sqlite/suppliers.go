package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/cursor"
)

// SupplierStore reads and writes the supplier registry.
type SupplierStore struct{ s *Store }

// Suppliers returns the store's supplier registry.
func (s *Store) Suppliers() *SupplierStore { return &SupplierStore{s} }

const supplierCols = "id, name, country, identifier_kind, identifier, registry_key, by_issuer, by_sub, by_nation, registered_at, version"

var supplierKeys = []key{{"registered_at", cursor.Time}, {"id", cursor.ID}}

func scanSupplier(r interface{ Scan(...any) error }) (coalition.Supplier, error) {
	var v coalition.Supplier
	var key string
	var at int64
	err := r.Scan(&v.ID, &v.Name, &v.Country, &v.IdentifierKind, &v.Identifier, &key,
		&v.RegisteredBy.Issuer, &v.RegisteredBy.Sub, &v.RegisteredBy.Nation, &at, &v.Version)
	v.RegisteredAt = fromMs(at)
	return v, err
}

// List returns a page of the registry, newest registration first.
func (st *SupplierStore) List(ctx context.Context, pg coalition.Page) (coalition.List[coalition.Supplier], error) {
	l := listing{from: "suppliers", cols: supplierCols, keys: supplierKeys, desc: true}
	var out coalition.List[coalition.Supplier]
	err := st.s.snapshot(ctx, func(q querier) (err error) {
		out, err = page(ctx, q, l, pg, func(r *sql.Rows) (coalition.Supplier, []any, error) {
			v, err := scanSupplier(r)
			return v, []any{v.RegisteredAt, v.ID}, err
		})
		return err
	})
	return out, err
}

// Get returns supplier id; coalition.ErrNotFound when there is none.
func (st *SupplierStore) Get(ctx context.Context, id string) (coalition.Supplier, error) {
	nid, ok := cursor.NormID(id)
	if !ok {
		return coalition.Supplier{}, coalition.NotFound("supplier", id)
	}
	return st.one(ctx, "id", nid, id)
}

// ByKey returns the supplier registered under key (coalition.Supplier.Key);
// coalition.ErrNotFound when there is none.
func (st *SupplierStore) ByKey(ctx context.Context, key string) (coalition.Supplier, error) {
	return st.one(ctx, "registry_key", key, key)
}

func (st *SupplierStore) one(ctx context.Context, col string, val any, name string) (v coalition.Supplier, err error) {
	err = st.s.snapshot(ctx, func(q querier) error {
		v, err = scanSupplier(q.QueryRowContext(ctx, "SELECT "+supplierCols+" FROM suppliers WHERE "+col+" = ?", val))
		if errors.Is(err, sql.ErrNoRows) {
			return coalition.NotFound("supplier", name)
		}
		if err != nil {
			return fmt.Errorf("get supplier %s: %w", name, err)
		}
		return nil
	})
	return v, err
}

// Insert adds a supplier; the registry key is unique.
func (st *SupplierStore) Insert(ctx context.Context, v coalition.Supplier) error {
	id, err := rowID(v.ID)
	if err != nil {
		return err
	}
	row := []any{id, v.Name, v.Country, string(v.IdentifierKind), v.Identifier, v.Key(),
		v.RegisteredBy.Issuer, v.RegisteredBy.Sub, v.RegisteredBy.Nation, ms(v.RegisteredAt), v.Version}
	return st.s.insert(ctx, "suppliers", supplierCols, row, nil)
}
