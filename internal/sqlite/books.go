package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/cursor"
)

// BookStore keeps the ledger: ledger_accounts, ledger_entries (append-only,
// triggers refuse UPDATE and DELETE), receipts and commitments.
type BookStore struct{ s *Store }

// Books returns the store's ledger.
func (s *Store) Books() *BookStore { return &BookStore{s} }

const entryCols = "id, phase, code, debit_pool, debit_kind, credit_pool, credit_kind, amount_cents, pending_id, contribution_id, receipt_id, order_id, value_date, booked_at"

func scanEntry(r *sql.Rows) (coalition.Entry, error) {
	var e coalition.Entry
	var vd, ba int64
	err := r.Scan(&e.ID, &e.Phase, &e.Code, &e.Debit.Pool, &e.Debit.Kind, &e.Credit.Pool, &e.Credit.Kind, &e.Amount,
		&e.PendingID, &e.ContributionID, &e.ReceiptID, &e.OrderID, &vd, &ba)
	e.ValueDate, e.BookedAt = fromMs(vd), fromMs(ba)
	return e, err
}

func (b *BookStore) balances(ctx context.Context, q querier) (map[coalition.Account]coalition.Balance, error) {
	rows, err := all(ctx, q, "ledger accounts", "SELECT pool, kind, debits_pending, debits_posted, credits_pending, credits_posted FROM ledger_accounts", nil,
		func(r *sql.Rows) (struct {
			a coalition.Account
			x coalition.Balance
		}, error) {
			var v struct {
				a coalition.Account
				x coalition.Balance
			}
			return v, r.Scan(&v.a.Pool, &v.a.Kind, &v.x.DebitsPending, &v.x.DebitsPosted, &v.x.CreditsPending, &v.x.CreditsPosted)
		})
	if err != nil {
		return nil, err
	}
	out := map[coalition.Account]coalition.Balance{}
	for _, a := range coalition.ChartOfAccounts() {
		out[a] = coalition.Balance{}
	}
	for _, r := range rows {
		out[r.a] = r.x
	}
	return out, nil
}

// Balances reads every account's balance; accounts without a row are zero.
func (b *BookStore) Balances(ctx context.Context) (map[coalition.Account]coalition.Balance, error) {
	var out map[coalition.Account]coalition.Balance
	err := b.s.snapshot(ctx, func(q querier) error {
		var err error
		out, err = b.balances(ctx, q)
		return err
	})
	return out, err
}

// The ledger's look-ups by order, receipt and contribution. Each id
// column's index is partial (WHERE col <> ”), and SQLite uses a partial
// index only for a query that says the same: hence the col <> ” terms.
// TestLedgerLookupsUseIndexes checks their plans.
const (
	entryAboutOrders       = "(order_id <> '' AND order_id IN (SELECT value FROM json_each(?)))"
	entryAboutReceipts     = "(receipt_id <> '' AND receipt_id IN (SELECT value FROM json_each(?)))"
	entriesOfContributions = "SELECT " + entryCols + " FROM ledger_entries WHERE contribution_id <> '' AND contribution_id IN (SELECT value FROM json_each(?)) ORDER BY id"
)

// entriesAbout is the query of the entries about the given orders and
// receipts, and its arguments; "" when both are empty.
func entriesAbout(orders, receipts []string) (string, []any) {
	var ors []string
	var args []any
	if len(orders) > 0 {
		ors, args = append(ors, entryAboutOrders), append(args, jsonList(orders))
	}
	if len(receipts) > 0 {
		ors, args = append(ors, entryAboutReceipts), append(args, jsonList(receipts))
	}
	if len(ors) == 0 {
		return "", nil
	}
	return "SELECT " + entryCols + " FROM ledger_entries WHERE " + strings.Join(ors, " OR ") + " ORDER BY id", args
}

// Open reads the balances, the last entry id and the entries about the
// given orders and receipts, in one snapshot.
func (b *BookStore) Open(ctx context.Context, orders, receipts []string) (*coalition.Books, error) {
	var books *coalition.Books
	err := b.s.snapshot(ctx, func(q querier) error {
		bal, err := b.balances(ctx, q)
		if err != nil {
			return err
		}
		var last int64
		if err := q.QueryRowContext(ctx, "SELECT COALESCE(MAX(id), 0) FROM ledger_entries").Scan(&last); err != nil {
			return fmt.Errorf("read ledger: %w", err)
		}
		var es []coalition.Entry
		if query, args := entriesAbout(orders, receipts); query != "" {
			if es, err = all(ctx, q, "ledger entries", query, args, scanEntry); err != nil {
				return err
			}
		}
		books, err = coalition.OpenBooks(last, bal, es)
		return err
	})
	return books, err
}

