package graph

import "testing"

// TestScanCountsSelections checks the lexical scan against documents whose
// selections are counted by hand: each must pass at exactly its widest
// selection set and its total, and be refused one below either.
func TestScanCountsSelections(t *testing.T) {
	tests := []struct {
		name       string
		doc        string
		set, total int
	}{
		{"fields", `{ me { sub role } }`, 2, 3},
		{"alias and directive", `{ a: me @include(if: true) { s: sub @skip(if: false) } }`, 1, 2},
		{"braces in arguments are values", `mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "1", currency: "EUR", eurAmount: "1"}) { id } }`, 1, 2},
		{"variables and defaults", `query Q($a: Int = 3, $o: PledgeInput = {kind: FINANCIAL}) @dir(x: {y: [1, {z: 2}]}) { nations(first: $a) { totalCount } }`, 1, 2},
		// me 1; sub 1, two inline fragments 1 each, three fields in them 2 each.
		{"inline fragments merge into their set", `{ me { sub ... on Viewer { role nation } ... { sub } } }`, 6, 1 + 1 + 2 + 3*2},
		{"inline fragment with a directive", `{ me { ... @include(if: true) { sub } } }`, 2, 4},
		{"a field named on", `{ me { on sub } }`, 2, 3},
		{"fragment counted per operation and once alone", `query A { ...F } query B { ...F me { sub } } fragment F on Query { me { sub } }`, 2, 1 + 2 + (1 + 2 + 2) + 2},
		{"fragments reached through fragments", `{ ...F } fragment F on Query { ...G } fragment G on Query { __typename }`, 1, 1 + 1 + 1 + 1 + 1},
		{"fragment cycle counted once", `{ ...F } fragment F on Query { ...G } fragment G on Query { ...F }`, 1, 1 + 1 + 1 + 1 + 1},
		{"an operation named fragment", `query fragment { me { sub } }`, 1, 2},
		{"comments and strings", "{ me # { not { a set\n { sub(x: \"{ } ...\") } }", 1, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := Limits{ParserTokens: 1000, SelectionSet: tc.set, Selections: tc.total}
			if err := scanDocument(tc.doc, l); err != nil {
				t.Errorf("refused at set %d, total %d: %v", tc.set, tc.total, err)
			}
			narrow, small := l, l
			narrow.SelectionSet--
			small.Selections--
			if err := scanDocument(tc.doc, narrow); err == nil {
				t.Errorf("passes with a selection set of %d", narrow.SelectionSet)
			}
			if err := scanDocument(tc.doc, small); err == nil {
				t.Errorf("passes with %d selections in all", small.Selections)
			}
		})
	}
}
