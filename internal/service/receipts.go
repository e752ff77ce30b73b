package service

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// Receipts are kept by two people (coalition.RecordReceipt and what
// follows it): one chair records an instalment, PENDING and counting for
// nothing; a second person confirms it (confirmReceipt), and only then is
// the money received and spendable. A mistake is corrected by a reversal
// (reverseReceipt), which a second person confirms too; nothing booked is
// edited or deleted.

// SetFXTolerance sets how far a receipt's EUR amount may be from amount x
// rate (the configuration's ITC_FX_TOLERANCE).
func (s *Service) SetFXTolerance(t coalition.FXTolerance) { s.fx = t }

func personOf(ctx context.Context) coalition.PersonRef {
	p := viewer(ctx)
	return coalition.PersonRef{Issuer: p.Issuer, Sub: p.Sub}
}

// RecordReceipt records a PENDING instalment of money for contribution id:
// it counts once a second person confirms it. NOT_FOUND for a contribution
// the viewer may not see; CONFLICT unless it is a COMMITTED financial
// contribution, or for a bank reference already recorded; BAD_USER_INPUT
// for malformed input, a value date in the future or before the pledge, a
// currency other than the contribution's, an EUR amount that disagrees
// with amount x rate beyond the tolerance, or more than is outstanding.
func (s *Service) RecordReceipt(ctx context.Context, id string, in coalition.ReceiptInput) (coalition.Receipt, error) {
	var out coalition.Receipt
	m := &mutation{op: authz.RecordReceipt, turn: turnContributions, target: id}
	m.applied = func(ctx context.Context) (bool, error) {
		if out.ID == "" {
			return false, nil
		}
		return exists(s.st.Books.Receipt(ctx, out.ID))
	}
	err := s.mutate(ctx, m, func(ctx context.Context, sc authz.Scope) error {
		c, err := s.st.Contributions.Get(ctx, id, coalition.ContributionFilter{Nations: contributionScope(sc, viewer(ctx))})
		if err != nil {
			return err
		}
		m.nations = []string{c.NationCode}
		receipts, err := s.st.Books.Receipts(ctx, []string{c.ID})
		if err != nil {
			return err
		}
		r, es, err := coalition.RecordReceipt(c, receipts, s.st.NewID(), in, personOf(ctx), s.now(), s.fx)
		if err != nil {
			return err
		}
		out, m.target, m.after = r, r.ID, r
		if err := s.st.Books.PutReceipt(ctx, r); err != nil {
			return err
		}
		return s.book(ctx, nil, []string{r.ID}, func(*coalition.Books) ([]coalition.Entry, error) { return es, nil })
	})
	return out, err
}

// receiptStep is a change of receipt id by rule, which sees the books, the
// receipt's contribution and all its receipts, and returns the
// contribution and the receipt as they become and the entries to book.
// The contribution is written when it changed (its status, the EUR
// received), the receipt always, conditionally on their versions.
func (s *Service) receiptStep(ctx context.Context, op authz.Operation, id string,
	rule func(b *coalition.Books, c coalition.Contribution, rs []coalition.Receipt, m *mutation) (coalition.Contribution, coalition.Receipt, []coalition.Entry, error)) (coalition.Receipt, error) {
	var out coalition.Receipt
	m := &mutation{op: op, turn: turnContributions, target: id}
	m.applied = func(ctx context.Context) (bool, error) {
		r, err := s.st.Books.Receipt(ctx, id)
		return err == nil && out.Version != 0 && r.Version == out.Version, err
	}
	err := s.mutate(ctx, m, func(ctx context.Context, sc authz.Scope) error {
		r, err := s.st.Books.Receipt(ctx, id)
		if err != nil {
			return err
		}
		// A receipt of a contribution outside the viewer's scope is
		// missing, as the contribution is.
		c, err := s.st.Contributions.Get(ctx, r.ContributionID, coalition.ContributionFilter{Nations: contributionScope(sc, viewer(ctx))})
		if coalition.ErrorCode(err) == coalition.CodeNotFound {
			return coalition.NotFound("receipt", id)
		}
		if err != nil {
			return err
		}
		m.nations = []string{c.NationCode}
		if err := checkVersion(ctx, "receipt", id, r.Version); err != nil {
			return err
		}
		receipts, err := s.st.Books.Receipts(ctx, []string{c.ID})
		if err != nil {
			return err
		}
		b, err := s.openBooks(ctx, nil, []string{id})
		if err != nil {
			return err
		}
		c2, r2, es, err := rule(b, c, receipts, m)
		if err != nil {
			return err
		}
		out, m.before, m.after = r2, r, r2
		if len(es) > 0 {
			if err := b.Apply(s.now(), es...); err != nil {
				return err
			}
			if err := s.st.Books.Write(ctx, b); err != nil {
				return err
			}
		}
		if err := s.st.Books.PutReceipt(ctx, r2); err != nil {
			return err
		}
		if c2.Status == c.Status && sameMoney(c2.ReceivedEur, c.ReceivedEur) && sameTime(c2.ReceivedAt, c.ReceivedAt) {
			return nil
		}
		return s.st.Contributions.Transition(ctx, c.Status, c2)
	})
	return out, err
}

