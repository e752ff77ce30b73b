package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/itcoalition/api/internal/auth"
)

// runToken prints a token that this server, with the same configuration,
// accepts. It says on standard error which key signed it, and refuses a
// role and nation that the server would refuse whatever the registry says.
func runToken(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("token", flag.ContinueOnError)
	fs.SetOutput(stderr)
	done := configFlags(fs, getenv)
	role := fs.String("role", "", "chair, member, mod or observer")
	nation := fs.String("nation", "", "ISO 3166-1 alpha-2 code, upper case (UA for mod)")
	sub := fs.String("sub", "", "subject; defaults to <role>-<nation>")
	ttl := fs.Duration("ttl", 8*time.Hour, "lifetime")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: itc-api token -role ROLE -nation CC [-sub NAME] [-ttl 8h] [server flags]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("token: unexpected argument %q", fs.Arg(0))
	}
	cfg, err := done()
	if err != nil {
		return err
	}
	if err := tokenCanWork(*role, *nation); err != nil {
		return fmt.Errorf("token: %w", err)
	}
	if *sub == "" {
		*sub = *role + "-" + *nation
	}
	devKey, isDev := cfg.Auth.DevKeyPath()
	created := false
	if isDev {
		_, err := os.Stat(devKey)
		created = errors.Is(err, os.ErrNotExist)
	}
	tok, err := auth.Mint(cfg.Auth, auth.Principal{Sub: *sub, Role: *role, Nation: *nation}, *ttl, time.Now())
	if err != nil {
		return fmt.Errorf("token: %w", err)
	}
	switch {
	case created:
		fmt.Fprintf(stderr, "token: no dev key was at %s, so a new one was made there: only a server started with ITC_DATA_DIR=%s accepts this token\n", devKey, strings.TrimSuffix(devKey, "/"+auth.DevKeyFile))
	case isDev:
		fmt.Fprintf(stderr, "token: signed with the dev key %s\n", devKey)
	case cfg.Auth.PublicKeyPath != "":
		fmt.Fprintf(stderr, "token: signed with the private key %s\n", cfg.Auth.PrivateKeyPath)
	default:
		fmt.Fprintf(stderr, "token: signed with %s\n", auth.EnvSecret)
	}
	_, err = fmt.Fprintln(stdout, tok)
	return err
}

// tokenCanWork refuses what the server refuses for every registry: an
// unknown role, a nation code of the wrong shape, and the Ministry's role
// for anyone but Ukraine, or Ukraine (the beneficiary, CONTRACT §3 and §6)
// in another role.
func tokenCanWork(role, nation string) error {
	if !slices.Contains(auth.Roles, role) {
		return fmt.Errorf("-role %q: want one of %s", role, strings.Join(auth.Roles, ", "))
	}
	if len(nation) != 2 || strings.ToUpper(nation) != nation || strings.Trim(nation, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return fmt.Errorf("-nation %q: want an ISO 3166-1 alpha-2 code in upper case, such as EE", nation)
	}
	switch {
	case role == "mod" && nation != "UA":
		return fmt.Errorf("-role mod is Ukraine's Ministry of Defence: it works with -nation UA only, and the server refuses it for %s", nation)
	case role != "mod" && nation == "UA":
		return fmt.Errorf("-nation UA is the beneficiary: its one role is mod, and the server refuses %s", role)
	}
	return nil
}

// runKey manages the generated dev signing key.
func runKey(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	const keyUsage = "usage: itc-api key rotate [-grace 8h] [-data-dir DIR]\n"
	if len(args) == 0 || args[0] != "rotate" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			fmt.Fprint(stderr, keyUsage)
			return flag.ErrHelp
		}
		fmt.Fprint(stderr, keyUsage)
		return errors.New("key: want rotate")
	}
	fs := flag.NewFlagSet("key rotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	done := configFlags(fs, getenv)
	grace := fs.Duration("grace", 8*time.Hour, "how long tokens signed by the old key stay valid (0: not at all)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), keyUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	cfg, err := done()
	if err != nil {
		return err
	}
	if !cfg.Auth.UsesDevKey() {
		return errors.New("key rotate: this configuration names its own key (secret, public key or identity provider); rotate it where it is kept")
	}
	path, err := auth.RotateDevKey(cfg.Auth.DataDir, *grace, time.Now())
	if err != nil {
		return fmt.Errorf("key rotate: %w", err)
	}
	fmt.Fprintf(stdout, "rotated %s; tokens of the previous key stay valid until %s\n", path, time.Now().Add(*grace).UTC().Format(time.RFC3339))
	return nil
}
