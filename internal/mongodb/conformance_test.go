package mongodb_test

import (
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/embedded"
	"github.com/itcoalition/api/internal/mongodb"
	"github.com/itcoalition/api/internal/service"
	"github.com/itcoalition/api/internal/storetest"
)

// TestConformance runs the store suite on the MongoDB store against the
// in-process FerretDB, one fresh database per test.
func TestConformance(t *testing.T) {
	// A short folder: the server's Unix socket path must stay under 104 bytes.
	dir, err := os.MkdirTemp("", "itcm")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	es, err := embedded.Start(ctx, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = es.Stop() })
	client, err := mongodb.Connect(ctx, es.URI())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = client.Disconnect(context.Background()) })
	var n atomic.Int64
	storetest.Run(t, func(t *testing.T) service.Stores {
		st := mongodb.New(client, fmt.Sprintf("conformance%d", n.Add(1)))
		if err := st.EnsureIndexes(t.Context()); err != nil {
			t.Fatal(err)
		}
		return service.Stores{Nations: st.Nations(), Contributions: st.Contributions(), Requests: st.Requests(),
			Orders: st.Orders(), Suppliers: st.Suppliers(), Audit: st.Audit(), People: st.People(), Books: st.Books(), Deliveries: st.Deliveries(), Amendments: st.Amendments(), Tx: st.Turns(true), NewID: mongodb.NewID}
	})
}
