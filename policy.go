package main

import (
	"errors"
	"io"
)

func runPolicy(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return errors.New("policy: not yet available")
}
