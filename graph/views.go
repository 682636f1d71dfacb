package graph

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/timelinehq/timeline/entities"
)

// The views below return a new graph and leave g as it is. They copy the
// metrics of the nodes they keep; run Analyze on the result to measure it
// afresh (Top is meant to come after it).

// Reweight returns g with every edge weighed as w says.
func Reweight(g *Graph, w Weighting) *Graph {
	out := *g
	out.Weighting = w
	out.Edges = slices.Clone(g.Edges)
	for i := range out.Edges {
		out.Edges[i].Weight = w.weigh(&out.Edges[i])
	}
	out.Nodes = slices.Clone(g.Nodes)
	return &out
}

// Slice returns the graph of the co-mentions in the articles published
// from since to until, both days included (a zero bound is open): counts,
// articles, NPMI and weights are those of these articles alone, an edge
// keeps the events that overlap the slice, and its spells are recomputed
// from both. Articles of unknown date are outside every slice.
func Slice(g *Graph, since, until time.Time) *Graph {
	if !since.IsZero() {
		since = day(since)
	}
	if !until.IsZero() {
		until = day(until)
	}
	within := func(start, end time.Time) bool {
		return !start.IsZero() && (since.IsZero() || !end.Before(since)) && (until.IsZero() || !start.After(until))
	}
	out := g.shell()
	out.Docs = nil
	keep := map[string]bool{}
	total := 0
	for _, d := range g.Docs {
		if within(d.DCT, d.DCT) {
			out.Docs = append(out.Docs, d)
			keep[d.ID] = true
			total += d.Windows
		}
	}
	keepEvent := map[string]bool{}
	if g.Events != nil {
		out.Events = []Event{}
		for _, ev := range g.Events {
			if within(ev.Start, ev.End) {
				out.Events = append(out.Events, ev)
				keepEvent[ev.ID] = true
			}
		}
	}
	windows := map[entities.ID]int{}
	nodes := make([]Node, 0, len(g.Nodes))
	for _, n := range g.Nodes {
		docs, counts, sum := filterDocs(n.Documents, n.Windows, keep)
		if sum == 0 {
			continue
		}
		n.Documents, n.Windows = docs, counts
		windows[n.ID] = sum
		nodes = append(nodes, n)
	}
	linked := map[entities.ID]bool{}
	for _, e := range g.Edges {
		docs, counts, sum := filterDocs(e.Documents, e.PerDoc, keep)
		if sum == 0 {
			continue
		}
		e.Documents, e.PerDoc, e.Count = docs, counts, sum
		var evs []string
		for _, id := range e.Events {
			if keepEvent[id] {
				evs = append(evs, id)
			}
		}
		e.Events = evs
		e.NPMI = npmi(e.Count, windows[e.Source], windows[e.Target], total)
		e.Weight = out.Weighting.weigh(&e)
		out.Edges = append(out.Edges, e)
		linked[e.Source], linked[e.Target] = true, true
	}
	for _, n := range nodes {
		if linked[n.ID] {
			out.Nodes = append(out.Nodes, n)
		}
	}
	out.redate()
	return out
}

// filterDocs keeps the documents in keep, with their counts, and sums the
// counts kept.
func filterDocs(docs []string, counts []int, keep map[string]bool) ([]string, []int, int) {
	var d []string
	var c []int
	sum := 0
	for i, doc := range docs {
		if keep[doc] {
			d = append(d, doc)
			c = append(c, counts[i])
			sum += counts[i]
		}
	}
	return d, c, sum
}

// KeepKinds returns the graph of the entities of the given kinds and the
// edges between them; entities left without an edge go too.
func KeepKinds(g *Graph, kinds ...entities.Kind) *Graph {
	return g.induced(func(n *Node) bool { return slices.Contains(kinds, n.Kind) }, nil, true)
}

// MinWeight returns g without the edges that weigh less than w, and
// without the entities left with no edge.
func MinWeight(g *Graph, w float64) *Graph {
	return g.induced(func(*Node) bool { return true }, func(e *Edge) bool { return e.Weight >= w }, true)
}

// MinCount returns g without the edges co-mentioned fewer than n times,
// and without the entities left with no edge: with NPMI, which gives a
// pair seen once the highest score when both are rare, it keeps the ties
// that rest on evidence.
func MinCount(g *Graph, n int) *Graph {
	return g.induced(func(*Node) bool { return true }, func(e *Edge) bool { return e.Count >= n }, true)
}

// Top returns the n nodes of highest PageRank (ties by ID) and the edges
// between them, with the metrics they had in g; n <= 0 keeps every node.
func Top(g *Graph, n int) *Graph {
	if n <= 0 || n >= len(g.Nodes) {
		return g.induced(func(*Node) bool { return true }, nil, false)
	}
	order := make([]int, len(g.Nodes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		return g.Nodes[order[i]].PageRank > g.Nodes[order[j]].PageRank
	})
	keep := make(map[entities.ID]bool, n)
	for _, i := range order[:n] {
		keep[g.Nodes[i].ID] = true
	}
	return g.induced(func(nd *Node) bool { return keep[nd.ID] }, nil, false)
}

// Ego returns the neighbourhood of focus: the nodes at most depth edges
// away from it and every edge between them, found on the graph's
// dominikbraun/graph model.
func Ego(g *Graph, focus entities.ID, depth int) (*Graph, error) {
	if depth < 0 {
		return nil, fmt.Errorf("graph: negative depth %d", depth)
	}
	if g.NodeIndex(focus) < 0 {
		return nil, fmt.Errorf("graph: %s is not in the graph", focus)
	}
	m, err := g.Model()
	if err != nil {
		return nil, err
	}
	adj, err := m.AdjacencyMap()
	if err != nil {
		return nil, err
	}
	// Breadth first, level by level: dominikbraun's BFSWithDepth counts
	// the vertices visited, not the levels.
	hops := map[entities.ID]int{focus: 0}
	frontier := []entities.ID{focus}
	for h := 1; h <= depth && len(frontier) > 0; h++ {
		var next []entities.ID
		for _, id := range frontier {
			for nb := range adj[id] {
				if _, ok := hops[nb]; !ok {
					hops[nb] = h
					next = append(next, nb)
				}
			}
		}
		frontier = next
	}
	return g.induced(func(n *Node) bool {
		h, ok := hops[n.ID]
		return ok && h <= depth
	}, nil, false), nil
}