func sameMoney(a, b *coalition.Money) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

func sameTime(a, b *time.Time) bool { return (a == nil) == (b == nil) && (a == nil || a.Equal(*b)) }

// ConfirmReceipt confirms what waits on receipt id: the receipt itself
// when PENDING (its money then counts), else its pending reversal (its
// money then leaves the fund). FORBIDDEN for the person who recorded the
// receipt or asked for the reversal; CONFLICT when nothing waits, or when
// a reversal would leave its pool with more committed than received.
func (s *Service) ConfirmReceipt(ctx context.Context, id string) (coalition.Receipt, error) {
	return s.receiptStep(ctx, authz.ConfirmReceipt, id, func(b *coalition.Books, c coalition.Contribution, rs []coalition.Receipt, _ *mutation) (coalition.Contribution, coalition.Receipt, []coalition.Entry, error) {
		return coalition.ConfirmReceiptStep(b, c, rs, id, personOf(ctx), s.now())
	})
}

// ReverseReceipt asks, for a reason, for receipt id to be taken out of the
// books. A PENDING receipt is reversed at once (nothing of it counted); a
// CONFIRMED one keeps counting until a second person confirms the
// reversal with confirmReceipt. CONFLICT when it is already reversed or
// waits for a reversal, or when taking its money out would leave its pool
// with more committed than received; BAD_USER_INPUT without a reason.
func (s *Service) ReverseReceipt(ctx context.Context, id, reason string) (coalition.Receipt, error) {
	return s.receiptStep(ctx, authz.ReverseReceipt, id, func(b *coalition.Books, c coalition.Contribution, rs []coalition.Receipt, m *mutation) (coalition.Contribution, coalition.Receipt, []coalition.Entry, error) {
		r, es, err := coalition.ReverseReceipt(b, c, rs, id, reason, personOf(ctx), s.now())
		if err == nil {
			m.detail = r.Reversal.Reason
		}
		return c, r, es, err
	})
}

// DeclineReversal withdraws the pending reversal of receipt id: the
// receipt stays confirmed. CONFLICT when no reversal waits.
func (s *Service) DeclineReversal(ctx context.Context, id string) (coalition.Receipt, error) {
	return s.receiptStep(ctx, authz.DeclineReversal, id, func(b *coalition.Books, c coalition.Contribution, rs []coalition.Receipt, _ *mutation) (coalition.Contribution, coalition.Receipt, []coalition.Entry, error) {
		r, es, err := coalition.DeclineReversal(b, c, rs, id, s.now())
		return c, r, es, err
	})
}

// receiptScope is the nations whose receipts and allocations the viewer
// may read under op: nil for all. FORBIDDEN (and a DENIED event) when the
// policy grants nothing.
func (s *Service) receiptScope(ctx context.Context, op authz.Operation) ([]string, error) {
	sc, err := s.scope(ctx, op, "")
	if err != nil {
		return nil, err
	}
	return contributionScope(sc, viewer(ctx)), nil
}

