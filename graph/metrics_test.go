package graph_test

import (
	"math"
	"math/rand/v2"
	"reflect"
	"runtime"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/timelinehq/timeline/graph"
	"github.com/timelinehq/timeline/graph/graphtest"
)

// generated returns a finished, unmeasured graph of the given size.
func generated(t testing.TB, nodes, edges int, seed uint64) *graph.Graph {
	t.Helper()
	c := graphtest.Generate(nodes, edges, seed)
	g, err := c.Builder.Finish(c.Entities, c.IDOf)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestMetricsAgreeWithGonum checks PageRank, betweenness and modularity
// against gonum's implementations on generated graphs, weighted by count
// and by NPMI (which has weights below the floor).
func TestMetricsAgreeWithGonum(t *testing.T) {
	for _, tc := range []struct {
		name         string
		nodes, edges int
		weighting    graph.Weighting
	}{
		{"small count", 30, 80, graph.ByCount},
		{"medium count", 300, 1500, graph.ByCount},
		{"medium npmi", 300, 1500, graph.ByNPMI},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := graph.Reweight(generated(t, tc.nodes, tc.edges, 7), tc.weighting)
			graph.Analyze(g, graph.Options{Seed: 3})
			if g.Pivots != 0 {
				t.Fatalf("betweenness sampled on %d nodes", len(g.Nodes))
			}
			view := g.Gonum()

			// PageRank: gonum's on the same weights, both directions.
			dir := simple.NewWeightedDirectedGraph(0, 0)
			for it := view.Nodes(); it.Next(); {
				dir.AddNode(it.Node())
			}
			for it := view.Nodes(); it.Next(); {
				u := it.Node()
				for to := view.From(u.ID()); to.Next(); {
					w, _ := view.Weight(u.ID(), to.Node().ID())
					dir.SetWeightedEdge(dir.NewWeightedEdge(u, to.Node(), w))
				}
			}
			pr := network.PageRankSparse(dir, 0.85, 1e-12)
			sum := 0.0
			for i, n := range g.Nodes {
				sum += n.PageRank
				if d := math.Abs(n.PageRank - pr[int64(i)]); d > 1e-9 {
					t.Errorf("%s: PageRank %g, gonum %g", n.ID, n.PageRank, pr[int64(i)])
				}
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("PageRank sums to %g", sum)
			}

			// Betweenness: gonum sums over ordered pairs.
			bt := network.Betweenness(view)
			n := float64(len(g.Nodes))
			for i, nd := range g.Nodes {
				want := bt[int64(i)] / ((n - 1) * (n - 2))
				if math.Abs(nd.Betweenness-want) > 1e-12 {
					t.Errorf("%s: betweenness %g, gonum %g", nd.ID, nd.Betweenness, want)
				}
			}

			// Modularity of our communities as gonum measures it, and no
			// worse than gonum's own Louvain.
			groups := map[int][]gonum.Node{}
			for i, nd := range g.Nodes {
				groups[nd.Community] = append(groups[nd.Community], simple.Node(i))
			}
			var comms [][]gonum.Node
			for c := 0; c < len(groups); c++ {
				if len(groups[c]) == 0 {
					t.Fatalf("communities are not numbered 0..%d", len(groups)-1)
				}
				comms = append(comms, groups[c])
			}
			if q := community.Q(view, comms, 1); math.Abs(q-g.Modularity) > 1e-9 {
				t.Errorf("modularity %g, gonum's Q of the same communities %g", g.Modularity, q)
			}
			// Louvain depends on the order nodes are visited in: compare
			// the mean over a few seeds.
			var ours, theirs float64
			const seeds = 5
			for s := uint64(1); s <= seeds; s++ {
				h := *g
				h.Nodes = append([]graph.Node(nil), g.Nodes...)
				graph.Analyze(&h, graph.Options{Seed: s})
				ours += h.Modularity / seeds
				theirs += community.Q(view, community.Modularize(view, 1, rand.NewPCG(s, 2)).Communities(), 1) / seeds
			}
			if ours < theirs-0.01 {
				t.Errorf("mean modularity %.4f, gonum's Louvain reaches %.4f", ours, theirs)
			}
			t.Logf("%d nodes, %d edges: mean modularity %.4f (gonum's Louvain %.4f)", len(g.Nodes), len(g.Edges), ours, theirs)
		})
	}
}

