package service

import (
	"context"
	"fmt"
	"slices"

	"github.com/itcoalition/api/internal/coalition"
)

// BookStore keeps the ledger: every account's balance and the append-only
// entries, and the receipts and commitments the entries are about. Writes
// made with the ctx of a turn go with the change that causes them.
type BookStore interface {
	// Open reads every account's balance, the highest entry id, and the
	// entries about the given orders and receipts (resolutions included),
	// as one unit of work for the domain.
	Open(ctx context.Context, orders, receipts []string) (*coalition.Books, error)
	// Balances reads every account's balance.
	Balances(ctx context.Context) (map[coalition.Account]coalition.Balance, error)
	// Entries lists the entries in the order they were booked; with
	// contributions given, only those about them.
	Entries(ctx context.Context, contributions []string) ([]coalition.Entry, error)
	// Booked reports whether any entry is booked, reading at most one.
	Booked(ctx context.Context) (bool, error)
	// Write appends b.New() and writes b.Changed(); a coalition.ErrConflict
	// when another change booked entries since b was opened.
	Write(ctx context.Context, b *coalition.Books) error
	// SetBalances overwrites balances (repair after an interrupted change,
	// where a store has no transactions).
	SetBalances(ctx context.Context, bal map[coalition.Account]coalition.Balance) error
	// Receipts lists the receipts of the given contributions, oldest first.
	Receipts(ctx context.Context, contributions []string) ([]coalition.Receipt, error)
	// ListReceipts lists a page of the receipts matching f, oldest
	// recorded first (recorded at, then id).
	ListReceipts(ctx context.Context, f coalition.ReceiptFilter, pg coalition.Page) (coalition.List[coalition.Receipt], error)
	// Receipt returns one receipt; coalition.ErrNotFound when missing.
	Receipt(ctx context.Context, id string) (coalition.Receipt, error)
	// PutReceipt inserts r (version 1) or replaces the stored receipt whose
	// version is r.Version-1; a coalition.ErrConflict when it changed.
	PutReceipt(ctx context.Context, r coalition.Receipt) error
	// PutCommitment records the agreement that committed a contribution.
	PutCommitment(ctx context.Context, c coalition.Commitment) error
	// Commitments returns the agreements of the given contributions, for
	// those that have one, in no particular order.
	Commitments(ctx context.Context, contributions []string) ([]coalition.Commitment, error)
	// PutInKind writes the details of an in-kind contribution, over those
	// stored if any; InKind returns those of the given contributions that
	// have them, in no particular order.
	PutInKind(ctx context.Context, d coalition.InKindDetails) error
	InKind(ctx context.Context, contributions []string) ([]coalition.InKindDetails, error)
}

// openBooks opens the books about the given orders and receipts, in the
// turn of ctx.
func (s *Service) openBooks(ctx context.Context, orders, receipts []string) (*coalition.Books, error) {
	b, err := s.st.Books.Open(ctx, orders, receipts)
	if err != nil {
		return nil, fmt.Errorf("open books: %w", err)
	}
	return b, nil
}

// book opens the books about the given orders and receipts, applies the
// entries that entries returns, and writes them with their balances, in
// the turn of ctx: all of them or, on any error, none.
func (s *Service) book(ctx context.Context, orders, receipts []string, entries func(b *coalition.Books) ([]coalition.Entry, error)) error {
	b, err := s.openBooks(ctx, orders, receipts)
	if err != nil {
		return err
	}
	es, err := entries(b)
	if err != nil {
		return err
	}
	if len(es) == 0 {
		return nil
	}
	if err := b.Apply(s.now(), es...); err != nil {
		return err
	}
	return s.st.Books.Write(ctx, b)
}

// PostOrderDraw commits amount of money to placed order o, from its area's
// available money first, then from unearmarked money, and returns the
// draws it made (for an increase, the increase's). It must run inside the
// procurement turn of the change that causes it; CONFLICT when the money
// is not there, and nothing is booked.
func (s *Service) PostOrderDraw(ctx context.Context, o coalition.Order, amount coalition.Money) ([]coalition.Draw, error) {
	var draws []coalition.Draw
	err := s.book(ctx, []string{o.ID}, nil, func(b *coalition.Books) ([]coalition.Entry, error) {
		var es []coalition.Entry
		var err error
		if len(coalition.OrderDraws(b, o.ID)) == 0 && amount == o.Amount {
			es, draws, err = coalition.ApproveOrderEntries(b, o, s.now())
		} else {
			es, draws, err = coalition.IncreaseOrderEntries(b, o, amount, s.now())
		}
		return es, err
	})
	return draws, err
}

// ReleaseOrderMoney releases amount of what order id committed
// (unearmarked money first), or, with amount 0, everything it holds and
// its pending draw. It must run inside the procurement turn of the change
// that causes it.
func (s *Service) ReleaseOrderMoney(ctx context.Context, id string, amount coalition.Money) error {
	return s.book(ctx, []string{id}, nil, func(b *coalition.Books) ([]coalition.Entry, error) {
		if amount == 0 {
			return coalition.CancelOrderEntries(b, id, s.now()), nil
		}
		return coalition.DecreaseOrderEntries(b, id, amount, s.now())
	})
}

