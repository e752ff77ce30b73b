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

// The ledger's collections: the same shape as SQLite's tables. Entries are
// only ever inserted, keyed by their number, so two changes that booked the
// same number cannot both land.
const (
	colLedgerAccounts = "ledger_accounts"
	colLedgerEntries  = "ledger_entries"
	colReceipts       = "receipts"
	colCommitments    = "commitments"
)

type accountDoc struct {
	ID             string `bson:"_id"` // pool/kind
	Pool           string `bson:"pool"`
	Kind           string `bson:"kind"`
	DebitsPending  int64  `bson:"debitsPending"`
	DebitsPosted   int64  `bson:"debitsPosted"`
	CreditsPending int64  `bson:"creditsPending"`
	CreditsPosted  int64  `bson:"creditsPosted"`
}

type entryDoc struct {
	ID             int64     `bson:"_id"`
	Phase          string    `bson:"phase"`
	Code           string    `bson:"code"`
	DebitPool      string    `bson:"debitPool"`
	DebitKind      string    `bson:"debitKind"`
	CreditPool     string    `bson:"creditPool"`
	CreditKind     string    `bson:"creditKind"`
	AmountCents    int64     `bson:"amountCents"`
	PendingID      int64     `bson:"pendingId"`
	ContributionID string    `bson:"contributionId"`
	ReceiptID      string    `bson:"receiptId"`
	OrderID        string    `bson:"orderId"`
	ValueDate      time.Time `bson:"valueDate"`
	BookedAt       time.Time `bson:"bookedAt"`
}

func (d entryDoc) domain() coalition.Entry {
	return coalition.Entry{ID: d.ID, Phase: coalition.Phase(d.Phase), Code: coalition.EntryCode(d.Code),
		Debit:  coalition.Account{Pool: coalition.Pool(d.DebitPool), Kind: coalition.AccountKind(d.DebitKind)},
		Credit: coalition.Account{Pool: coalition.Pool(d.CreditPool), Kind: coalition.AccountKind(d.CreditKind)},
		Amount: coalition.Money(d.AmountCents), PendingID: d.PendingID, ContributionID: d.ContributionID,
		ReceiptID: d.ReceiptID, OrderID: d.OrderID, ValueDate: d.ValueDate.UTC(), BookedAt: d.BookedAt.UTC()}
}

func entryToDoc(e coalition.Entry) entryDoc {
	return entryDoc{ID: e.ID, Phase: string(e.Phase), Code: string(e.Code), DebitPool: string(e.Debit.Pool), DebitKind: string(e.Debit.Kind),
		CreditPool: string(e.Credit.Pool), CreditKind: string(e.Credit.Kind), AmountCents: int64(e.Amount), PendingID: e.PendingID,
		ContributionID: e.ContributionID, ReceiptID: e.ReceiptID, OrderID: e.OrderID, ValueDate: e.ValueDate.UTC(), BookedAt: e.BookedAt.UTC()}
}

// BookStore keeps the ledger. MongoDB here has no transactions: a change
// writes its entries first, then the balances they change, in its turn;
// the service's Repair recomputes balances from the entries after a crash.
type BookStore struct{ s *Store }

// Books returns the store's ledger.
func (s *Store) Books() *BookStore { return &BookStore{s} }

// Balances reads every account's balance; accounts without a document are zero.
func (b *BookStore) Balances(ctx context.Context) (map[coalition.Account]coalition.Balance, error) {
	cur, err := b.s.db.Collection(colLedgerAccounts).Find(ctx, bson.D{})
	if err != nil {
		return nil, fmt.Errorf("read ledger accounts: %w", err)
	}
	var docs []accountDoc
	if err := cur.All(ctx, &docs); err != nil {
		return nil, fmt.Errorf("read ledger accounts: %w", err)
	}
	out := map[coalition.Account]coalition.Balance{}
	for _, a := range coalition.ChartOfAccounts() {
		out[a] = coalition.Balance{}
	}
	for _, d := range docs {
		out[coalition.Account{Pool: coalition.Pool(d.Pool), Kind: coalition.AccountKind(d.Kind)}] = coalition.Balance{
			DebitsPending: coalition.Money(d.DebitsPending), DebitsPosted: coalition.Money(d.DebitsPosted),
			CreditsPending: coalition.Money(d.CreditsPending), CreditsPosted: coalition.Money(d.CreditsPosted)}
	}
	return out, nil
}

