package export

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/graph/graphtest"
)

// largeGraphPath builds a generated graph, measures it and writes it as
// DOT (every edge) and GEXF to w, and returns the time of each phase.
func largeGraphPath(tb testing.TB, nodes, edges int, dotOut, gexfOut io.Writer) (g *graph.Graph, phases [5]time.Duration) {
	tb.Helper()
	t0 := time.Now()
	c := graphtest.Generate(nodes, edges, 1)
	t1 := time.Now()
	g, err := c.Builder.Finish(c.Entities, c.IDOf)
	if err != nil {
		tb.Fatal(err)
	}
	t2 := time.Now()
	graph.Analyze(g, graph.Options{Seed: 1})
	t3 := time.Now()
	if err := (DOT{MaxEdges: -1}).Write(dotOut, g); err != nil {
		tb.Fatal(err)
	}
	t4 := time.Now()
	if err := writeGEXF(gexfOut, graph.WithEvents(g, nil)); err != nil {
		tb.Fatal(err)
	}
	t5 := time.Now()
	return g, [5]time.Duration{t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3), t5.Sub(t4)}
}

// BenchmarkLargeGraph is the speed target: 50,000 nodes and
// 500,000 edges built, measured and written to DOT and GEXF. Run it with
//
//	go test -run '^$' -bench LargeGraph -benchtime 1x ./export
func BenchmarkLargeGraph(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g, ph := largeGraphPath(b, 50000, 500000, io.Discard, io.Discard)
		b.ReportMetric(ph[0].Seconds()+ph[1].Seconds(), "build-s")
		b.ReportMetric(ph[2].Seconds(), "measure-s")
		b.ReportMetric(ph[3].Seconds(), "dot-s")
		b.ReportMetric(ph[4].Seconds(), "gexf-s")
		b.Logf("%d nodes, %d edges, %d pivots: generate+add %v, finish %v, analyze %v, DOT %v, GEXF %v",
			len(g.Nodes), len(g.Edges), g.Pivots, ph[0], ph[1], ph[2], ph[3], ph[4])
	}
}

// TestLargeGraphPath runs the benchmark's code path on a graph small
// enough for every test run, with sampled betweenness, and checks what it
// wrote.
func TestLargeGraphPath(t *testing.T) {
	var dot, gexf bytes.Buffer
	g, ph := largeGraphPath(t, 3000, 12000, &dot, &gexf)
	if g.Pivots == 0 {
		t.Errorf("betweenness was exact on %d nodes; the path under test samples", len(g.Nodes))
	}
	if n := strings.Count(dot.String(), `" -- "`); n != len(g.Edges) {
		t.Errorf("DOT has %d edges, want %d", n, len(g.Edges))
	}
	var doc gexfDoc
	if err := xml.Unmarshal(gexf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) {
		t.Errorf("GEXF has %d nodes and %d edges, want %d and %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Edges))
	}
	t.Logf("%d nodes, %d edges: %v", len(g.Nodes), len(g.Edges), ph)
}
