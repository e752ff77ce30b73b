package coalition

import (
	"strings"
	"testing"
	"time"
)

func TestInKindIsCountedApartAndNeverSpent(t *testing.T) {
	w := newWorld(t)
	c := Contribution{ID: "k1", NationCode: "IT", Kind: InKind, Amount: 870_00, Currency: "EUR", EurAmount: 870_00,
		Earmark: &cyber, Status: Pledged, PledgedAt: w.tick()}
	es, err := PledgeEntries(c)
	must(t, err)
	must(t, w.keep(c, es, nil))
	d, err := NewInKindDetails(c, ValuedByInvoice, "firewall licences, 3 years")
	must(t, err)
	if d.Delivery != InKindAwaited {
		t.Fatalf("delivery %s", d.Delivery)
	}
	f := w.figures(Pool(Cybersecurity))
	if f.InKind != 870_00 || f.Pledged != 0 || f.Received != 0 || f.Available != 0 {
		t.Fatalf("in-kind pledge: %+v", f)
	}
	oid, err := w.draft(Cybersecurity, 1_00)
	must(t, err)
	if err := w.approve(oid); ErrorCode(err) != CodeConflict || !strings.Contains(err.Error(), "insufficient funds") {
		t.Fatalf("an order paid with in-kind value = %v, want CONFLICT", err)
	}
	in := ReceiptInput{Amount: 1_00, Currency: "EUR", Rate: "1", RateSource: "par", EurAmount: 1_00, ValueDate: w.now, Reference: "x"}
	if _, _, err := RecordReceipt(c, nil, "r", in, alice, w.now, FXTolerance{}); ErrorCode(err) != CodeConflict {
		t.Fatalf("money received for equipment = %v, want CONFLICT", err)
	}
	tests := []struct {
		value    Money
		code     Code
		delivery InKindDelivery
		status   ContributionStatus
	}{
		{0, CodeInvalid, InKindAwaited, Pledged},
		{870_01, CodeInvalid, InKindAwaited, Pledged},
		{300_00, "", InKindPartlyDelivered, Pledged},
		{570_01, CodeInvalid, InKindPartlyDelivered, Pledged},
		{570_00, "", InKindFullyDelivered, Received},
		{1, CodeConflict, InKindFullyDelivered, Received},
	}
	for _, tt := range tests {
		nc, nd, es, err := RecordInKindDelivery(w.cons["k1"], d, tt.value, w.tick())
		if got := ErrorCode(err); got != tt.code {
			t.Fatalf("delivery of %s = %v, want code %q", tt.value, err, tt.code)
		}
		if err == nil {
			must(t, w.keep(nc, es, nil))
			d = nd
		}
		if d.Delivery != tt.delivery || w.cons["k1"].Status != tt.status {
			t.Fatalf("after %s: %s, %s; want %s, %s", tt.value, d.Delivery, w.cons["k1"].Status, tt.delivery, tt.status)
		}
	}
	f = w.figures(Pool(Cybersecurity))
	if f.InKind != 870_00 || f.InKindDelivered != 870_00 || f.Available != 0 {
		t.Fatalf("delivered: %+v", f)
	}
	if _, _, err := CancelContributionEntries(w.cons["k1"], nil, &d, w.now); ErrorCode(err) != CodeConflict {
		t.Fatalf("cancelling delivered equipment = %v", err)
	}
	w.check()
}

func TestInKindValuationAndCancellation(t *testing.T) {
	c := Contribution{ID: "k", Kind: InKind, EurAmount: 10_00, Status: Pledged, PledgedAt: t0}
	for _, tt := range []struct {
		c     Contribution
		basis ValuationBasis
		desc  string
		field string
	}{
		{c, ValuedAtMarket, "servers", ""},
		{c, ValuedByDonor, "servers", ""},
		{c, "GUESS", "servers", "valuationBasis"},
		{c, ValuedAtMarket, " ", "description"},
		{Contribution{Kind: Financial}, ValuedAtMarket, "servers", "kind"},
	} {
		_, err := NewInKindDetails(tt.c, tt.basis, tt.desc)
		if tt.field == "" && err != nil || tt.field != "" && (err == nil || err.(*Error).Field != tt.field) {
			t.Errorf("NewInKindDetails(%s, %q) = %v, want field %q", tt.basis, tt.desc, err, tt.field)
		}
	}
	d := InKindDetails{DeliveredValue: 0}
	got, es, err := CancelContributionEntries(c, nil, &d, t0.Add(time.Hour))
	must(t, err)
	if got.Status != Cancelled || len(es) != 1 || es[0].Code != EntryInKindCancel || es[0].Amount != 10_00 {
		t.Fatalf("cancelled %+v, %+v", got, es)
	}
	d.DeliveredValue = 1
	if _, _, err := CancelContributionEntries(c, nil, &d, t0); ErrorCode(err) != CodeConflict {
		t.Fatalf("cancelling partly delivered equipment = %v", err)
	}
}
