package graph

import (
	"time"

	"github.com/itcoalition/api/internal/coalition"
)

// complexity makes every list cost its page size times what each item
// costs, so a query's cost reflects the rows it can return.
func complexity() ComplexityRoot {
	var c ComplexityRoot
	c.Query.Nations = func(child int, first *int, _ *string, _ *coalition.NationRole, _ *coalition.NationStatus) int {
		return pageCost(child, first)
	}
	c.Query.Contributions = func(child int, first *int, _ *string, _ *string, _ *coalition.ContributionStatus, _ *coalition.CapabilityArea, _ *coalition.ContributionKind) int {
		return pageCost(child, first)
	}
	c.Query.Requests = func(child int, first *int, _ *string, _ *coalition.RequestStatus, _ *coalition.CapabilityArea, _ *int) int {
		return pageCost(child, first)
	}
	c.Query.Orders = func(child int, first *int, _ *string, _ *coalition.OrderStatus, _ *string) int {
		return pageCost(child, first)
	}
	c.Query.AuditLog = func(child int, first *int, _, _, _ *string, _, _ *time.Time, _, _, _ *string, _ *coalition.AuditOutcome, _ *string) int {
		return pageCost(child, first)
	}
	c.Query.People = func(child int, first *int, _ *string) int { return pageCost(child, first) }
	// A request's orders are unpaged; count them as a short list.
	c.PriorityRequest.Orders = func(child int) int { return 1 + 10*child }
	return c
}

// pageCost is what a connection costs: each of its first rows costs child.
func pageCost(child int, first *int) int {
	n := 20
	if first != nil && *first > 0 {
		n = *first
	}
	return 1 + n*child
}
