package coalition

import (
	"fmt"
	"strings"
	"time"
)

// Approval is one chair's signature on an order or on an amendment.
type Approval struct {
	By Signer
	At time.Time
}

// ApprovalRule is what the policy says about approving orders. The zero
// rule asks for one approval by a person other than the drafter.
type ApprovalRule struct {
	// TwoNationsAbove, when set, is the amount above which an order needs
	// approvals from chairs of two different nations.
	TwoNationsAbove *Money
	// MaxPerApproval, when set, is the most one approval may commit: the
	// order's amount, or an amendment's increase.
	MaxPerApproval *Money
}

// Approval rule terms as a policy line may carry them (see ParseApprovalTerms).
const (
	TermTwoNationsAbove = "two-nations-above"
	TermMaxPerApproval  = "max-per-approval"
)

// ParseApprovalTerms reads an ApprovalRule from policy terms such as
// "two-nations-above:250000.00" and "max-per-approval:5000000.00"; terms of
// other kinds are left to their readers. It fails on a malformed amount or a
// term given twice with different amounts.
func ParseApprovalTerms(terms []string) (ApprovalRule, error) {
	var r ApprovalRule
	for _, t := range terms {
		kind, arg, _ := strings.Cut(t, ":")
		var dst **Money
		switch kind {
		case TermTwoNationsAbove:
			dst = &r.TwoNationsAbove
		case TermMaxPerApproval:
			dst = &r.MaxPerApproval
		default:
			continue
		}
		m, err := ParseMoney(arg)
		if err != nil {
			return ApprovalRule{}, fmt.Errorf("policy term %q: %w", t, err)
		}
		if *dst != nil && **dst != m {
			return ApprovalRule{}, fmt.Errorf("policy term %q: %s is set twice, to %s and %s", t, kind, **dst, m)
		}
		*dst = &m
	}
	return r, nil
}

// ApprovalDecision is the state of an order's (or amendment's) approvals
// after one more has been accepted.
type ApprovalDecision struct {
	// Approvals are the approvals so far, the new one last.
	Approvals []Approval
	// Complete says the order may now be placed (its money committed); when
	// false, Awaiting says in words what it still needs.
	Complete bool
	Awaiting string
}

// DecideApproval accepts approval next of an order of amount (for an
// amendment: the order's amount after it) drafted (or proposed) by
// drafter, whose approval would commit commits (the amount, or an
// amendment's increase), given the approvals so far.
//
// Up to the rule's TwoNationsAbove, one approval completes it; above it,
// approvals from two different nations do. An approval from a nation that
// has already approved is recorded, and the order still awaits another
// nation's.
//
// Errors: FORBIDDEN when next is the drafter, or when commits is above the
// rule's MaxPerApproval; CONFLICT when next has approved already (a retried
// call, not a lack of right) or when the approvals so far complete it.
func DecideApproval(rule ApprovalRule, amount, commits Money, drafter Signer, prior []Approval, next Approval) (ApprovalDecision, error) {
	if next.By.Same(drafter) {
		return ApprovalDecision{}, Forbidden("%s drafted this and cannot approve it; a second chair must", next.By.Sub)
	}
	for _, a := range prior {
		if a.By.Same(next.By) {
			return ApprovalDecision{}, Conflict("%s has already approved this; another chair must", next.By.Sub)
		}
	}
	if done, _ := approvalState(rule, amount, prior); done {
		return ApprovalDecision{}, Conflict("this is approved already")
	}
	if rule.MaxPerApproval != nil && commits > *rule.MaxPerApproval {
		return ApprovalDecision{}, Forbidden("this approval would commit %s, above the %s one approval may commit", commits, *rule.MaxPerApproval)
	}
	all := append(append([]Approval(nil), prior...), next)
	done, awaiting := approvalState(rule, amount, all)
	return ApprovalDecision{Approvals: all, Complete: done, Awaiting: awaiting}, nil
}

// approvalState says whether approvals complete an order of amount and, if
// not, what they await.
func approvalState(rule ApprovalRule, amount Money, approvals []Approval) (bool, string) {
	if len(approvals) == 0 {
		return false, "an approval by a chair other than the drafter"
	}
	if rule.TwoNationsAbove == nil || amount <= *rule.TwoNationsAbove {
		return true, ""
	}
	first := approvals[0].By.Nation
	for _, a := range approvals[1:] {
		if a.By.Nation != first {
			return true, ""
		}
	}
	return false, fmt.Sprintf("an approval by a chair of a nation other than %s: above %s two nations must approve", first, *rule.TwoNationsAbove)
}

// Explain says the rule in words, one sentence a line, for `policy explain`.
func (r ApprovalRule) Explain() []string {
	lines := []string{"An order commits money once a chair other than the one who drafted it approves it; no one approves the same order twice."}
	if r.TwoNationsAbove != nil {
		lines = append(lines, fmt.Sprintf("Above %s EUR an order needs approvals from chairs of two different nations, neither of them its drafter; two approvals from one nation still await a second nation's.", *r.TwoNationsAbove))
	} else {
		lines = append(lines, "One approval suffices whatever the amount: no policy line sets "+TermTwoNationsAbove+".")
	}
	if r.MaxPerApproval != nil {
		lines = append(lines, fmt.Sprintf("One approval may commit at most %s EUR: a larger order cannot be approved, and an amendment's approval commits only its increase.", *r.MaxPerApproval))
	}
	lines = append(lines,
		"An increase of a placed order is approved the same way, by someone other than its proposer, against the order's new amount; a decrease releases money at once.",
		"An order that would take its request's orders above the request's estimate needs a written justification.",
		"Money is drawn from the request area's earmarked money first, then from unearmarked money; an approval the money cannot cover fails with CONFLICT.")
	return lines
}
