// Package graph is the GraphQL layer: the schema, gqlgen's generated code and
// resolvers that translate arguments, call one service method and return.
package graph

import (
	"github.com/itcoalition/api/internal/live"
	"github.com/itcoalition/api/internal/service"
)

// Resolver holds the services the resolvers delegate to; built in server.go.
type Resolver struct {
	Service *service.Service
	// Admitter re-checks a subscriber against the live registry.
	Admitter live.Admitter
}
