package coalition

import (
	"testing"
	"time"
)

func delivery(id string, value Money, s DeliveryStatus, by Signer) Delivery {
	return Delivery{ID: id, OrderID: "o1", Value: value, Reference: "DN-" + id, Status: s, RecordedBy: by, Version: 1}
}

func TestParseDeliveryDate(t *testing.T) {
	tests := []struct {
		in       string
		want     time.Time
		wantCode Code
	}{
		{"2026-11-30", time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), ""},
		{"2026-02-30", time.Time{}, CodeInvalid},
		{"30.11.2026", time.Time{}, CodeInvalid},
		{"2026-11-30T10:00:00Z", time.Time{}, CodeInvalid},
		{"", time.Time{}, CodeInvalid},
	}
	for _, tt := range tests {
		got, err := ParseDeliveryDate(tt.in)
		if ErrorCode(err) != tt.wantCode || !got.Equal(tt.want) {
			t.Errorf("ParseDeliveryDate(%q) = %v, %v; want %v, code %q", tt.in, got, err, tt.want, tt.wantCode)
		}
	}
}

func TestRecordDelivery(t *testing.T) {
	placed := Order{ID: "o1", Amount: 1_000, Status: Placed}
	partly := Order{ID: "o1", Amount: 1_000, Status: PartlyDelivered}
	in := NewDelivery{ID: "d9", Value: 400, Date: time.Date(2026, 11, 29, 15, 0, 0, 0, time.UTC), Reference: " DN-9 ", By: olena, At: procNow}
	with := func(f func(*NewDelivery)) NewDelivery { d := in; f(&d); return d }
	kyiv := time.FixedZone("Kyiv", 2*3600)
	tests := []struct {
		name      string
		order     Order
		ds        []Delivery
		in        NewDelivery
		wantCode  Code
		wantField string
	}{
		{"against a placed order", placed, nil, in, "", ""},
		{"against a partly delivered order", partly, []Delivery{delivery("d1", 600, DeliveryAccepted, olena)}, in, "", ""},
		{"the rest exactly", placed, []Delivery{delivery("d1", 300, DeliveryAccepted, olena), delivery("d2", 300, DeliveryRecorded, olena)}, in, "", ""},
		{"above the rest with one awaiting", placed, []Delivery{delivery("d1", 300, DeliveryAccepted, olena), delivery("d2", 301, DeliveryRecorded, olena)}, in, CodeConflict, ""},
		{"above the amount", placed, nil, with(func(d *NewDelivery) { d.Value = 1_001 }), CodeConflict, ""},
		{"a rejected delivery leaves room", placed, []Delivery{delivery("d1", 1_000, DeliveryRejected, olena)}, with(func(d *NewDelivery) { d.Value = 1_000 }), "", ""},
		{"a rejected reference may come again", placed, []Delivery{delivery("9", 100, DeliveryRejected, olena)}, in, "", ""},
		{"a reference recorded twice", placed, []Delivery{delivery("9", 100, DeliveryRecorded, olena)}, with(func(d *NewDelivery) { d.Reference = "dn-9" }), CodeConflict, ""},
		{"a reference accepted already", placed, []Delivery{delivery("9", 100, DeliveryAccepted, olena)}, in, CodeConflict, ""},
		{"against a pending order", Order{ID: "o1", Amount: 1_000, Status: PendingApproval}, nil, in, CodeConflict, ""},
		{"against a delivered order", Order{ID: "o1", Amount: 1_000, Status: Delivered}, nil, in, CodeConflict, ""},
		{"against a cancelled order", Order{ID: "o1", Amount: 1_000, Status: OrderCancelled}, nil, in, CodeConflict, ""},
		{"zero value", placed, nil, with(func(d *NewDelivery) { d.Value = 0 }), CodeInvalid, "value"},
		{"negative value", placed, nil, with(func(d *NewDelivery) { d.Value = -5 }), CodeInvalid, "value"},
		{"no date", placed, nil, with(func(d *NewDelivery) { d.Date = time.Time{} }), CodeInvalid, "date"},
		{"tomorrow", placed, nil, with(func(d *NewDelivery) { d.Date = time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC) }), CodeInvalid, "date"},
		{"today in Kyiv before UTC's midnight", placed, nil, with(func(d *NewDelivery) {
			d.At = time.Date(2026, 11, 30, 22, 30, 0, 0, time.UTC) // 00:30 on 1 December in Kyiv
			d.Date = time.Date(2026, 12, 1, 0, 0, 0, 0, kyiv)
		}), "", ""},
		{"today", placed, nil, with(func(d *NewDelivery) { d.Date = procNow }), "", ""},
		{"no reference", placed, nil, with(func(d *NewDelivery) { d.Reference = "  " }), CodeInvalid, "reference"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RecordDelivery(tt.order, tt.ds, tt.in)
			wantCode(t, err, tt.wantCode, tt.wantField)
			if err != nil {
				return
			}
			y, m, d := tt.in.Date.Date()
			want := Delivery{ID: tt.in.ID, OrderID: "o1", Value: tt.in.Value, Date: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Reference: "DN-9",
				Status: DeliveryRecorded, RecordedBy: olena, RecordedAt: tt.in.At, Version: 1}
			if tt.in.Reference == "dn-9" {
				want.Reference = "dn-9"
			}
			if got.ID != want.ID || got.Value != want.Value || !got.Date.Equal(want.Date) || got.Reference != want.Reference ||
				got.Status != want.Status || got.RecordedBy != want.RecordedBy || got.Version != 1 || got.DecidedBy != nil {
				t.Errorf("delivery = %+v, want %+v", got, want)
			}
		})
	}
}

