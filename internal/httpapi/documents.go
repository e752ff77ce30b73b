package httpapi

import "errors"

// Documents are the trusted documents: the web app's operations by id, from
// the manifest its build writes. A request may name one by documentId in
// place of its text; when Enforce is set, nothing else runs.
type Documents struct {
	byID    map[string]string
	enforce bool
}

// NewDocuments returns the trusted documents byID; enforce refuses every
// request that does not name one of them.
func NewDocuments(byID map[string]string, enforce bool) *Documents {
	return &Documents{byID: byID, enforce: enforce}
}

var (
	errUnknownDocument = errors.New("documentId names no trusted document")
	errUntrusted       = errors.New("this server runs only trusted documents: send a documentId")
)

// resolve puts the text of req's trusted document into req.Query. Its errors
// are errUnknownDocument and errUntrusted; a nil Documents trusts no id and
// enforces nothing.
func (d *Documents) resolve(req *request) error {
	if req.DocumentID == "" {
		if d != nil && d.enforce {
			return errUntrusted
		}
		return nil
	}
	text, ok := "", false
	if d != nil {
		text, ok = d.byID[req.DocumentID]
	}
	if !ok {
		return errUnknownDocument
	}
	req.Query = text
	return nil
}
