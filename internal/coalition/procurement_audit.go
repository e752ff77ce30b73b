package coalition

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// FieldValue is one field of an entity as the audit log writes it.
// Nested structs are flattened with dots ("recordedBy.sub" when the struct
// has no String method of its own).
type FieldValue struct {
	Field string
	Value string
	// Money says the value is, or holds, an amount of money.
	Money bool
}

// Snapshot is an entity's fields, in declaration order, as the audit log
// writes them. Fields that are unset (nil, empty, zero time) are left out.
type Snapshot []FieldValue

// FieldChange is one field an event changed: Before is nil for a field
// that was unset (a creation), After nil for one that became unset.
type FieldChange struct {
	Field  string
	Before *string
	After  *string
	Money  bool
}

var (
	moneyType   = reflect.TypeOf(Money(0))
	timeType    = reflect.TypeOf(time.Time{})
	stringerTyp = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
)

// SnapshotOf writes the exported fields of v, a struct or a pointer to one
// (nil gives an empty snapshot): money as "1250.00", times in RFC 3339 UTC,
// values with a String method by it, slices as their elements joined by
// "; ". Field names are the Go names in lower camel case ("requestId").
func SnapshotOf(v any) Snapshot {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return nil
	}
	var out Snapshot
	snapshotStruct(rv, "", 0, &out)
	return out
}

// maxDepth bounds how deep nested structs are flattened, so that a value
// that points back at itself cannot recurse forever.
const maxDepth = 4

func snapshotStruct(rv reflect.Value, prefix string, depth int, out *Snapshot) {
	t := rv.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := prefix + fieldName(f.Name)
		fv := rv.Field(i)
		for fv.Kind() == reflect.Pointer {
			if fv.IsNil() {
				break
			}
			fv = fv.Elem()
		}
		if fv.Kind() == reflect.Pointer {
			continue // nil: unset
		}
		if fv.Kind() == reflect.Struct && fv.Type() != timeType && !fv.Type().Implements(stringerTyp) {
			if depth < maxDepth {
				snapshotStruct(fv, name+".", depth+1, out)
			}
			continue
		}
		if s, ok := formatValue(fv); ok {
			*out = append(*out, FieldValue{Field: name, Value: s, Money: holdsMoney(fv.Type(), 0)})
		}
	}
}

// formatValue writes one value; ok is false when it is unset.
func formatValue(v reflect.Value) (string, bool) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "", false
		}
		v = v.Elem()
	}
	switch {
	case v.Type() == timeType:
		t := v.Interface().(time.Time)
		return t.UTC().Format(time.RFC3339Nano), !t.IsZero()
	case v.Type().Implements(stringerTyp):
		s := v.Interface().(fmt.Stringer).String()
		return s, s != ""
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), v.Len() > 0
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10), true
	case reflect.Slice, reflect.Array:
		var parts []string
		for i := 0; i < v.Len(); i++ {
			if s, ok := formatValue(v.Index(i)); ok {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "; "), len(parts) > 0
	case reflect.Struct:
		var parts []string
		for _, f := range SnapshotOf(v.Interface()) {
			parts = append(parts, f.Field+"="+f.Value)
		}
		return strings.Join(parts, " "), len(parts) > 0
	}
	return fmt.Sprint(v.Interface()), true
}

// holdsMoney reports whether a value of type t is or contains Money.
func holdsMoney(t reflect.Type, depth int) bool {
	if depth > maxDepth {
		return false
	}
	if t == moneyType {
		return true
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		return holdsMoney(t.Elem(), depth+1)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).IsExported() && holdsMoney(t.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}

// fieldName turns a Go field name into lower camel case: "ID" -> "id",
// "RequestID" -> "requestId", "EurAmount" -> "eurAmount".
func fieldName(s string) string {
	if s == "ID" {
		return "id"
	}
	if base, ok := strings.CutSuffix(s, "ID"); ok {
		s = base + "Id"
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// Diff lists the fields whose values differ between before and after, in
// after's order, then the fields only before had.
func Diff(before, after Snapshot) []FieldChange {
	old := map[string]FieldValue{}
	for _, f := range before {
		old[f.Field] = f
	}
	var out []FieldChange
	seen := map[string]bool{}
	for _, f := range after {
		seen[f.Field] = true
		o, had := old[f.Field]
		switch {
		case !had:
			out = append(out, FieldChange{Field: f.Field, After: &f.Value, Money: f.Money})
		case o.Value != f.Value:
			out = append(out, FieldChange{Field: f.Field, Before: &o.Value, After: &f.Value, Money: f.Money || o.Money})
		}
	}
	for _, o := range before {
		if !seen[o.Field] {
			out = append(out, FieldChange{Field: o.Field, Before: &o.Value, Money: o.Money})
		}
	}
	return out
}

// Changes lists the fields changed from before to after, two values of one
// entity (nil before for a creation, nil after for a removal).
func Changes(before, after any) []FieldChange {
	return Diff(SnapshotOf(before), SnapshotOf(after))
}

// Redact keeps the changes a reader may read: allowed decides for each one
// (by its Field, and its Money flag so that a reader who may not read
// amounts sees none, in whatever field they sit).
func Redact(changes []FieldChange, allowed func(FieldChange) bool) []FieldChange {
	var out []FieldChange
	for _, c := range changes {
		if allowed(c) {
			out = append(out, c)
		}
	}
	return out
}
