package graph

import (
	"math"
	"sort"
)

// Defaults of Options.
const (
	// DefaultExactBetweenness is the largest number of nodes whose
	// betweenness is computed exactly.
	DefaultExactBetweenness = 2000
	// DefaultPivots is the number of sources betweenness is estimated
	// from on larger graphs.
	DefaultPivots = 256
)

// Options tunes Analyze. The zero value is ready to use.
type Options struct {
	// Seed makes the sampled betweenness and the communities
	// reproducible: the same seed and graph give the same numbers.
	Seed uint64

	// ExactBetweenness is the largest number of nodes for which
	// betweenness is exact (Brandes, O(nodes × edges)); beyond it, it is
	// estimated from Pivots sources drawn at random. 0 means
	// DefaultExactBetweenness; a negative value means always exact.
	ExactBetweenness int

	// Pivots is the number of sources of the estimate; 0 means
	// DefaultPivots.
	Pivots int

	// Resolution is the resolution of the modularity the communities
	// maximize; 0 means 1. Higher values give smaller communities.
	Resolution float64
}

// Analyze measures every node of g, in place: degree, weighted degree
// (the sum of its edges' weights), PageRank, betweenness and community;
// it also sets g.Options, g.Modularity and g.Pivots. Edge weights below
// 0.001 (a non-positive NPMI) count as 0.001. The result depends only on
// the graph and opts, not on the machine's number of cores.
//
// PageRank is the stationary distribution of a random walk that follows
// an edge with probability proportional to its weight, or jumps to any
// node with probability 0.15 (Page et al. 1999). Betweenness counts
// shortest paths by hops, normalized by the (n-1)(n-2)/2 pairs of other
// nodes (Brandes 2001; estimated as in Brandes & Pich 2007 on large
// graphs). Communities maximize weighted modularity by the Louvain method
// (Blondel et al. 2008) and are numbered by decreasing size.
func Analyze(g *Graph, opts Options) {
	g.Options = opts
	if opts.ExactBetweenness == 0 {
		opts.ExactBetweenness = DefaultExactBetweenness
	}
	if opts.Pivots <= 0 {
		opts.Pivots = DefaultPivots
	}
	if opts.Resolution <= 0 {
		opts.Resolution = 1
	}
	c := newCompact(g)
	n := c.len()
	for i := range g.Nodes {
		nd := &g.Nodes[i]
		nd.Degree = int(c.off[i+1] - c.off[i])
		nd.WeightedDegree = 0
		for _, w := range c.w[c.off[i]:c.off[i+1]] {
			nd.WeightedDegree += w
		}
	}
	// PageRank and the communities run on another goroutine while
	// betweenness keeps every CPU busy: the three only read c. A panic
	// there is passed on as if on one goroutine.
	var pr []float64
	var comm []int32
	var q float64
	var panicked any
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { panicked = recover() }()
		pr = pageRank(c, 0.85, 1e-12)
		comm, q = louvain(c, opts.Resolution, opts.Seed)
	}()
	exact := opts.ExactBetweenness < 0 || n <= opts.ExactBetweenness || opts.Pivots >= n
	k := n
	if !exact {
		k = opts.Pivots
	}
	bt := betweenness(c, k, opts.Seed)
	<-done
	if panicked != nil {
		panic(panicked)
	}
	g.Pivots = 0
	if !exact {
		g.Pivots = k
	}
	g.Modularity = q
	for i := range g.Nodes {
		g.Nodes[i].PageRank = pr[i]
		g.Nodes[i].Betweenness = bt[i]
		g.Nodes[i].Community = int(comm[i])
	}
}

// pageRank iterates the weighted PageRank of c from the uniform
// distribution until the L1 change falls below tol (or 1000 rounds).
// Nodes without edges spread their rank over all nodes.
func pageRank(c *compact, damp, tol float64) []float64 {
	n := c.len()
	if n == 0 {
		return nil
	}
	strength := make([]float64, n)
	for i := 0; i < n; i++ {
		for _, w := range c.w[c.off[i]:c.off[i+1]] {
			strength[i] += w
		}
	}
	r, next, out := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range r {
		r[i] = 1 / float64(n)
	}
	for round := 0; round < 1000; round++ {
		dangling := 0.0
		for i := 0; i < n; i++ {
			if strength[i] > 0 {
				out[i] = r[i] / strength[i]
			} else {
				out[i] = 0
				dangling += r[i]
			}
		}
		base := (1-damp)/float64(n) + damp*dangling/float64(n)
		diff := 0.0
		for i := 0; i < n; i++ {
			s := 0.0
			for a := c.off[i]; a < c.off[i+1]; a++ {
				s += out[c.nbr[a]] * c.w[a]
			}
			next[i] = base + damp*s
			diff += math.Abs(next[i] - r[i])
		}
		r, next = next, r
		if diff < tol {
			break
		}
	}
	return r
}

// numberBySize renumbers communities 0, 1, ... by decreasing size, ties
// broken by their first node, so that the numbers do not depend on how
// the algorithm labelled them.
func numberBySize(comm []int32) []int32 {
	size := map[int32]int{}
	first := map[int32]int{}
	for i, c := range comm {
		if _, ok := first[c]; !ok {
			first[c] = i
		}
		size[c]++
	}
	labels := make([]int32, 0, len(size))
	for c := range size {
		labels = append(labels, c)
	}
	sort.Slice(labels, func(i, j int) bool {
		a, b := labels[i], labels[j]
		if size[a] != size[b] {
			return size[a] > size[b]
		}
		return first[a] < first[b]
	})
	to := make(map[int32]int32, len(labels))
	for k, c := range labels {
		to[c] = int32(k)
	}
	out := make([]int32, len(comm))
	for i, c := range comm {
		out[i] = to[c]
	}
	return out
}
