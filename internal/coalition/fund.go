package coalition

// Ledger is the fund as computed from contributions and orders: nothing is
// kept as a counter that could drift from what happened.
type Ledger struct {
	Pledged, Received, Committed, InKind map[Pool]Money
	// Givers are the nations that gave to each pool; PledgedBy, ReceivedBy
	// and InKindBy those behind each figure, for disclosure control.
	Givers                          map[Pool]map[string]bool
	PledgedBy, ReceivedBy, InKindBy map[Pool]map[string]bool
	// Contributors are the nations that gave at all.
	Contributors map[string]bool
}

// NewLedger sums contributions (those counted) and orders' draws.
func NewLedger(cons []Contribution, orders []Order) *Ledger {
	l := &Ledger{
		Pledged: map[Pool]Money{}, Received: map[Pool]Money{}, Committed: map[Pool]Money{}, InKind: map[Pool]Money{},
		Givers: map[Pool]map[string]bool{}, Contributors: map[string]bool{},
		PledgedBy: map[Pool]map[string]bool{}, ReceivedBy: map[Pool]map[string]bool{}, InKindBy: map[Pool]map[string]bool{},
	}
	for _, c := range cons {
		p := PoolOf(c.Earmark)
		l.Contributors[c.NationCode] = true
		if l.Givers[p] == nil {
			l.Givers[p] = map[string]bool{}
		}
		l.Givers[p][c.NationCode] = true
		switch {
		case c.Kind == InKind:
			l.InKind[p] += c.EurAmount
			addGiver(l.InKindBy, p, c.NationCode)
		case c.Status == Received && c.ReceivedEur != nil:
			l.Received[p] += *c.ReceivedEur
			addGiver(l.ReceivedBy, p, c.NationCode)
		case c.Status == Pledged:
			l.Pledged[p] += c.EurAmount
			addGiver(l.PledgedBy, p, c.NationCode)
		}
	}
	for _, o := range orders {
		if !o.Status.Commits() {
			continue
		}
		for _, d := range o.Draws {
			p := PoolOf(d.Area)
			l.Committed[p] += d.Amount
		}
	}
	return l
}

func addGiver(by map[Pool]map[string]bool, p Pool, nation string) {
	if by[p] == nil {
		by[p] = map[string]bool{}
	}
	by[p][nation] = true
}

// Available is p's received money that no order has committed.
func (l *Ledger) Available(p Pool) Money { return l.Received[p] - l.Committed[p] }

// Draw says where amount for an order in area comes from: area's earmarked
// money first, then unearmarked money. Pledges are never spendable. It is a
// conflict when the money is not there.
func (l *Ledger) Draw(area CapabilityArea, amount Money) ([]Draw, error) {
	fromArea := min(max(l.Available(Pool(area)), 0), amount)
	fromPool := amount - fromArea
	if fromPool > max(l.Available(Unearmarked), 0) {
		// No figure: the audit event of this refusal is read by viewers for
		// whom the area's money may be suppressed (see policies/README.md).
		return nil, Conflict("insufficient funds: %s's earmarked money and unearmarked money available do not cover the order", area)
	}
	var draws []Draw
	if fromArea > 0 {
		a := area
		draws = append(draws, Draw{Area: &a, Amount: fromArea})
	}
	if fromPool > 0 {
		draws = append(draws, Draw{Amount: fromPool})
	}
	return draws, nil
}

// Total sums a per-pool figure.
func Total(m map[Pool]Money) Money {
	var t Money
	for _, v := range m {
		t += v
	}
	return t
}

// GiverOf stands for the contributions of one nation, kind and status in
// a pool (earmark "" for unearmarked money) when only who gave matters, as
// in disclosure control: a contribution with no amount, received ones with
// a received amount of zero, so that NewLedger counts its nation behind
// the right figure.
func GiverOf(earmark, nation string, kind ContributionKind, status ContributionStatus) Contribution {
	c := Contribution{NationCode: nation, Kind: kind, Status: status}
	if earmark != "" {
		a := CapabilityArea(earmark)
		c.Earmark = &a
	}
	if status == Received {
		c.ReceivedEur = new(Money)
	}
	return c
}
