// Package export serves the reports under /export/: CSV files of the
// coalition's lists and an IATI activity file, built from the service's own
// list methods, so that the same filters and policies apply as to the
// GraphQL queries. Every report is streamed page by page (keyset
// pagination), so that its memory does not grow with the rows it holds.
package export

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// Source is what the reports read: the service's list methods, which ask
// the policies and narrow every list to the rows the viewer may see.
type Source interface {
	Nations(ctx context.Context, f coalition.NationFilter, args service.PageArgs) (coalition.List[coalition.Nation], error)
	Contributions(ctx context.Context, f coalition.ContributionFilter, nation *string, args service.PageArgs) (coalition.List[coalition.Contribution], error)
	Requests(ctx context.Context, f coalition.RequestFilter, status *coalition.RequestStatus, args service.PageArgs) (coalition.List[coalition.Request], error)
	RequestsByID(ctx context.Context, ids []string) ([]*coalition.Request, error)
	Orders(ctx context.Context, f coalition.OrderFilter, args service.PageArgs) (coalition.List[coalition.Order], error)
	AuditLog(ctx context.Context, f coalition.AuditFilter, args service.PageArgs) (coalition.List[coalition.AuditEvent], error)
	Receipts(ctx context.Context, f coalition.ReceiptFilter, args service.PageArgs) (coalition.List[coalition.Receipt], error)
	// Commitments returns the agreements of those contributions that have one.
	Commitments(ctx context.Context, cons []coalition.Contribution) (map[string]coalition.Commitment, error)
	// FieldAllowed reports whether the policies let the viewer read a
	// resource ("Contribution") or a field ("Order.amount").
	FieldAllowed(ctx context.Context, field string) bool
}

// Config is what the reports are built from.
type Config struct {
	Source Source
	// Fail answers a request refused before the report starts: a domain
	// error with its code and status, anything else as an internal error.
	Fail func(w http.ResponseWriter, r *http.Request, err error)
	Log  *slog.Logger
	// PageSize is how many rows one store call reads (DefaultPageSize when
	// zero).
	PageSize int
	// PageTimeout bounds each page's store call, and extends the write
	// deadline by as much for each page sent (10s when zero).
	PageTimeout time.Duration
	// Org is the reporting organisation of the IATI file.
	Org Org
	// OnPage, when set, is called with the number of rows of each page
	// once it is sent (tests measure what a report holds with it).
	OnPage func(rows int)
}

// DefaultPageSize is the rows read per store call.
const DefaultPageSize = 500

// report is one file under /export/.
type report interface {
	// contentType is the file's media type.
	contentType() string
	// serve streams the file for the viewer in r's context; q has been
	// checked to hold only the report's parameters, each at most once.
	serve(e *exporter, w http.ResponseWriter, r *http.Request, q url.Values)
}

// reports are the files served, by name. A new CSV report is one more
// entry here with its table of columns (see csv.go).
var reports = map[string]report{
	"contributions.csv": contributionsCSV,
	"orders.csv":        ordersCSV,
	"requests.csv":      requestsCSV,
	"audit.csv":         auditCSV,
	"receipts.csv":      receiptsCSV,
	"iati.xml":          iatiXML{},
}

type exporter struct{ Config }

// New returns the handler of /export/{name}; the caller has already
// verified the token and put the principal in the request's context.
func New(c Config) http.Handler {
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.PageSize <= 0 {
		c.PageSize = DefaultPageSize
	}
	if c.PageTimeout <= 0 {
		c.PageTimeout = 10 * time.Second
	}
	if c.Org.Ref == "" {
		c.Org = DefaultOrg
	}
	e := &exporter{c}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/export/")
		rep, ok := reports[name]
		if !ok {
			e.Fail(w, r, coalition.NotFound("report", name))
			return
		}
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			e.Fail(w, r, coalition.Invalid("query", "is not a valid URL query"))
			return
		}
		for k, vs := range q {
			if len(vs) > 1 {
				e.Fail(w, r, coalition.Invalid(k, "may be given once"))
				return
			}
		}
		rep.serve(e, w, r, q)
	})
}

// pages reads a list page by page through its cursors. Only the current
// page is held.
type pages[T any] struct {
	e     *exporter
	list  func(ctx context.Context, args service.PageArgs) (coalition.List[T], error)
	after *string
	done  bool
}

func paged[T any](e *exporter, list func(ctx context.Context, args service.PageArgs) (coalition.List[T], error)) *pages[T] {
	return &pages[T]{e: e, list: list}
}

// next returns the next page; ok is false after the last.
func (p *pages[T]) next(ctx context.Context) (items []T, ok bool, err error) {
	if p.done {
		return nil, false, nil
	}
	ctx, cancel := context.WithTimeout(ctx, p.e.PageTimeout)
	defer cancel()
	first := p.e.PageSize
	l, err := p.list(ctx, service.PageArgs{First: &first, After: p.after, SkipCount: true})
	if err != nil {
		return nil, false, err
	}
	if n := len(l.Cursors); n > 0 && l.HasNext {
		p.after = &l.Cursors[n-1]
	} else {
		p.done = true
	}
	return l.Items, true, nil
}

// stream is one response being written: headers first, then a page at a
// time, each extending the write deadline.
type stream struct {
	e   *exporter
	w   http.ResponseWriter
	r   *http.Request
	rc  *http.ResponseController
	err error
}

func (e *exporter) start(w http.ResponseWriter, r *http.Request, contentType, filename string) *stream {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	return &stream{e: e, w: w, r: r, rc: http.NewResponseController(w)}
}

// page is called after each page of rows is written: it flushes it to the
// client and gives the next page its own write deadline.
func (s *stream) page(rows int) {
	_ = s.rc.Flush()
	_ = s.rc.SetWriteDeadline(time.Now().Add(2 * s.e.PageTimeout))
	if s.e.OnPage != nil {
		s.e.OnPage(rows)
	}
}

// abort ends a response that failed after its status was sent: the
// connection is cut, so that the client sees a broken transfer and never
// takes a truncated file for a whole one.
func (s *stream) abort(err error) {
	if errors.Is(err, context.Canceled) {
		s.e.Log.InfoContext(s.r.Context(), "export cancelled by the client", "path", s.r.URL.Path)
	} else {
		s.e.Log.ErrorContext(s.r.Context(), "export failed mid-stream", "path", s.r.URL.Path, "err", err)
	}
	panic(http.ErrAbortHandler)
}
