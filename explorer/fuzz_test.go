package explorer_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/timelinehq/timeline/explorer"
)

// FuzzPage checks, for any string in the data, that the page keeps its
// two script elements and that the data inside it decodes to what was
// given.
func FuzzPage(f *testing.F) {
	for _, s := range []string{
		"</script><script>alert(1)</script>", "<!--", "<!-- <script>", "a\u2028b\u2029c", "&amp; <b>",
		"</SCRIPT >", "\\u003c/script>", "]]>", "\x00", "\"quoted\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in := map[string]any{"schema": "timeline/v1", "entities": []any{map[string]any{"id": "x", "name": s}}}
		data, err := json.Marshal(in)
		if err != nil {
			t.Skip()
		}
		page, err := explorer.Page(data)
		if err != nil {
			t.Fatalf("Page: %v", err)
		}
		lower := bytes.ToLower(page)
		if n := bytes.Count(lower, []byte("<script")); n != 2 {
			t.Fatalf("%d <script openings, want 2", n)
		}
		if n := bytes.Count(lower, []byte("</script")); n != 2 {
			t.Fatalf("%d </script closings, want 2", n)
		}
		if bytes.Contains(page, []byte("<!--")) {
			t.Fatalf("the page contains <!--")
		}
		var want, got any
		json.Unmarshal(data, &want)
		if err := json.Unmarshal(embedded(t, page), &got); err != nil {
			t.Fatalf("embedded data: %v", err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("embedded data = %v, want %v", got, want)
		}
	})
}