// Booked reports whether any entry is booked, reading at most one.
func (b *BookStore) Booked(ctx context.Context) (bool, error) {
	var booked bool
	if err := b.s.read(ctx).QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM ledger_entries)").Scan(&booked); err != nil {
		return false, fmt.Errorf("read ledger: %w", err)
	}
	return booked, nil
}

// Entries lists the entries in booking order, all of them or those about
// the given contributions.
func (b *BookStore) Entries(ctx context.Context, contributions []string) ([]coalition.Entry, error) {
	query, args := "SELECT "+entryCols+" FROM ledger_entries ORDER BY id", []any(nil)
	if contributions != nil {
		query, args = entriesOfContributions, []any{jsonList(contributions)}
	}
	return all(ctx, b.s.read(ctx), "ledger entries", query, args, scanEntry)
}

// Write appends the books' new entries and writes their changed balances,
// in the transaction of ctx.
func (b *BookStore) Write(ctx context.Context, books *coalition.Books) error {
	return b.s.write(ctx, func(q querier) error {
		if err := appendEntries(ctx, q, books.New()); err != nil {
			return err
		}
		return setBalances(ctx, q, books.Changed())
	})
}

// appendEntries inserts entries with their numbers; a coalition.ErrConflict
// when a number is taken.
func appendEntries(ctx context.Context, q querier, es []coalition.Entry) error {
	for _, e := range es {
		if _, err := q.ExecContext(ctx, "INSERT INTO ledger_entries ("+entryCols+") VALUES (?"+strings.Repeat(", ?", 13)+")",
			e.ID, string(e.Phase), string(e.Code), string(e.Debit.Pool), string(e.Debit.Kind), string(e.Credit.Pool), string(e.Credit.Kind),
			int64(e.Amount), e.PendingID, e.ContributionID, e.ReceiptID, e.OrderID, ms(e.ValueDate), ms(e.BookedAt)); err != nil {
			if strings.Contains(err.Error(), "UNIQUE") {
				return coalition.Conflict("the books changed meanwhile; nothing was changed, try again")
			}
			return fmt.Errorf("append ledger entry %d: %w", e.ID, err)
		}
	}
	return nil
}

// SetBalances overwrites the given balances.
func (b *BookStore) SetBalances(ctx context.Context, bal map[coalition.Account]coalition.Balance) error {
	return b.s.write(ctx, func(q querier) error { return setBalances(ctx, q, bal) })
}

func setBalances(ctx context.Context, q querier, bal map[coalition.Account]coalition.Balance) error {
	for a, x := range bal {
		if _, err := q.ExecContext(ctx, `INSERT INTO ledger_accounts (pool, kind, debits_pending, debits_posted, credits_pending, credits_posted)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (pool, kind) DO UPDATE SET debits_pending = excluded.debits_pending,
			debits_posted = excluded.debits_posted, credits_pending = excluded.credits_pending, credits_posted = excluded.credits_posted`,
			string(a.Pool), string(a.Kind), int64(x.DebitsPending), int64(x.DebitsPosted), int64(x.CreditsPending), int64(x.CreditsPosted)); err != nil {
			return fmt.Errorf("write balance %s: %w", a, err)
		}
	}
	return nil
}

const receiptCols = "id, contribution_id, amount_cents, currency, rate, rate_source, eur_cents, value_date, reference, status, " +
	"recorded_by_iss, recorded_by_sub, recorded_at, confirmed_by_iss, confirmed_by_sub, confirmed_at, " +
	"reversal_reason, reversal_by_iss, reversal_by_sub, reversal_at, reversal_conf_iss, reversal_conf_sub, reversal_conf_at, version"

func personPtr(iss, sub sql.NullString) *coalition.PersonRef {
	if !sub.Valid {
		return nil
	}
	return &coalition.PersonRef{Issuer: iss.String, Sub: sub.String}
}

