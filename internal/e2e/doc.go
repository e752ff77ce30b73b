// Package e2e holds the end-to-end tests: the real HTTP handler, the real
// policies and a real store, started by internal/apptest; their shared
// helpers are in helpers_test.go.
package e2e
