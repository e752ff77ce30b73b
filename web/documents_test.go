package web_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"

	"github.com/itcoalition/api/graph"
	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/web"
)

// meID finds the app's Me query in the manifest.
func meID(t *testing.T) string {
	t.Helper()
	for id, text := range web.TrustedDocuments() {
		if strings.HasPrefix(text, "query Me ") {
			return id
		}
	}
	t.Fatal("the manifest has no Me query")
	return ""
}

func post(t *testing.T, s *apptest.Server, token string, body map[string]any) apptest.Response {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, s.HTTP.URL+"/query", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	return s.Do(req)
}

// The manifest's ids are the app's documents; enforce refuses any other
// document, allow runs both, and neither runs an unknown id.
func TestTrustedDocuments(t *testing.T) {
	for _, mode := range []string{"allow", "enforce"} {
		t.Run(mode, func(t *testing.T) {
			s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.TrustedDocuments = mode }))
			tok := s.TokenFor("ee-kadri", "chair", "EE")

			r := post(t, s, tok, map[string]any{"documentId": meID(t)})
			var got struct{ Me struct{ Sub string } }
			if r.Status != http.StatusOK || len(r.Errors) > 0 {
				t.Fatalf("documentId: %d %s", r.Status, r.Body)
			}
			r.Decode(t, &got)
			if got.Me.Sub != "ee-kadri" {
				t.Errorf("documentId ran as %q", got.Me.Sub)
			}

			r = post(t, s, tok, map[string]any{"documentId": "sha256:" + strings.Repeat("0", 64)})
			if r.Status != http.StatusBadRequest || len(r.Codes()) != 1 || r.Codes()[0] != "BAD_USER_INPUT" {
				t.Errorf("unknown documentId: %d %s", r.Status, r.Body)
			}

			r = post(t, s, tok, map[string]any{"documentId": meID(t), "query": "{ me { sub } }"})
			if r.Status != http.StatusBadRequest {
				t.Errorf("documentId and query: %d %s", r.Status, r.Body)
			}

			r = post(t, s, tok, map[string]any{"query": "{ me { sub } }"})
			switch mode {
			case "allow":
				if r.Status != http.StatusOK || len(r.Errors) > 0 {
					t.Errorf("allow refused a query text: %d %s", r.Status, r.Body)
				}
			case "enforce":
				if r.Status != http.StatusBadRequest || len(r.Codes()) != 1 || r.Codes()[0] != "BAD_USER_INPUT" || r.Data != nil {
					t.Errorf("enforce ran a query text: %d %s", r.Status, r.Body)
				}
			}
		})
	}
}

// Every document of the manifest is the text its id hashes, and is valid
// against the server's schema as it is now: a schema change that breaks a
// screen of the app (a renamed field, a changed argument) fails here, not
// in a browser. Rebuild the app (npm run build) after changing the schema.
func TestTrustedDocumentsMatchSchema(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{}).Schema()
	docs := web.TrustedDocuments()
	if len(docs) < 10 {
		t.Fatalf("the manifest has %d documents", len(docs))
	}
	for id, text := range docs {
		sum := sha256.Sum256([]byte(text))
		if id != "sha256:"+hex.EncodeToString(sum[:]) {
			t.Errorf("%s is not the hash of its text", id)
		}
		if _, errs := gqlparser.LoadQuery(schema, text); len(errs) > 0 {
			t.Errorf("%s: %v\n%s", strings.SplitN(text, "{", 2)[0], errs, text)
		}
	}
}