func nullPerson(p *coalition.PersonRef) (sql.NullString, sql.NullString) {
	if p == nil {
		return sql.NullString{}, sql.NullString{}
	}
	return sql.NullString{String: p.Issuer, Valid: true}, sql.NullString{String: p.Sub, Valid: true}
}

func scanReceipt(r interface{ Scan(...any) error }) (coalition.Receipt, error) {
	var x coalition.Receipt
	var vd, ra int64
	var ci, cs, reason, ri, rs, rci, rcs sql.NullString
	var ca, rat, rca sql.NullInt64
	if err := r.Scan(&x.ID, &x.ContributionID, &x.Amount, &x.Currency, &x.Rate, &x.RateSource, &x.EurAmount, &vd, &x.Reference, &x.Status,
		&x.RecordedBy.Issuer, &x.RecordedBy.Sub, &ra, &ci, &cs, &ca, &reason, &ri, &rs, &rat, &rci, &rcs, &rca, &x.Version); err != nil {
		return x, err
	}
	x.ValueDate, x.RecordedAt, x.ConfirmedBy, x.ConfirmedAt = fromMs(vd), fromMs(ra), personPtr(ci, cs), timePtr(ca)
	if reason.Valid {
		x.Reversal = &coalition.ReceiptReversal{Reason: reason.String, RequestedBy: *personPtr(ri, rs), RequestedAt: fromMs(rat.Int64),
			ConfirmedBy: personPtr(rci, rcs), ConfirmedAt: timePtr(rca)}
	}
	return x, nil
}

func receiptRow(x coalition.Receipt) []any {
	ci, cs := nullPerson(x.ConfirmedBy)
	var reason, ri, rs, rci, rcs sql.NullString
	var rat, rca sql.NullInt64
	if v := x.Reversal; v != nil {
		reason = sql.NullString{String: v.Reason, Valid: true}
		ri, rs = nullPerson(&v.RequestedBy)
		rat = sql.NullInt64{Int64: ms(v.RequestedAt), Valid: true}
		rci, rcs = nullPerson(v.ConfirmedBy)
		rca = msPtr(v.ConfirmedAt)
	}
	return []any{x.ID, x.ContributionID, int64(x.Amount), x.Currency, x.Rate, x.RateSource, int64(x.EurAmount), ms(x.ValueDate), x.Reference,
		string(x.Status), x.RecordedBy.Issuer, x.RecordedBy.Sub, ms(x.RecordedAt), ci, cs, msPtr(x.ConfirmedAt),
		reason, ri, rs, rat, rci, rcs, rca, x.Version}
}

// Receipts lists the receipts of the given contributions, oldest first.
func (b *BookStore) Receipts(ctx context.Context, contributions []string) ([]coalition.Receipt, error) {
	return all(ctx, b.s.read(ctx), "receipts",
		"SELECT "+receiptCols+" FROM receipts WHERE contribution_id IN (SELECT value FROM json_each(?)) ORDER BY recorded_at, id",
		[]any{jsonList(contributions)}, func(r *sql.Rows) (coalition.Receipt, error) { return scanReceipt(r) })
}

