package coalition

import (
	"reflect"
	"testing"
	"time"
)

func str(s string) *string { return &s }

func TestFieldName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ID", "id"},
		{"RequestID", "requestId"},
		{"EurAmount", "eurAmount"},
		{"Amount", "amount"},
		{"DraftedBy", "draftedBy"},
		{"IdentifierKind", "identifierKind"},
	}
	for _, tt := range tests {
		if got := fieldName(tt.in); got != tt.want {
			t.Errorf("fieldName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSnapshotOf(t *testing.T) {
	cyber := Cybersecurity
	placedAt := time.Date(2026, 11, 30, 12, 0, 0, 0, time.FixedZone("Kyiv", 2*3600))
	by := "luc"
	o := Order{ID: "o1", RequestID: "r1", Supplier: "s1", Amount: 1_250_000_00, Status: Placed, DraftedBy: "anna", ApprovedBy: &by,
		Area: Cybersecurity, Draws: []Draw{{Area: &cyber, Amount: 100}, {Amount: 50}}, PlacedAt: &placedAt}
	d := Delivery{ID: "d1", Value: 5, RecordedBy: olena, Status: DeliveryRecorded}
	s := Supplier{ID: "s1", RegisteredBy: annaEE}
	type nested struct {
		Note  string
		Inner struct{ Amount Money }
	}
	tests := []struct {
		name string
		v    any
		want Snapshot
	}{
		{"an order", o, Snapshot{
			{Field: "id", Value: "o1"},
			{Field: "requestId", Value: "r1"},
			{Field: "supplier", Value: "s1"},
			{Field: "amount", Value: "1250000.00", Money: true},
			{Field: "status", Value: "PLACED"},
			{Field: "draftedBy", Value: "anna"},
			{Field: "approvedBy", Value: "luc"},
			{Field: "area", Value: "CYBERSECURITY"},
			{Field: "draws", Value: "area=CYBERSECURITY amount=1.00; amount=0.50", Money: true},
			{Field: "placedAt", Value: "2026-11-30T10:00:00Z"},
			{Field: "version", Value: "0"}, // an order carries its version, as a supplier does
		}},
		{"a pointer to an order", &o, SnapshotOf(o)},
		{"a nil pointer", (*Order)(nil), nil},
		{"nil", nil, nil},
		{"not a struct", 5, nil},
		{"a signer by its String", d, Snapshot{
			{Field: "id", Value: "d1"},
			{Field: "value", Value: "0.05", Money: true},
			{Field: "status", Value: "RECORDED"},
			{Field: "whole", Value: "false"},
			{Field: "recordedBy", Value: "olena@itc (UA)"},
			{Field: "version", Value: "0"},
		}},
		{"a supplier", s, Snapshot{{Field: "id", Value: "s1"}, {Field: "registeredBy", Value: "anna@itc (EE)"}, {Field: "version", Value: "0"}}},
		{"a nested struct is flattened", nested{Note: "n", Inner: struct{ Amount Money }{7}}, Snapshot{
			{Field: "note", Value: "n"}, {Field: "inner.amount", Value: "0.07", Money: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SnapshotOf(tt.v); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SnapshotOf =\n%v\nwant\n%v", got, tt.want)
			}
		})
	}
}

func TestChanges(t *testing.T) {
	at := time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)
	pending := Order{ID: "o1", Amount: 1_000, Status: PendingApproval, DraftedBy: "anna"}
	by := "luc"
	placed := pending
	placed.Status, placed.ApprovedBy, placed.PlacedAt, placed.Draws = Placed, &by, &at, []Draw{{Amount: 1_000}}
	cancelled := pending
	cancelled.Status = OrderCancelled
	tests := []struct {
		name          string
		before, after any
		want          []FieldChange
	}{
		{"an approval", pending, placed, []FieldChange{
			{Field: "status", Before: str("PENDING_APPROVAL"), After: str("PLACED")},
			{Field: "approvedBy", After: str("luc")},
			{Field: "draws", After: str("amount=10.00"), Money: true},
			{Field: "placedAt", After: str("2026-11-30T10:00:00Z")},
		}},
		{"a creation", nil, pending, []FieldChange{
			{Field: "id", After: str("o1")},
			{Field: "amount", After: str("10.00"), Money: true},
			{Field: "status", After: str("PENDING_APPROVAL")},
			{Field: "draftedBy", After: str("anna")},
			{Field: "version", After: str("0")},
		}},
		{"a field that became unset", placed, cancelled, []FieldChange{
			{Field: "status", Before: str("PLACED"), After: str("CANCELLED")},
			{Field: "approvedBy", Before: str("luc")},
			{Field: "draws", Before: str("amount=10.00"), Money: true},
			{Field: "placedAt", Before: str("2026-11-30T10:00:00Z")},
		}},
		{"no change", pending, pending, nil},
		{"an amendment", Amendment{From: 1_000, To: 1_500, Status: AmendmentPending}, Amendment{From: 1_000, To: 1_500, Status: AmendmentApplied, Draws: []Draw{{Amount: 500}}}, []FieldChange{
			{Field: "status", Before: str("PENDING_APPROVAL"), After: str("APPLIED")},
			{Field: "draws", After: str("amount=5.00"), Money: true},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Changes(tt.before, tt.after); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Changes =\n%s\nwant\n%s", showChanges(got), showChanges(tt.want))
			}
		})
	}
}