// entries reads the entries matching filter in booking order, at most
// limit of them (0: all).
func (b *BookStore) entries(ctx context.Context, filter bson.D, limit int64) ([]coalition.Entry, error) {
	cur, err := b.s.db.Collection(colLedgerEntries).Find(ctx, filter, options.Find().SetSort(bson.D{{Key: "_id", Value: 1}}).SetLimit(limit))
	if err != nil {
		return nil, fmt.Errorf("read ledger entries: %w", err)
	}
	var docs []entryDoc
	if err := cur.All(ctx, &docs); err != nil {
		return nil, fmt.Errorf("read ledger entries: %w", err)
	}
	out := make([]coalition.Entry, len(docs))
	for i, d := range docs {
		out[i] = d.domain()
	}
	return out, nil
}

// Open reads the balances, the last entry number and the entries about the
// given orders and receipts.
func (b *BookStore) Open(ctx context.Context, orders, receipts []string) (*coalition.Books, error) {
	bal, err := b.Balances(ctx)
	if err != nil {
		return nil, err
	}
	var last entryDoc
	err = b.s.db.Collection(colLedgerEntries).FindOne(ctx, bson.D{}, options.FindOne().SetSort(bson.D{{Key: "_id", Value: -1}})).Decode(&last)
	if err != nil && !errors.Is(err, mongo.ErrNoDocuments) {
		return nil, fmt.Errorf("read ledger: %w", err)
	}
	var es []coalition.Entry
	if len(orders)+len(receipts) > 0 {
		or := bson.A{}
		if len(orders) > 0 {
			or = append(or, bson.D{{Key: "orderId", Value: bson.D{{Key: "$in", Value: orders}}}})
		}
		if len(receipts) > 0 {
			or = append(or, bson.D{{Key: "receiptId", Value: bson.D{{Key: "$in", Value: receipts}}}})
		}
		if es, err = b.entries(ctx, bson.D{{Key: "$or", Value: or}}, 0); err != nil {
			return nil, err
		}
	}
	return coalition.OpenBooks(last.ID, bal, es)
}

// Entries lists the entries in booking order, all or those about the
// given contributions.
func (b *BookStore) Entries(ctx context.Context, contributions []string) ([]coalition.Entry, error) {
	if contributions == nil {
		return b.entries(ctx, bson.D{}, 0)
	}
	return b.entries(ctx, bson.D{{Key: "contributionId", Value: bson.D{{Key: "$in", Value: contributions}}}}, 0)
}

// Booked reports whether any entry is booked, reading at most one.
func (b *BookStore) Booked(ctx context.Context) (bool, error) {
	err := b.s.db.Collection(colLedgerEntries).FindOne(ctx, bson.D{}, options.FindOne().SetProjection(bson.D{{Key: "_id", Value: 1}})).Err()
	if errors.Is(err, mongo.ErrNoDocuments) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read ledger: %w", err)
	}
	return true, nil
}

// Write inserts the books' new entries, then writes the changed balances.
func (b *BookStore) Write(ctx context.Context, books *coalition.Books) error {
	es := books.New()
	if len(es) > 0 {
		docs := make([]any, len(es))
		for i, e := range es {
			docs[i] = entryToDoc(e)
		}
		if _, err := b.s.db.Collection(colLedgerEntries).InsertMany(ctx, docs); err != nil {
			if mongo.IsDuplicateKeyError(err) {
				return coalition.Conflict("the books changed meanwhile; nothing was changed, try again")
			}
			return fmt.Errorf("append ledger entries: %w", err)
		}
	}
	return b.SetBalances(ctx, books.Changed())
}