// TestCommunitiesPlanted checks that Louvain finds planted groups: cliques
// joined by single edges.
func TestCommunitiesPlanted(t *testing.T) {
	var groups [][]string
	for c := 0; c < 4; c++ {
		var clique []string
		for i := 0; i < 6; i++ {
			clique = append(clique, string(rune('a'+c))+string(rune('0'+i)))
		}
		groups = append(groups, clique)
	}
	var windows [][]string
	for _, g := range groups {
		windows = append(windows, g) // each clique co-mentioned in one window
	}
	windows = append(windows, []string{"a0", "b0"}, []string{"b1", "c1"}, []string{"c2", "d2"}, []string{"d3", "a3"})
	g := build(t, []article{{id: "x", windows: windows}})
	graph.Analyze(g, graph.Options{Seed: 1})
	for _, grp := range groups {
		want := g.Nodes[g.NodeIndex(id(grp[0]))].Community
		for _, name := range grp[1:] {
			if got := g.Nodes[g.NodeIndex(id(name))].Community; got != want {
				t.Errorf("%s in community %d, %s in %d", name, got, grp[0], want)
			}
		}
	}
	if g.Modularity < 0.6 {
		t.Errorf("modularity %g, want above 0.6 for 4 cliques in a ring", g.Modularity)
	}
}

// TestBetweennessSampled checks that the estimate on a large graph ranks
// the central nodes as the exact value does, and that it does not depend
// on the number of cores.
func TestBetweennessSampled(t *testing.T) {
	g := generated(t, 3000, 15000, 11)
	exact := *g
	exact.Nodes = append([]graph.Node(nil), g.Nodes...)
	graph.Analyze(&exact, graph.Options{ExactBetweenness: -1})
	graph.Analyze(g, graph.Options{Seed: 5, ExactBetweenness: 1000, Pivots: 300})
	if g.Pivots != 300 {
		t.Fatalf("Pivots %d, want 300", g.Pivots)
	}
	// The 20 most central nodes by the exact value should mostly be among
	// the 40 most central by the estimate.
	top := func(gr *graph.Graph, k int) map[int]bool {
		idx := make([]int, len(gr.Nodes))
		for i := range idx {
			idx[i] = i
		}
		for i := 0; i < k; i++ { // partial selection sort
			best := i
			for j := i + 1; j < len(idx); j++ {
				if gr.Nodes[idx[j]].Betweenness > gr.Nodes[idx[best]].Betweenness {
					best = j
				}
			}
			idx[i], idx[best] = idx[best], idx[i]
		}
		out := map[int]bool{}
		for _, i := range idx[:k] {
			out[i] = true
		}
		return out
	}
	est := top(g, 40)
	hit := 0
	for i := range top(&exact, 20) {
		if est[i] {
			hit++
		}
	}
	if hit < 17 {
		t.Errorf("%d of the 20 most central nodes are in the estimate's top 40, want at least 17", hit)
	}
	again := *g
	again.Nodes = append([]graph.Node(nil), g.Nodes...)
	prev := runtime.GOMAXPROCS(1)
	graph.Analyze(&again, graph.Options{Seed: 5, ExactBetweenness: 1000, Pivots: 300})
	runtime.GOMAXPROCS(prev)
	for i := range g.Nodes {
		if !reflect.DeepEqual(g.Nodes[i], again.Nodes[i]) {
			t.Fatalf("one core gives %+v, several %+v", again.Nodes[i], g.Nodes[i])
		}
	}
}

// TestAnalyzeDeterministic checks that the same seed gives the same
// metrics and another seed may give other communities but the same
// PageRank.
func TestAnalyzeDeterministic(t *testing.T) {
	a, b := generated(t, 500, 3000, 2), generated(t, 500, 3000, 2)
	graph.Analyze(a, graph.Options{Seed: 9})
	graph.Analyze(b, graph.Options{Seed: 9})
	for i := range a.Nodes {
		if a.Nodes[i].PageRank != b.Nodes[i].PageRank || a.Nodes[i].Community != b.Nodes[i].Community ||
			a.Nodes[i].Betweenness != b.Nodes[i].Betweenness {
			t.Fatalf("node %d differs between two runs: %+v, %+v", i, a.Nodes[i], b.Nodes[i])
		}
	}
	if a.Modularity != b.Modularity {
		t.Errorf("modularity %v then %v", a.Modularity, b.Modularity)
	}
}

func TestAnalyzeEmpty(t *testing.T) {
	g := &graph.Graph{}
	graph.Analyze(g, graph.Options{})
	if g.Modularity != 0 || g.Pivots != 0 {
		t.Errorf("empty graph: %+v", g)
	}
}