func showChanges(cs []FieldChange) string {
	s := ""
	for _, c := range cs {
		b, a := "<unset>", "<unset>"
		if c.Before != nil {
			b = *c.Before
		}
		if c.After != nil {
			a = *c.After
		}
		s += c.Field + ": " + b + " -> " + a
		if c.Money {
			s += " (money)"
		}
		s += "\n"
	}
	return s
}

func TestRedact(t *testing.T) {
	by := "luc"
	changes := Changes(Order{ID: "o1", Supplier: "s1", Amount: 1_000, Status: PendingApproval},
		Order{ID: "o1", Supplier: "s2", Amount: 1_000, Status: Placed, ApprovedBy: &by, Draws: []Draw{{Amount: 1_000}}})
	amended := Changes(Amendment{From: 1_000, To: 1_500, Status: AmendmentPending}, Amendment{From: 1_000, To: 1_500, Status: AmendmentApplied, Draws: []Draw{{Amount: 500}}})
	// The observer of CONTRACT section 4: no amount, no supplier. Money is
	// refused by kind, so a field the policy does not name (draws) is
	// hidden too.
	observer := func(c FieldChange) bool { return !c.Money && c.Field != "supplier" }
	chair := func(FieldChange) bool { return true }
	tests := []struct {
		name    string
		changes []FieldChange
		allowed func(FieldChange) bool
		want    []string
	}{
		{"a chair sees every field", changes, chair, []string{"supplier", "status", "approvedBy", "draws"}},
		{"an observer sees no amount and no supplier", changes, observer, []string{"status", "approvedBy"}},
		{"an observer of an amendment", amended, observer, []string{"status"}},
		{"a reader of nothing", changes, func(FieldChange) bool { return false }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Redact(tt.changes, tt.allowed) {
				got = append(got, c.Field)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("fields = %v, want %v", got, tt.want)
			}
		})
	}
}

// A value that points back at itself is written to a bounded depth.
func TestSnapshotOfCycle(t *testing.T) {
	type node struct {
		Name string
		Next *node
	}
	n := &node{Name: "a"}
	n.Next = n
	got := SnapshotOf(n)
	if len(got) != maxDepth+1 || got[0] != (FieldValue{Field: "name", Value: "a"}) || got[maxDepth].Field != "next.next.next.next.name" {
		t.Errorf("SnapshotOf(cycle) = %v", got)
	}
}
