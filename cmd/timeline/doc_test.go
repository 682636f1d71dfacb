package main

import (
	"strings"
	"testing"

	"github.com/timelinehq/timeline/export"
)

// TestUsageListsFormats keeps the help text in step with the format
// registry.
func TestUsageListsFormats(t *testing.T) {
	for _, f := range export.Formats() {
		if !strings.Contains(usage, "\t"+f.Name+" ") {
			t.Errorf("doc.go's usage does not list the format %q", f.Name)
		}
	}
}
