package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// column is one column of a CSV report.
type column[T any] struct {
	name string
	// guard is the policy field (Type.field) the viewer must be granted to
	// read this column; a viewer without the grant gets empty cells. Empty
	// for a column every reader of the row may read.
	guard string
	value func(row *T) string
}

// param is one URL parameter of a report: it checks its value and sets it
// in the report's filter F.
type param[F any] func(v string, f *F) error

// table is a CSV report: its columns, its URL parameters, and the list it
// reads page by page. page, when set, runs on each page before it is
// written (orders load the requests they belong to).
type table[T, F any] struct {
	file    string
	columns []column[T]
	params  map[string]param[F]
	list    func(ctx context.Context, src Source, f F, args service.PageArgs) (coalition.List[T], error)
	page    func(ctx context.Context, src Source, rows []T) error
}

func (table[T, F]) contentType() string { return "text/csv; charset=utf-8; header=present" }

func (t table[T, F]) serve(e *exporter, w http.ResponseWriter, r *http.Request, q url.Values) {
	var f F
	for k, vs := range q {
		p, ok := t.params[k]
		if !ok {
			e.Fail(w, r, coalition.Invalid(k, "is not a parameter of %s (it takes %s)", t.file, names(t.params)))
			return
		}
		if err := p(vs[0], &f); err != nil {
			e.Fail(w, r, err)
			return
		}
	}
	ctx := r.Context()
	// Which guarded columns this viewer may read, asked once.
	readable := make([]bool, len(t.columns))
	for i, c := range t.columns {
		readable[i] = c.guard == "" || e.Source.FieldAllowed(ctx, c.guard)
	}
	ps := paged(e, func(ctx context.Context, args service.PageArgs) (coalition.List[T], error) {
		return t.list(ctx, e.Source, f, args)
	})
	// The first page is read before the status is sent, so that a refusal
	// (a role that may not read these rows) is answered as such.
	rows, _, err := ps.next(ctx)
	if err == nil && t.page != nil {
		err = t.page(ctx, e.Source, rows)
	}
	if err != nil {
		e.Fail(w, r, err)
		return
	}
	s := e.start(w, r, t.contentType(), t.file)
	bw := bufio.NewWriterSize(w, 32<<10)
	// A byte order mark lets spreadsheet programs read the file as UTF-8.
	_, _ = bw.WriteString("\ufeff")
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true // RFC 4180
	record := make([]string, len(t.columns))
	for i, c := range t.columns {
		record[i] = c.name
	}
	_ = cw.Write(record)
	for ok := true; ok; {
		for i := range rows {
			for j, c := range t.columns {
				record[j] = ""
				if readable[j] {
					record[j] = Cell(c.value(&rows[i]))
				}
			}
			_ = cw.Write(record)
		}
		cw.Flush()
		if err := errors.Join(cw.Error(), bw.Flush()); err != nil {
			s.abort(err)
		}
		s.page(len(rows))
		if rows, ok, err = ps.next(ctx); err == nil && ok && t.page != nil {
			err = t.page(ctx, e.Source, rows)
		}
		if err != nil {
			s.abort(err)
		}
	}
}

// Cell neutralises a cell that a spreadsheet would run as a formula (OWASP,
// CSV injection): one starting with =, +, -, @, a tab or a carriage return
// (or their full-width forms) gets a leading apostrophe, so it is shown as
// text. A plain number (such as -12.50) cannot be a formula and is kept.
func Cell(v string) string {
	if v == "" || plainNumber(v) {
		return v
	}
	switch r, _ := utf8.DecodeRuneInString(v); r {
	case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠':
		return "'" + v
	}
	return v
}

func plainNumber(v string) bool {
	v = strings.TrimPrefix(v, "-")
	whole, frac, _ := strings.Cut(v, ".")
	return whole != "" && digitsOnly(whole) && digitsOnly(frac)
}

