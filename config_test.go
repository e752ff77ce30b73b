package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/coalition"
)

func TestTokenCommand(t *testing.T) {
	dir := apptest.DataDir(t)
	env := map[string]string{"ITC_DATA_DIR": dir}
	getenv := func(k string) string { return env[k] }
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"token", "-role", "member", "-nation", "DK"}, getenv, &out, &errb); err != nil {
		t.Fatalf("token: %v (%s)", err, errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "jwt.key")); err != nil {
		t.Fatalf("dev key not generated: %v", err)
	}
	// A server with the same configuration accepts it.
	s := apptest.Start(t, apptest.WithDataDir(dir), apptest.WithConfig(func(c *app.Config) { c.Auth.Secret = nil }))
	r := s.Query(strings.TrimSpace(out.String()), `{ me { role nation } }`, nil)
	if r.Status != 200 || !strings.Contains(string(r.Data), `"nation":"DK"`) {
		t.Errorf("server refused the token command's token: %d %s", r.Status, r.Body)
	}
	if err := run(context.Background(), []string{"token", "-role", "king", "-nation", "DK"}, getenv, &out, &errb); err == nil {
		t.Error("token accepted an unknown role")
	}
}

// TestLimitConfig reads every limit from its variable and its flag, and
// refuses origins that are not origins.
func TestLimitConfig(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		check   func(app.Config) bool
		wantErr bool
	}{
		{"defaults", nil, nil, func(c app.Config) bool {
			return c.MaxBody == 1<<20 && c.Limits.Depth == 10 && c.Limits.Aliases == 30 && c.Limits.Errors == 50 &&
				c.Limits.ParserTokens == 10000 && c.Limits.Complexity == 20000 && c.Timeout == 10*time.Second &&
				c.ReadHeaderTimeout == 5*time.Second && c.IdleTimeout == 120*time.Second && c.CORSOrigins == nil
		}, false},
		{"from the environment", map[string]string{"ITC_MAX_DEPTH": "7", "ITC_MAX_ALIASES": "3", "ITC_MAX_ERRORS": "9",
			"ITC_READ_HEADER_TIMEOUT": "2s", "ITC_IDLE_TIMEOUT": "1m", "ITC_CORS_ORIGINS": "https://app.itc.example, http://localhost:5173/"}, nil,
			func(c app.Config) bool {
				return c.Limits.Depth == 7 && c.Limits.Aliases == 3 && c.Limits.Errors == 9 && c.ReadHeaderTimeout == 2*time.Second &&
					c.IdleTimeout == time.Minute && slices.Equal(c.CORSOrigins, []string{"https://app.itc.example", "http://localhost:5173"})
			}, false},
		{"flags win", map[string]string{"ITC_MAX_DEPTH": "7"}, []string{"-max-depth", "12", "-max-errors", "20"},
			func(c app.Config) bool { return c.Limits.Depth == 12 && c.Limits.Errors == 20 }, false},
		{"wildcard origin", map[string]string{"ITC_CORS_ORIGINS": "*"}, nil, nil, true},
		{"origin with a path", nil, []string{"-cors-origins", "https://app.itc.example/app"}, nil, true},
		{"zero depth", nil, []string{"-max-depth", "0"}, nil, true},
		{"FX tolerance by default", nil, nil, func(c app.Config) bool {
			return c.FXTolerance != nil && *c.FXTolerance == coalition.DefaultFXTolerance
		}, false},
		{"FX tolerance from the environment", map[string]string{"ITC_FX_TOLERANCE": "0.5%"}, nil, func(c app.Config) bool {
			return c.FXTolerance != nil && *c.FXTolerance == coalition.FXTolerance{PartsPerMillion: 5000}
		}, false},
		{"FX tolerance flag", nil, []string{"-fx-tolerance", "2.00"}, func(c app.Config) bool {
			return c.FXTolerance != nil && *c.FXTolerance == coalition.FXTolerance{Abs: 200}
		}, false},
		{"FX tolerance malformed", map[string]string{"ITC_FX_TOLERANCE": "lots"}, nil, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseConfig("itc-api", tc.args, func(k string) string { return tc.env[k] }, io.Discard)
			if got := err != nil; got != tc.wantErr {
				t.Fatalf("error %v, want error %v", err, tc.wantErr)
			}
			if tc.check != nil && !tc.check(c) {
				t.Errorf("config %+v", c)
			}
		})
	}
}
