package graph

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/itcoalition/api/internal/coalition"
)

// Codes of CONTRACT section 7, the only values of extensions.code.
const (
	CodeUnauthenticated  = "UNAUTHENTICATED"
	CodeForbidden        = "FORBIDDEN"
	CodeNotFound         = "NOT_FOUND"
	CodeBadUserInput     = "BAD_USER_INPUT"
	CodeConflict         = "CONFLICT"
	CodeParseFailed      = "GRAPHQL_PARSE_FAILED"
	CodeValidationFailed = "GRAPHQL_VALIDATION_FAILED"
	CodeTooComplex       = "QUERY_TOO_COMPLEX"
	CodeInternal         = "INTERNAL_SERVER_ERROR"
)

// domainErrors is the one table from a domain error's code to what clients
// see: its extensions.code, and the HTTP status when the error refuses a
// whole request before GraphQL runs (the HTTP guard uses it too).
var domainErrors = map[coalition.Code]struct {
	code   string
	status int
}{
	coalition.CodeInvalid:   {CodeBadUserInput, http.StatusBadRequest},
	coalition.CodeNotFound:  {CodeNotFound, http.StatusNotFound},
	coalition.CodeConflict:  {CodeConflict, http.StatusConflict},
	coalition.CodeForbidden: {CodeForbidden, http.StatusForbidden},
}

// ErrorCode returns the extensions.code and HTTP status of a domain error;
// ok is false for any other error, which callers log and show as internal.
func ErrorCode(err error) (code string, status int, ok bool) {
	e, ok := domainErrors[coalition.ErrorCode(err)]
	return e.code, e.status, ok
}

var knownCodes = map[string]bool{
	CodeUnauthenticated: true, CodeForbidden: true, CodeNotFound: true, CodeBadUserInput: true,
	CodeConflict: true, CodeParseFailed: true, CodeValidationFailed: true, CodeTooComplex: true, CodeInternal: true,
}

// internalMessage is all a client learns of an unexpected error.
const internalMessage = "internal server error"

// presentError is the one place errors become extensions.code. Domain
// errors keep their (safe) message; gqlgen's parse and validation errors
// keep theirs; anything else is logged in full and shown as a plain
// INTERNAL_SERVER_ERROR.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gqlErr *gqlerror.Error
		isGQL := errors.As(err, &gqlErr)
		path := graphql.GetPath(ctx)
		if isGQL && gqlErr.Path != nil {
			path = gqlErr.Path
		}
		var de *coalition.Error
		if code, _, ok := ErrorCode(err); ok && errors.As(err, &de) {
			ext := map[string]any{"code": code}
			if de.Field != "" {
				ext["field"] = de.Field
			}
			out := &gqlerror.Error{Message: de.Message, Path: path, Extensions: ext}
			if isGQL {
				out.Locations = gqlErr.Locations
			}
			return out
		}
		if isGQL && gqlErr.Unwrap() == nil {
			code, _ := gqlErr.Extensions["code"].(string)
			switch {
			case knownCodes[code]:
				return gqlErr
			case code == "" && gqlErr.Rule != "":
				return withCode(gqlErr, CodeValidationFailed)
			case code != "":
				// gqlgen's own input codes (such as a variable of the wrong type).
				return withCode(gqlErr, CodeBadUserInput)
			}
		}
		log.ErrorContext(ctx, "internal error", "err", err, "path", path.String())
		return &gqlerror.Error{Message: internalMessage, Path: path, Extensions: map[string]any{"code": CodeInternal}}
	}
}

func withCode(e *gqlerror.Error, code string) *gqlerror.Error {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
	return e
}

// recoverPanic turns a panic in a resolver into an internal error; the
// stack goes to the log, never to the client.
func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", p, "path", graphql.GetPath(ctx).String(), "stack", string(debug.Stack()))
		return errors.New("panic") // presented as INTERNAL_SERVER_ERROR
	}
}
