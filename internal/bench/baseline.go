package bench

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// baseline answers each scenario's query the shortest way: encoding/json
// in, the raw driver, encoding/json out. It verifies no token and parses no
// GraphQL, but it makes the very store calls our service makes, the
// registry look-up of every request included, so that the ratio of the two
// measures our layers (HTTP surface, JWT, GraphQL, service, store mapping)
// and not the store. The bench checks once that both answer the same data.
type baseline struct {
	db *mongo.Database
	// nation is the viewer's nation, read from the registry on every
	// request as our service does before it executes anything.
	nation string
	// visible are the request statuses the viewer may read; the policy
	// decides them once, at start.
	visible bson.A
}

func (b *baseline) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /typename", b.typename)
	mux.HandleFunc("POST /order", b.order)
	mux.HandleFunc("POST /requests", b.requests)
	mux.HandleFunc("POST /orders", b.orders)
	mux.HandleFunc("POST /fund", b.fund)
	return mux
}

// gqlRequest is the part of a GraphQL request body the baseline reads.
type gqlRequest struct {
	Query     string `json:"query"`
	Variables struct {
		ID    string `json:"id"`
		First int    `json:"first"`
	} `json:"variables"`
}

// begin decodes the body and reads the viewer's nation from the registry.
func (b *baseline) begin(w http.ResponseWriter, r *http.Request) (gqlRequest, bool) {
	var in gqlRequest
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return in, false
	}
	var n struct {
		Status string `bson:"status"`
	}
	if err := b.db.Collection("nations").FindOne(r.Context(), bson.D{{Key: "_id", Value: b.nation}}).Decode(&n); err != nil || n.Status != "ACTIVE" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return in, false
	}
	return in, true
}

