package graph_test

import (
	"testing"

	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/graph/graphtest"
)

// BenchmarkAnalyze measures a graph of 50,000 nodes and 500,000 edges:
//
//	go test -run '^$' -bench Analyze -benchtime 1x ./graph
func BenchmarkAnalyze(b *testing.B) {
	g := generated(b, 50000, 500000, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		graph.Analyze(g, graph.Options{Seed: 1})
	}
}

// BenchmarkFinish measures turning the counts of 500,000 pairs into a
// graph.
func BenchmarkFinish(b *testing.B) {
	c := graphtest.Generate(50000, 500000, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := c.Builder.Finish(c.Entities, c.IDOf); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEgo measures an ego graph of depth 2 on the graph of 50,000
// nodes and 500,000 edges, through the dominikbraun/graph model.
func BenchmarkEgo(b *testing.B) {
	g := generated(b, 50000, 500000, 1)
	graph.Analyze(g, graph.Options{Seed: 1})
	focus := graph.Top(g, 1).Nodes[0].ID
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ego, err := graph.Ego(g, focus, 2)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(ego.Nodes)), "nodes")
	}
}