// openingBooks opens the ledger of a coalition kept before it (or seeded
// without it): when no entry is booked yet and contributions or orders
// exist, it books their opening balances and stores the receipts they
// imply. It runs at start, in the procurement turn.
func (s *Service) openingBooks(ctx context.Context) error {
	return s.openingBooksIn(ctx)
}

// OpenBooks books the opening balances of a coalition kept before the
// ledger (and of a freshly seeded demo) when nothing is booked yet. Repair
// does it too; a store whose changes are atomic needs no repair, but its
// books must still be opened once.
func (s *Service) OpenBooks(ctx context.Context) error {
	return s.st.Tx.Atomically(ctx, turnProcurement, s.openingBooks)
}

func (s *Service) openingBooksIn(ctx context.Context) error {
	booked, err := s.st.Books.Booked(ctx)
	if err != nil || booked {
		return err
	}
	cons, err := allPages(func(pg coalition.Page) (coalition.List[coalition.Contribution], error) {
		return s.st.Contributions.List(ctx, coalition.ContributionFilter{}, pg)
	})
	if err != nil {
		return fmt.Errorf("opening books: %w", err)
	}
	orders, err := allPages(func(pg coalition.Page) (coalition.List[coalition.Order], error) {
		return s.st.Orders.List(ctx, coalition.OrderFilter{}, pg)
	})
	if err != nil {
		return fmt.Errorf("opening books: %w", err)
	}
	if len(cons)+len(orders) == 0 {
		return nil
	}
	b, receipts, err := coalition.OpeningBooks(cons, orders, OpeningIssuer, s.now())
	if err != nil {
		return fmt.Errorf("opening books: %w", err)
	}
	if err := s.st.Books.Write(ctx, b); err != nil {
		return fmt.Errorf("opening books: %w", err)
	}
	for _, r := range receipts {
		if err := s.st.Books.PutReceipt(ctx, r); err != nil {
			return fmt.Errorf("opening books: %w", err)
		}
	}
	s.log.InfoContext(ctx, "opened the books", "entries", len(b.New()), "receipts", len(receipts))
	return nil
}

// OpeningIssuer is the issuer named on what opening balances record.
const OpeningIssuer = "itc"

// allPages reads every page of a list.
func allPages[T any](list func(coalition.Page) (coalition.List[T], error)) ([]T, error) {
	var out []T
	for after := ""; ; {
		l, err := list(coalition.Page{First: coalition.MaxFirst, After: after, SkipCount: true})
		if err != nil {
			return nil, err
		}
		out = append(out, l.Items...)
		if !l.HasNext || len(l.Items) == 0 {
			return out, nil
		}
		after = l.Cursors[len(l.Cursors)-1]
	}
}

// VerifyBooks recomputes every balance from the entries, in one turn so
// that no change lands between the two reads, and returns each difference
// and each broken rule; none means the books are right.
func (s *Service) VerifyBooks(ctx context.Context) ([]coalition.Discrepancy, error) {
	var out []coalition.Discrepancy
	err := s.st.Tx.Atomically(ctx, turnProcurement, func(ctx context.Context) error {
		bal, err := s.st.Books.Balances(ctx)
		if err != nil {
			return err
		}
		es, err := s.st.Books.Entries(ctx, nil)
		if err != nil {
			return err
		}
		out = coalition.Verify(bal, es)
		return nil
	})
	return out, err
}

// BookExisting books contributions and orders written beside the ledger
// (a bulk load, as the benchmark does) as opening balances would, after
// the entries already booked, and stores the receipts they imply. The
// entries are checked together in memory first, then written in batches
// of bookingBatch, one transaction each, so that no transaction outlives
// the store's bound on a large load: a load cut short leaves a prefix of
// the entries booked, in balance.
func (s *Service) BookExisting(ctx context.Context, cons []coalition.Contribution, orders []coalition.Order) error {
	ob, receipts, err := coalition.OpeningBooks(cons, orders, OpeningIssuer, s.now())
	if err != nil {
		return err
	}
	// Opening books hold no resolution of a pending entry, so the entries
	// can be renumbered after the stored ones as they are.
	es := ob.Entries()
	for i := range es {
		es[i].ID = 0
	}
	for chunk := range slices.Chunk(es, bookingBatch) {
		if err := s.st.Tx.Atomically(ctx, turnProcurement, func(ctx context.Context) error {
			return s.book(ctx, nil, nil, func(*coalition.Books) ([]coalition.Entry, error) { return chunk, nil })
		}); err != nil {
			return err
		}
	}
	for chunk := range slices.Chunk(receipts, bookingBatch) {
		if err := s.st.Tx.Atomically(ctx, turnProcurement, func(ctx context.Context) error {
			for _, r := range chunk {
				if err := s.st.Books.PutReceipt(ctx, r); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// bookingBatch is how many entries or receipts BookExisting writes per
// transaction.
const bookingBatch = 5000
