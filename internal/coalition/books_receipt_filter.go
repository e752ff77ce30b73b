package coalition

// ReceiptFilter selects receipts; a nil slice matches any, an empty one
// matches none.
type ReceiptFilter struct {
	// Nations are the nations whose contributions' receipts are listed:
	// the viewer's scope.
	Nations []string
	// Contributions are the contributions whose receipts are listed.
	Contributions []string
	Status        *ReceiptStatus
}
