package coalition

// Awaiting says in words what approvals still await under rule, for an
// order (or an increase) of amount: "" once they complete it.
func (r ApprovalRule) Awaiting(amount Money, approvals []Approval) string {
	done, awaiting := approvalState(r, amount, approvals)
	if done {
		return ""
	}
	if len(approvals) == 0 && r.TwoNationsAbove != nil && amount > *r.TwoNationsAbove {
		return awaiting + ", then one by a chair of another nation: above " + r.TwoNationsAbove.String() + " two nations must approve"
	}
	return awaiting
}

// Drafter is the person who drafted o, as a Signer (the issuer is empty
// for orders drafted before it was kept).
func (o Order) Drafter() Signer { return Signer{Issuer: o.DrafterIssuer, Sub: o.DraftedBy} }