// SetBalances overwrites the given balances.
func (b *BookStore) SetBalances(ctx context.Context, bal map[coalition.Account]coalition.Balance) error {
	col := b.s.db.Collection(colLedgerAccounts)
	for a, x := range bal {
		d := accountDoc{ID: a.String(), Pool: string(a.Pool), Kind: string(a.Kind), DebitsPending: int64(x.DebitsPending),
			DebitsPosted: int64(x.DebitsPosted), CreditsPending: int64(x.CreditsPending), CreditsPosted: int64(x.CreditsPosted)}
		if _, err := col.ReplaceOne(ctx, bson.D{{Key: "_id", Value: d.ID}}, d, options.Replace().SetUpsert(true)); err != nil {
			return fmt.Errorf("write balance %s: %w", a, err)
		}
	}
	return nil
}

type personRefDoc struct {
	Issuer string `bson:"iss"`
	Sub    string `bson:"sub"`
}

func personToDoc(p *coalition.PersonRef) *personRefDoc {
	if p == nil {
		return nil
	}
	return &personRefDoc{p.Issuer, p.Sub}
}

func (p *personRefDoc) domain() *coalition.PersonRef {
	if p == nil {
		return nil
	}
	return &coalition.PersonRef{Issuer: p.Issuer, Sub: p.Sub}
}

type reversalDoc struct {
	Reason      string        `bson:"reason"`
	RequestedBy personRefDoc  `bson:"requestedBy"`
	RequestedAt time.Time     `bson:"requestedAt"`
	ConfirmedBy *personRefDoc `bson:"confirmedBy,omitempty"`
	ConfirmedAt *time.Time    `bson:"confirmedAt,omitempty"`
}

type receiptDoc struct {
	ID             string        `bson:"_id"`
	ContributionID string        `bson:"contributionId"`
	AmountCents    int64         `bson:"amountCents"`
	Currency       string        `bson:"currency"`
	Rate           string        `bson:"rate"`
	RateSource     string        `bson:"rateSource"`
	EurCents       int64         `bson:"eurCents"`
	ValueDate      time.Time     `bson:"valueDate"`
	Reference      string        `bson:"reference"`
	Status         string        `bson:"status"`
	RecordedBy     personRefDoc  `bson:"recordedBy"`
	RecordedAt     time.Time     `bson:"recordedAt"`
	ConfirmedBy    *personRefDoc `bson:"confirmedBy,omitempty"`
	ConfirmedAt    *time.Time    `bson:"confirmedAt,omitempty"`
	Reversal       *reversalDoc  `bson:"reversal,omitempty"`
	Version        int           `bson:"version"`
}

func (d receiptDoc) domain() coalition.Receipt {
	r := coalition.Receipt{ID: d.ID, ContributionID: d.ContributionID, ReceiptInput: coalition.ReceiptInput{
		Amount: coalition.Money(d.AmountCents), Currency: d.Currency, Rate: d.Rate, RateSource: d.RateSource,
		EurAmount: coalition.Money(d.EurCents), ValueDate: d.ValueDate.UTC(), Reference: d.Reference},
		Status: coalition.ReceiptStatus(d.Status), RecordedBy: *d.RecordedBy.domain(), RecordedAt: d.RecordedAt.UTC(),
		ConfirmedBy: d.ConfirmedBy.domain(), ConfirmedAt: utcPtr(d.ConfirmedAt), Version: d.Version}
	if v := d.Reversal; v != nil {
		r.Reversal = &coalition.ReceiptReversal{Reason: v.Reason, RequestedBy: *v.RequestedBy.domain(), RequestedAt: v.RequestedAt.UTC(),
			ConfirmedBy: v.ConfirmedBy.domain(), ConfirmedAt: utcPtr(v.ConfirmedAt)}
	}
	return r
}

func receiptToDoc(r coalition.Receipt) receiptDoc {
	d := receiptDoc{ID: r.ID, ContributionID: r.ContributionID, AmountCents: int64(r.Amount), Currency: r.Currency, Rate: r.Rate,
		RateSource: r.RateSource, EurCents: int64(r.EurAmount), ValueDate: r.ValueDate.UTC(), Reference: r.Reference,
		Status: string(r.Status), RecordedBy: *personToDoc(&r.RecordedBy), RecordedAt: r.RecordedAt.UTC(),
		ConfirmedBy: personToDoc(r.ConfirmedBy), ConfirmedAt: utcPtr(r.ConfirmedAt), Version: r.Version}
	if v := r.Reversal; v != nil {
		d.Reversal = &reversalDoc{Reason: v.Reason, RequestedBy: *personToDoc(&v.RequestedBy), RequestedAt: v.RequestedAt.UTC(),
			ConfirmedBy: personToDoc(v.ConfirmedBy), ConfirmedAt: utcPtr(v.ConfirmedAt)}
	}
	return d
}

