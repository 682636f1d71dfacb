package export_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"runtime"
	"testing"
	"time"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/export"
	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/timeline"
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

// TestWriteJSONLongArrays checks the arrays long enough to be encoded in
// chunks on several goroutines: the bytes are encoding/json's whatever
// GOMAXPROCS, and a value that cannot be encoded, deep in a long array,
// fails the write as it fails encoding/json.
func TestWriteJSONLongArrays(t *testing.T) {
	long := func(n int, bad float64) *pipeline.Result {
		r := &pipeline.Result{Graph: &graph.Graph{Weighting: graph.ByCount}}
		for i := 0; i < n; i++ {
			x := float64(i) / 7
			if i == n-3 {
				x = bad
			}
			one := fuzzResult(fmt.Sprintf("name \"%d\" é", i), x, i, i%2 == 0)
			r.Documents = append(r.Documents, one.Documents...)
			r.Entities = append(r.Entities, one.Entities[0])
			r.Events = append(r.Events, one.Events...)
			r.Graph.Nodes = append(r.Graph.Nodes, one.Graph.Nodes[0])
			r.Graph.Edges = append(r.Graph.Edges, one.Graph.Edges[0])
		}
		return r
	}
	tests := []struct {
		name  string
		r     *pipeline.Result
		procs int
	}{
		{"one chunk more", long(257, 1), 2},
		{"many chunks", long(2000, 1), 2},
		{"many chunks, one CPU", long(2000, 1), 1},
		{"many chunks, eight CPUs", long(2000, 1), 8},
		{"NaN in the last chunk", long(2000, math.NaN()), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(tt.procs))
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			wantErr := enc.Encode(export.Build(tt.r))
			var got bytes.Buffer
			err := export.WriteJSON(&got, tt.r)
			if (err != nil) != (wantErr != nil) || err != nil && err.Error() != wantErr.Error() {
				t.Fatalf("error %v, want %v", err, wantErr)
			}
			if err == nil && !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("JSON differs from encoding/json's:\n%s", firstDifference(want.String(), got.String()))
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

// fuzzResult puts s and x in every string and number of a result that
// has one of everything.
func fuzzResult(s string, x float64, n int, future bool) *pipeline.Result {
	day := time.Date(2017, 4, 12, 0, 0, 0, 0, time.UTC)
	ids := []entities.ID{entities.ID(s), "b"}
	return &pipeline.Result{
		Documents: []pipeline.DocInfo{{ID: s, Source: s, URL: s, Title: s, DCT: s, DCTSource: corpus.DCTSource(s),
			Status: corpus.Status(s), Error: s, Warning: s, Sentences: n, Mentions: -n, Timexes: n, Dropped: n}, {}},
		Entities: []entities.Entity{
			{ID: ids[0], Name: s, Kind: entities.Kind(s), Aliases: []string{s, s + "x"}, Roles: []string{s},
				Mentions: n, Documents: []string{s}, Country: s, Lat: x, Lon: -x, HasCoord: true},
			{ID: "b"},
		},
		Events: []timeline.Event{
			{ID: s, Date: timeline.Date{Value: s, Start: day, End: day, Granularity: s}, Summary: s, Trigger: s,
				Class: s, Place: ids[0], Future: future, Entities: ids,
				Sources: []timeline.Source{{Document: s, Sentence: s, TimeText: s, Offset: n, Date: timeline.Date{Value: s},
					Trigger: s, TriggerOffset: -n, Mentions: n}, {}}},
			{ID: "u", Summary: s},
		},
		Graph: &graph.Graph{
			Weighting: graph.Weighting(s), Modularity: x, Pivots: n,
			Nodes: []graph.Node{{ID: ids[0], Label: s, Kind: entities.Kind(s), Mentions: n, Degree: n,
				WeightedDegree: x, PageRank: x / 3, Betweenness: -x, Community: n}, {ID: "b"}},
			Edges: []graph.Edge{{Source: ids[0], Target: "b", Count: n, Documents: []string{s}, Events: []string{s},
				First: day, Last: day, NPMI: x, Weight: x * 1e-7}, {Source: "b", Target: "c"}},
		},
	}
}

// FuzzWriteJSON checks that WriteJSON writes what encoding/json writes for
// any strings (control characters, quotes, invalid UTF-8, U+2028) and
// numbers (tiny, huge, negative, NaN).
func FuzzWriteJSON(f *testing.F) {
	for _, s := range []string{"", "Putin \"met\" <Tillerson> & co\\", "a\x00\x1f\b\f\n\r\t\x7f", "\xff\xfe \u2028\u2029 é ☃ 😀"} {
		for _, x := range []float64{0, 1, -0.5, 1e-7, 3e21, 123456.789, math.Inf(1), math.NaN(), -1e-300, 0.1234567} {
			f.Add(s, x, 3, true)
		}
	}
	f.Fuzz(func(t *testing.T, s string, x float64, n int, future bool) {
		r := fuzzResult(s, x, n, future)
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		wantErr := enc.Encode(export.Build(r))
		var got bytes.Buffer
		err := export.WriteJSON(&got, r)
		if (err != nil) != (wantErr != nil) || err != nil && err.Error() != wantErr.Error() {
			t.Fatalf("error %v, want %v", err, wantErr)
		}
		if err == nil && !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("JSON differs from encoding/json's:\n%s", firstDifference(want.String(), got.String()))
		}
	})
}

// BenchmarkWriteJSON writes a result the size of Reuters-21578's (19,000
// documents, 100,000 each of entities, events, graph nodes and edges).
func BenchmarkWriteJSON(b *testing.B) {
	var r pipeline.Result
	r.Graph = &graph.Graph{Weighting: graph.ByCount}
	for i := 0; i < 100000; i++ {
		one := fuzzResult(fmt.Sprintf("Putin met Tillerson in “Moscow” on Wednesday, April %d.", i), float64(i)/7, i, i%2 == 0)
		if i < 19000 {
			r.Documents = append(r.Documents, one.Documents[0])
		}
		r.Entities = append(r.Entities, one.Entities[0])
		r.Events = append(r.Events, one.Events[0])
		r.Graph.Nodes = append(r.Graph.Nodes, one.Graph.Nodes[0])
		r.Graph.Edges = append(r.Graph.Edges, one.Graph.Edges[0])
	}
	var n countingWriter
	if err := export.WriteJSON(&n, &r); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if err := export.WriteJSON(io.Discard, &r); err != nil {
			b.Fatal(err)
		}
	}
}

type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}
