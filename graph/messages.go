package graph

import (
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// ruleMessages say what each validation rule refuses, in words of our
// own: gqlparser's messages quote the names and values the client sent (an
// enum value from a variable may be any text). The error's locations, or
// for a variable its path, point at the place.
var ruleMessages = map[string]string{
	"FieldsOnCorrectType":          "a selected field is not defined on its type",
	"FragmentsOnCompositeTypes":    "a fragment's type condition is not an object, interface or union type",
	"KnownArgumentNames":           "an argument is not defined on its field or directive",
	"KnownDirectives":              "a directive is not defined, or not allowed where it is used",
	"KnownFragmentNames":           "a fragment spread names no fragment of the document",
	"KnownRootType":                "the schema has no root type for this kind of operation",
	"KnownTypeNames":               "a type is not defined in the schema",
	"LoneAnonymousOperation":       "an operation without a name must be the only operation of the document",
	"MaxIntrospectionDepth":        "introspection nests too deep",
	"NoFragmentCycles":             "fragments spread each other in a cycle",
	"NoUndefinedVariables":         "a variable is used but its operation does not define it",
	"NoUnusedFragments":            "a fragment is defined but never spread",
	"NoUnusedVariables":            "a variable is defined but never used",
	"OverlappingFieldsCanBeMerged": "selections with one response name ask for different fields, arguments or types; give them different aliases",
	"PossibleFragmentSpreads":      "a fragment can never apply to the type it is spread in",
	"ProvidedRequiredArguments":    "a required argument is missing",
	"ScalarLeafs":                  "a field of a scalar or enum type has a selection, or a field of an object type has none",
	"SingleFieldSubscriptions":     "a subscription must select exactly one root field",
	"UniqueArgumentNames":          "an argument is given twice",
	"UniqueDirectivesPerLocation":  "a directive is repeated at one place",
	"UniqueFragmentNames":          "two fragments have the same name",
	"UniqueInputFieldNames":        "an input object gives a field twice",
	"UniqueOperationNames":         "two operations have the same name",
	"UniqueVariableNames":          "two variables have the same name",
	"ValuesOfCorrectType":          "a value does not fit its type: an enum value that does not exist, a value of the wrong kind, or an input field missing or unknown",
	"VariablesAreInputTypes":       "a variable's type is not an input type",
	"VariablesInAllowedPosition":   "a variable's type does not fit where it is used",
}

// withoutEcho gives a parse or validation error a message that quotes
// nothing the client sent, so that no response reflects a request.
func withoutEcho(e *gqlerror.Error) {
	code, _ := e.Extensions["code"].(string)
	switch {
	case code == CodeParseFailed:
		e.Message = "the query is not valid GraphQL syntax; see the error's locations"
	case code != CodeValidationFailed:
	case e.Rule != "":
		msg, ok := ruleMessages[strings.TrimSuffix(e.Rule, "WithoutSuggestions")]
		if !ok {
			msg = "the query is not valid against the schema"
		}
		e.Message = msg + "; see the error's locations"
	case len(e.Path) > 0 && e.Path[0] == ast.PathName("variable"):
		e.Message = "a variable's value does not fit its declared type; the error's path names the variable"
	case strings.HasPrefix(e.Message, "operation ") && strings.HasSuffix(e.Message, " not found"):
		e.Message = "operationName names no operation of the document, or the document holds several operations and no operationName"
	case e.Message == "no operation provided":
	default:
		e.Message = "the query is not valid against the schema"
	}
}
