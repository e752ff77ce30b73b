package coalition

import (
	"errors"
	"fmt"
)

// Code says what kind of thing went wrong, in the domain's words; graph/
// maps each code, in one table, to an extensions.code and an HTTP status.
type Code string

// Error codes.
const (
	// CodeInvalid: the input is malformed or out of range.
	CodeInvalid Code = "invalid"
	// CodeNotFound: no such thing, or one the viewer may not see.
	CodeNotFound Code = "not found"
	// CodeConflict: the current state does not allow the change.
	CodeConflict Code = "conflict"
	// CodeForbidden: the policy does not let the viewer do this.
	CodeForbidden Code = "forbidden"
)

// Error is a domain error whose message is safe to show to the caller.
type Error struct {
	Code    Code
	Message string
	// Field names the input field at fault, for CodeInvalid.
	Field string
}

func (e *Error) Error() string { return e.Message }

// Sentinels to compare with errors.Is: any *Error with the same code
// matches, except ErrBusy, which matches only itself.
var (
	ErrForbidden = &Error{Code: CodeForbidden, Message: "forbidden"}
	ErrNotFound  = &Error{Code: CodeNotFound, Message: "not found"}
	ErrConflict  = &Error{Code: CodeConflict, Message: "conflict"}
	ErrInvalid   = &Error{Code: CodeInvalid, Message: "invalid input"}
	// ErrBusy: the caller's turn did not come before its deadline, so
	// nothing was changed; trying again may succeed.
	ErrBusy = &Error{Code: CodeConflict, Message: "busy, nothing changed; try again"}
)

// Is makes errors.Is(err, ErrNotFound) true for any *Error with the same code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	if !ok {
		return false
	}
	if t == ErrBusy {
		return e == ErrBusy
	}
	return t.Code == e.Code
}

// Forbidden reports what the viewer may not do.
func Forbidden(format string, a ...any) error {
	return &Error{Code: CodeForbidden, Message: fmt.Sprintf(format, a...)}
}

// NotFound reports that a thing does not exist or is hidden from the viewer.
// The message names only what was looked for: id came from the client, and
// no answer echoes what the client sent.
func NotFound(what, _ string) error {
	return &Error{Code: CodeNotFound, Message: what + " not found"}
}

// Conflict reports a change that the current state does not allow.
func Conflict(format string, a ...any) error {
	return &Error{Code: CodeConflict, Message: fmt.Sprintf(format, a...)}
}

// Invalid reports bad input in the named field.
func Invalid(field, format string, a ...any) error {
	return &Error{Code: CodeInvalid, Field: field, Message: fmt.Sprintf("%s: %s", field, fmt.Sprintf(format, a...))}
}

// ErrorCode returns the code of err, or "" when err is not a domain error.
func ErrorCode(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