// Receipt returns receipt id; coalition.ErrNotFound when missing.
func (b *BookStore) Receipt(ctx context.Context, id string) (coalition.Receipt, error) {
	x, err := scanReceipt(b.s.read(ctx).QueryRowContext(ctx, "SELECT "+receiptCols+" FROM receipts WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return x, coalition.NotFound("receipt", id)
	}
	if err != nil {
		return x, fmt.Errorf("get receipt %s: %w", id, err)
	}
	return x, nil
}

// PutReceipt inserts a receipt at version 1, or replaces the one stored at
// the version before x's.
func (b *BookStore) PutReceipt(ctx context.Context, x coalition.Receipt) error {
	row := receiptRow(x)
	if x.Version <= 1 {
		return b.s.insert(ctx, "receipts", receiptCols, row, nil)
	}
	set := strings.Split(receiptCols, ", ")[1:]
	return b.s.write(ctx, func(q querier) error {
		res, err := q.ExecContext(ctx, "UPDATE receipts SET "+strings.Join(set, " = ?, ")+" = ? WHERE id = ? AND version = ?",
			append(row[1:len(row):len(row)], x.ID, x.Version-1)...)
		if err != nil {
			return fmt.Errorf("update receipt %s: %w", x.ID, err)
		}
		return affected(res, coalition.Conflict("receipt %s changed meanwhile", x.ID))
	})
}

// PutCommitment records the agreement that committed a contribution.
func (b *BookStore) PutCommitment(ctx context.Context, c coalition.Commitment) error {
	return b.s.insert(ctx, "commitments", "contribution_id, reference, signed_on, committed_by_iss, committed_by_sub, committed_at",
		[]any{c.ContributionID, c.Reference, ms(c.SignedOn), c.CommittedBy.Issuer, c.CommittedBy.Sub, ms(c.CommittedAt)}, nil)
}

// receiptListing lists receipts with their contribution's nation, oldest
// recorded first, so that a nation's scope filters inside the query.
func receiptListing(f coalition.ReceiptFilter) listing {
	var w where
	if f.Nations != nil {
		in(&w, "nation", f.Nations)
	}
	if f.Contributions != nil {
		in(&w, "contribution_id", f.Contributions)
	}
	if f.Status != nil {
		w.eq("status", string(*f.Status))
	}
	return listing{from: "(SELECT receipts.*, contributions.nation AS nation FROM receipts JOIN contributions ON contributions.id = receipts.contribution_id)",
		cols: receiptCols, filter: w, keys: []key{{"recorded_at", cursor.Time}, {"id", cursor.String}}}
}

// ListReceipts returns a page of the receipts matching f, oldest recorded
// first.
func (b *BookStore) ListReceipts(ctx context.Context, f coalition.ReceiptFilter, pg coalition.Page) (coalition.List[coalition.Receipt], error) {
	return page(ctx, b.s.read(ctx), receiptListing(f), pg, func(r *sql.Rows) (coalition.Receipt, []any, error) {
		x, err := scanReceipt(r)
		return x, []any{x.RecordedAt, x.ID}, err
	})
}

// Commitments returns the agreements of the given contributions, those
// that have one.
func (b *BookStore) Commitments(ctx context.Context, contributions []string) ([]coalition.Commitment, error) {
	return all(ctx, b.s.read(ctx), "commitments",
		"SELECT contribution_id, reference, signed_on, committed_by_iss, committed_by_sub, committed_at FROM commitments WHERE contribution_id IN (SELECT value FROM json_each(?))",
		[]any{jsonList(contributions)}, func(r *sql.Rows) (coalition.Commitment, error) {
			var c coalition.Commitment
			var signed, at int64
			err := r.Scan(&c.ContributionID, &c.Reference, &signed, &c.CommittedBy.Issuer, &c.CommittedBy.Sub, &at)
			c.SignedOn, c.CommittedAt = fromMs(signed), fromMs(at)
			return c, err
		})
}

const inKindCols = "contribution_id, basis, description, delivery, delivered_cents, delivered_at"

// PutInKind writes the details of an in-kind contribution, over those
// stored if any (in the turn of the change that sets them).
func (b *BookStore) PutInKind(ctx context.Context, d coalition.InKindDetails) error {
	return b.s.write(ctx, func(q querier) error {
		_, err := q.ExecContext(ctx, "INSERT INTO in_kind ("+inKindCols+") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (contribution_id) DO UPDATE SET "+
			"basis = excluded.basis, description = excluded.description, delivery = excluded.delivery, "+
			"delivered_cents = excluded.delivered_cents, delivered_at = excluded.delivered_at",
			d.ContributionID, string(d.Basis), d.Description, string(d.Delivery), int64(d.DeliveredValue), msPtr(d.DeliveredAt))
		if err != nil {
			return fmt.Errorf("write in-kind details of %s: %w", d.ContributionID, err)
		}
		return nil
	})
}

// InKind returns the details of those of the given contributions that
// have them.
func (b *BookStore) InKind(ctx context.Context, contributions []string) ([]coalition.InKindDetails, error) {
	return all(ctx, b.s.read(ctx), "in-kind details",
		"SELECT "+inKindCols+" FROM in_kind WHERE contribution_id IN (SELECT value FROM json_each(?))",
		[]any{jsonList(contributions)}, func(r *sql.Rows) (coalition.InKindDetails, error) {
			var d coalition.InKindDetails
			var at sql.NullInt64
			err := r.Scan(&d.ContributionID, &d.Basis, &d.Description, &d.Delivery, &d.DeliveredValue, &at)
			d.DeliveredAt = timePtr(at)
			return d, err
		})
}
