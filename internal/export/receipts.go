package export

import (
	"context"
	"strconv"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

var receiptStatuses = []coalition.ReceiptStatus{coalition.ReceiptPending, coalition.ReceiptConfirmed, coalition.ReceiptReversed}

func personCell(p *coalition.PersonRef) string {
	if p == nil {
		return ""
	}
	return p.Sub
}

func reversalCell(r *coalition.Receipt, f func(v *coalition.ReceiptReversal) string) string {
	if r.Reversal == nil {
		return ""
	}
	return f(r.Reversal)
}

// receiptsCSV lists the receipts the viewer may read, as the receipts
// query does: chairs all, members their own nation's; the Ministry and
// observers get 403.
var receiptsCSV = table[coalition.Receipt, coalition.ReceiptFilter]{
	file: "receipts.csv",
	columns: []column[coalition.Receipt]{
		{name: "id", value: func(r *coalition.Receipt) string { return r.ID }},
		{name: "contribution", value: func(r *coalition.Receipt) string { return r.ContributionID }},
		{name: "amount", value: func(r *coalition.Receipt) string { return r.Amount.String() }},
		{name: "currency", value: func(r *coalition.Receipt) string { return r.Currency }},
		{name: "rate", value: func(r *coalition.Receipt) string { return r.Rate }},
		{name: "rate_source", value: func(r *coalition.Receipt) string { return r.RateSource }},
		{name: "eur_amount", value: func(r *coalition.Receipt) string { return r.EurAmount.String() }},
		{name: "value_date", value: func(r *coalition.Receipt) string { return timeCell(r.ValueDate) }},
		{name: "reference", value: func(r *coalition.Receipt) string { return r.Reference }},
		{name: "status", value: func(r *coalition.Receipt) string { return string(r.Status) }},
		{name: "recorded_by", value: func(r *coalition.Receipt) string { return r.RecordedBy.Sub }},
		{name: "recorded_at", value: func(r *coalition.Receipt) string { return timeCell(r.RecordedAt) }},
		{name: "confirmed_by", value: func(r *coalition.Receipt) string { return personCell(r.ConfirmedBy) }},
		{name: "confirmed_at", value: func(r *coalition.Receipt) string { return timePtrCell(r.ConfirmedAt) }},
		{name: "reversal_reason", value: func(r *coalition.Receipt) string {
			return reversalCell(r, func(v *coalition.ReceiptReversal) string { return v.Reason })
		}},
		{name: "reversal_requested_by", value: func(r *coalition.Receipt) string {
			return reversalCell(r, func(v *coalition.ReceiptReversal) string { return v.RequestedBy.Sub })
		}},
		{name: "reversal_confirmed_by", value: func(r *coalition.Receipt) string {
			return reversalCell(r, func(v *coalition.ReceiptReversal) string { return personCell(v.ConfirmedBy) })
		}},
		{name: "reversal_confirmed_at", value: func(r *coalition.Receipt) string {
			return reversalCell(r, func(v *coalition.ReceiptReversal) string { return timePtrCell(v.ConfirmedAt) })
		}},
		{name: "version", value: func(r *coalition.Receipt) string { return strconv.Itoa(r.Version) }},
	},
	params: map[string]param[coalition.ReceiptFilter]{
		"nation": func(v string, f *coalition.ReceiptFilter) error {
			if err := coalition.CountryCode("nation", v); err != nil {
				return err
			}
			f.Nations = []string{v}
			return nil
		},
		"status": enum("status", receiptStatuses, func(f *coalition.ReceiptFilter, v *coalition.ReceiptStatus) { f.Status = v }),
		"contribution": textParam("contribution", func(f *coalition.ReceiptFilter, v string) {
			f.Contributions = []string{v}
		}),
	},
	list: func(ctx context.Context, src Source, f coalition.ReceiptFilter, args service.PageArgs) (coalition.List[coalition.Receipt], error) {
		return src.Receipts(ctx, f, args)
	},
}