func TestAcceptDelivery(t *testing.T) {
	placed := Order{ID: "o1", Amount: 1_000, Status: Placed}
	tests := []struct {
		name       string
		order      Order
		ds         []Delivery
		id         string
		by         Signer
		wantCode   Code
		wantStatus OrderStatus
	}{
		{"part of the order", placed, []Delivery{delivery("d1", 400, DeliveryRecorded, olena)}, "d1", taras, "", PartlyDelivered},
		{"the rest of the order", Order{ID: "o1", Amount: 1_000, Status: PartlyDelivered},
			[]Delivery{delivery("d1", 600, DeliveryAccepted, olena), delivery("d2", 400, DeliveryRecorded, olena)}, "d2", taras, "", Delivered},
		{"the whole order at once", placed, []Delivery{delivery("d1", 1_000, DeliveryRecorded, olena)}, "d1", taras, "", Delivered},
		{"rejected ones do not count", placed,
			[]Delivery{delivery("d1", 600, DeliveryRejected, olena), delivery("d2", 400, DeliveryRecorded, olena)}, "d2", taras, "", PartlyDelivered},
		{"by the one who recorded it", placed, []Delivery{delivery("d1", 400, DeliveryRecorded, olena)}, "d1", olena, CodeForbidden, Placed},
		{"twice", placed, []Delivery{delivery("d1", 400, DeliveryAccepted, olena)}, "d1", taras, CodeConflict, Placed},
		{"after a rejection", placed, []Delivery{delivery("d1", 400, DeliveryRejected, olena)}, "d1", taras, CodeConflict, Placed},
		{"of a cancelled order", Order{ID: "o1", Amount: 1_000, Status: OrderCancelled}, []Delivery{delivery("d1", 400, DeliveryRecorded, olena)}, "d1", taras, CodeConflict, OrderCancelled},
		{"unknown", placed, []Delivery{delivery("d1", 400, DeliveryRecorded, olena)}, "d2", taras, CodeNotFound, Placed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := append([]Delivery(nil), tt.ds...)
			o, d, err := AcceptDelivery(tt.order, tt.ds, tt.id, tt.by, procNow)
			wantCode(t, err, tt.wantCode)
			if o.Status != tt.wantStatus {
				t.Errorf("order status = %s, want %s", o.Status, tt.wantStatus)
			}
			if (o.DeliveredAt != nil) != (tt.wantStatus == Delivered) {
				t.Errorf("deliveredAt = %v with status %s", o.DeliveredAt, o.Status)
			}
			for i := range before {
				if tt.ds[i] != before[i] {
					t.Errorf("delivery %d changed in place: %+v", i, tt.ds[i])
				}
			}
			if err != nil {
				return
			}
			if d.Status != DeliveryAccepted || d.DecidedBy == nil || *d.DecidedBy != tt.by || d.DecidedAt == nil || d.Version != 2 {
				t.Errorf("delivery = %+v, want ACCEPTED by %v at version 2", d, tt.by)
			}
		})
	}
}

