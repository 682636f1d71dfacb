package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestNoDateParser checks that the command does not link go-dateparser,
// which go-htmldate imports and whose package initialization cost every
// run 0.24 s and 78 MB: go.mod replaces go-htmldate with
// internal/htmldateoff, since the HTML reader never asks for its dates.
func TestNoDateParser(t *testing.T) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build information in this binary")
	}
	replaced := false
	for _, d := range bi.Deps {
		if strings.HasPrefix(d.Path, "github.com/markusmobius/go-dateparser") {
			t.Errorf("%s %s is linked; go.mod should replace github.com/markusmobius/go-htmldate with ./internal/htmldateoff", d.Path, d.Version)
		}
		if d.Path == "github.com/markusmobius/go-htmldate" {
			replaced = d.Replace != nil && strings.Contains(d.Replace.Path, "htmldateoff")
		}
	}
	if !replaced {
		t.Error("github.com/markusmobius/go-htmldate is not replaced by ./internal/htmldateoff")
	}
}
