// Package graphiqlassets embeds the vendored GraphiQL, React and ReactDOM browser bundles (see README.md).
package graphiqlassets

import "embed"

// FS holds the pinned browser bundles, at the root of the file system.
// Regenerate them with refresh.sh.
//
//go:embed graphiql.min.js graphiql.min.css react.production.min.js react-dom.production.min.js
var FS embed.FS