func TestRejectDelivery(t *testing.T) {
	placed := Order{ID: "o1", Amount: 1_000, Status: Placed}
	recorded := delivery("d1", 400, DeliveryRecorded, olena)
	tests := []struct {
		name     string
		order    Order
		d        Delivery
		reason   string
		by       Signer
		wantCode Code
	}{
		{"with a reason", placed, recorded, " wrong model ", taras, ""},
		{"without a reason", placed, recorded, " ", taras, CodeInvalid},
		{"by the one who recorded it", placed, recorded, "wrong model", olena, CodeForbidden},
		{"an accepted one", placed, delivery("d1", 400, DeliveryAccepted, olena), "wrong model", taras, CodeConflict},
		{"a rejected one", placed, delivery("d1", 400, DeliveryRejected, olena), "wrong model", taras, CodeConflict},
		{"of a delivered order", Order{ID: "o1", Amount: 1_000, Status: Delivered}, recorded, "wrong model", taras, CodeConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RejectDelivery(tt.order, tt.d, tt.reason, tt.by, procNow)
			wantCode(t, err, tt.wantCode)
			if err != nil {
				return
			}
			if got.Status != DeliveryRejected || got.RejectReason == nil || *got.RejectReason != "wrong model" || *got.DecidedBy != tt.by || got.Version != 2 {
				t.Errorf("delivery = %+v, want REJECTED for %q by %v", got, "wrong model", tt.by)
			}
		})
	}
}

func TestProgressOrder(t *testing.T) {
	tests := []struct {
		name   string
		status OrderStatus
		ds     []Delivery
		want   OrderStatus
	}{
		{"nothing accepted", Placed, []Delivery{delivery("d1", 1_000, DeliveryRecorded, olena)}, Placed},
		{"some accepted", Placed, []Delivery{delivery("d1", 1, DeliveryAccepted, olena)}, PartlyDelivered},
		{"all accepted", PartlyDelivered, []Delivery{delivery("d1", 999, DeliveryAccepted, olena), delivery("d2", 1, DeliveryAccepted, olena)}, Delivered},
		{"a pending order is left alone", PendingApproval, []Delivery{delivery("d1", 1_000, DeliveryAccepted, olena)}, PendingApproval},
		{"a cancelled order is left alone", OrderCancelled, []Delivery{delivery("d1", 1_000, DeliveryAccepted, olena)}, OrderCancelled},
	}
	for _, tt := range tests {
		got := ProgressOrder(Order{ID: "o1", Amount: 1_000, Status: tt.status}, tt.ds, procNow)
		if got.Status != tt.want || (got.DeliveredAt != nil) != (tt.want == Delivered && tt.status != Delivered) {
			t.Errorf("%s: status %s deliveredAt %v, want %s", tt.name, got.Status, got.DeliveredAt, tt.want)
		}
	}
}

