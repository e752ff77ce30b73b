package coalition

import (
	"strings"
	"time"
)

// DeliveryStatus is where a delivery is in its life cycle: the Ministry
// records it, then a different person of the Ministry accepts or rejects it.
type DeliveryStatus string

// Delivery statuses.
const (
	DeliveryRecorded DeliveryStatus = "RECORDED"
	DeliveryAccepted DeliveryStatus = "ACCEPTED"
	DeliveryRejected DeliveryStatus = "REJECTED"
)

// DeliveryStatuses lists every delivery status.
var DeliveryStatuses = []DeliveryStatus{DeliveryRecorded, DeliveryAccepted, DeliveryRejected}

// Delivery is goods that arrived against an order, worth Value of its amount.
type Delivery struct {
	ID      string
	OrderID string
	Value   Money
	// Date is the day the goods arrived, at midnight UTC.
	Date      time.Time
	Reference string
	Status    DeliveryStatus
	// Whole marks a delivery made by confirmDelivery: the rest of the order,
	// recorded and accepted in one step by one person.
	Whole        bool
	RecordedBy   Signer
	RecordedAt   time.Time
	DecidedBy    *Signer
	DecidedAt    *time.Time
	RejectReason *string
	Version      int
}

// NewDelivery is what the Ministry records.
type NewDelivery struct {
	ID        string
	Value     Money
	Date      time.Time
	Reference string
	By        Signer
	At        time.Time
}

// ParseDeliveryDate reads a calendar day such as "2026-11-30".
func ParseDeliveryDate(s string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, Invalid("date", "must be a day like \"2026-11-30\"")
	}
	return d, nil
}

// latestDay is the newest calendar day anywhere on Earth at now (UTC+14),
// so that a delivery dated today in Kyiv after midnight is never "future".
func latestDay(now time.Time) time.Time {
	return calendarDay(now.UTC().Add(14 * time.Hour))
}

// calendarDay is the date of t in its own location, as midnight UTC.
func calendarDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// DeliveredValue sums an order's deliveries: those accepted, and those
// recorded and not yet decided. Rejected deliveries count for nothing.
func DeliveredValue(ds []Delivery) (accepted, pending Money) {
	for _, d := range ds {
		switch d.Status {
		case DeliveryAccepted:
			accepted += d.Value
		case DeliveryRecorded:
			pending += d.Value
		}
	}
	return accepted, pending
}

// deliverable reports whether an order in status s takes deliveries.
func deliverable(s OrderStatus) bool { return s == Placed || s == PartlyDelivered }

// RecordDelivery checks a delivery the Ministry records against order o,
// given the order's deliveries so far, and returns it RECORDED.
//
// Errors: CONFLICT when o is not PLACED or PARTLY_DELIVERED, when the value
// with the deliveries accepted or awaiting a decision would exceed o's
// amount, or when a delivery with the same reference is accepted or
// awaiting a decision; BAD_USER_INPUT for a non-positive value, a missing
// or future date (later than today anywhere on Earth) or an empty reference.
func RecordDelivery(o Order, ds []Delivery, in NewDelivery) (Delivery, error) {
	if !deliverable(o.Status) {
		return Delivery{}, Conflict("order %s is %s; deliveries are recorded only against PLACED or PARTLY_DELIVERED orders", o.ID, o.Status)
	}
	if in.Value <= 0 || in.Value > MaxMoney {
		return Delivery{}, Invalid("value", "must be more than zero")
	}
	if in.Date.IsZero() {
		return Delivery{}, Invalid("date", "must be the day the goods arrived")
	}
	date := calendarDay(in.Date)
	if date.After(latestDay(in.At)) {
		return Delivery{}, Invalid("date", "%s is in the future", date.Format(time.DateOnly))
	}
	ref, err := procText("reference", in.Reference, 100, false)
	if err != nil {
		return Delivery{}, err
	}
	accepted, pending := DeliveredValue(ds)
	if left := o.Amount - accepted - pending; in.Value > left {
		return Delivery{}, Conflict("order %s has %s left to deliver (%s accepted, %s awaiting a decision); a delivery of %s would exceed its amount",
			o.ID, left, accepted, pending, in.Value)
	}
	for _, d := range ds {
		if d.Status != DeliveryRejected && strings.EqualFold(d.Reference, ref) {
			return Delivery{}, Conflict("delivery %s of order %s already has reference %q", d.ID, o.ID, ref)
		}
	}
	return Delivery{ID: in.ID, OrderID: o.ID, Value: in.Value, Date: date, Reference: ref, Status: DeliveryRecorded,
		RecordedBy: in.By, RecordedAt: in.At, Version: 1}, nil
}

// findDelivery returns the index of delivery id in ds.
func findDelivery(ds []Delivery, id string) (int, error) {
	for i, d := range ds {
		if d.ID == id {
			return i, nil
		}
	}
	return 0, NotFound("delivery", id)
}

// decide checks that by may decide delivery d: it awaits a decision and by
// did not record it.
func decide(o Order, d Delivery, by Signer) error {
	if d.Status != DeliveryRecorded {
		return Conflict("delivery %s is %s; only a RECORDED delivery can be accepted or rejected", d.ID, d.Status)
	}
	if d.RecordedBy.Same(by) {
		return Forbidden("%s recorded delivery %s and cannot decide on it; another person of the Ministry must", by.Sub, d.ID)
	}
	if !deliverable(o.Status) {
		return Conflict("order %s is %s; its deliveries can no longer be decided", o.ID, o.Status)
	}
	return nil
}