func fail(w http.ResponseWriter, err error) {
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

func reply(w http.ResponseWriter, data any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(struct {
		Data any `json:"data"`
	}{data})
}

func (b *baseline) typename(w http.ResponseWriter, r *http.Request) {
	if _, ok := b.begin(w, r); !ok {
		return
	}
	reply(w, map[string]string{"__typename": "Query"})
}

// Store documents, as the baseline reads them.
type (
	rawOrder struct {
		ID          bson.ObjectID `bson:"_id"`
		RequestID   string        `bson:"requestId"`
		Supplier    string        `bson:"supplier"`
		AmountCents int64         `bson:"amountCents"`
		Status      string        `bson:"status"`
		DraftedBy   string        `bson:"draftedBy"`
		ApprovedBy  *string       `bson:"approvedBy"`
		DraftedAt   time.Time     `bson:"draftedAt"`
		PlacedAt    *time.Time    `bson:"placedAt"`
		DeliveredAt *time.Time    `bson:"deliveredAt"`
		Draws       []struct {
			Area  string `bson:"area"`
			Cents int64  `bson:"cents"`
		} `bson:"draws"`
	}
	rawRequest struct {
		ID       bson.ObjectID `bson:"_id"`
		Title    string        `bson:"title"`
		Area     string        `bson:"area"`
		Priority int           `bson:"priority"`
	}
	rawContribution struct {
		Nation      string `bson:"nation"`
		Kind        string `bson:"kind"`
		Earmark     string `bson:"earmark"`
		Status      string `bson:"status"`
		EurCents    int64  `bson:"eurCents"`
		ReceivedEur *int64 `bson:"receivedEurCents"`
	}
)

// Answers, in the shape of the scenarios' GraphQL selections.
type (
	orderOut struct {
		ID          string  `json:"id"`
		Status      string  `json:"status"`
		Supplier    string  `json:"supplier"`
		Amount      string  `json:"amount"`
		DraftedBy   string  `json:"draftedBy"`
		ApprovedBy  *string `json:"approvedBy"`
		DraftedAt   string  `json:"draftedAt"`
		PlacedAt    *string `json:"placedAt"`
		DeliveredAt *string `json:"deliveredAt"`
	}
	nestedOrderOut struct {
		ID        string `json:"id"`
		Status    string `json:"status"`
		Amount    string `json:"amount"`
		Supplier  string `json:"supplier"`
		DraftedAt string `json:"draftedAt"`
	}
	requestOut struct {
		ID       string           `json:"id"`
		Title    string           `json:"title"`
		Area     string           `json:"area"`
		Priority int              `json:"priority"`
		Orders   []nestedOrderOut `json:"orders"`
	}
	areaOut struct {
		Area             *string `json:"area"`
		Contributors     *int    `json:"contributors"`
		Pledged          *string `json:"pledged"`
		Received         *string `json:"received"`
		Committed        *string `json:"committed"`
		Available        *string `json:"available"`
		SuppressedReason *string `json:"suppressedReason"`
	}
)

// money formats cents as the API does: a decimal string with two places.
func money(cents int64) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	frac := cents % 100
	return sign + strconv.FormatInt(cents/100, 10) + "." + string([]byte{byte('0' + frac/10), byte('0' + frac%10)})
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func stampPtr(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := stamp(*t)
	return &s
}

func (b *baseline) order(w http.ResponseWriter, r *http.Request) {
	in, ok := b.begin(w, r)
	if !ok {
		return
	}
	oid, err := bson.ObjectIDFromHex(in.Variables.ID)
	if err != nil {
		reply(w, map[string]any{"order": nil})
		return
	}
	var d rawOrder
	if err := b.db.Collection("orders").FindOne(r.Context(), bson.D{{Key: "_id", Value: oid}}).Decode(&d); err != nil {
		fail(w, err)
		return
	}
	reply(w, map[string]orderOut{"order": {
		ID: d.ID.Hex(), Status: d.Status, Supplier: d.Supplier, Amount: money(d.AmountCents),
		DraftedBy: d.DraftedBy, ApprovedBy: d.ApprovedBy, DraftedAt: stamp(d.DraftedAt),
		PlacedAt: stampPtr(d.PlacedAt), DeliveredAt: stampPtr(d.DeliveredAt),
	}})
}

func (b *baseline) requests(w http.ResponseWriter, r *http.Request) {
	in, ok := b.begin(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	col := b.db.Collection("requests")
	filter := bson.D{{Key: "status", Value: bson.D{{Key: "$in", Value: b.visible}}}}
	total, err := col.CountDocuments(ctx, filter)
	if err != nil {
		fail(w, err)
		return
	}
	sort := bson.D{{Key: "phase", Value: 1}, {Key: "closed", Value: 1}, {Key: "priority", Value: 1}, {Key: "_id", Value: 1}}
	cur, err := col.Find(ctx, filter, options.Find().SetSort(sort).SetLimit(int64(in.Variables.First+1)).SetBatchSize(int32(in.Variables.First+2)))
	if err != nil {
		fail(w, err)
		return
	}
	var reqs []rawRequest
	if err := cur.All(ctx, &reqs); err != nil {
		fail(w, err)
		return
	}
	reqs = reqs[:min(len(reqs), in.Variables.First)]
	ids := make(bson.A, len(reqs))
	at := make(map[string]int, len(reqs))
	out := make([]requestOut, len(reqs))
	for i, q := range reqs {
		ids[i] = q.ID.Hex()
		at[q.ID.Hex()] = i
		out[i] = requestOut{ID: q.ID.Hex(), Title: q.Title, Area: q.Area, Priority: q.Priority, Orders: []nestedOrderOut{}}
	}
	cur, err = b.db.Collection("orders").Find(ctx, bson.D{{Key: "requestId", Value: bson.D{{Key: "$in", Value: ids}}}},
		options.Find().SetSort(bson.D{{Key: "draftedAt", Value: -1}, {Key: "_id", Value: -1}}).SetBatchSize(16384))
	if err != nil {
		fail(w, err)
		return
	}
	var ords []rawOrder
	if err := cur.All(ctx, &ords); err != nil {
		fail(w, err)
		return
	}
	for _, o := range ords {
		i := at[o.RequestID]
		out[i].Orders = append(out[i].Orders, nestedOrderOut{
			ID: o.ID.Hex(), Status: o.Status, Amount: money(o.AmountCents), Supplier: o.Supplier, DraftedAt: stamp(o.DraftedAt),
		})
	}
	type edge struct {
		Node requestOut `json:"node"`
	}
	edges := make([]edge, len(out))
	for i := range out {
		edges[i].Node = out[i]
	}
	reply(w, map[string]any{"requests": map[string]any{"totalCount": total, "edges": edges}})
}

func (b *baseline) orders(w http.ResponseWriter, r *http.Request) {
	in, ok := b.begin(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	col := b.db.Collection("orders")
	total, err := col.CountDocuments(ctx, bson.D{})
	if err != nil {
		fail(w, err)
		return
	}
	first := in.Variables.First
	cur, err := col.Find(ctx, bson.D{}, options.Find().SetSort(bson.D{{Key: "draftedAt", Value: -1}, {Key: "_id", Value: -1}}).
		SetLimit(int64(first+1)).SetBatchSize(int32(first+2)))
	if err != nil {
		fail(w, err)
		return
	}
	var docs []rawOrder
	if err := cur.All(ctx, &docs); err != nil {
		fail(w, err)
		return
	}
	hasNext := len(docs) > first
	docs = docs[:min(len(docs), first)]
	type edge struct {
		Node orderOut `json:"node"`
	}
	edges := make([]edge, len(docs))
	for i, d := range docs {
		edges[i].Node = orderOut{
			ID: d.ID.Hex(), Status: d.Status, Supplier: d.Supplier, Amount: money(d.AmountCents),
			DraftedBy: d.DraftedBy, ApprovedBy: d.ApprovedBy, DraftedAt: stamp(d.DraftedAt),
			PlacedAt: stampPtr(d.PlacedAt), DeliveredAt: stampPtr(d.DeliveredAt),
		}
	}
	var end *string
	if n := len(docs); n > 0 {
		// The cursor format is the API's: base64url of the JSON array of
		// the last row's sort values.
		raw, _ := json.Marshal([]string{stamp(docs[n-1].DraftedAt), docs[n-1].ID.Hex()})
		c := base64.RawURLEncoding.EncodeToString(raw)
		end = &c
	}
	reply(w, map[string]any{"orders": map[string]any{
		"totalCount": total, "edges": edges,
		"pageInfo": map[string]any{"hasNextPage": hasNext, "endCursor": end},
	}})
}

var areas = []string{"COMMUNICATIONS", "DATA_CENTRES", "IT_ARCHITECTURE", "CYBERSECURITY"}

func (b *baseline) fund(w http.ResponseWriter, r *http.Request) {
	if _, ok := b.begin(w, r); !ok {
		return
	}
	ctx := r.Context()
	proj := bson.D{{Key: "nation", Value: 1}, {Key: "kind", Value: 1}, {Key: "earmark", Value: 1}, {Key: "status", Value: 1},
		{Key: "eurCents", Value: 1}, {Key: "receivedEurCents", Value: 1}, {Key: "pledgedAt", Value: 1}}
	cur, err := b.db.Collection("contributions").Find(ctx,
		bson.D{{Key: "status", Value: bson.D{{Key: "$in", Value: bson.A{"PLEDGED", "RECEIVED"}}}}},
		options.Find().SetBatchSize(16384).SetProjection(proj))
	if err != nil {
		fail(w, err)
		return
	}
	var cons []rawContribution
	if err := cur.All(ctx, &cons); err != nil {
		fail(w, err)
		return
	}
	cur, err = b.db.Collection("orders").Find(ctx,
		bson.D{{Key: "status", Value: bson.D{{Key: "$in", Value: bson.A{"PLACED", "DELIVERED"}}}}},
		options.Find().SetBatchSize(16384).SetProjection(bson.D{{Key: "draws", Value: 1}, {Key: "amountCents", Value: 1}, {Key: "status", Value: 1}}))
	if err != nil {
		fail(w, err)
		return
	}
	var ords []rawOrder
	if err := cur.All(ctx, &ords); err != nil {
		fail(w, err)
		return
	}
	pledged, received, committed, inKind := map[string]int64{}, map[string]int64{}, map[string]int64{}, map[string]int64{}
	givers := map[string]map[string]bool{}
	contributors := map[string]bool{}
	for _, c := range cons {
		p := c.Earmark
		contributors[c.Nation] = true
		if givers[p] == nil {
			givers[p] = map[string]bool{}
		}
		givers[p][c.Nation] = true
		switch {
		case c.Kind == "IN_KIND":
			inKind[p] += c.EurCents
		case c.Status == "RECEIVED" && c.ReceivedEur != nil:
			received[p] += *c.ReceivedEur
		case c.Status == "PLEDGED":
			pledged[p] += c.EurCents
		}
	}
	for _, o := range ords {
		for _, d := range o.Draws {
			committed[d.Area] += d.Cents
		}
	}
	total := func(m map[string]int64) (t int64) {
		for _, v := range m {
			t += v
		}
		return t
	}
	var byArea []areaOut
	for _, p := range append(append([]string{}, areas...), "") {
		a := areaOut{}
		if p != "" {
			a.Area = &p
		}
		n := len(givers[p])
		pl, rc, cm, av := money(pledged[p]), money(received[p]), money(committed[p]), money(received[p]-committed[p])
		a.Contributors, a.Pledged, a.Received, a.Committed, a.Available = &n, &pl, &rc, &cm, &av
		byArea = append(byArea, a)
	}
	reply(w, map[string]any{"fund": map[string]any{
		"pledged": money(total(pledged)), "received": money(total(received)), "committed": money(total(committed)),
		"available": money(total(received) - total(committed)), "contributors": len(contributors),
		"inKind": money(total(inKind)), "byArea": byArea,
	}})
}
