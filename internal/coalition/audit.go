package coalition

import (
	"strings"
)

// Valid reports whether o is one of the audit outcomes.
func (o AuditOutcome) Valid() bool {
	return o == OutcomeOK || o == OutcomeDenied || o == OutcomeFailed
}

// Check refuses a filter no event could match for a reason the reader
// should hear about: a time range that ends before it starts, an unknown
// outcome, an empty actor or target type.
func (f AuditFilter) Check() error {
	if f.From != nil && f.To != nil && f.To.Before(*f.From) {
		return Invalid("to", "is before from")
	}
	if f.Outcome != nil && !f.Outcome.Valid() {
		return Invalid("outcome", "must be OK, DENIED or FAILED")
	}
	if f.ActorIssuer != nil && f.ActorSub == nil {
		return Invalid("actorIssuer", "names a person only with actorSub")
	}
	for name, v := range map[string]*string{"actorSub": f.ActorSub, "actorIssuer": f.ActorIssuer, "actorNation": f.ActorNation, "targetType": f.TargetType} {
		if v != nil && strings.TrimSpace(*v) == "" {
			return Invalid(name, "must not be empty")
		}
	}
	return nil
}

// TargetRow is the nation and the status of an entity (a snapshot's
// "nationCode" or "nation", and "status"), which row scopes decide on.
func TargetRow(v any) (nation, status string) {
	for _, f := range SnapshotOf(v) {
		switch f.Field {
		case "nationCode", "nation":
			nation = f.Value
		case "status":
			status = f.Value
		}
	}
	return nation, status
}

// ReasonOf is the reason a change gave: the new value of a field named
// reason or ending in Reason ("rejectReason", "suspendedReason",
// "reversal.reason"), or "".
func ReasonOf(changes []FieldChange) string {
	for _, c := range changes {
		last := c.Field[strings.LastIndex(c.Field, ".")+1:]
		if c.After != nil && (last == "reason" || strings.HasSuffix(last, "Reason")) {
			return *c.After
		}
	}
	return ""
}

// Describe is an event's detail for changes as a reader sees them: the
// reason when one was given, otherwise which fields were set or changed.
// hidden says that some changes were withheld from the reader.
func Describe(changes []FieldChange, reason string, hidden bool) string {
	if reason != "" {
		return reason
	}
	if len(changes) == 0 {
		if hidden {
			return "changed fields this role may not read"
		}
		return "no field changed"
	}
	created := true
	names := make([]string, len(changes))
	for i, c := range changes {
		names[i] = c.Field
		if c.Before != nil {
			created = false
		}
	}
	verb := "changed "
	if created {
		verb = "set "
	}
	return verb + strings.Join(names, ", ")
}

// WithholdAmounts replaces every amount of money in text ("1250.00") with
// Withheld, for a reader who may not read the amounts of what the text is
// about (an error's message in a failed event's detail).
func WithholdAmounts(text string) string {
	return amountInText.ReplaceAllString(text, Withheld)
}