// Receipts lists the receipts of the given contributions, oldest first.
func (b *BookStore) Receipts(ctx context.Context, contributions []string) ([]coalition.Receipt, error) {
	cur, err := b.s.db.Collection(colReceipts).Find(ctx, bson.D{{Key: "contributionId", Value: bson.D{{Key: "$in", Value: contributions}}}},
		options.Find().SetSort(bson.D{{Key: "recordedAt", Value: 1}, {Key: "_id", Value: 1}}))
	if err != nil {
		return nil, fmt.Errorf("read receipts: %w", err)
	}
	var docs []receiptDoc
	if err := cur.All(ctx, &docs); err != nil {
		return nil, fmt.Errorf("read receipts: %w", err)
	}
	out := make([]coalition.Receipt, len(docs))
	for i, d := range docs {
		out[i] = d.domain()
	}
	return out, nil
}

// Receipt returns receipt id; coalition.ErrNotFound when missing.
func (b *BookStore) Receipt(ctx context.Context, id string) (coalition.Receipt, error) {
	d, err := findOneBy[receiptDoc](ctx, b.s.db.Collection(colReceipts), bson.D{{Key: "_id", Value: id}}, "receipt", id)
	if err != nil {
		return coalition.Receipt{}, err
	}
	return d.domain(), nil
}

// PutReceipt inserts a receipt at version 1, or replaces the one stored at
// the version before r's.
func (b *BookStore) PutReceipt(ctx context.Context, r coalition.Receipt) error {
	col := b.s.db.Collection(colReceipts)
	if r.Version <= 1 {
		return insertOne(ctx, col, receiptToDoc(r), "receipt")
	}
	res, err := col.ReplaceOne(ctx, bson.D{{Key: "_id", Value: r.ID}, {Key: "version", Value: r.Version - 1}}, receiptToDoc(r))
	if err != nil {
		return fmt.Errorf("update receipt %s: %w", r.ID, err)
	}
	if res.MatchedCount == 0 {
		return coalition.Conflict("receipt %s changed meanwhile", r.ID)
	}
	return nil
}

type commitmentDoc struct {
	ContributionID string       `bson:"_id"`
	Reference      string       `bson:"reference"`
	SignedOn       time.Time    `bson:"signedOn"`
	CommittedBy    personRefDoc `bson:"committedBy"`
	CommittedAt    time.Time    `bson:"committedAt"`
}

// PutCommitment records the agreement that committed a contribution.
func (b *BookStore) PutCommitment(ctx context.Context, c coalition.Commitment) error {
	return insertOne(ctx, b.s.db.Collection(colCommitments), commitmentDoc{c.ContributionID, c.Reference, c.SignedOn.UTC(),
		*personToDoc(&c.CommittedBy), c.CommittedAt.UTC()}, "commitment")
}

var receiptKeys = []sortKey{{field: "recordedAt", kind: keyTime}, {field: "_id", kind: keyString}}

// ListReceipts returns a page of the receipts matching f, oldest recorded
// first. A receipt names its contribution, not the nation: a nation's
// scope first finds that nation's contributions, then filters on them.
func (b *BookStore) ListReceipts(ctx context.Context, f coalition.ReceiptFilter, pg coalition.Page) (coalition.List[coalition.Receipt], error) {
	filter := bson.D{}
	if f.Nations != nil {
		ids, err := b.contributionsOf(ctx, f.Nations)
		if err != nil {
			return coalition.List[coalition.Receipt]{}, err
		}
		filter = append(filter, bson.E{Key: "contributionId", Value: bson.D{{Key: "$in", Value: ids}}})
	}
	if f.Contributions != nil {
		filter = append(filter, bson.E{Key: "contributionId", Value: bson.D{{Key: "$in", Value: f.Contributions}}})
	}
	if f.Status != nil {
		filter = append(filter, bson.E{Key: "status", Value: string(*f.Status)})
	}
	if len(filter) > 1 {
		and := bson.A{}
		for _, e := range filter {
			and = append(and, bson.D{e})
		}
		filter = bson.D{{Key: "$and", Value: and}}
	}
	return listPage(ctx, b.s.db.Collection(colReceipts), filter, receiptKeys, pg,
		func(d *receiptDoc) coalition.Receipt { return d.domain() },
		func(d *receiptDoc) []any { return []any{d.RecordedAt, d.ID} })
}

