package coalition

import "time"

// Beneficiary is the coalition's beneficiary, fixed by its charter.
const Beneficiary = "UA"

// AdmitNation is a new participant of the registry, active from at.
func AdmitNation(code, name string, role NationRole, at time.Time) (Nation, error) {
	if err := CountryCode("code", code); err != nil {
		return Nation{}, err
	}
	name, err := Text("name", name, 100, false)
	if err != nil {
		return Nation{}, err
	}
	if role == NationBeneficiary || code == Beneficiary {
		return Nation{}, Invalid("role", "the beneficiary is fixed; admit nations as CHAIR, MEMBER or OBSERVER")
	}
	return Nation{Code: code, Name: name, Role: role, Status: NationActive, JoinedAt: at}, nil
}

// ActiveChair reports whether n chairs the coalition now.
func (n Nation) ActiveChair() bool { return n.Role == NationChair && n.Status == NationActive }

// WithRole is n with a new standing; the beneficiary's is fixed.
func (n Nation) WithRole(role NationRole) (Nation, error) {
	if n.Code == Beneficiary || role == NationBeneficiary {
		return n, Conflict("%s stays the beneficiary and no other nation can become one", Beneficiary)
	}
	n.Role = role
	return n, nil
}

// Suspend is n suspended for reason.
func (n Nation) Suspend(reason string) (Nation, error) {
	r, err := Text("reason", reason, 500, true)
	if err != nil {
		return n, err
	}
	if n.Status != NationActive {
		return n, Conflict("nation %s is already %s", n.Code, n.Status)
	}
	n.Status, n.SuspendedReason = NationSuspended, &r
	return n, nil
}

// Reinstate lifts n's suspension.
func (n Nation) Reinstate() (Nation, error) {
	if n.Status != NationSuspended {
		return n, Conflict("nation %s is not suspended", n.Code)
	}
	n.Status, n.SuspendedReason = NationActive, nil
	return n, nil
}

// KeepsAChair refuses a change from -> to that would leave the coalition
// without an active chair; activeChairs counts them before the change and
// is called only when to stops being one.
func KeepsAChair(from, to Nation, activeChairs func() (int, error)) error {
	if !from.ActiveChair() || to.ActiveChair() {
		return nil
	}
	n, err := activeChairs()
	if err != nil {
		return err
	}
	if n <= 1 {
		return Conflict("%s is the last active chair; at least one must remain", from.Code)
	}
	return nil
}

// CanPledge refuses a pledge by a nation that is not an active giver.
func (n Nation) CanPledge() error {
	if n.Status != NationActive || n.Role == NationBeneficiary {
		return Conflict("nation %s cannot pledge while %s %s", n.Code, n.Status, n.Role)
	}
	return nil
}
