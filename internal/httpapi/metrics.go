package httpapi

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the service's Prometheus metrics, in a registry of their own.
type Metrics struct {
	reg        *prometheus.Registry
	httpReqs   *prometheus.CounterVec
	operations *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	errors     *prometheus.CounterVec
}

// NewMetrics registers the service's metrics and the Go runtime's.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		httpReqs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "itc_http_requests_total", Help: "HTTP requests by path and status.",
		}, []string{"path", "status"}),
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "itc_graphql_operations_total", Help: "GraphQL operations by operation (type and first root field).",
		}, []string{"operation"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "itc_graphql_operation_duration_seconds", Help: "GraphQL operation latency by operation.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16),
		}, []string{"operation"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "itc_graphql_errors_total", Help: "GraphQL errors by extensions.code.",
		}, []string{"code"}),
	}
	m.reg.MustRegister(m.httpReqs, m.operations, m.latency, m.errors,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// ObserveOperation records one GraphQL operation. operation must come from
// the schema (not from client-chosen names) to keep label values bounded.
func (m *Metrics) ObserveOperation(operation string, d time.Duration, codes []string) {
	m.operations.WithLabelValues(operation).Inc()
	m.latency.WithLabelValues(operation).Observe(d.Seconds())
	for _, c := range codes {
		m.errors.WithLabelValues(c).Inc()
	}
}

// ObserveError counts an error answered before GraphQL ran (401, 403, 413...).
func (m *Metrics) ObserveError(code string) { m.errors.WithLabelValues(code).Inc() }

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

var knownPaths = map[string]bool{"/query": true, "/healthz": true, "/readyz": true, "/metrics": true, "/": true}

func (m *Metrics) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		path := r.URL.Path
		if !knownPaths[path] {
			path = "other"
		}
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		m.httpReqs.WithLabelValues(path, strconv.Itoa(sw.status)).Inc()
	})
}