// contributionsOf lists the ids of the given nations' contributions.
func (b *BookStore) contributionsOf(ctx context.Context, nations []string) ([]string, error) {
	docs, err := findAll[struct {
		ID bson.ObjectID `bson:"_id"`
	}](ctx, b.s.db.Collection(colContributions), bson.D{{Key: "nation", Value: bson.D{{Key: "$in", Value: nations}}}}, "contributions",
		options.Find().SetProjection(bson.D{{Key: "_id", Value: 1}}))
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID.Hex()
	}
	return ids, nil
}

// Commitments returns the agreements of the given contributions, those
// that have one.
func (b *BookStore) Commitments(ctx context.Context, contributions []string) ([]coalition.Commitment, error) {
	docs, err := findAll[commitmentDoc](ctx, b.s.db.Collection(colCommitments), bson.D{{Key: "_id", Value: bson.D{{Key: "$in", Value: contributions}}}}, "commitments")
	if err != nil {
		return nil, err
	}
	out := make([]coalition.Commitment, len(docs))
	for i, d := range docs {
		out[i] = coalition.Commitment{ContributionID: d.ContributionID, Agreement: coalition.Agreement{Reference: d.Reference, SignedOn: d.SignedOn.UTC()},
			CommittedBy: *d.CommittedBy.domain(), CommittedAt: d.CommittedAt.UTC()}
	}
	return out, nil
}

const colInKind = "in_kind"

type inKindDoc struct {
	ContributionID string     `bson:"_id"`
	Basis          string     `bson:"basis"`
	Description    string     `bson:"description"`
	Delivery       string     `bson:"delivery"`
	DeliveredCents int64      `bson:"deliveredCents"`
	DeliveredAt    *time.Time `bson:"deliveredAt,omitempty"`
}

// PutInKind writes the details of an in-kind contribution, over those
// stored if any.
func (b *BookStore) PutInKind(ctx context.Context, d coalition.InKindDetails) error {
	doc := inKindDoc{ContributionID: d.ContributionID, Basis: string(d.Basis), Description: d.Description, Delivery: string(d.Delivery),
		DeliveredCents: int64(d.DeliveredValue), DeliveredAt: utcPtr(d.DeliveredAt)}
	if _, err := b.s.db.Collection(colInKind).ReplaceOne(ctx, bson.D{{Key: "_id", Value: d.ContributionID}}, doc, options.Replace().SetUpsert(true)); err != nil {
		return fmt.Errorf("write in-kind details of %s: %w", d.ContributionID, err)
	}
	return nil
}

// InKind returns the details of those of the given contributions that
// have them.
func (b *BookStore) InKind(ctx context.Context, contributions []string) ([]coalition.InKindDetails, error) {
	docs, err := findAll[inKindDoc](ctx, b.s.db.Collection(colInKind), bson.D{{Key: "_id", Value: bson.D{{Key: "$in", Value: contributions}}}}, "in-kind details")
	if err != nil {
		return nil, err
	}
	out := make([]coalition.InKindDetails, len(docs))
	for i, d := range docs {
		out[i] = coalition.InKindDetails{ContributionID: d.ContributionID, Basis: coalition.ValuationBasis(d.Basis), Description: d.Description,
			Delivery: coalition.InKindDelivery(d.Delivery), DeliveredValue: coalition.Money(d.DeliveredCents), DeliveredAt: utcPtr(d.DeliveredAt)}
	}
	return out, nil
}

// findAll reads every document of col that filter matches.
func findAll[D any](ctx context.Context, col *mongo.Collection, filter bson.D, what string, opts ...options.Lister[options.FindOptions]) ([]D, error) {
	cur, err := col.Find(ctx, filter, opts...)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	var docs []D
	if err := cur.All(ctx, &docs); err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	return docs, nil
}
