// Package demo offers the demo coalition's people a one-click sign-in, only
// while the service signs with the key it generated itself.
package demo

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"time"

	"github.com/itcoalition/api/internal/auth"
)

// TTL is how long a demo token lasts.
const TTL = 8 * time.Hour

// maxBody bounds a token request; {"sub":"..."} is a few dozen bytes.
const maxBody = 1 << 10

// Person is one demo person the sign-in page lists.
type Person struct {
	Sub    string `json:"sub"`
	Name   string `json:"name"`
	Role   string `json:"role"`
	Nation string `json:"nation"`
}

// People are the demo coalition's people (CONTRACT section 8): two for each
// chair nation and two for the Ministry, so that the four-eyes rules can be
// shown; one member for each member nation; the observer. Their subjects
// are those the demo data names (chair-ee-1 drafted its pending orders).
var People = []Person{
	{"chair-ee-1", "Kadri Tamm", "chair", "EE"},
	{"chair-ee-2", "Mart Kask", "chair", "EE"},
	{"chair-lu-1", "Claire Weber", "chair", "LU"},
	{"chair-lu-2", "Luc Schmit", "chair", "LU"},
	{"mod-ua-1", "Olena Kovalenko", "mod", "UA"},
	{"mod-ua-2", "Taras Melnyk", "mod", "UA"},
	{"member-be-1", "Lotte Peeters", "member", "BE"},
	{"member-dk-1", "Freja Nielsen", "member", "DK"},
	{"member-is-1", "Sigrún Jónsdóttir", "member", "IS"},
	{"member-it-1", "Giulia Rossi", "member", "IT"},
	{"member-jp-1", "Haruto Sato", "member", "JP"},
	{"member-lv-1", "Anna Ozola", "member", "LV"},
	{"member-lt-1", "Jonas Kazlauskas", "member", "LT"},
	{"member-nl-1", "Sanne de Vries", "member", "NL"},
	{"observer-gb-1", "Oliver Hughes", "observer", "GB"},
}

// Enabled reports whether cfg signs with the key the service generated
// itself: no secret, public key, OpenID Connect issuer or JWKS configured.
// Any configured key turns the demo sign-in off, so it cannot leak into a
// real deployment.
func Enabled(cfg auth.Config) bool {
	return cfg.UsesDevKey()
}

// Handler serves GET /auth/demo (the people) and POST /auth/demo/token
// (a token for one of them) when Enabled(cfg), and 404 for both otherwise.
// now is the clock tokens are issued by.
func Handler(cfg auth.Config, now func() time.Time, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	if !Enabled(cfg) {
		mux.Handle("/auth/demo", http.NotFoundHandler())
		mux.Handle("/auth/demo/", http.NotFoundHandler())
		return mux
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	mux.HandleFunc("/auth/demo", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			notAllowed(w, "GET, HEAD")
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"people": People})
	})
	mux.HandleFunc("/auth/demo/token", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			notAllowed(w, "POST")
			return
		}
		p, err := readPerson(w, r)
		if err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		at := now()
		token, err := auth.Mint(cfg, auth.Principal{Sub: p.Sub, Role: p.Role, Nation: p.Nation}, TTL, at)
		if err != nil {
			log.ErrorContext(r.Context(), "demo token", "err", err)
			writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "could not sign a token"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{
			"token":     token,
			"expiresAt": at.Add(TTL).UTC().Format(time.RFC3339),
		})
	})
	return mux
}

var (
	errMedia   = errors.New(`send Content-Type: application/json with {"sub":"..."}`)
	errBody    = errors.New(`the body must be {"sub":"..."}`)
	errUnknown = errors.New("no demo person has this sub")
)

// readPerson decodes {"sub":"..."} and finds that demo person.
func readPerson(w http.ResponseWriter, r *http.Request) (Person, error) {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return Person{}, errMedia
	}
	var body struct {
		Sub string `json:"sub"`
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil {
		return Person{}, errBody
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Person{}, errBody
	}
	for _, p := range People {
		if p.Sub == body.Sub {
			return p, nil
		}
	}
	return Person{}, errUnknown
}

func notAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "use " + allow})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
