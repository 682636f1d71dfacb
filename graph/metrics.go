package graph

import (
	"math/rand/v2"
	"sort"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// Options tunes Analyze. The zero value is ready to use.
type Options struct {
	// Seed makes community detection reproducible; the same seed and
	// graph give the same communities.
	Seed uint64
}

// Analyze computes the metrics of every node: degree and weighted degree,
// PageRank (damping 0.85), betweenness (Brandes), and communities by
// Louvain modularity, numbered by decreasing size.
func Analyze(g *Graph, opts Options) {
	if len(g.Nodes) == 0 {
		return
	}
	index := make(map[string]int64, len(g.Nodes))
	for i, n := range g.Nodes {
		index[string(n.ID)] = int64(i)
	}
	und := simple.NewWeightedUndirectedGraph(0, 0)
	dir := simple.NewWeightedDirectedGraph(0, 0)
	for i := range g.Nodes {
		und.AddNode(simple.Node(int64(i)))
		dir.AddNode(simple.Node(int64(i)))
	}
	for _, e := range g.Edges {
		a, b := index[string(e.Source)], index[string(e.Target)]
		und.SetWeightedEdge(und.NewWeightedEdge(simple.Node(a), simple.Node(b), e.Weight))
		dir.SetWeightedEdge(dir.NewWeightedEdge(simple.Node(a), simple.Node(b), e.Weight))
		dir.SetWeightedEdge(dir.NewWeightedEdge(simple.Node(b), simple.Node(a), e.Weight))
		g.Nodes[a].Degree++
		g.Nodes[b].Degree++
		g.Nodes[a].WeightedDegree += e.Weight
		g.Nodes[b].WeightedDegree += e.Weight
	}
	pr := network.PageRankSparse(dir, 0.85, 1e-8)
	bt := network.Betweenness(und)
	n := float64(len(g.Nodes))
	norm := 1.0
	if n > 2 {
		norm = 2 / ((n - 1) * (n - 2)) // as a share of the pairs of other nodes
	}
	for i := range g.Nodes {
		g.Nodes[i].PageRank = pr[int64(i)]
		g.Nodes[i].Betweenness = bt[int64(i)] * norm
	}
	assignCommunities(g, und, opts.Seed)
}

// assignCommunities runs Louvain and numbers the communities 0, 1, ... by
// decreasing size, ties broken by their smallest node ID, so that the
// numbers do not depend on the order gonum returns them in.
func assignCommunities(g *Graph, und gonum.Undirected, seed uint64) {
	reduced := community.Modularize(und, 1, rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	comms := reduced.Communities()
	type comm struct {
		members []int64
		min     int64
	}
	cs := make([]comm, 0, len(comms))
	for _, c := range comms {
		if len(c) == 0 {
			continue
		}
		cc := comm{min: c[0].ID()}
		for _, nd := range c {
			cc.members = append(cc.members, nd.ID())
			if nd.ID() < cc.min {
				cc.min = nd.ID()
			}
		}
		cs = append(cs, cc)
	}
	sort.Slice(cs, func(i, j int) bool {
		if len(cs[i].members) != len(cs[j].members) {
			return len(cs[i].members) > len(cs[j].members)
		}
		return cs[i].min < cs[j].min
	})
	for k, c := range cs {
		for _, id := range c.members {
			g.Nodes[id].Community = k
		}
	}
}
