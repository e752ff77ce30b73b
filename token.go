package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/itcoalition/api/internal/auth"
)

// runToken prints a token that this server, with the same configuration,
// accepts.
func runToken(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("token", flag.ContinueOnError)
	fs.SetOutput(stderr)
	done := configFlags(fs, getenv)
	role := fs.String("role", "", "chair, member, mod or observer")
	nation := fs.String("nation", "", "ISO 3166-1 alpha-2 code, upper case (UA for mod)")
	sub := fs.String("sub", "", "subject; defaults to <role>-<nation>")
	ttl := fs.Duration("ttl", 8*time.Hour, "lifetime")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := done()
	if err != nil {
		return err
	}
	if *sub == "" {
		*sub = *role + "-" + *nation
	}
	tok, err := auth.Mint(cfg.Auth, auth.Principal{Sub: *sub, Role: *role, Nation: *nation}, *ttl, time.Now())
	if err != nil {
		return fmt.Errorf("token: %w", err)
	}
	_, err = fmt.Fprintln(stdout, tok)
	return err
}
