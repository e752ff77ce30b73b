package coalition

import "time"

// Area is the capability area of the pool the allocation's money came
// from; nil for unearmarked money.
func (a Allocation) Area() *CapabilityArea { return a.Pool.Area() }

// PoolFunding is what an order drew on one pool, and the contributions
// whose money paid for it, as far as a reader may see them.
type PoolFunding struct {
	Pool   Pool
	Amount Money
	// Contributions are the allocations of the pool's draw a reader may
	// see; they may sum to less than Amount.
	Contributions []Allocation
}

// Area is the pool's capability area; nil for unearmarked money.
func (f PoolFunding) Area() *CapabilityArea { return f.Pool.Area() }

// FundingByPool sums an order's allocations per pool, in the order of
// Pools(), and keeps, within each pool, the allocations that show says a
// reader may see: the pools' amounts stay whole.
func FundingByPool(allocs []Allocation, show func(Allocation) bool) []PoolFunding {
	var out []PoolFunding
	for _, p := range Pools() {
		f := PoolFunding{Pool: p, Contributions: []Allocation{}}
		for _, a := range allocs {
			if a.Pool != p {
				continue
			}
			f.Amount += a.Amount
			if show(a) {
				f.Contributions = append(f.Contributions, a)
			}
		}
		if f.Amount > 0 {
			out = append(out, f)
		}
	}
	return out
}

// PoolHistory is one pool's monthly figures.
type PoolHistory struct {
	Pool   Pool
	Months []MonthFigures
}

// Area is the pool's capability area; nil for unearmarked money.
func (h PoolHistory) Area() *CapabilityArea { return h.Pool.Area() }

// History is MonthlySeries as a list, pools in the order of Pools().
func History(entries []Entry, from, to time.Time) ([]PoolHistory, error) {
	series, err := MonthlySeries(entries, from, to)
	if err != nil {
		return nil, err
	}
	out := make([]PoolHistory, 0, len(series))
	for _, p := range Pools() {
		out = append(out, PoolHistory{Pool: p, Months: series[p]})
	}
	return out, nil
}
