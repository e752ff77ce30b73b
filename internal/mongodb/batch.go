package mongodb

// A find's first reply carries at most batchSize documents (101 by
// default); every further batch is one more round trip (getMore), so a
// default batch makes a page's round trips grow with its width. FerretDB
// closes the cursor only when a batch comes back short, so a batch must be
// larger than the most documents a query can return, not equal to it.

// batchFor is the batch size that returns at most n documents in one reply.
func batchFor(n int) int32 { return int32(min(n, wideBatch-1) + 1) }

// wideBatch is the batch size of queries whose result has no bound known
// in advance (a page's related rows, the fund's inputs). FerretDB allocates
// room for a whole batch up front, so it is generous but not unbounded;
// MongoDB caps each reply at 16 MiB whatever the size.
const wideBatch = 16384
