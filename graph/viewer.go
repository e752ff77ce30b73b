package graph

import (
	"context"

	"github.com/itcoalition/api/graph/model"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/service"
)

func viewer(ctx context.Context, svc *service.Service) *model.Viewer {
	p, _ := auth.PrincipalFrom(ctx)
	v := &model.Viewer{Sub: p.Sub, Role: p.Role, Nation: p.Nation, Permissions: []*model.Permission{}}
	for _, perm := range svc.Permissions(ctx) {
		v.Permissions = append(v.Permissions, &model.Permission{Resource: perm.Resource, Action: perm.Action, Scope: perm.Scope, Operations: ops(perm.Operations)})
	}
	return v
}

// nilOn returns nil with err, so that a failed look-up is null, not a zero value.
func nilOn[T any](v *T, err error) (*T, error) {
	if err != nil {
		return nil, err
	}
	return v, nil
}

// ops is never null: a grant that opens no operation (a field rule) lists none.
func ops(names []string) []string {
	if names == nil {
		return []string{}
	}
	return names
}
