package explorer_test

import (
	"bytes"
	"fmt"
	"log"
	"strings"

	"github.com/timelinehq/timeline/explorer"
)

// WritePage writes one HTML file that holds the data and the explorer's
// script: it opens from disk with no network.
func ExampleWritePage() {
	data := []byte(`{"schema": "timeline/v1", "documents": [], "entities": [], "events": [],
		"graph": {"nodes": [], "edges": []}}`)
	var page bytes.Buffer
	if err := explorer.WritePage(&page, data); err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.HasPrefix(page.String(), "<!doctype html>"))
	fmt.Println(strings.Contains(page.String(), `<script type="application/json" id="timeline-data">{"schema":"timeline/v1",`))
	// Output:
	// true
	// true
}