// Receipts lists a page of the receipts the viewer may read, oldest
// recorded first: chairs all, members their own nation's.
func (s *Service) Receipts(ctx context.Context, f coalition.ReceiptFilter, args PageArgs) (coalition.List[coalition.Receipt], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.Receipt](), err
	}
	nations, err := s.receiptScope(ctx, authz.ReceiptRead)
	if err != nil {
		return none[coalition.Receipt](), err
	}
	f.Nations = narrow(nations, f.Nations)
	return s.st.Books.ListReceipts(ctx, f, pg)
}

// narrow is the nations both allowed (nil: any) and wanted (nil: any).
func narrow(allowed, want []string) []string {
	switch {
	case want == nil:
		return allowed
	case allowed == nil:
		return want
	}
	out := []string{}
	for _, n := range want {
		if slices.Contains(allowed, n) {
			out = append(out, n)
		}
	}
	return out
}

// ReceiptsOf returns the receipts of each contribution, in the order of
// ids, as far as the viewer may read them (for batched look-ups).
func (s *Service) ReceiptsOf(ctx context.Context, ids []string) ([][]coalition.Receipt, error) {
	nations, err := s.receiptScope(ctx, authz.ReceiptRead)
	if err != nil {
		return nil, err
	}
	rs, err := allPages(func(pg coalition.Page) (coalition.List[coalition.Receipt], error) {
		return s.st.Books.ListReceipts(ctx, coalition.ReceiptFilter{Nations: nations, Contributions: ids}, pg)
	})
	if err != nil {
		return nil, fmt.Errorf("receipts: %w", err)
	}
	at := make(map[string]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	out := make([][]coalition.Receipt, len(ids))
	for _, r := range rs {
		if i, ok := at[r.ContributionID]; ok {
			out[i] = append(out[i], r)
		}
	}
	return out, nil
}

// Receipt returns one receipt the viewer may read; NOT_FOUND otherwise.
func (s *Service) Receipt(ctx context.Context, id string) (coalition.Receipt, error) {
	nations, err := s.receiptScope(ctx, authz.ReceiptRead)
	if err != nil {
		return coalition.Receipt{}, err
	}
	r, err := s.st.Books.Receipt(ctx, id)
	if err != nil {
		return r, err
	}
	if nations != nil {
		_, err := s.st.Contributions.Get(ctx, r.ContributionID, coalition.ContributionFilter{Nations: nations})
		if coalition.ErrorCode(err) == coalition.CodeNotFound {
			return coalition.Receipt{}, coalition.NotFound("receipt", id)
		}
		if err != nil {
			return coalition.Receipt{}, err
		}
	}
	return r, nil
}

// Commitments returns, by contribution id, the agreements of those of
// cons that the viewer may read and that have one.
func (s *Service) Commitments(ctx context.Context, cons []coalition.Contribution) (map[string]coalition.Commitment, error) {
	out := map[string]coalition.Commitment{}
	sc := s.ask(ctx, authz.ContributionRead)
	if !sc.Granted {
		return out, nil
	}
	nations := contributionScope(sc, viewer(ctx))
	var ids []string
	for _, c := range cons {
		if nations == nil || slices.Contains(nations, c.NationCode) {
			ids = append(ids, c.ID)
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	cs, err := s.st.Books.Commitments(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("commitments: %w", err)
	}
	for _, c := range cs {
		out[c.ContributionID] = c
	}
	return out, nil
}

// ContributionsByID returns the contributions ids the viewer may read, in
// the order of ids, nil for one it may not (for batched look-ups).
func (s *Service) ContributionsByID(ctx context.Context, ids []string) ([]*coalition.Contribution, error) {
	sc := s.ask(ctx, authz.ContributionRead)
	if !sc.Granted {
		return make([]*coalition.Contribution, len(ids)), nil
	}
	return s.st.Contributions.GetMany(ctx, ids, coalition.ContributionFilter{Nations: contributionScope(sc, viewer(ctx))})
}
