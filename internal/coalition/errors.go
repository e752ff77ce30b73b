package coalition

import (
	"errors"
	"fmt"
)

// Code classifies a domain error; the API maps each to one extensions.code.
type Code string

// Error codes.
const (
	CodeForbidden Code = "FORBIDDEN"
	CodeNotFound  Code = "NOT_FOUND"
	CodeInvalid   Code = "BAD_USER_INPUT"
	CodeConflict  Code = "CONFLICT"
)

// Error is a domain error whose message is safe to show to the caller.
type Error struct {
	Code    Code
	Message string
	// Field names the input field at fault, for BAD_USER_INPUT.
	Field string
}

func (e *Error) Error() string { return e.Message }

// Sentinels to compare with errors.Is.
var (
	ErrForbidden = &Error{Code: CodeForbidden, Message: "forbidden"}
	ErrNotFound  = &Error{Code: CodeNotFound, Message: "not found"}
	ErrConflict  = &Error{Code: CodeConflict, Message: "conflict"}
	ErrInvalid   = &Error{Code: CodeInvalid, Message: "invalid input"}
)

// Is makes errors.Is(err, ErrNotFound) true for any *Error with the same code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// Forbidden, NotFound, Conflict and Invalid build errors with a specific message.
func Forbidden(format string, a ...any) error {
	return &Error{Code: CodeForbidden, Message: fmt.Sprintf(format, a...)}
}

// NotFound reports that a thing does not exist or is hidden from the viewer.
func NotFound(what, id string) error {
	return &Error{Code: CodeNotFound, Message: fmt.Sprintf("%s %q not found", what, id)}
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