// AcceptDelivery accepts delivery id of order o (ds are all o's
// deliveries) and returns the order with its delivery status brought up to
// date (ProgressOrder) and the accepted delivery.
//
// Errors: NOT_FOUND when ds has no delivery id; FORBIDDEN when by recorded
// it; CONFLICT when it is not RECORDED or o takes no deliveries.
func AcceptDelivery(o Order, ds []Delivery, id string, by Signer, at time.Time) (Order, Delivery, error) {
	i, err := findDelivery(ds, id)
	if err != nil {
		return o, Delivery{}, err
	}
	d := ds[i]
	if err := decide(o, d, by); err != nil {
		return o, Delivery{}, err
	}
	d.Status, d.DecidedBy, d.DecidedAt, d.Version = DeliveryAccepted, &by, &at, d.Version+1
	after := append([]Delivery(nil), ds...)
	after[i] = d
	return ProgressOrder(o, after, at), d, nil
}

// RejectDelivery rejects delivery d of order o with a reason; the order does
// not change, and the rejected value may be delivered again.
//
// Errors: BAD_USER_INPUT without a reason; FORBIDDEN when by recorded it;
// CONFLICT when it is not RECORDED or o takes no deliveries.
func RejectDelivery(o Order, d Delivery, reason string, by Signer, at time.Time) (Delivery, error) {
	reason, err := procText("reason", reason, 2000, true)
	if err != nil {
		return Delivery{}, err
	}
	if err := decide(o, d, by); err != nil {
		return Delivery{}, err
	}
	d.Status, d.DecidedBy, d.DecidedAt, d.RejectReason, d.Version = DeliveryRejected, &by, &at, &reason, d.Version+1
	return d, nil
}

// ProgressOrder sets a placed order's status from its deliveries ds:
// PARTLY_DELIVERED once one is accepted, DELIVERED (at at) once accepted
// deliveries reach its amount. An order in any other status, or with
// nothing accepted, comes back unchanged.
func ProgressOrder(o Order, ds []Delivery, at time.Time) Order {
	if !deliverable(o.Status) {
		return o
	}
	accepted, _ := DeliveredValue(ds)
	switch {
	case accepted >= o.Amount:
		o.Status, o.DeliveredAt = Delivered, &at
	case accepted > 0:
		o.Status = PartlyDelivered
	}
	return o
}

// ConfirmDelivery is the contract's confirmDelivery: the Ministry records
// and accepts at once a delivery of the rest of order o (its amount less
// what was accepted), dated at's day, so the order is DELIVERED. It is the
// shortcut for goods that arrive whole, taken by one person; the four-eyes
// path is RecordDelivery then AcceptDelivery, and a policy that drops the
// confirmDelivery line makes it the only one.
//
// Errors: CONFLICT when o is not PLACED or PARTLY_DELIVERED, or when a
// delivery awaits a decision (decide that one first).
func ConfirmDelivery(o Order, ds []Delivery, id string, by Signer, at time.Time) (Order, Delivery, error) {
	if !deliverable(o.Status) {
		return o, Delivery{}, Conflict("order %s is %s; only a PLACED or PARTLY_DELIVERED order can be delivered", o.ID, o.Status)
	}
	accepted, pending := DeliveredValue(ds)
	if pending > 0 {
		return o, Delivery{}, Conflict("order %s has deliveries worth %s awaiting a decision; accept or reject them first", o.ID, pending)
	}
	d := Delivery{ID: id, OrderID: o.ID, Value: o.Amount - accepted, Date: calendarDay(at.UTC()), Reference: "confirmDelivery " + id,
		Status: DeliveryAccepted, Whole: true, RecordedBy: by, RecordedAt: at, DecidedBy: &by, DecidedAt: &at, Version: 1}
	return ProgressOrder(o, append(append([]Delivery(nil), ds...), d), at), d, nil
}

// CanFulfill checks that a request whose orders are orders may be
// fulfilled: at least one is DELIVERED and none is still open
// (OpenOrderStatuses).
//
// Errors: CONFLICT saying which order is open, or that nothing was delivered.
func CanFulfill(requestID string, orders []Order) error {
	delivered := false
	for _, o := range orders {
		for _, s := range OpenOrderStatuses {
			if o.Status == s {
				return Conflict("request %s still has order %s %s; deliver or cancel it first", requestID, o.ID, o.Status)
			}
		}
		delivered = delivered || o.Status == Delivered
	}
	if !delivered {
		return Conflict("request %s has no delivered order; a request is fulfilled only when goods arrived", requestID)
	}
	return nil
}

// CanCancelOrder checks, from its deliveries ds, that order o may be
// cancelled: it is PENDING_APPROVAL, or PLACED with no delivery accepted or
// awaiting a decision. A PARTLY_DELIVERED order is not cancelled, which
// would release money already spent: amend it down to what was accepted
// (ProposeAmendment), which releases the rest and makes it DELIVERED.
//
// Errors: CONFLICT saying why, and what to do instead.
func CanCancelOrder(o Order, ds []Delivery) error {
	accepted, pending := DeliveredValue(ds)
	switch {
	case o.Status == PartlyDelivered || (o.Status == Placed && accepted > 0):
		return Conflict("order %s has deliveries worth %s accepted; amend its amount down to %s to close it instead of cancelling", o.ID, accepted, accepted)
	case o.Status == Placed && pending > 0:
		return Conflict("order %s has deliveries worth %s awaiting a decision; accept or reject them first", o.ID, pending)
	case o.Status != PendingApproval && o.Status != Placed:
		return Conflict("order %s is %s and cannot be cancelled", o.ID, o.Status)
	}
	return nil
}
