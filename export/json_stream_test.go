package export_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/timelinehq/timeline/export"
	"github.com/timelinehq/timeline/pipeline"
)

// TestWriteJSONStreamsTheSameBytes checks that the streaming writer gives
// exactly what encoding the whole Output at once gives.
func TestWriteJSONStreamsTheSameBytes(t *testing.T) {
	for name, r := range map[string]*pipeline.Result{
		"empty":  {},
		"events": eventsResult(),
	} {
		t.Run(name, func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(export.Build(r)); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := export.WriteJSON(&got, r); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("streamed JSON differs:\n%s", firstDifference(want.String(), got.String()))
			}
		})
	}
}

func firstDifference(a, b string) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			lo := max(0, i-80)
			return "want …" + a[lo:min(len(a), i+80)] + "\n got …" + b[lo:min(len(b), i+80)]
		}
	}
	return "lengths differ"
}
