package main

import (
	"io"
	"testing"

	"github.com/itcoalition/api/graph"
)

// TestSelectionLimitConfig reads the selection limits from their variables
// and their flags, and refuses a limit that is not positive.
func TestSelectionLimitConfig(t *testing.T) {
	parse := func(env map[string]string, args ...string) (graph.Limits, error) {
		c, err := parseConfig("itc-api", args, func(k string) string { return env[k] }, io.Discard)
		return c.Limits, err
	}
	l, err := parse(nil)
	if err != nil || l.SelectionSet != graph.DefaultLimits.SelectionSet || l.Selections != graph.DefaultLimits.Selections {
		t.Errorf("defaults: %+v, %v", l, err)
	}
	l, err = parse(map[string]string{"ITC_MAX_SELECTION_SET": "40", "ITC_MAX_SELECTIONS": "300"})
	if err != nil || l.SelectionSet != 40 || l.Selections != 300 {
		t.Errorf("from the environment: %+v, %v", l, err)
	}
	l, err = parse(map[string]string{"ITC_MAX_SELECTIONS": "300"}, "-max-selections", "200", "-max-selection-set", "20")
	if err != nil || l.SelectionSet != 20 || l.Selections != 200 {
		t.Errorf("flags win: %+v, %v", l, err)
	}
	for _, args := range [][]string{{"-max-selections", "0"}, {"-max-selection-set", "-1"}} {
		if _, err := parse(nil, args...); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
}
