package graph

import (
	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/timelinehq/timeline/entities"
)

// minWeight is the weight the metrics give an edge whose Weight is below
// it: PageRank and modularity need positive weights, and an NPMI at or
// below 0 means a tie no stronger than chance.
const minWeight = 1e-3

// metricWeight is the weight of an edge for the metrics.
func metricWeight(w float64) float64 { return max(w, minWeight) }

// compact is a graph as adjacency arrays: the neighbours of node i (its
// position in Graph.Nodes) are nbr[off[i]:off[i+1]], in increasing order,
// with the metric weights w and the edges' positions in Graph.Edges.
type compact struct {
	off  []int32
	nbr  []int32
	w    []float64
	edge []int32
}

func newCompact(g *Graph) *compact {
	n := len(g.Nodes)
	index := make(map[entities.ID]int32, n)
	for i := range g.Nodes {
		index[g.Nodes[i].ID] = int32(i)
	}
	c := &compact{off: make([]int32, n+1)}
	ends := make([][2]int32, len(g.Edges))
	for k := range g.Edges {
		a, okA := index[g.Edges[k].Source]
		b, okB := index[g.Edges[k].Target]
		if !okA || !okB || a == b {
			ends[k] = [2]int32{-1, -1}
			continue
		}
		ends[k] = [2]int32{a, b}
		c.off[a+1]++
		c.off[b+1]++
	}
	for i := 0; i < n; i++ {
		c.off[i+1] += c.off[i]
	}
	m := c.off[n]
	c.nbr, c.w, c.edge = make([]int32, m), make([]float64, m), make([]int32, m)
	pos := make([]int32, n)
	copy(pos, c.off[:n])
	// Edges are sorted by (Source, Target) and nodes by ID, so each list
	// fills in increasing order: first the neighbours before the node (as
	// sources of earlier edges), then those after it.
	for k, ab := range ends {
		a, b := ab[0], ab[1]
		if a < 0 {
			continue
		}
		w := metricWeight(g.Edges[k].Weight)
		c.nbr[pos[a]], c.w[pos[a]], c.edge[pos[a]] = b, w, int32(k)
		pos[a]++
		c.nbr[pos[b]], c.w[pos[b]], c.edge[pos[b]] = a, w, int32(k)
		pos[b]++
	}
	return c
}

func (c *compact) len() int { return len(c.off) - 1 }

// find returns the position of the arc from x to y, or -1.
func (c *compact) find(x, y int32) int32 {
	lo, hi := c.off[x], c.off[x+1]
	for lo < hi {
		mid := int32(uint32(lo+hi) >> 1)
		if c.nbr[mid] < y {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < c.off[x+1] && c.nbr[lo] == y {
		return lo
	}
	return -1
}

// Gonum returns g as a gonum weighted undirected graph, for gonum's
// algorithms: node i is g.Nodes[i], and an edge's weight is its Weight
// (at least 0.001, as the metrics use it). The view does not follow later
// changes to g.
func (g *Graph) Gonum() gonum.WeightedUndirected {
	c := newCompact(g)
	nodes := make([]gonum.Node, c.len())
	for i := range nodes {
		nodes[i] = simple.Node(i)
	}
	return &gonumView{c: c, nodes: nodes}
}

type gonumView struct {
	c     *compact
	nodes []gonum.Node
}

var _ gonum.WeightedUndirected = (*gonumView)(nil)

func (v *gonumView) ok(id int64) bool { return id >= 0 && id < int64(len(v.nodes)) }

func (v *gonumView) Node(id int64) gonum.Node {
	if !v.ok(id) {
		return nil
	}
	return v.nodes[id]
}

func (v *gonumView) Nodes() gonum.Nodes { return iterator.NewOrderedNodes(v.nodes) }

func (v *gonumView) From(id int64) gonum.Nodes {
	if !v.ok(id) {
		return gonum.Empty
	}
	ns := v.c.nbr[v.c.off[id]:v.c.off[id+1]]
	out := make([]gonum.Node, len(ns))
	for i, n := range ns {
		out[i] = v.nodes[n]
	}
	return iterator.NewOrderedNodes(out)
}

func (v *gonumView) arc(x, y int64) int32 {
	if !v.ok(x) || !v.ok(y) {
		return -1
	}
	return v.c.find(int32(x), int32(y))
}

func (v *gonumView) HasEdgeBetween(x, y int64) bool { return v.arc(x, y) >= 0 }

func (v *gonumView) Edge(u, w int64) gonum.Edge {
	if e := v.WeightedEdge(u, w); e != nil {
		return e
	}
	return nil
}

func (v *gonumView) EdgeBetween(x, y int64) gonum.Edge { return v.Edge(x, y) }

func (v *gonumView) WeightedEdge(u, w int64) gonum.WeightedEdge {
	a := v.arc(u, w)
	if a < 0 {
		return nil
	}
	return simple.WeightedEdge{F: v.nodes[u], T: v.nodes[w], W: v.c.w[a]}
}

func (v *gonumView) WeightedEdgeBetween(x, y int64) gonum.WeightedEdge { return v.WeightedEdge(x, y) }

func (v *gonumView) Weight(x, y int64) (float64, bool) {
	if x == y && v.ok(x) {
		return 0, true
	}
	if a := v.arc(x, y); a >= 0 {
		return v.c.w[a], true
	}
	return 0, false
}
