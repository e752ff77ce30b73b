package graph

import "time"

// liveInterval is how often a subscription polls the audit log: changes
// reach other viewers within about a second.
const liveInterval = time.Second