func digitsOnly(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func names[F any](params map[string]param[F]) string {
	if len(params) == 0 {
		return "none"
	}
	out := make([]string, 0, len(params))
	for k := range params {
		out = append(out, k)
	}
	slices.Sort(out)
	return strings.Join(out, ", ")
}

// Cell values.

func timeCell(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func timePtrCell(t *time.Time) string {
	if t == nil {
		return ""
	}
	return timeCell(*t)
}

func strPtrCell[S ~string](s *S) string {
	if s == nil {
		return ""
	}
	return string(*s)
}

func moneyPtrCell(m *coalition.Money) string {
	if m == nil {
		return ""
	}
	return m.String()
}

// Parameters.

// enum accepts one of allowed and stores it with set.
func enum[F any, E ~string](field string, allowed []E, set func(f *F, v *E)) param[F] {
	return func(v string, f *F) error {
		e := E(v)
		if !slices.Contains(allowed, e) {
			vals := make([]string, len(allowed))
			for i, a := range allowed {
				vals[i] = string(a)
			}
			return coalition.Invalid(field, "must be one of %s", strings.Join(vals, ", "))
		}
		set(f, &e)
		return nil
	}
}

// text accepts a non-empty value of at most 200 characters.
func textParam[F any](field string, set func(f *F, v string)) param[F] {
	return func(v string, f *F) error {
		if v == "" || len(v) > 200 || strings.ContainsFunc(v, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			return coalition.Invalid(field, "must be 1 to 200 characters without control characters")
		}
		set(f, v)
		return nil
	}
}

// contributionStatuses, orderStatuses: every status the domain declares,
// so a filter on any of them is accepted as the query would accept it.
var (
	contributionStatuses = []coalition.ContributionStatus{coalition.Pledged, coalition.ContributionCommitted, coalition.Received, coalition.Cancelled}
	contributionKinds    = []coalition.ContributionKind{coalition.Financial, coalition.InKind}
	orderStatuses        = union(coalition.OrderStatuses, coalition.OpenOrderStatuses)
)

func union[E comparable](a, b []E) []E {
	out := slices.Clone(a)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// The CSV reports. Their columns follow the GraphQL types' fields; a
// @guarded field names its policy field as guard.

type contributionQuery struct {
	coalition.ContributionFilter
	nation *string
}

var contributionsCSV = table[coalition.Contribution, contributionQuery]{
	file: "contributions.csv",
	columns: []column[coalition.Contribution]{
		{name: "id", value: func(c *coalition.Contribution) string { return c.ID }},
		{name: "nation", value: func(c *coalition.Contribution) string { return c.NationCode }},
		{name: "kind", value: func(c *coalition.Contribution) string { return string(c.Kind) }},
		{name: "amount", value: func(c *coalition.Contribution) string { return c.Amount.String() }},
		{name: "currency", value: func(c *coalition.Contribution) string { return c.Currency }},
		{name: "eur_amount", value: func(c *coalition.Contribution) string { return c.EurAmount.String() }},
		{name: "received_eur", value: func(c *coalition.Contribution) string { return moneyPtrCell(c.ReceivedEur) }},
		{name: "rate", value: func(c *coalition.Contribution) string { return strPtrCell(c.Rate) }},
		{name: "earmark", value: func(c *coalition.Contribution) string { return strPtrCell(c.Earmark) }},
		{name: "status", value: func(c *coalition.Contribution) string { return string(c.Status) }},
		{name: "pledged_at", value: func(c *coalition.Contribution) string { return timeCell(c.PledgedAt) }},
		{name: "received_at", value: func(c *coalition.Contribution) string { return timePtrCell(c.ReceivedAt) }},
	},
	params: map[string]param[contributionQuery]{
		"nation": func(v string, f *contributionQuery) error {
			if err := coalition.CountryCode("nation", v); err != nil {
				return err
			}
			f.nation = &v
			return nil
		},
		"status":  enum("status", contributionStatuses, func(f *contributionQuery, v *coalition.ContributionStatus) { f.Status = v }),
		"earmark": enum("earmark", coalition.Areas, func(f *contributionQuery, v *coalition.CapabilityArea) { f.Earmark = v }),
		"kind":    enum("kind", contributionKinds, func(f *contributionQuery, v *coalition.ContributionKind) { f.Kind = v }),
	},
	list: func(ctx context.Context, src Source, f contributionQuery, args service.PageArgs) (coalition.List[coalition.Contribution], error) {
		return src.Contributions(ctx, f.ContributionFilter, f.nation, args)
	},
}

type requestQuery struct {
	coalition.RequestFilter
	status *coalition.RequestStatus
}

var requestsCSV = table[coalition.Request, requestQuery]{
	file: "requests.csv",
	columns: []column[coalition.Request]{
		{name: "id", value: func(r *coalition.Request) string { return r.ID }},
		{name: "title", value: func(r *coalition.Request) string { return r.Title }},
		{name: "description", value: func(r *coalition.Request) string { return r.Description }},
		{name: "area", value: func(r *coalition.Request) string { return string(r.Area) }},
		{name: "phase", value: func(r *coalition.Request) string { return strconv.Itoa(r.Phase) }},
		{name: "priority", value: func(r *coalition.Request) string { return strconv.Itoa(r.Priority) }},
		{name: "estimated_cost", guard: "PriorityRequest.estimatedCost", value: func(r *coalition.Request) string { return r.EstimatedCost.String() }},
		{name: "status", value: func(r *coalition.Request) string { return string(r.Status) }},
		{name: "reject_reason", value: func(r *coalition.Request) string { return strPtrCell(r.RejectReason) }},
		{name: "created_at", value: func(r *coalition.Request) string { return timeCell(r.CreatedAt) }},
	},
	params: map[string]param[requestQuery]{
		"status": enum("status", coalition.RequestStatuses, func(f *requestQuery, v *coalition.RequestStatus) { f.status = v }),
		"area":   enum("area", coalition.Areas, func(f *requestQuery, v *coalition.CapabilityArea) { f.Area = v }),
		"phase": func(v string, f *requestQuery) error {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > 1000 {
				return coalition.Invalid("phase", "must be a whole number from 1 to 1000")
			}
			f.Phase = &n
			return nil
		},
	},
	list: func(ctx context.Context, src Source, f requestQuery, args service.PageArgs) (coalition.List[coalition.Request], error) {
		return src.Requests(ctx, f.RequestFilter, f.status, args)
	},
}

// orderRow is an order with the request it belongs to, when the viewer may
// see that request (as Order.request resolves to null otherwise).
type orderRow struct {
	coalition.Order
	request *coalition.Request
}

var ordersCSV = table[orderRow, coalition.OrderFilter]{
	file: "orders.csv",
	columns: []column[orderRow]{
		{name: "id", value: func(o *orderRow) string { return o.ID }},
		{name: "request", value: func(o *orderRow) string {
			return requestField(o.request, func(r *coalition.Request) string { return r.ID })
		}},
		{name: "request_title", value: func(o *orderRow) string {
			return requestField(o.request, func(r *coalition.Request) string { return r.Title })
		}},
		{name: "supplier", guard: "Order.supplier", value: func(o *orderRow) string { return o.Supplier }},
		{name: "amount", guard: "Order.amount", value: func(o *orderRow) string { return o.Amount.String() }},
		{name: "status", value: func(o *orderRow) string { return string(o.Status) }},
		{name: "drafted_by", value: func(o *orderRow) string { return o.DraftedBy }},
		{name: "approved_by", value: func(o *orderRow) string { return strPtrCell(o.ApprovedBy) }},
		{name: "drafted_at", value: func(o *orderRow) string { return timeCell(o.DraftedAt) }},
		{name: "placed_at", value: func(o *orderRow) string { return timePtrCell(o.PlacedAt) }},
		{name: "delivered_at", value: func(o *orderRow) string { return timePtrCell(o.DeliveredAt) }},
	},
	params: map[string]param[coalition.OrderFilter]{
		"status": enum("status", orderStatuses, func(f *coalition.OrderFilter, v *coalition.OrderStatus) { f.Status = v }),
		"request": textParam("request", func(f *coalition.OrderFilter, v string) {
			f.RequestIDs = []string{v}
		}),
	},
	list: func(ctx context.Context, src Source, f coalition.OrderFilter, args service.PageArgs) (coalition.List[orderRow], error) {
		l, err := src.Orders(ctx, f, args)
		out := coalition.List[orderRow]{Cursors: l.Cursors, HasNext: l.HasNext, Total: l.Total, Items: make([]orderRow, len(l.Items))}
		for i := range l.Items {
			out.Items[i].Order = l.Items[i]
		}
		return out, err
	},
	page: func(ctx context.Context, src Source, rows []orderRow) error {
		ids := make([]string, len(rows))
		for i := range rows {
			ids[i] = rows[i].RequestID
		}
		reqs, err := src.RequestsByID(ctx, ids)
		if err != nil {
			return err
		}
		for i := range rows {
			rows[i].request = reqs[i]
		}
		return nil
	},
}

func requestField(r *coalition.Request, f func(*coalition.Request) string) string {
	if r == nil {
		return ""
	}
	return f(r)
}

var auditCSV = table[coalition.AuditEvent, coalition.AuditFilter]{
	file: "audit.csv",
	columns: []column[coalition.AuditEvent]{
		{name: "id", value: func(a *coalition.AuditEvent) string { return a.ID }},
		{name: "at", value: func(a *coalition.AuditEvent) string { return timeCell(a.At) }},
		{name: "actor_sub", value: func(a *coalition.AuditEvent) string { return a.Actor.Sub }},
		{name: "actor_role", value: func(a *coalition.AuditEvent) string { return a.Actor.Role }},
		{name: "actor_nation", value: func(a *coalition.AuditEvent) string { return a.Actor.Nation }},
		{name: "action", value: func(a *coalition.AuditEvent) string { return a.Action }},
		{name: "target", value: func(a *coalition.AuditEvent) string { return a.Target }},
		{name: "outcome", value: func(a *coalition.AuditEvent) string { return string(a.Outcome) }},
		{name: "detail", value: func(a *coalition.AuditEvent) string { return a.Detail }},
		{name: "target_type", value: func(a *coalition.AuditEvent) string { return a.TargetType }},
		{name: "actor_issuer", value: func(a *coalition.AuditEvent) string { return a.Actor.Issuer }},
		{name: "reason", value: func(a *coalition.AuditEvent) string { return a.Reason }},
		// The changes the viewer may read (the service withholds the others).
		{name: "changes", value: func(a *coalition.AuditEvent) string { return changesCell(a.Changes) }},
	},
	params: map[string]param[coalition.AuditFilter]{
		"action":      textParam("action", func(f *coalition.AuditFilter, v string) { f.Action = &v }),
		"target":      textParam("target", func(f *coalition.AuditFilter, v string) { f.Target = &v }),
		"from":        timeParam("from", func(f *coalition.AuditFilter, v time.Time) { f.From = &v }),
		"to":          timeParam("to", func(f *coalition.AuditFilter, v time.Time) { f.To = &v }),
		"actorSub":    textParam("actorSub", func(f *coalition.AuditFilter, v string) { f.ActorSub = &v }),
		"actorIssuer": textParam("actorIssuer", func(f *coalition.AuditFilter, v string) { f.ActorIssuer = &v }),
		"actorNation": textParam("actorNation", func(f *coalition.AuditFilter, v string) { f.ActorNation = &v }),
		"outcome":     enum("outcome", auditOutcomes, func(f *coalition.AuditFilter, v *coalition.AuditOutcome) { f.Outcome = v }),
		"targetType":  textParam("targetType", func(f *coalition.AuditFilter, v string) { f.TargetType = &v }),
	},
	list: func(ctx context.Context, src Source, f coalition.AuditFilter, args service.PageArgs) (coalition.List[coalition.AuditEvent], error) {
		return src.AuditLog(ctx, f, args)
	},
}

var auditOutcomes = []coalition.AuditOutcome{coalition.OutcomeOK, coalition.OutcomeDenied, coalition.OutcomeFailed}

// timeParam takes an RFC 3339 time, as the GraphQL Time scalar does.
func timeParam[F any](field string, set func(f *F, v time.Time)) param[F] {
	return func(v string, f *F) error {
		t, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			return coalition.Invalid(field, "must be a time in RFC 3339 (2026-01-31T09:00:00Z)")
		}
		set(f, t.UTC())
		return nil
	}
}

// changesCell writes an event's changes in one cell, one per line:
// "field: before -> after", with "-" for an unset value.
func changesCell(cs []coalition.FieldChange) string {
	lines := make([]string, len(cs))
	for i, c := range cs {
		val := func(v *string) string {
			if v == nil {
				return "-"
			}
			return *v
		}
		lines[i] = c.Field + ": " + val(c.Before) + " -> " + val(c.After)
	}
	return strings.Join(lines, "\n")
}
