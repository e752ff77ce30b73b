package graph

import (
	"github.com/itcoalition/api/graph/model"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// newOrder is a draft as the service takes it.
func newOrder(in model.DraftOrderInput) service.NewOrder {
	o := service.NewOrder{RequestID: in.Request, Supplier: in.Supplier, Amount: in.Amount,
		ContractReference: in.ContractReference}
	if in.Agent != nil {
		o.Agent = coalition.ProcurementAgent{Kind: in.Agent.Kind, Country: deref(in.Agent.Country), Name: deref(in.Agent.Name)}
	}
	o.Justification = deref(in.Justification)
	return o
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