func TestConfirmDelivery(t *testing.T) {
	tests := []struct {
		name      string
		status    OrderStatus
		ds        []Delivery
		wantCode  Code
		wantValue Money
	}{
		{"a placed order whole", Placed, nil, "", 1_000},
		{"the rest of a partly delivered order", PartlyDelivered, []Delivery{delivery("d1", 600, DeliveryAccepted, olena), delivery("d2", 50, DeliveryRejected, olena)}, "", 400},
		{"while one awaits a decision", PartlyDelivered, []Delivery{delivery("d1", 600, DeliveryAccepted, olena), delivery("d2", 50, DeliveryRecorded, olena)}, CodeConflict, 0},
		{"a pending order", PendingApproval, nil, CodeConflict, 0},
		{"a delivered order", Delivered, nil, CodeConflict, 0},
		{"a cancelled order", OrderCancelled, nil, CodeConflict, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, d, err := ConfirmDelivery(Order{ID: "o1", Amount: 1_000, Status: tt.status}, tt.ds, "d9", olena, procNow)
			wantCode(t, err, tt.wantCode)
			if err != nil {
				if o.Status != tt.status {
					t.Errorf("order status = %s after a refusal, want %s", o.Status, tt.status)
				}
				return
			}
			if o.Status != Delivered || o.DeliveredAt == nil || !o.DeliveredAt.Equal(procNow) {
				t.Errorf("order = %s delivered at %v, want DELIVERED at %v", o.Status, o.DeliveredAt, procNow)
			}
			if d.Value != tt.wantValue || d.Status != DeliveryAccepted || !d.Whole || d.RecordedBy != olena || *d.DecidedBy != olena ||
				!d.Date.Equal(time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)) || d.OrderID != "o1" {
				t.Errorf("delivery = %+v, want the rest (%s) accepted whole by olena", d, tt.wantValue)
			}
		})
	}
}

func TestCanFulfill(t *testing.T) {
	o := func(s OrderStatus) Order { return Order{ID: "o-" + string(s), Status: s} }
	tests := []struct {
		name     string
		orders   []Order
		wantCode Code
		wantMsg  string
	}{
		{"one delivered", []Order{o(Delivered)}, "", ""},
		{"delivered and cancelled", []Order{o(OrderCancelled), o(Delivered)}, "", ""},
		{"no orders", nil, CodeConflict, "no delivered order"},
		{"only cancelled (drafted, approved, cancelled)", []Order{o(OrderCancelled)}, CodeConflict, "no delivered order"},
		{"one pending", []Order{o(Delivered), o(PendingApproval)}, CodeConflict, "o-PENDING_APPROVAL"},
		{"one placed", []Order{o(Delivered), o(Placed)}, CodeConflict, "o-PLACED"},
		{"one partly delivered", []Order{o(PartlyDelivered), o(Delivered)}, CodeConflict, "o-PARTLY_DELIVERED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, CanFulfill("r1", tt.orders), tt.wantCode, tt.wantMsg)
		})
	}
}

func TestCanCancelOrder(t *testing.T) {
	tests := []struct {
		name     string
		status   OrderStatus
		ds       []Delivery
		wantCode Code
		wantMsg  string
	}{
		{"pending", PendingApproval, nil, "", ""},
		{"placed, nothing delivered", Placed, nil, "", ""},
		{"placed, a delivery rejected", Placed, []Delivery{delivery("d1", 10, DeliveryRejected, olena)}, "", ""},
		{"placed, a delivery awaiting a decision", Placed, []Delivery{delivery("d1", 10, DeliveryRecorded, olena)}, CodeConflict, "awaiting a decision"},
		{"partly delivered", PartlyDelivered, []Delivery{delivery("d1", 10, DeliveryAccepted, olena)}, CodeConflict, "amend its amount down to 0.10"},
		{"delivered", Delivered, []Delivery{delivery("d1", 1_000, DeliveryAccepted, olena)}, CodeConflict, "DELIVERED and cannot be cancelled"},
		{"delivered by confirmDelivery of old", Delivered, nil, CodeConflict, "cannot be cancelled"},
		{"cancelled", OrderCancelled, nil, CodeConflict, "cannot be cancelled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, CanCancelOrder(Order{ID: "o1", Amount: 1_000, Status: tt.status}, tt.ds), tt.wantCode, tt.wantMsg)
		})
	}
}
